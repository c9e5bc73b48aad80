"""SUP: findings about inline suppression comments (see ``textqa.suppression``)."""
from .unused_suppression import UnusedSuppression

FAMILY = (
    UnusedSuppression,
)

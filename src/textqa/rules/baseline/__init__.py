"""BSL: findings about the baseline file itself (see ``textqa.baseline``)."""
from .stale_baseline_entry import StaleBaselineEntry

FAMILY = (
    StaleBaselineEntry,
)

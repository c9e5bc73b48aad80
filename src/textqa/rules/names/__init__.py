"""NAM: name rules. They read the ``mentions`` layer; they never scan text themselves."""
from .inconsistent_form import InconsistentForm
from .rejected_form import RejectedForm

FAMILY = (
    RejectedForm,
    InconsistentForm,
)

"""GLS: problems in the glossary itself. They read parsed glossary files (``GlossaryContext``), not documents.

The error-level ones run whenever a glossary is loaded, so a contradictory glossary fails early.
"""
from .colliding_forms import CollidingForms
from .conflicting_form import ConflictingForm
from .duplicate_entity import DuplicateEntity
from .duplicate_preferred import DuplicatePreferred
from .malformed_row import MalformedRow
from .no_entries import NoEntries
from .reading_mismatch import ReadingMismatch
from .reading_not_katakana import ReadingNotKatakana
from .self_rejected import SelfRejected
from .stray_whitespace import StrayWhitespace
from .unknown_column import UnknownColumn
from .unrelated_preferred import UnrelatedPreferred

FAMILY = (
    MalformedRow,
    UnknownColumn,
    DuplicateEntity,
    DuplicatePreferred,
    SelfRejected,
    ConflictingForm,
    StrayWhitespace,
    ReadingNotKatakana,
    ReadingMismatch,
    UnrelatedPreferred,
    CollidingForms,
    NoEntries,
)

"""BIL: bilingual rules. They read the ``bilingual`` layer (the aligned source) and report nothing without it."""
from .added_segment import AddedSegment
from .missing_term import MissingTerm
from .number_mismatch import NumberMismatch
from .omitted_paragraph import OmittedParagraph
from .omitted_sentence import OmittedSentence
from .unlisted_source_name import UnlistedSourceName
from .untranslated_segment import UntranslatedSegment

FAMILY = (
    MissingTerm,
    NumberMismatch,
    OmittedSentence,
    OmittedParagraph,
    UntranslatedSegment,
    AddedSegment,
    UnlistedSourceName,
)

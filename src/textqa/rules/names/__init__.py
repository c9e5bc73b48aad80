"""NAM: name rules. They report the ``mentions`` layer; they never search the text for names themselves (they may
look at the text around a mention). Each rule's ``reads`` says what it reads."""
from .doubled_surname import DoubledSurname
from .glyph_variant import GlyphVariant
from .homophone import Homophone
from .inconsistent_form import InconsistentForm
from .katakana_transliteration import Katakana
from .lookalike_character import LookalikeCharacter
from .near_homophone import NearHomophone
from .rejected_form import RejectedForm
from .romanized_pinyin import Romanized
from .split_name import SplitName
from .unlisted_variant import UnlistedVariant
from .wrong_surname import WrongSurname

FAMILY = (
    RejectedForm,
    InconsistentForm,
    GlyphVariant,
    Homophone,
    NearHomophone,
    Katakana,
    Romanized,
    WrongSurname,
    SplitName,
    DoubledSurname,
    LookalikeCharacter,
    UnlistedVariant,
)

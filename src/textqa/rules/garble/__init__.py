"""GRB: garbled-passage rules. They need no glossary; they read the text and the ``tokens`` layer, and with a glossary
some leave its names alone (``mentions``). Each rule's ``reads`` says which."""
from .doubled_word import DoubledWord
from .encoding_loss import EncodingLoss
from .english_fragment import EnglishFragment
from .halfwidth_period import HalfwidthPeriod
from .halfwidth_spacing import HalfwidthSpacing
from .quote_after_sentence_end import QuoteAfterSentenceEnd
from .radical_character import RadicalCharacter
from .romanized_name import RomanizedName
from .run_on_clause import RunOnClause
from .spliced_quote import SplicedQuote
from .split_katakana import SplitKatakana
from .tone_pinyin import TonePinyin
from .traditional_character import TraditionalCharacter
from .stray_punctuation import StrayPunctuation
from .unbalanced_bracket import UnbalancedBracket
from .untranslated_chinese import UntranslatedChinese

FAMILY = (
    UntranslatedChinese,
    EnglishFragment,
    RomanizedName,
    UnbalancedBracket,
    SplicedQuote,
    QuoteAfterSentenceEnd,
    StrayPunctuation,
    DoubledWord,
    SplitKatakana,
    RunOnClause,
    HalfwidthSpacing,
    TonePinyin,
    TraditionalCharacter,
    EncodingLoss,
    HalfwidthPeriod,
    RadicalCharacter,
)

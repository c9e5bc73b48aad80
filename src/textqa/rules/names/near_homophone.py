from __future__ import annotations

from ...findings import Severity
from .variant import VariantRule, entity_label


class NearHomophone(VariantRule):
    """
    ## What it does
    Reports a name whose reading differs from a glossary name's in exactly one
    syllable, and only slightly (one letter, or a confusable initial such as
    zh/z/j): three syllables or more, or two where a name suffix or a list of
    names of its type marks it as a name. Confidence is lower than for a
    homophone. A two-character name, one character kept and the other read slightly
    otherwise, only where its context names a name: before a name suffix
    (`麗穂市` for 丽水: a confusable initial or final), or as an item of a list,
    two kanji of their own joined by と, 、 or や to a name of the same type
    that the document writes right (`藍港と華屯` for 华图: one letter off, and
    never a word of the dictionary).

    ## Why is this bad
    Speech-like errors in machine translation shift one syllable of a name
    (bi ye di for bi ya di). The reader cannot recover the real name.

    ## Example
    `比亜迪は電池も作る。比夜迪の新車が売れた。` (glossary: 比亚迪 → 比亜迪; bi ye di
    against bi ya di). With nothing else to support it (the name not written
    right elsewhere, no 社 after it), such a slip is only `info`. A kanji name that differs from the glossary
    name only in one of its last two characters, in the sentence that spells the glossary name right, is another
    person named beside it (`王志錦には弟の王志均がおり`, `子は林玄之・林献之`: brothers share a generation character,
    second or last), not a slip, unless the text
    calls the person by it (`王志錦は王志均の名で署名した`), nor is a name of two kanji, the surname kept, listed
    right beside the glossary name with 、, ・, と or や (`星拠、星宇の兄`: a list names each brother once); nor is
    one in a paragraph that names two people or more
    of that shape right (`欧陽堅の娘は欧陽玲、孫は欧陽勇。叔父の欧陽林も…`: a family's roll). A syllable of j, q or x with the medial i read as one of
    zh, ch, sh, z, c or s without it (qiang as chang: `confusable.tsv`'s medial pairs) is one syllable away. A person's
    one-character surname changed by one merged sound (n and l, a front and a back nasal: `潘雪梅` for 庞雪梅,
    `phonetics/data/confusable.tsv`) is the surname misheard, reported here; any other surname is NAM008's. The
    head of a place's longer name, itself two characters or more, and then a word about that place (`星河語`, `星河人`
    beside a glossary's 星河浦: phonetics/data/place_words.tsv) is that word, not the longer name misspelt. A window
    that begins with the one-character suffix ending the place named right before it (`星河市嵐県`: 市 ends 星河市,
    and 市嵐県 reads one syllable from 西嵐県) reads across two names, and is none (nor a homophone, NAM004). Nor is a window that is another glossary
    name as the glossary writes it, the head of the longer name, and one character more, where the kanji run goes on
    (`「包公怒斬」` beside 包公, accepted for 包拯, and 包公湖): that name and the next word (`包公河を`, ending its run,
    still is).

    ## Use instead
    `比亜迪は電池も作る。比亜迪の新車が売れた。`
    """

    code = "NAM005"
    name = "near-homophone"
    severity = Severity.WARNING

    def message(self, m, entry):
        return (f"'{m.surface}' reads {m.detail}, one syllable away from {entity_label(entry)}; "
                f"if it is that name, write '{entry.ja}'")

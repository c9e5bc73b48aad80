"""Names in a Chinese text by jieba's part-of-speech tagger (nr person, ns place, nt organisation, nz other), with the
names it cuts apart put back together (``whole_names``).

``source_names`` is public: glossary tools use it to propose entries from a source text.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..charclass import is_kanji
from ..findings import Span
from ..glossary.model import EntityType
from .align import threshold

# jieba's name tags: the glossary type each stands for ("" for nz, a proper noun of no glossary type)
NAME_TAGS: dict[str, EntityType | str] = {"nr": EntityType.PERSON, "nrfg": EntityType.PERSON,
                                          "nrt": EntityType.PERSON, "ns": EntityType.PLACE, "nt": EntityType.ORG,
                                          "nz": ""}
LABELS = {EntityType.ORG: "organisation", "": "proper noun"}  # how a message names a type (else its value)


@dataclass(frozen=True)
class SourceName:
    span: Span
    surface: str
    tag: str

    @property
    def entity_type(self) -> EntityType | str:
        """The glossary type the tag stands for, or "" when none."""
        return NAME_TAGS[self.tag]

    @property
    def label(self) -> str:
        """The type in words, for messages: person, place, organisation or proper noun."""
        return LABELS.get(self.entity_type, str(self.entity_type))


@functools.lru_cache(maxsize=1)
def tagger():
    """jieba's tagger over its full dictionary (names are rare words), caching in textqa's cache folder."""
    import logging

    from ..cachefiles import cache_dir
    from ..lazy import jieba as import_jieba

    jieba = import_jieba()
    from jieba import posseg  # after jieba itself: see import_jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    folder = cache_dir()
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        tokenizer.tmp_dir = str(folder)
    return posseg.POSTokenizer(tokenizer)


# jieba's tags that it gives to everyday words too (象牙 and 城南 ns, 力争 nz, and its dictionary's 望远镜 and 安静 nr):
# such a name is Japanese vocabulary when the Japanese dictionary reads its Japanese form whole as one common noun (see
# common_noun_name); a person's name (李明, 高峰) is none
WORD_TAGS = ("ns", "nz", "nr")


def common_noun_name(name: SourceName) -> bool:
    """A place, person or other proper noun by jieba's tag (ns, nr, nz) whose Japanese form the Japanese dictionary
    (SudachiPy) reads whole as one common noun it knows (象牙, 城南, 古城, 海関 for 海关, 望遠鏡 for a 望远镜 jieba's
    dictionary tags nr): a word Japanese has, translated as one;
    a Chinese place the dictionary does not know as a word (鄂尔多斯, 西安 is its place name) or a place with its
    suffix (牡丹区) is no such noun."""
    from ..glossary.forms import japanese_form
    from ..tokens import one_common_noun

    return name.tag in WORD_TAGS and one_common_noun(japanese_form(name.surface))


def listed_with_a_name(name: SourceName, names: list[SourceName], text: str) -> bool:
    """``name`` stands in a list beside another name of ``names`` that is no common noun (甘肃、青海; 俄罗斯、泰国和巴西;
    普洱、滇红), one joiner between them, or right after a place with its administrative suffix, as an address goes on
    (青秀区南湖; ``text``: the source the spans count in): a list of names, or an address, names places."""
    from ..charclass import CHINESE_LIST_JOINERS
    from ..phonetics.tables import place_suffixes

    def joined(a: SourceName, b: SourceName) -> bool:
        gap = b.span.start - a.span.end
        return (gap == 1 and text[a.span.end] in CHINESE_LIST_JOINERS) or (
            gap == 0 and b is name and a.tag == "ns" and a.surface.endswith(place_suffixes()))

    return any((joined(name, other) or joined(other, name)) and not common_noun_name(other)
               for other in names if other is not name)


def source_names(text: str, offset: int = 0) -> list[SourceName]:
    """Every name jieba tags in ``text``, with the names it cut apart joined (``whole_names``), with spans shifted by
    ``offset``."""
    from .whole_names import rejoined

    return names_of(rejoined(text, tagger()), offset)


def names_of(toks, offset: int = 0) -> list[SourceName]:
    """The names among jieba's words ``toks`` (``whole_names.Token``, rejoined or further joined): a name's tag, two
    characters or more, all kanji, and no everyday word."""
    freq = tagger().tokenizer.FREQ
    return [SourceName(Span(offset + t.start, offset + t.end), t.word, t.flag) for t in toks
            if t.flag in NAME_TAGS and len(t.word) >= threshold("name-length") and all(is_kanji(ch) for ch in t.word)
            and freq.get(t.word, 0) <= threshold("everyday")]

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
def _tagger():
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


def source_names(text: str, offset: int = 0) -> list[SourceName]:
    """Every name jieba tags in ``text``, with the names it cut apart joined (``whole_names``), with spans shifted by
    ``offset``."""
    from .whole_names import rejoined

    tagger = _tagger()
    return [SourceName(Span(offset + t.start, offset + t.end), t.word, t.flag) for t in rejoined(text, tagger)
            if t.flag in NAME_TAGS and len(t.word) >= threshold("name-length") and all(is_kanji(ch) for ch in t.word)
            and tagger.tokenizer.FREQ.get(t.word, 0) <= threshold("everyday")]

"""Text set aside when names are read: tone-marked pinyin inserted in parentheses after a character.

Machine translations of pages with pinyin annotations carry them into the text (相當(dāng), 習(xí)近平). GRB012
reports each one; the mention finders read the text without them, so 習(xí)近平 is still found as 習近平.
"""
from __future__ import annotations

import re

from .charclass import KANJI_RANGE
from .findings import Span
from .phonetics.pinyin import strip_tones
from .phonetics.tables import pinyin_syllables

TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# one lower-case syllable in parentheses right after a kanji: 相當(dāng), 韓國（guó）
INSERTED = re.compile(rf"(?<=[{KANJI_RANGE}])[(（]([a-zü{TONE_VOWELS}]{{1,6}})[)）]")


def inserted_pinyin(text: str, offset: int = 0) -> list[Span]:
    """Spans of tone-marked pinyin syllables inserted in parentheses after characters (the parentheses included)."""
    out = []
    for m in INSERTED.finditer(text):
        syllable = m.group(1)
        if any(c in TONE_VOWELS for c in syllable) and strip_tones(syllable) in pinyin_syllables():
            out.append(Span(offset + m.start(), offset + m.end()))
    return out


def set_aside(text: str, spans: list[Span]) -> tuple[str, list[int]]:
    """``text`` without ``spans``, and for each offset of the result (and its end) the offset in ``text``."""
    kept, where, pos = [], [], 0
    for span in [*spans, Span(len(text), len(text))]:
        kept.append(text[pos:span.start])
        where.extend(range(pos, span.start))
        pos = span.end
    where.append(len(text))
    return "".join(kept), where

"""Text set aside when names are read: tone-marked pinyin inserted in parentheses after a character.

Machine translations of pages with pinyin annotations carry them into the text (相當(dāng), 習(xí)近平). GRB012
reports each one; the mention finders read the text without them, so 習(xí)近平 is still found as 習近平.
"""
from __future__ import annotations

import re

from .charclass import KANJI_RANGE, KATAKANA_RANGE, KATAKANA_WORD
from .findings import Span
from .phonetics.kana import coarse, katakana_romaji, syllable_keys
from .phonetics.pinyin import strip_tones
from .phonetics.tables import pinyin_syllables

TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# lower-case pinyin in parentheses right after a kanji or katakana: one syllable (相當(dāng), 韓國（guó）, ブドウ(pú))
# or a word's syllables run together (切り絵(jiǎnzhǐ), after a kanji only)
INSERTED = re.compile(rf"(?<=[{KANJI_RANGE}{KATAKANA_RANGE}])[(（]([a-zü{TONE_VOWELS}]{{1,{4 * 6}}})[)）]")
WORD_SYLLABLES = 4  # most syllables of a word's pinyin run together
KATAKANA_BEFORE = re.compile(f"{KATAKANA_WORD.pattern}$")


def inserted_pinyin(text: str, offset: int = 0) -> list[Span]:
    """Spans of tone-marked pinyin syllables inserted in parentheses after characters (the parentheses included):
    after a kanji, or after a katakana word (ブドウ(pú), the pinyin of the Chinese word it translates) that is not
    that syllable's own reading (シー(xī): a lesson's katakana and the pinyin it stands for)."""
    out = []
    for m in INSERTED.finditer(text):
        syllable = strip_tones(m.group(1))
        if any(c in TONE_VOWELS for c in m.group(1)) and syllable in pinyin_syllables() \
                and not _reads_as(text, m.start(), syllable):
            out.append(Span(offset + m.start(), offset + m.end()))
    return out


def inserted_word_pinyin(text: str, offset: int = 0) -> list[Span]:
    """Spans of a word's tone-marked pinyin, two to four syllables run together with no space, inserted in
    parentheses after a kanji (切り絵(jiǎnzhǐ)); a name's romanisation (習近平（Xí Jìnpíng）) has capitals
    and spaces."""
    return [Span(offset + m.start(), offset + m.end()) for m in INSERTED.finditer(text)
            if KANJI_BEFORE.match(text, m.start() - 1) and any(c in TONE_VOWELS for c in m.group(1))
            and strip_tones(m.group(1)) not in pinyin_syllables() and _syllables(strip_tones(m.group(1)))]


KANJI_BEFORE = re.compile(f"[{KANJI_RANGE}]")
SYLLABLE_LETTERS = 6  # the longest pinyin syllable (zhuang)


def _syllables(word: str, count: int = 0) -> bool:
    """``word`` is two to WORD_SYLLABLES pinyin syllables run together (jianzhi: jian|zhi)."""
    if not word:
        return count >= 2
    return count < WORD_SYLLABLES and any(word[:n] in pinyin_syllables() and _syllables(word[n:], count + 1)
                                          for n in range(1, min(SYLLABLE_LETTERS, len(word)) + 1))


def _reads_as(text: str, at: int, syllable: str) -> bool:
    """The katakana word that ends at ``at`` is a rendering of the pinyin ``syllable`` (シー for xi)."""
    word = KATAKANA_BEFORE.search(text, max(0, at - 8), at)
    return word is not None and coarse(katakana_romaji(word.group())) in syllable_keys(syllable)


def set_aside(text: str, spans: list[Span]) -> tuple[str, list[int]]:
    """``text`` without ``spans``, and for each offset of the result (and its end) the offset in ``text``."""
    kept, where, pos = [], [], 0
    for span in [*spans, Span(len(text), len(text))]:
        kept.append(text[pos:span.start])
        where.extend(range(pos, span.start))
        pos = span.end
    where.append(len(text))
    return "".join(kept), where

from __future__ import annotations

import re

from ...charclass import SPACE, is_kanji
from ...context import confidence
from ...findings import Severity, Span
from ...labels import reads_as
from ...mentions.context import GlossGroups, gloss_after, introduced_as_alias, labelled_gloss
from ..base import Rule
from . import _pinyin
from ._pinyin import name_shape, two_part_name_shape
from ._text import (HONORIFICS, LATIN_LETTER, brackets, english_word, glossary_surface, is_title_word, latin_runs,
                    line_has_japanese)

ROLL_NAMES = 3  # romanised names in one enumeration that make it a roll of people: a pinyin word in it is one too
MAX_NAME_KANJI = 8  # kanji before a bracketed romanisation searched for the name it spells (words may come first)


class RomanizedName(Rule):
    """
    ## What it does
    Reports a Chinese person's name left in pinyin (`Zhou Minghui`). It is a run of two or three
    capitalised Latin words, alone between Japanese text or punctuation, that spell a one-syllable
    surname and a one- or two-syllable given name, judged by pinyin syllable structure (a general
    syllable table), not by a list of names. A name of two words of two syllables each, with no
    one-syllable surname (a Tibetan or other minority name in pinyin: `Zhaxi Dunzhu`), is reported
    only right before an honorific (`Zhaxi Dunzhu さん`, `氏`): the text calls it a person's name.

    Runs made only of common English words (Long Man) are skipped, and so are pinyin given as a gloss
    in parentheses, names the text introduces as an alias (`英語名はZhang Yiming`), names followed by their
    forms under labels (`Zhou Minghui (繁体字: 周明輝、拼音: Zhōu Mínghuī)`), and names that a
    glossary lists (those are the NAM rules' business), and names the text gives elsewhere in brackets after the
    kanji they spell (`雷軍(Lei Jun)`: the writer names the person so on purpose). A single pinyin word listed among
    such names (a nickname: `Xu Lan、Laomao`) is reported at `info`, and as a warning in a roll of three such names or
    more (`Laomao、Xu Lan、Zhou Minghui、Qin Fang`): the list names people, so a word of pinyin syllables in it is one.

    ## Why is this bad
    Japanese writes Chinese names in kanji (or katakana for readings); pinyin in running
    Japanese text is a machine-translation leftover, and readers cannot tell who is meant.

    ## Example
    `業界には、Zhou Minghui、Xu Lanなど…`

    ## Use instead
    `業界には、周明輝、徐蘭など…` (the kanji from the source article)
    """

    code = "GRB003"
    name = "romanized-name"
    severity = Severity.WARNING
    reads = ("text", "tokens", "mentions", "glossary")
    per_paragraph = True

    def check(self, ctx):
        marks = brackets(ctx.doc)
        for para, text in ctx.paragraphs(holding=LATIN_LETTER):  # a name has letters
            for chain in _enumerations(text, list(latin_runs(text, para.start)), para.start):
                names = [words for words in chain if self._is_name(ctx, marks, words)]
                for words in names:
                    yield self._report(ctx, words, 1.0)
                if not names:
                    continue
                case = "listed-in-roll" if len(names) >= ROLL_NAMES else "listed-nickname"
                for words in chain:  # nicknames listed among the names: Panzi、Li Jianwu
                    if len(words) == 1 and _lone_pinyin(ctx, words[0]) and not glossary_surface(ctx, words[0][0]):
                        yield self._report(ctx, words, confidence(self, case))

    @staticmethod
    def _is_name(ctx, marks, words) -> bool:
        run = Span(words[0][0].start, words[-1][0].end)
        latin = [w for _, w in words]
        if not name_shape(latin) and not (two_part_name_shape(latin) and _honorific_after(ctx.doc.text, run.end)):
            return False
        if marks.inside_gloss(run) or glossary_surface(ctx, run) or introduced_as_alias(ctx.doc.text, run.start) \
                or _glossed_with_labels(ctx.doc, run) or not line_has_japanese(ctx.doc.text, run) \
                or _given_as_reading(ctx.doc.text, ctx.doc.slice(run)):
            return False
        return not all(english_word(ctx.doc, s, w, common_only=True) for s, w in words)

    def _report(self, ctx, words, confidence):
        run = Span(words[0][0].start, words[-1][0].end)
        syllables = " ".join("-".join(_pinyin.segment(w)) for _, w in words)
        return ctx.finding(self, run, f"romanised Chinese name '{ctx.doc.slice(run)}' ({syllables}): "
                                      "write the name in kanji", confidence=confidence)


def _honorific_after(text: str, end: int) -> bool:
    """An honorific (data/honorifics.txt) right after ``end``, one space between allowed: さん, 氏."""
    start = end + 1 if text[end:end + 1] in (" ", "\u3000") else end
    return text.startswith(HONORIFICS, start)


def _glossed_with_labels(doc, run: Span) -> bool:
    """A name followed by its forms under labels: Zhou Minghui (繁体字: 周明輝、拼音: Zhōu Mínghuī)."""
    if "text.gloss_groups" not in doc.memo:
        doc.memo["text.gloss_groups"] = GlossGroups(doc.text)
    inner = gloss_after(doc.text, run.end, doc.memo["text.gloss_groups"])
    return inner is not None and labelled_gloss(doc.text, inner)


def _given_as_reading(text: str, name: str) -> bool:
    """The text gives the same romanised name in brackets after kanji it spells (雷軍(Lei Jun), 陈国栋（Chen
    Guodong）): the writer knows the person's kanji and names them by the romanisation on purpose."""
    for m in re.finditer(rf"[(（]{SPACE}*{re.escape(name)}{SPACE}*[)）]", text):
        lo = m.start()
        while lo > 0 and m.start() - lo < MAX_NAME_KANJI and is_kanji(text[lo - 1]):
            lo -= 1
        kanji = text[lo:m.start()]  # words before the name: 創業者雷軍(Lei Jun)
        if len(kanji) >= 2 and any(reads_as(kanji[i:], name) for i in range(len(kanji) - 1)):
            return True
    return False


def _enumerations(text: str, runs, base: int):
    """Latin runs grouped into enumerations: runs separated only by a list comma (、 , ，)."""
    chain: list = []
    for run, words in runs:
        if chain and text[chain[-1][-1][0].end - base:run.start - base].strip() not in ("、", ",", "，"):
            yield chain
            chain = []
        chain.append(words)
    if chain:
        yield chain


def _lone_pinyin(ctx, word) -> bool:
    """A single capitalised word of two or more pinyin syllables that SudachiPy does not know."""
    span, w = word
    parts = _pinyin.segment(w) if is_title_word(w) else None
    return bool(parts) and len(parts) >= 2 and not english_word(ctx.doc, span, w, strict=False)

from __future__ import annotations

import re

from ...charclass import DIGIT_RANGE, JAPANESE_RANGE, KANA_CHAR, SPACES, LazyPattern, is_kanji
from ...findings import Severity, Span
from ..base import Rule
from ...mentions.context import in_chinese_line
from ._text import comma_period_style, commas_after_japanese, english_line, labels_item, line_around, paragraphs

REFERENCE = re.compile(r"[(（][0-9]{4}[a-z]?[)）]")  # a year in parentheses: an entry of a reference list


KANJI_NUMERALS = "一二三四五六七八九十百"  # the numerals of a heading's or an item's number in kanji
PART_COUNTERS = "部章節編篇巻条項回"  # the counters of a part, chapter, section or article
# the number of a part, chapter or section (第二部, 第3章) before a period that numbers a heading
SECTION_NUMBER = re.compile(rf"第[{DIGIT_RANGE}{KANJI_NUMERALS}]+[{PART_COUNTERS}]$")
# a line that begins with a numeral in kanji before the period: an item's or a heading's number (一.星河の歴史); or
# with a numeral and the counter of a part, chapter or article, 第 left out (1条.星河の目的…, 12章.): a statute's or a
# code's numbering
LIST_NUMBER = re.compile(rf"(?:^|\n)[{SPACES}]*(?:[{KANJI_NUMERALS}]+|第?[{DIGIT_RANGE}{KANJI_NUMERALS}]+"
                         rf"[{PART_COUNTERS}])$")
# an item's label in katakana, in the order of the syllabary or of the iroha (ア. イ. ウ. エ., イ. ロ. ハ.), that stands
# alone at its line's start or after a space (`第2章3節 ウ.星河の興亡`: a syllabus's or an outline's item): the period
# numbers the item that follows, as `1.` does
KATAKANA_LABEL = LazyPattern(rf"(?:^|[{SPACES}])[{SPACES}]*[アイウエオカキクケコサシスセソロハニホヘト]$", re.M)
CHINESE_SENTENCE = 6  # kanji, at least, of a line with no kana whose `.` ends a sentence of Chinese
# one half-width full stop after Japanese, then Japanese, a space, a closing quote or the line end
PERIOD = LazyPattern(rf"(?<=[{JAPANESE_RANGE}])\.(?=[{JAPANESE_RANGE}「『]|[{SPACES}」』）)]|$)", re.M)


class HalfwidthPeriod(Rule):
    """
    ## What it does
    Reports a half-width full stop `.` ending a Japanese sentence (`…避けられなかった.取り憑かれた.`),
    with `。` as the fix. Only a single `.` right after Japanese text counts; ellipses (`...`), numbers,
    abbreviations, file names and the period after a part or chapter number (`第二部.`) or after a numeral in kanji
    that begins its line (`二.星河の歴史`, a heading's number), or after a number and the counter of an article or a chapter that begins
    its line (`1条.星河の目的は…`: a statute's or a code's numbering, 第 left out), or after an item's label in katakana
    that stands alone at its line's start or after a space, in the order of the syllabary or the iroha (`第2章3節
    ウ.星河の興亡`, an outline's item: ア. イ. ウ. エ.), or after an item's label that
    begins its line before a space (`質問例. 「…」`, data/item_labels.txt) are other things. A text written in the `，．` style of academic Japanese
    (clauses separated by `,` or `，` more often than by `、`) ends its sentences and references with `.` on purpose, and
    so does a line in that style throughout, two commas or more and no `、` or `。` (a publisher's blurb in `，．`
    quoted on a page that writes `、。` elsewhere; a line that mixes `。` and `.` still counts), and so does an entry of a reference list (a line with a year
    in parentheses, `林志強 (2020)『…』東京: 星河書房.`) at its end. A `.` in a paragraph of Chinese (lines with no
    kana and forty kanji or more: a page's summary in Chinese), or on a line with no kana and six kanji or more (a
    bilingual blog's sentence in Chinese above or below its translation, `…大家都很開心.`: Japanese writes kana in its
    sentences), or in a line written in English around a Japanese name
    (`This page is loading the article for 星河の歴史一覧.`: GRB002's English line), ends no Japanese sentence.

    ## Why is this bad
    The translation kept the source's or an intermediate language's punctuation. Japanese ends sentences
    with `。`; a `.` between Japanese words is read as a typo, and tools that split sentences miss it.

    ## Example
    `衝突は避けられなかった.彼は何かに取り憑かれた.`

    ## Use instead
    `衝突は避けられなかった。彼は何かに取り憑かれた。`
    """

    code = "GRB015"
    name = "halfwidth-period"
    severity = Severity.WARNING
    reads = ("text",)

    def check(self, ctx):
        if comma_period_style(ctx.doc.text):
            return
        for para, text in paragraphs(ctx.doc):
            if "." not in text:
                continue  # an exact sieve: every match is a full stop
            for m in PERIOD.finditer(text):
                span = Span(para.start + m.start(), para.start + m.end())
                if SECTION_NUMBER.search(text, max(0, m.start() - 8), m.start()):
                    continue  # 第二部.星河の歴史: a part or chapter's number, not a sentence
                if LIST_NUMBER.search(text, max(0, m.start() - 8), m.start()):
                    continue  # 二.星河の歴史: a heading's number at the start of its line, after no sentence
                if KATAKANA_LABEL.search(text, max(0, m.start() - 8), m.start()) \
                        and text[m.end():m.end() + 1] not in ("", "\n"):
                    continue  # 第2章3節 ウ.星河の興亡: an item's label in katakana, alone before its period, numbers a heading
                if labels_item(text[text.rfind("\n", 0, m.start()) + 1:m.start()]) \
                        and text[m.end():m.end() + 1] in SPACES:
                    continue  # 質問例. 「…」: an item's label at its line's start, then a space, no sentence
                if REFERENCE.search(line_around(ctx.doc.text, span.start, span.end)) \
                        and ctx.doc.text[span.end:span.end + 1] in ("", "\n"):
                    continue  # a reference entry ends with a full stop: 林 (2020)『…』東京: 星河書房.
                if _comma_period_line(line_around(ctx.doc.text, span.start, span.end)):
                    continue  # a line in the ，． style throughout (a publisher's blurb quoted on a page that writes
                    # 、。 elsewhere): its full stops are that style's, not slips
                if in_chinese_line(ctx.doc.text, span) or english_line(ctx.doc.text, span) \
                        or _kana_free_line(line_around(ctx.doc.text, span.start, span.end)):
                    continue  # a paragraph in Chinese (a page's summary), a line of Chinese with no kana (a
                    # bilingual blog's) or a line in English around a Japanese name: its sentences are no Japanese ones
                yield ctx.finding(self, span, "half-width '.' ends a Japanese sentence; write '。'", suggestion="。")


COMMA_PERIOD_LINE = 2  # commas, at least, after Japanese on a line with no 、 or 。 that is written in the ，． style


def _comma_period_line(line: str) -> bool:
    """A line with no `、` and no `。` that separates its clauses with `,` or `，` after Japanese at least
    ``COMMA_PERIOD_LINE`` times: written in the `，．` style throughout, its `.` that style's full stop. A line that
    mixes `。` or `、` with `.` is no such line."""
    return "、" not in line and "。" not in line and commas_after_japanese(line) >= COMMA_PERIOD_LINE


def _kana_free_line(line: str) -> bool:
    """A line with no kana and ``CHINESE_SENTENCE`` kanji or more: a sentence in Chinese (a bilingual page's), since
    a Japanese sentence writes kana."""
    return KANA_CHAR.search(line) is None and sum(map(is_kanji, line)) >= CHINESE_SENTENCE

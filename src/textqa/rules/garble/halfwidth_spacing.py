from __future__ import annotations

import re

from ...charclass import DIGIT_RANGE, JAPANESE_RANGE, LATIN_LETTER_RANGE, SENTENCE_ENDS
from ...findings import Severity, Span
from ..base import Rule
from ...masks import is_masked
from ._text import CLAUSE_COMMAS, LIST_MARKER, line_around, paragraphs

J = f"[{JAPANESE_RANGE}]"
J_BEFORE = f"[{JAPANESE_RANGE}。、]"  # also after a full stop or comma: 。 2019年
LETTER = LATIN_LETTER_RANGE + "0-9"
ALNUM = rf"[{LETTER}](?:[{LETTER}.,%/:'&+@_~#?=\-]| (?=[{LETTER}]))*"
SPACED = re.compile(rf"(?:(?<={J_BEFORE})(?P<pre> +))?(?P<word>{ALNUM})(?:(?P<post> +)(?={J}))?")
SHOW_PLACES = 4
NUMBER = re.compile(rf"[{DIGIT_RANGE}][{DIGIT_RANGE}.,:]*")  # a number, a time or a date alone: 8, 10:00, 3.5
NOT_A_ROW = SENTENCE_ENDS + CLAUSE_COMMAS  # what a line of prose holds and a row of a table or a list does not


def _in_a_row(text: str, m: re.Match) -> bool:
    """The place's word is a number on a line with no sentence mark nor clause comma: a cell of a table or a list
    (a score sheet's `味 8／見た目 7`, a timetable's `10:00 開会式`), set apart by spaces as its columns are."""
    if not NUMBER.fullmatch(m.group("word")):
        return False
    line = line_around(text, m.start("word"), m.end("word"))
    return not any(mark in line for mark in NOT_A_ROW)


class HalfwidthSpacing(Rule):
    """
    ## What it does
    Summarises half-width spaces around numbers and Latin words, one `info` finding per paragraph.
    It counts the spaces put between Japanese text and half-width numbers or Latin letters
    (`過去 5 年間`, `Alipay の決済`); the finding spans the paragraph's first to last such place and
    lists them.

    Addresses (URLs, e-mail) are often set off by spaces on purpose and are not counted, nor are
    list markers (`1. 項目`, `b) 第二案`), nor a number on a line with no sentence mark and no comma: a cell of a
    table or a list, whose columns spaces set apart (a score sheet's `味 8／見た目 7`, a timetable's `10:00 開会式`). One finding per paragraph, not per place, because the
    habit runs through a whole translation: one per place would bury every other finding (an
    article easily has a hundred), while a paragraph is what an editor fixes in one pass.

    ## Why is this bad
    It is not an error, but a machine-translation habit copied from English typesetting;
    Japanese house styles write numbers and Latin words without surrounding spaces.

    ## Example
    `過去 5 年間で、Alipay の利用者は 2 倍になりました。`

    ## Use instead
    `過去5年間で、Alipayの利用者は2倍になりました。`
    """

    code = "GRB011"
    name = "halfwidth-spacing"
    severity = Severity.INFO
    reads = ("text",)

    def check(self, ctx):
        for para, text in paragraphs(ctx.doc):
            if " " not in text:
                continue  # an exact sieve: every place has a half-width space before or after its word
            markers = {m.start() for m in LIST_MARKER.finditer(text)}
            places = [m for m in SPACED.finditer(text)
                      if (m.group("pre") or m.group("post")) and m.start("word") not in markers
                      and not _in_a_row(text, m)
                      and not is_masked(ctx.doc, Span(para.start + m.start("word"), para.start + m.end("word")))]
            if not places:
                continue
            span = Span(para.start + places[0].start(), para.start + places[-1].end())
            shown = ", ".join(f"'{m.group().strip()}'" for m in places[:SHOW_PLACES])
            more = f" and {len(places) - SHOW_PLACES} more" if len(places) > SHOW_PLACES else ""
            yield ctx.finding(self, span, f"half-width spaces around {shown}{more} ({len(places)} place(s)); "
                                          "Japanese usually writes them without spaces")

from __future__ import annotations

import re

from ...charclass import JAPANESE_RANGE
from ...findings import Severity, Span
from ..base import Rule
from ._text import paragraphs

# one half-width full stop after Japanese, then Japanese, a space, a closing quote or the line end
PERIOD = re.compile(rf"(?<=[{JAPANESE_RANGE}])\.(?=[{JAPANESE_RANGE}「『]|[ \u3000」』）)]|$)", re.M)


class HalfwidthPeriod(Rule):
    """
    ## What it does
    Reports a half-width full stop `.` ending a Japanese sentence (`…避けられなかった.取り憑かれた.`),
    with `。` as the fix. Only a single `.` right after Japanese text counts; ellipses (`...`), numbers,
    abbreviations and file names are other things.

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
        for para, text in paragraphs(ctx.doc):
            for m in PERIOD.finditer(text):
                span = Span(para.start + m.start(), para.start + m.end())
                yield ctx.finding(self, span, "half-width '.' ends a Japanese sentence; write '。'", suggestion="。")

from __future__ import annotations

from ...charclass import SENTENCE_ENDS
from ...findings import Severity, Span
from ..base import Rule
from ._text import brackets, spliced_pairs


class QuoteAfterSentenceEnd(Rule):
    """
    ## What it does
    Reports a stray closing quote mark right after the sentence ended (`。」` followed by more text).
    The mark closes nothing in its paragraph. A quotation that ends with `。」` after its own opening mark is fine.

    ## Why is this bad
    The translation carried the closing mark of a quotation it did not translate as one; the
    reader looks for a quotation that never began.

    ## Example
    `その計画は「青い鳥」と呼ばれた。」西安の企業連合は…`

    ## Use instead
    `その計画は「青い鳥」と呼ばれた。西安の企業連合は…`
    """

    code = "GRB006"
    name = "quote-after-sentence-end"
    severity = Severity.WARNING
    reads = ("text",)

    def check(self, ctx):
        text = ctx.doc.text
        spliced = {c for c, _ in spliced_pairs(ctx.doc)}
        for i in brackets(ctx.doc).lone_closers:
            if i > 0 and text[i - 1] in SENTENCE_ENDS and i not in spliced:
                yield ctx.finding(self, Span(i - 1, i + 1),
                                  f"'{text[i]}' after the end of the sentence closes nothing; delete it: "
                                  f"write '{text[i - 1]}'", suggestion=text[i - 1])

from __future__ import annotations

from ...findings import Severity, Span
from ..base import Rule
from ._text import spliced_pairs


class SplicedQuote(Rule):
    """
    ## What it does
    Reports a stray closing quote mark spliced onto an opening one that is never closed (`」「`). The
    closing mark closes nothing and the opening mark is never closed: one sentence cut in two. Two
    complete quotations side by side (`「行くの？」「行かない。」`) are fine.

    ## Why is this bad
    The translation split one sentence into two broken halves: the reader sees a quotation
    that ends where none began, and another that never ends.

    ## Example
    `最初の事業は失敗しました。売上は伸びました」「ただし利益は減った。`

    ## Use instead
    `最初の事業は失敗しました。売上は伸びましたが、利益は減った。`
    """

    code = "GRB005"
    name = "spliced-quote"
    severity = Severity.WARNING
    reads = ("text",)

    def check(self, ctx):
        for close, open_ in spliced_pairs(ctx.doc):
            span = Span(close, open_ + 1)
            yield ctx.finding(self, span, f"'{ctx.doc.slice(span)}': a stray closing mark spliced to an "
                                          "opening mark that is never closed")

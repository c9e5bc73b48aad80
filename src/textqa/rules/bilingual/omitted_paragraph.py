"""BIL004: a whole source paragraph with no counterpart in the translation."""
from __future__ import annotations

from ...findings import Severity
from ..base import Rule
from ._shared import bitext, excerpt, gap_span


class OmittedParagraph(Rule):
    """
    ## What it does
    Reports a source paragraph that has no counterpart in the translation, on the target line where it should
    have been (the paragraph after the gap), with the source paragraph as a related location. It is `info`
    by default: set `[severity] BIL004 = "warning"` in `textqa.toml` where every paragraph must be translated.

    ## Why is this bad
    A missing paragraph is the largest loss a translation can have, and nothing in the Japanese shows it. But
    published editions often drop paragraphs on purpose (a quarter of those measured do), so by default it is
    reported for review, not as an error.

    ## Example
    Source paragraph 8 (`不过，行业的快速扩张也带来了问题。…`) has no counterpart between target paragraphs 7
    and 8.

    ## Use instead
    Translate the paragraph, or leave it out knowingly.
    """

    code = "BIL004"
    name = "omitted-paragraph"
    severity = Severity.INFO
    reads = ("text", "bilingual")

    def check(self, ctx):
        bt = bitext(ctx)
        if bt is None:
            return
        for para in bt.alignment.paragraphs:
            if para.source and not para.target:
                span = para.source_span
                yield ctx.finding(self, gap_span(ctx.doc, para.at),
                                  f"the source paragraph 「{excerpt(bt.source.text[span.start:span.end])}」 "
                                  "has no translation before this line",
                                  related=(bt.related(span, "omitted paragraph"),))

"""BIL006: a target paragraph or sentence with no source."""
from __future__ import annotations

from ...findings import Severity, Span
from ..base import Rule
from ._shared import bitext, moved_sentences



class AddedSegment(Rule):
    """
    ## What it does
    Reports a paragraph or sentence of the translation that corresponds to nothing in the source. It is `info`.

    ## Why is this bad
    An addition may be a translator's note, a currency conversion or a caption, and is often deliberate; but it
    may also be text pasted from elsewhere, or a sentence duplicated by the machine translation.

    ## Example
    `（編集部注：本記事は2021年の取材に基づく）` where the source has no such paragraph.

    ## Use instead
    Keep deliberate additions; remove the others.
    """

    code = "BIL006"
    name = "added-segment"
    severity = Severity.INFO
    reads = ("text", "bilingual")

    def check(self, ctx):
        bt = bitext(ctx)
        if bt is None:
            return
        from ...bilingual.align import length, threshold
        from ...bilingual.terms import credit_line

        for para, kids in zip(bt.alignment.paragraphs, bt.alignment.children):
            moved = set(moved_sentences(bt, kids).values()) if para.source and para.target else set()
            links = [para] if not para.source else [s for s in kids if s.target and not s.source
                                                    and s.target_span not in moved]
            for link in links:
                if not link.target or length(ctx.doc.slice(link.target_span)) < threshold("added-length") \
                        or credit_line(ctx.doc.slice(link.target_span)):
                    continue
                yield ctx.finding(self, link.target_span, f"this {link.level} has no counterpart in the source",
                                  related=(bt.related(Span(link.at, link.at), "where the source would have it"),))

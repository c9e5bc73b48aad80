"""What the BIL rules share: the bilingual layer, if any, and excerpts for messages."""
from __future__ import annotations

from ...findings import Span

EXCERPT = 20  # code points of a source sentence quoted in a message


def bitext(ctx):
    """The document's bilingual layer, or None when it was linted without a source."""
    return ctx.doc.layers.get("bilingual")


def excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[:EXCERPT] + "…"


def gap_span(doc, at: int) -> Span:
    """A zero-width span where something is missing (at the end of the last paragraph when past the text)."""
    paragraphs = doc.paragraphs()
    if paragraphs and at >= paragraphs[-1].end:
        at = paragraphs[-1].end
    return Span(at, at)

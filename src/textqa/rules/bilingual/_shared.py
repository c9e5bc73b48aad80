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


def moved_sentences(bt, kids) -> dict:
    """The sentences of one paragraph link that the translator moved within the paragraph: a source sentence left
    out (1-0) and a translated sentence added (0-1) that fit each other at least `moved-fit` (the threshold at which
    a paragraph may be linked out of order) are one sentence translated in another place (a quotation put first, its
    speaker's description after it), not one left out and one added. {source span: target span}, each source
    sentence paired with the added sentence it fits best, each added sentence used once."""
    from ...bilingual.align import content_fit, text_anchors, threshold

    left = [k.source_span for k in kids if k.source and not k.target]
    added = [k.target_span for k in kids if k.target and not k.source]
    if not left or not added:
        return {}
    fits = sorted(((content_fit(text_anchors(bt.source.slice(s), japanese=False),
                                text_anchors(bt.target.slice(t), japanese=True)), s, t)
                   for s in left for t in added), key=lambda f: -f[0])
    out: dict = {}
    for fit, s, t in fits:
        if fit >= threshold("moved-fit") and s not in out and t not in out.values():
            out[s] = t
    return out

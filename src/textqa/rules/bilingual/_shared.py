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


def beside_added(kids, k, source, target):
    """Source sentence ``k`` (left unlinked) linked to an unlinked translated sentence right next to it, if there
    is exactly one and the two share a word (two hanzi in a row), `beside-hanzi` hanzi apart (带着鲜虾、湖蟹到镇上赶集
    as 湖の幸を持って鎮の市へ行く: 湖 and 镇, the words around them rendered by meaning), a number (五只…马鹿
    as 5頭のアカシカ: words rendered by meaning share no hanzi) or a one counting the same thing (一台机器 as 機械1台:
    ``counted_ones``): the pair the aligner did not link because the translation lost part of it or changed its
    numbers."""
    from ...bilingual.align import Level, Link, threshold
    from ...bilingual.numbers import counted_ones, quantities, shared_ones

    added = [kids[j] for j in (k - 1, k + 1) if 0 <= j < len(kids) and kids[j].target and not kids[j].source]
    if len(added) != 1:
        return None
    s_text, t_text = source.slice(kids[k].source_span), target.slice(added[0].target_span)
    if not hanzi_words(s_text) & hanzi_words(t_text) \
            and len(hanzi_chars(s_text) & hanzi_chars(t_text)) < threshold("beside-hanzi") and not (
            {key for q in quantities(s_text) for key in q.keys()} & {key for q in quantities(t_text) for key in q.keys()}
            or shared_ones(counted_ones(s_text), counted_ones(t_text))):
        return None
    return Link(Level.SENTENCE, kids[k].source, added[0].target, 0.0)


def numbered_beside(kids, k, source, target) -> bool:
    """Source sentence ``k`` (left unlinked) is rendered freely by the one unlinked translated sentence right next
    to it, which holds each of its numbers (one at least, written as a number: 设…等6个类别 as …など6部門): words
    rendered by meaning share no hanzi, and the aligner would not link them."""
    from ...bilingual.numbers import quantities
    from .omitted_sentence import significant

    added = [kids[j] for j in (k - 1, k + 1) if 0 <= j < len(kids) and kids[j].target and not kids[j].source]
    own = [q for q in quantities(source.slice(kids[k].source_span)) if significant(q)]
    if len(added) != 1 or not own:
        return False
    there = {key for q in quantities(target.slice(added[0].target_span)) for key in q.keys()}
    return all(q.keys() & there for q in own)


def carried_over(bt, para, kids, k) -> bool:
    """Source sentence ``k`` of paragraph link ``para`` (left unlinked) is the first or last of its paragraph, and
    the translation of the paragraph link before or after holds its numbers, at least `summary-numbers` of them,
    which that link's own source lacks: an edition whose lede sums up several paragraphs, linked to the first of
    them, renders the rest of it in the next paragraph (工业增加值…。服务业生产指数增长4.2%… as a lede, then
    サービス業生産指数は4.2%上昇し…)."""
    from ...bilingual.align import threshold
    from ...bilingual.numbers import quantities
    from .omitted_sentence import significant

    def keys(spans, text):
        return {key for sp in spans for q in quantities(text[sp.start:sp.end]) for key in q.keys()}

    own = [q for q in quantities(bt.source.slice(kids[k].source_span)) if significant(q)]
    paragraphs = bt.alignment.paragraphs
    at = paragraphs.index(para)
    for j, edge in ((at - 1, 0), (at + 1, len(kids) - 1)):
        if k != edge or not 0 <= j < len(paragraphs) or not paragraphs[j].target:
            continue
        there = keys(paragraphs[j].target, bt.target.text) - keys(paragraphs[j].source, bt.source.text)
        if len(own) >= threshold("summary-numbers") and all(q.keys() & there for q in own):
            return True
    return False


def rendered_beside(kids, k, source, target) -> bool:
    """Source sentence ``k`` (left unlinked) is rendered inside the translation of a linked neighbour, merged there
    as an editor merges two sentences (青禾书店是当地规模最大的书店之一。书店经理说，… as
    地元最大の書店の一つ、青禾書店の経理によると、…): that translation has at least `merged-words` words
    (two hanzi in a row) of sentence ``k`` that the neighbour's own source lacks, and every clause of sentence ``k``
    with a word shares one with it. A speaker's name and title moved into a quotation's translation
    (杨丽华说，这里湖水清澈… as 楊麗華所長は「…」と話す) render that clause only: the rest, sharing nothing, is left out."""
    from ...bilingual.align import threshold
    from .omitted_sentence import CLAUSE_END

    text = source.slice(kids[k].source_span)
    own = hanzi_words(text)
    clauses = [words for words in map(hanzi_words, CLAUSE_END.split(text)) if words]
    for j in (k - 1, k + 1):
        if 0 <= j < len(kids) and kids[j].source and kids[j].target:
            rendered = hanzi_words(target.slice(kids[j].target_span))
            extra = (own & rendered) - hanzi_words(source.slice(kids[j].source_span))
            if len(extra) >= threshold("merged-words") and all(words & rendered for words in clauses):
                return True
    return False


def hanzi_words(text: str) -> set[str]:
    """Two hanzi in a row (Japanese kanji read as simplified Chinese): a word the two sides may share."""
    from ...bilingual.align import as_simplified
    from ...charclass import is_kanji

    return {as_simplified(a) + as_simplified(b) for a, b in zip(text, text[1:]) if is_kanji(a) and is_kanji(b)}


def hanzi_chars(text: str) -> set[str]:
    """The hanzi of ``text``, each read as simplified Chinese (Japanese 鎮 as 镇): characters the two sides may share
    apart, where their words are rendered by meaning."""
    from ...bilingual.align import as_simplified
    from ...charclass import is_kanji

    return {as_simplified(ch) for ch in text if is_kanji(ch)}


def merged_beside(kids, k, source, target):
    """Source sentence ``k`` (left unlinked) merged into the translation of a linked neighbour, as the link of the
    two source sentences to that translation: the neighbour's translated sentence has a significant number of
    sentence ``k`` that the neighbour's own source lacks, and every other significant number of ``k`` is there or
    changed there (a number the translation lacks paired with one it adds: 48.2万 written 4万8200). A translation
    that split its sentences elsewhere than the source (机场…通报：当月…5.1%；接待旅客…48.2万人次…9.6%。 as
    …発表した。同月の…5.1％増、…旅客4万8200人で9.6％増…) renders the sentence there; a changed number keeps the
    aligner from linking it."""
    from ...bilingual.align import Level, Link
    from ...bilingual.numbers import changed, differing, quantities
    from .omitted_sentence import significant

    own = [q for q in quantities(source.slice(kids[k].source_span)) if significant(q)]
    if not own:
        return None
    for j in (k - 1, k + 1):
        if not 0 <= j < len(kids) or not kids[j].source or not kids[j].target:
            continue
        t_text = target.slice(kids[j].target_span)
        neighbour = {key for q in quantities(source.slice(kids[j].source_span)) for key in q.keys()}
        lost, extra = differing(source.slice(kids[k].source_span), t_text)
        extra = [q for q in extra if not q.keys() & neighbour]  # the neighbour's own numbers
        lost_at, changed_at = {q.span for q in lost}, {was.span for was, _ in changed(lost, extra)}
        kept = [q for q in own if q.span not in lost_at and not q.keys() & neighbour]
        if kept and all(q.span in changed_at for q in own if q.span in lost_at):
            return Link(Level.SENTENCE, tuple(sorted(kids[j].source + kids[k].source)), kids[j].target, 0.0)
    return None


def split_rest(kids, k, source, target) -> Span:
    """The target span of linked sentence ``k`` with its rest split off: the unlinked translated sentences (0-1 links)
    right next to it, on either side, that share content with its source (content fit at least `min-part`), and no
    less than with the source of the linked sentence on their other side (a sentence between two belongs to the one it
    fits). A translation that split a sentence where its source has a comma (…，每亩每年可节省…元。 as …終わった。1ムー
    当たり…節約できる。) renders its last clause there; a changed number keeps the aligner from linking it."""
    from ...bilingual.align import content_fit, model, text_anchors

    def fit(j: int, text: str) -> float:
        return content_fit(text_anchors(source.slice(kids[j].source_span), japanese=False),
                           text_anchors(text, japanese=True))

    span = kids[k].target_span
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(kids) and kids[j].target and not kids[j].source:
            j += step
        if j == k + step:
            continue
        lo, hi = sorted((k + step, j - step))
        rest = Span(kids[lo].target_span.start, kids[hi].target_span.end)
        own = fit(k, target.slice(rest))
        other = fit(j, target.slice(rest)) if 0 <= j < len(kids) and kids[j].source and kids[j].target else 0
        if own >= model()["cost"]["min-part"] and own >= other:
            span = Span(min(span.start, rest.start), max(span.end, rest.end))
    return span

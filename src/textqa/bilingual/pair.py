"""The bilingual layer: a Japanese document linked to its Chinese source, paragraph by paragraph, sentence by sentence.

``attach_source`` is the pipeline stage: it checks the source, aligns it and writes the ``bilingual`` layer on the
target document. BIL rules only read that layer (and the ``bilingual.terms`` layer derived from it).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..charclass import is_hiragana, is_kanji, is_katakana
from ..document import Document
from ..errors import InputError
from ..findings import Related, Span
from .align import NAME_KEY, Alignment, align, threshold

LAYER = "bilingual"
SOURCE_NAMES = "bilingual.source-names"  # the layer of the names jieba tags in the source (tag_source_names)


@dataclass
class Bitext:
    """A source document (Chinese), the target document (Japanese) and their alignment."""

    source: Document
    target: Document
    alignment: Alignment

    def related(self, span: Span, message: str = "") -> Related:
        """A related location for a source span (positions as the source document reports them)."""
        (line, col), (end_line, end_col) = self.source.position(span.start), self.source.position(span.end)
        return Related(self.source.path, line, col, end_line, end_col, message)


def kana_share(text: str) -> tuple[float, int]:
    """(kana / (kana + hanzi), hanzi count)."""
    kana = sum(1 for ch in text if is_hiragana(ch) or (is_katakana(ch) and ch != "ー"))
    hanzi = sum(1 for ch in text if is_kanji(ch))
    return (kana / (kana + hanzi) if kana + hanzi else 0.0), hanzi


def _as_chinese(text: str) -> tuple[str | None, float]:
    """(None, or why ``text`` is not a Chinese original: too few hanzi or too many kana; its kana share). The one
    test of a text's language that the bilingual inputs share: a swapped source fails it, a swapped target passes."""
    share, hanzi = kana_share(text)
    if hanzi < threshold("source-hanzi"):
        return "has no Chinese text (expected a Chinese original)", share
    if share > threshold("source-kana"):
        return f"is not Chinese ({share:.0%} of its characters are kana): is it the translation?", share
    return None, share


def check_source(doc: Document) -> None:
    why, _ = _as_chinese(doc.text)
    if why:
        raise InputError(doc.path, f"the source {why}")


def check_target(text: str, path: str, source_text: str) -> None:
    """A target that would pass as a Chinese source (``check_source``'s test) is no Japanese translation: the source
    given twice, or another Chinese text. Raises InputError."""
    why, share = _as_chinese(text)
    if why is None:
        kana = f"{share:.0%} of its characters are kana" if share else "no kana"
        raise InputError(path, f"the target is not Japanese ({kana}): " + (
            "it is the same text as the source; give the Japanese translation as TARGET" if text == source_text
            else "is it the Chinese source?"))


SOURCE_ENTITIES = "bilingual.source-entities"  # the layer of the source document that source_entities writes


def source_entities(doc: Document, compiled) -> list[tuple[Span, str]]:
    """Glossary entries named in a Chinese text: (span, zh), by the entry's zh in any script form, whatever kind of
    form the glossary makes the surface on the Japanese side (an entry that rejects its own zh, the source's word left
    untranslated, is still named by it in the source)."""
    if compiled is None:
        return []
    if SOURCE_ENTITIES in doc.layers:
        return doc.layers[SOURCE_ENTITIES]
    from ..glossary.forms import simplified_form

    automaton, patterns = compiled.automaton()
    out = []
    for idx, start, end in automaton.find_matches_as_indexes(doc.text):
        surface = patterns[idx]
        for zh, _ in compiled.forms[surface]:
            if surface == zh or simplified_form(surface) == simplified_form(zh):
                out.append((Span(start, end), zh))
                break
    doc.add_layer(SOURCE_ENTITIES, out)
    return out


def written_source_entities(doc: Document, compiled) -> list[tuple[Span, str]]:
    """The source's glossary entries as ``source_entities`` wrote them while the source was attached (for a rule:
    it reads the layer and never writes it); none without a glossary."""
    return doc.layers[SOURCE_ENTITIES] if compiled is not None else []


def tag_source_names(bitext) -> None:
    """Write the ``source-names`` layer: (sentence link, names jieba tags in its source sentence) for each sentence
    linked on both sides. A pipeline stage: ``lint_document`` runs it before the rules that read it (BIL001, BIL007)."""
    if SOURCE_NAMES not in bitext.target.layers:
        from .names import source_names

        bitext.target.add_layer(SOURCE_NAMES, [
            (sent, source_names(bitext.source.slice(sent.source_span), sent.source_span.start))
            for sent in bitext.alignment.sentences if sent.source and sent.target])


def sentence_names(bitext) -> list[tuple]:
    """The ``source-names`` layer (``tag_source_names`` wrote it)."""
    return bitext.target.layers[SOURCE_NAMES]


def _entity_anchors(spans_entities):
    """``extra(span)`` for the aligner: the glossary entities named inside a span."""
    import bisect
    from collections import Counter

    items = sorted(spans_entities)
    starts = [s.start for s, _ in items]

    def extra(span: Span) -> Counter:
        lo = bisect.bisect_left(starts, span.start)
        out: Counter = Counter()
        for s, zh in items[lo:]:
            if s.start >= span.end:
                break
            if s.end <= span.end:
                out[NAME_KEY + zh] += 3
        return out

    return extra


def _short_mentions(text: str, compiled, persons: set[str], taken: list[Span]) -> list[tuple[Span, str]]:
    """(span, entity) for each short form (surname and title, given name: ``terms.short_forms``) of a person the
    source names, outside the translation's full mentions: 郁総経理 names 郁佩华 as 郁佩華 does, an anchor the
    aligner shares between the two sides like the full name."""
    from .terms import short_forms

    out = []
    for zh in sorted(persons):
        for at in short_forms(text, compiled.entry(zh)):
            span = Span(at, at + 1)
            if not any(t.overlaps(span) for t in taken):
                out.append((span, zh))
    return out


def attach_source(target: Document, source: Document, compiled=None, links=None) -> Bitext:
    """Check and align ``source`` to ``target``; write the ``bilingual`` layer. Raises InputError.

    ``links`` are paragraph links already known (the units of a bilingual file): (source span, target span) pairs,
    either side None; only the sentences inside them are aligned.
    """
    check_source(source)
    if not target.text.strip():  # not "no content in common": there is no content at all
        raise InputError(target.path, f"the translation is empty: nothing in it translates {source.path}")
    src_extra = tgt_extra = None
    if compiled is not None:
        from ..mentions.resolve import annotate

        named = source_entities(source, compiled)
        src_extra = _entity_anchors(named)
        mentions = [(m.span, m.entity) for m in annotate(target, compiled)]
        tgt_extra = _entity_anchors(mentions + _short_mentions(target.text, compiled, {zh for _, zh in named},
                                                               [span for span, _ in mentions]))
    from .terms import byline, photo_caption

    # the edition's byline (its outlet and date, a credit) translates nothing: it is left out of the alignment
    paragraphs = [p for p in target.paragraphs() if links is not None or not byline(target.slice(p))]
    alignment = align(source.text, source.paragraphs(), target.text, paragraphs, src_extra, tgt_extra, links=links)
    # 0 for a paragraph of the translation left unlinked; a paragraph that lost a sentence fits badly as a whole but
    # its sentences well. A source paragraph with no translation is not counted: an edition that renders only the
    # first paragraphs, or merges three into one (a link the aligner cannot make), still translates that source; nor
    # is a photo's caption of the translation left unlinked (the edition's picture, which the source may not describe)
    scores = [max([p.score] + ([sum(s.score for s in kids) / len(kids)] if p.source and p.target else []))
              for p, kids in zip(alignment.paragraphs, alignment.children)
              if p.target and (p.source or not all(photo_caption(target.slice(t)) for t in p.target))]
    if not scores or sum(scores) / len(scores) < threshold("min-common"):
        raise InputError(target.path, f"has no content in common with its source {source.path}: "
                                      "is it the translation of that file?")
    bitext = Bitext(source, target, alignment)
    target.add_layer(LAYER, bitext)
    return bitext

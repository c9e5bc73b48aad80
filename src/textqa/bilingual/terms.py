"""Glossary names and terms of each source sentence, and how the aligned target renders them.

The ``bilingual.terms`` layer: one ``TermOccurrence`` per glossary mention in the source, with the status of
its rendering in the aligned target sentence (or, failing that, anywhere in the aligned target paragraph):
``correct`` (preferred, accepted or reading form), ``variant`` (another rendering the name rules report),
``missing`` (no rendering at all) or ``omitted`` (the whole sentence has no translation).
"""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from ..charclass import KANJI_RANGE, KATAKANA_RUN, LATIN_NAME_RUN, is_kanji
from ..findings import Mention, Span
from ..mentions.kinds import NAMING_KINDS
from .align import Link, truncated

LAYER = "bilingual.terms"
SURE_LINK = 0.3  # sentence links scoring below this may have the name in a neighbouring sentence
CANDIDATE = re.compile(f"{KATAKANA_RUN.pattern}|[{KANJI_RANGE}]{{2,}}|{LATIN_NAME_RUN.pattern}")


@dataclass(frozen=True)
class TermOccurrence:
    entity: str
    source_span: Span
    sentence: Link
    paragraph: Link
    status: str  # correct, variant, missing, omitted
    renderings: tuple[Mention, ...] = ()


def _mentions_in(mentions, spans, entity: str) -> list[Mention]:
    return [m for s in spans for m in mentions.overlapping(s) if m.entity == entity and s.contains(m.span)]


def term_occurrences(bitext, compiled, mentions) -> list[TermOccurrence]:
    """Every glossary mention in the source with its rendering status (computed once per document)."""
    if LAYER in bitext.target.layers:
        return bitext.target.layers[LAYER]
    from .pair import source_entities

    entities = source_entities(bitext.source, compiled)
    out = []
    alignment = bitext.alignment
    for para, kids in zip(alignment.paragraphs, alignment.children):
        for sent in kids:
            for sp in sent.source:
                for span, zh in entities:
                    if not sp.contains(span):
                        continue
                    if not sent.target or truncated(bitext.source.slice(sent.source_span),
                                                    bitext.target.slice(sent.target_span)):
                        out.append(TermOccurrence(zh, span, sent, para, "omitted"))  # BIL003's concern
                        continue
                    found = _mentions_in(mentions, sent.target, zh)
                    if not found and sent.score < SURE_LINK:  # a loose sentence link: look in the paragraph
                        found = _mentions_in(mentions, para.target, zh)
                    if not found:
                        status = "missing"
                    elif any(m.kind in NAMING_KINDS or m.glossed for m in found):
                        status = "correct"
                    else:
                        status = "variant"
                    out.append(TermOccurrence(zh, span, sent, para, status, tuple(found)))
    bitext.target.add_layer(LAYER, out)
    return out


@functools.lru_cache(maxsize=1)
def references() -> tuple[str, ...]:
    data = resources.files("textqa.bilingual").joinpath("data/terms.toml").read_text("utf-8")
    return tuple(tomllib.loads(data)["references"])


def refers_back(text: str) -> bool:
    """The sentence has a word that stands in for a name (彼, 同社, 同市 …): the name may be meant by it."""
    return any(word in text for word in references())


def likely_rendering(bitext, occurrence: TermOccurrence, mentions) -> Span | None:
    """The target words that most likely stand for a source term with no accepted rendering.

    Candidates are katakana runs, kanji compounds and Latin words of the aligned target sentence that are not
    mentions of other entries. Each is scored by the characters it shares with the source term (read as
    simplified Chinese), less the characters it shares with the rest of the source sentence (it then more likely
    translates those), less its distance from the term's relative position in the sentence.
    """
    from .align import as_simplified

    src_text, tgt_text = bitext.source.text, bitext.target.text
    s_span = occurrence.sentence.source_span
    t_span = occurrence.sentence.target_span
    term = src_text[occurrence.source_span.start:occurrence.source_span.end]
    rest = set(src_text[s_span.start:occurrence.source_span.start] + src_text[occurrence.source_span.end:s_span.end])
    where = (occurrence.source_span.start - s_span.start) / max(1, s_span.end - s_span.start)
    taken = [m.span for m in mentions.overlapping(t_span)]
    best, best_score = None, float("-inf")
    for m in CANDIDATE.finditer(tgt_text, t_span.start, t_span.end):
        span = Span(m.start(), m.end())
        if any(span.overlaps(t) for t in taken):
            continue
        word = m.group()
        chars = [as_simplified(ch) for ch in word if is_kanji(ch)]
        shared = sum(1 for ch in chars if ch in term)
        elsewhere = sum(1 for ch in chars if ch in rest and ch not in term)
        position = abs((span.start - t_span.start) / max(1, t_span.end - t_span.start) - where)
        score = 2.0 * shared - 1.0 * elsewhere - 2.0 * position + (0.5 if not chars else 0.0)
        if score > best_score:
            best, best_score = span, score
    return best


def summarise_source(doc, mentions, compiled, summaries: dict) -> None:
    """Per entity, how many times the source names it and how many of those the translation renders correctly."""
    from ..report import EntitySummary

    for occ in term_occurrences(doc.layers["bilingual"], compiled, mentions):
        s = summaries.setdefault(occ.entity, EntitySummary(occ.entity, compiled.entry(occ.entity).ja))
        s.source_mentions = (s.source_mentions or 0) + 1
        s.source_rendered = (s.source_rendered or 0) + (occ.status == "correct")

"""Finder for literal glossary forms: preferred, accepted, reading, rejected, glyph."""
from __future__ import annotations

from ..charclass import is_ascii_alnum, is_katakana
from ..findings import Mention, Span
from .features import Features, token_evidence
from .kinds import MentionKind
from .runs import glossary_memo, scope_of

LAYER = "mentions.exact"


def bounded(text: str, start: int, end: int) -> bool:
    """Latin and katakana forms must not sit inside a longer word of the same script."""
    first, last = text[start], text[end - 1]
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    for edge, neighbour in ((first, before), (last, after)):
        if not neighbour:
            continue
        if is_ascii_alnum(edge) and neighbour.isascii() and neighbour.isalpha():
            return False
        # a long-vowel mark after the form lengthens its last syllable (a misspelling), and one before it ends a
        # syllable of the same word (アーアルシャン: a syllable put before the name): the word goes on
        if is_katakana(edge) and is_katakana(neighbour):
            return False
    return True


def _edge(c: str) -> bool:
    """A form that begins or ends with ``c`` must be bounded there (``bounded``): a Latin letter or digit, or katakana."""
    return is_ascii_alnum(c) or is_katakana(c)


def exact_matches(doc, compiled):
    """(span, surface, entity, kind) of every literal form in the document, or in the stretch the finders search."""
    automaton, patterns = compiled.automaton()
    scope = scope_of(doc)
    base = 0 if scope is None else scope.start
    text = doc.text if scope is None else doc.text[scope.start:scope.end]
    # pattern -> (surface, its (entity, kind) pairs, whether its start and its end must be bounded): asked once a
    # glossary, not once a match (a document names its few entities hundreds of times)
    memo = glossary_memo(compiled.indexes, "exact.patterns")
    for idx, start, end in automaton.find_matches_as_indexes(text, overlapping=False):
        known = memo.get(idx)
        if known is None:
            surface = patterns[idx]
            known = memo[idx] = (surface, compiled.forms[surface], _edge(surface[0]) or _edge(surface[-1]))
        surface, holders, edged = known
        start, end = start + base, end + base
        if edged and not bounded(doc.text, start, end):
            continue
        span = tuple.__new__(Span, (start, end))
        for zh, kind in holders:
            yield span, surface, zh, kind


def find_exact(doc, compiled) -> list[Mention]:
    """Literal forms are certain, but for glyph variants: those are scored (連想 is an everyday word, not 聯想)."""
    out = []
    for span, surface, zh, kind in exact_matches(doc, compiled):
        features = None
        if kind is MentionKind.GLYPH:
            features = Features(kind, len(compiled.indexes.syllables.get(zh, ())), token_evidence(doc, span),
                                verbatim=surface == zh)
        out.append(Mention(span, surface, zh, kind, 1.0, features=features))
    doc.add_layer(LAYER, out)
    return out

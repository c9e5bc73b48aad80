"""Finder for literal glossary forms: preferred, accepted, reading, rejected, glyph."""
from __future__ import annotations

from ..charclass import is_ascii_alnum, is_katakana
from ..findings import Mention, Span
from .features import Features, token_evidence
from .kinds import MentionKind
from .runs import scope_of

LAYER = "mentions.exact"


def _bounded(text: str, start: int, end: int) -> bool:
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


def exact_matches(doc, compiled):
    """(span, surface, entity, kind) of every literal form in the document, or in the stretch the finders search."""
    automaton, patterns = compiled.automaton()
    scope = scope_of(doc)
    base = 0 if scope is None else scope.start
    text = doc.text if scope is None else doc.text[scope.start:scope.end]
    for idx, start, end in automaton.find_matches_as_indexes(text, overlapping=False):
        start, end = start + base, end + base
        if not _bounded(doc.text, start, end):
            continue
        surface, span = patterns[idx], Span(start, end)
        for zh, kind in compiled.forms[surface]:
            yield span, surface, zh, kind


def find_exact(doc, compiled) -> list[Mention]:
    """Literal forms are certain, but for glyph variants: those are scored (連想 is an everyday word, not 聯想)."""
    out = []
    for span, surface, zh, kind in exact_matches(doc, compiled):
        features = None
        if kind is MentionKind.GLYPH:
            features = Features(kind, len(compiled.indexes.syllables.get(zh, ())), token_evidence(doc, span))
        out.append(Mention(span, surface, zh, kind, 1.0, features=features))
    doc.add_layer(LAYER, out)
    return out

"""Finder for literal glossary forms: preferred, accepted, reading, rejected, glyph."""
from __future__ import annotations

from ..charclass import is_ascii_alnum, is_katakana
from ..findings import Mention, Span
from .evidence import is_common_word
from .kinds import MentionKind

LAYER = "mentions.exact"
COMMON_WORD_GLYPH = 0.3  # a glyph form that is an everyday word (連想 for 聯想) is not evidence of a name


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
        if is_katakana(edge) and is_katakana(neighbour) and neighbour != "ー":
            return False
    return True


def find_exact(doc, compiled) -> list[Mention]:
    automaton, patterns = compiled.automaton()
    out = []
    for idx, start, end in automaton.find_matches_as_indexes(doc.text, overlapping=False):
        if not _bounded(doc.text, start, end):
            continue
        surface, span = patterns[idx], Span(start, end)
        for zh, kind in compiled.forms[surface]:
            conf = COMMON_WORD_GLYPH if kind is MentionKind.GLYPH and is_common_word(doc, span) else 1.0
            out.append(Mention(span, surface, zh, kind, conf))
    doc.add_layer(LAYER, out)
    return out

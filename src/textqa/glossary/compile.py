"""Derived forms of a glossary, built once and shared by every document.

``CompiledGlossary.forms`` maps each literal surface to the (entity, kind)
pairs it stands for. Phonetic indexes live in ``textqa.phonetics`` and are
attached here by name so that one object can be cached and shipped to workers.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .forms import glyph_forms
from .model import Glossary

# kinds of literal form, in order of precedence when one surface has several
LITERAL_KINDS = ("preferred", "accepted", "reading", "rejected", "glyph")


@dataclass
class CompiledGlossary:
    glossary: Glossary
    forms: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    indexes: dict[str, object] = field(default_factory=dict)  # phonetic indexes by name
    _automaton: object = field(default=None, repr=False)

    def entry(self, zh: str):
        return self.glossary.by_zh[zh]

    def automaton(self):
        """Aho-Corasick over every literal form (leftmost-longest, by code point)."""
        if self._automaton is None:
            from .automaton import LiteralAutomaton  # picklable, so the disk cache keeps it

            self._automaton = LiteralAutomaton(list(self.forms))
        return self._automaton, self._automaton.patterns


def literal_forms(glossary: Glossary) -> dict[str, list[tuple[str, str]]]:
    forms: dict[str, list[tuple[str, str]]] = {}

    def add(surface: str, zh: str, kind: str) -> None:
        pairs = forms.setdefault(surface, [])
        if all(z != zh for z, _ in pairs):
            pairs.append((zh, kind))

    for e in glossary:
        add(e.ja, e.zh, "preferred")
        for a in e.accept:
            add(a, e.zh, "accepted")
        if e.reading:
            add(e.reading, e.zh, "reading")
        for r in e.reject:
            add(r, e.zh, "rejected")
    known = set(forms)
    for e in glossary:
        for source in {e.zh, e.ja}:
            for g in glyph_forms(source):
                if g not in known:
                    add(g, e.zh, "glyph")
    return forms


def compile_glossary(glossary: Glossary) -> CompiledGlossary:
    from ..phonetics.index import build_indexes  # noqa: PLC0415 - pypinyin loads only here

    return CompiledGlossary(glossary, literal_forms(glossary), build_indexes(glossary))

"""Compiled glossaries, memoised in this process by content hash."""
from __future__ import annotations

from .compile import CompiledGlossary, compile_glossary
from .model import Glossary

_MEMO: dict[str, CompiledGlossary] = {}


def compiled_glossary(glossary: Glossary) -> CompiledGlossary:
    key = glossary.content_hash
    if key not in _MEMO:
        _MEMO[key] = compile_glossary(glossary)
    return _MEMO[key]

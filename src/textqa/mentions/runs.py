"""Runs of one script in a text, with offsets: where sound-alike finders look."""
from __future__ import annotations

import re

from ..findings import Span


def runs(pattern: re.Pattern, text: str):
    for m in pattern.finditer(text):
        yield Span(m.start(), m.end()), m.group()


def parts(pattern: re.Pattern, text: str, span: Span) -> list[Span]:
    """Sub-spans of ``span`` matched by ``pattern`` (the words of a run)."""
    return [Span(span.start + m.start(), span.start + m.end()) for m in pattern.finditer(text[span.start:span.end])]


def sub_runs(pieces: list[Span], max_parts: int):
    """Every contiguous group of up to ``max_parts`` pieces, as one span."""
    for i in range(len(pieces)):
        for j in range(i + 1, min(len(pieces), i + max_parts) + 1):
            yield Span(pieces[i].start, pieces[j - 1].end), j - i


def named_entities(doc) -> set[str]:
    """Entities written in a literal form somewhere in the document."""
    return {m.entity for m in doc.layers.get("mentions.exact", ())}

"""Runs of one script in a text, with offsets: where sound-alike finders look."""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field

from ..findings import Span

MEMO_SIZE = 50_000  # answers one glossary memo holds before it starts afresh
_MEMOS: dict[str, tuple[object, dict]] = {}


SCOPE = "mentions.scope"  # doc.memo: the Scope the finders search (default: the whole document)


@dataclass
class Scope:
    """A stretch of a long document that the finders search, with what they need to know of the whole of it
    (``textqa.mentions.resolve`` runs them window by window). ``start`` is a line start after a line feed, so no
    run of one script, literal form or gloss crosses it."""

    start: int
    end: int
    named: set[str]  # entities written in a literal form anywhere in the document
    mentioned: set[str]  # entities the finders before the surname finder named anywhere (so far)
    unmet: set[str] = field(default_factory=set)  # entities a surname candidate was left out for: not mentioned


def scope_of(doc) -> Scope | None:
    return doc.memo.get(SCOPE)


def matches(pattern: re.Pattern, doc):
    """The matches of ``pattern`` in the document, or in the stretch the finders search."""
    scope = scope_of(doc)
    if scope is None:
        yield from pattern.finditer(doc.text)
        return
    for m in pattern.finditer(doc.text, scope.start):
        if m.start() >= scope.end:
            return
        yield m


def runs(pattern: re.Pattern, text: str):
    for m in pattern.finditer(text):
        yield Span(m.start(), m.end()), m.group()


def doc_runs(doc, pattern: re.Pattern):
    """``runs`` of the document, or of the stretch the finders search."""
    for m in matches(pattern, doc):
        yield Span(m.start(), m.end()), m.group()


class Runs:
    """Runs found in a text, kept as two flat arrays of offsets (16 bytes a run); each run's text is made only while
    it is read (a 10 MB file has millions of runs: objects for each would cost 250 bytes), with its start offset and
    no Span (most runs hold nothing for the finder that reads them)."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str, matches):
        self.text = text
        self.starts, self.ends = array("q"), array("q")
        for m in matches:
            self.starts.append(m.start())
            self.ends.append(m.end())

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self):
        text = self.text
        for start, end in zip(self.starts, self.ends):
            yield start, text[start:end]


def long_runs(doc, pattern: re.Pattern, min_length: int = 2) -> Runs:
    """The runs of ``pattern`` in the document that are ``min_length`` code points or longer, as (start, text),
    found once per document, or per stretch the finders search (the finders that read kanji runs share them)."""
    key = f"runs.{min_length}.{pattern.pattern}"
    if key not in doc.memo:
        doc.memo[key] = Runs(doc.text, (m for m in matches(pattern, doc) if m.end() - m.start() >= min_length))
    return doc.memo[key]


def release_runs(doc) -> None:
    """Let go of the document's runs once the finders are done (no rule reads them): 16 bytes a run."""
    for key in [k for k in doc.memo if k.startswith("runs.")]:
        del doc.memo[key]


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
    scope = scope_of(doc)
    if scope is not None:
        return scope.named
    return {m.entity for m in doc.layers.get("mentions.exact", ())}


def glossary_memo(idx, name: str) -> dict:
    """A memo for answers that depend only on a stretch of text and the glossary's indexes ``idx``.

    It is kept across the documents of a run (one glossary lints many, and their words recur); it starts
    afresh when the glossary changes or when it holds MEMO_SIZE answers.
    """
    held = _MEMOS.get(name)
    if held is None or held[0] is not idx:
        held = _MEMOS[name] = (idx, {})
    if len(held[1]) >= MEMO_SIZE:
        held[1].clear()
    return held[1]

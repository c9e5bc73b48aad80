"""A document: its text, a line index, and layers of spans written by components.

Offsets are code points into ``text``. Each component writes its own layer
(``doc.layers[name]``) and never replaces another's. Caches that only save work
(tokens per paragraph, evidence per span) live apart, in ``doc.memo``.
"""
from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .charclass import LINE_BREAK
from .findings import Span


LINE_ENDS = tuple("。．.！？!?」』）)】〕］]”…")  # a line ending otherwise was broken off mid-sentence


class SpanArray(Sequence):
    """Spans kept as two flat arrays of offsets (16 bytes a span; a Span tuple takes about 100 with its ints); each
    Span is made as it is read."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans=()) -> None:
        self.starts, self.ends = array("q"), array("q")
        for span in spans:
            self.starts.append(span.start)
            self.ends.append(span.end)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [Span(s, e) for s, e in zip(self.starts[i], self.ends[i])]
        return Span(self.starts[i], self.ends[i])

    def __iter__(self):
        return map(Span, self.starts, self.ends)


class KeptOffsets:
    """The file offset of each character of a text made of stretches of the file, as two arrays of offsets, one pair
    a stretch (a list of every kept offset took 36 bytes a character)."""

    __slots__ = ("at", "file_at", "ends")

    def __init__(self) -> None:
        self.at, self.file_at, self.ends = array("q"), array("q"), array("q")  # text offset, file offset, file end

    def add(self, start: int, end: int) -> None:
        if end > start:
            self.at.append(len(self))
            self.file_at.append(start)
            self.ends.append(end)

    def pieces(self):
        return zip(self.file_at, self.ends)

    def __len__(self) -> int:
        return self.at[-1] + self.ends[-1] - self.file_at[-1] if self.at else 0

    def __getitem__(self, i: int) -> int:
        if not 0 <= i < len(self):
            raise IndexError(i)
        k = bisect.bisect_right(self.at, i) - 1
        return self.file_at[k] + i - self.at[k]


CHARACTERS = "document.characters"  # memo: the text's distinct characters (``Document.characters``)


@dataclass
class Document:
    text: str
    path: str = "<text>"
    layers: dict[str, Any] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        # lines as str.splitlines() sees them: LF, CR, CR LF, NEL, U+2028, U+2029 ...
        # flat arrays, 8 bytes a line (a list of ints takes 36): a long file has hundreds of thousands of lines
        self._line_starts = array("q", [0])
        self._line_ends = array("q")
        for m in LINE_BREAK.finditer(self.text):
            self._line_starts.append(m.end())
            self._line_ends.append(m.start())
        self._line_ends.append(len(self.text))
        self._paragraphs: SpanArray | None = None

    # -- positions -------------------------------------------------------
    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def line_text(self, line: int) -> str:
        return self.text[self._line_starts[line - 1]:self._line_ends[line - 1]]

    def line_span(self, line: int) -> Span:
        return Span(self._line_starts[line - 1], self._line_ends[line - 1])

    def next_line_start(self, offset: int) -> int:
        """Where the line after the one holding ``offset`` starts (the text's end on the last line)."""
        i = bisect.bisect_right(self._line_starts, offset)
        return self._line_starts[i] if i < len(self._line_starts) else len(self.text)

    def paragraphs(self) -> SpanArray:
        """Paragraphs, computed once: blocks of lines separated by blank lines.

        Hard-wrapped text (literature, forum posts, e-mail) breaks lines inside a paragraph and separates
        paragraphs with a blank line, so a block is one paragraph. A document with no blank line between
        its lines (a machine-translated article with one paragraph a line) has one paragraph a line, except
        that a line broken off mid-sentence (not ending in a full stop or closing mark: a wrapped PDF line,
        reading aids extracted one to a line) runs on into the next.
        """
        if self._paragraphs is None:
            lines = [self.line_span(n) for n in range(1, len(self._line_starts) + 1)]
            filled = [bool(self.slice(span).strip()) for span in lines]
            first = filled.index(True) if any(filled) else 0
            last = len(filled) - filled[::-1].index(True) if any(filled) else 0
            blocks = not all(filled[first:last])
            spans: list[Span] = []
            for span, full in zip(lines, filled):
                if not full:
                    continue
                joined = spans and self.next_line_start(spans[-1].end) == span.start
                if joined and (blocks or not self.slice(spans[-1]).rstrip().endswith(LINE_ENDS)):
                    spans[-1] = Span(spans[-1].start, span.end)
                else:
                    spans.append(span)
            self._paragraphs = SpanArray(spans)
            self._paragraph_starts = self._paragraphs.starts
        return self._paragraphs

    def paragraph_of(self, offset: int) -> Span:
        """The paragraph that holds ``offset``; outside every paragraph, its (blank) line."""
        paras = self.paragraphs()
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset <= paras[i].end:
            return paras[i]
        return self.line_span(self.position(offset)[0])

    def paragraph_texts(self, spans: list[Span] | None = None):
        """(span, text) of ``spans`` (default: every paragraph), each sliced as it is read."""
        text = self.text
        return ((p, text[p.start:p.end]) for p in (self.paragraphs() if spans is None else spans))

    def slice(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def characters(self) -> frozenset[str]:
        """The distinct characters of the text, made once (in ``memo``): the rules that first ask whether a text holds
        any character of a table of theirs ask this set, of about a thousand, instead of every code point."""
        found = self.memo.get(CHARACTERS)
        if found is None:
            found = self.memo[CHARACTERS] = frozenset(self.text)
        return found

    # -- layers ----------------------------------------------------------
    def add_layer(self, name: str, value: Any) -> None:
        if name in self.layers:
            raise ValueError(f"layer {name!r} already written")
        self.layers[name] = value

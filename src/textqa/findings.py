"""Plain data passed between stages: spans, mentions and findings.

Nothing here knows about output formats; renderers read these objects.
"""
from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, NamedTuple

from .mentions.kinds import MentionKind

if TYPE_CHECKING:
    from .mentions.features import Features


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Span(NamedTuple):
    """Half-open range of code-point offsets into a document's text (a tuple: cheap, hashable, ordered)."""

    start: int
    end: int

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where the text names a glossary entity, in some rendering."""

    span: Span
    surface: str
    entity: str  # the entry's zh
    kind: MentionKind
    confidence: float = 1.0
    detail: str = ""  # e.g. the pinyin that matched, for messages
    glossed: bool = False  # correct by context: a gloss, or an alias the text introduces
    features: Features | None = field(default=None, compare=False)  # what the finder saw; None for literal forms


@dataclass(frozen=True, slots=True)
class Related:
    """Another place a finding refers to (in bilingual mode: the source text). 1-based, end exclusive."""

    path: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    message: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place. Line and column are 1-based code points, end exclusive."""

    path: str
    code: str
    severity: Severity
    message: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    entity: str | None = None
    suggestion: str | None = None
    confidence: float = 1.0
    span: Span | None = field(default=None, compare=False)
    surface: str | None = None
    context: str = field(default="", compare=False)  # nearby text, for fingerprints
    related: tuple[Related, ...] = ()  # e.g. the source segment of a bilingual finding
    unit: str | None = None  # the translation unit's id, for findings in XLIFF, TMX or PO files

    def sort_key(self) -> tuple:
        return (self.path, self.line or 0, self.column or 0, self.code, self.message)


CONTEXT_CHARS = 8  # code points of text either side of a finding's span in its context (for fingerprints)
_NUMBERS = ("line", "column", "end_line", "end_column")  # kept as themselves; None as -1
_SHARED = ("path", "code", "severity", "message", "entity", "suggestion", "confidence", "surface", "related", "unit")


class PackedFindings(Sequence):
    """Findings kept as records in flat arrays: for each one, its line and column numbers, its span's offsets, a
    number for each other field in one table of the distinct values (a path, code, message or suggestion repeated a
    thousand times is held once), and its ``context`` as UTF-8 bytes, but for the surface inside it (the context is
    the surface and a few code points either side): about 100 bytes a finding where a ``Finding`` with its span,
    numbers and context string took about 400. A ``Finding`` is made as it is read, in order, so a
    long file's findings are never all objects at once (the streaming renderers read them one by one)."""

    __slots__ = ("_fields", "_spans", "_context", "_context_ends", "_surface_at", "_values", "_numbers")

    def __init__(self, findings=()) -> None:
        self._fields = array("i")  # len(_NUMBERS) + len(_SHARED) numbers a finding
        self._spans = array("q")  # start, end (-1, -1: no span)
        self._context, self._context_ends = bytearray(), array("q")
        self._surface_at = array("b")  # where in the context its surface stands (-1: the context is held whole)
        self._values: list = []
        self._numbers: dict = {}
        self.extend(findings)

    def _number(self, value) -> int:
        key = (type(value), value)  # by type too: 1 == 1.0 == True, but each prints as itself
        n = self._numbers.get(key)
        if n is None:
            n = self._numbers[key] = len(self._values)
            self._values.append(value)
        return n

    def append(self, f: "Finding") -> None:
        self._fields.extend([-1 if getattr(f, name) is None else getattr(f, name) for name in _NUMBERS])
        self._fields.extend([self._number(getattr(f, name)) for name in _SHARED])
        self._spans.extend((-1, -1) if f.span is None else f.span)
        context, at = f.context, -1
        if f.surface:
            at = next((k for k in range(CONTEXT_CHARS + 1) if context.startswith(f.surface, k)), -1)
            if at >= 0:
                context = context[:at] + context[at + len(f.surface):]
        self._surface_at.append(at)
        self._context += context.encode("utf-8", "surrogatepass")
        self._context_ends.append(len(self._context))

    def extend(self, findings) -> None:
        for f in findings:
            self.append(f)

    def __iadd__(self, findings) -> "PackedFindings":
        self.extend(findings)
        return self

    def __len__(self) -> int:
        return len(self._context_ends)

    def _finding(self, i: int) -> "Finding":
        width = len(_NUMBERS) + len(_SHARED)
        row = self._fields[i * width:(i + 1) * width]
        values = self._values
        shared = {name: values[n] for name, n in zip(_SHARED, row[len(_NUMBERS):])}
        numbers = {name: None if n == -1 else n for name, n in zip(_NUMBERS, row)}
        start, end = self._spans[2 * i], self._spans[2 * i + 1]
        context = self._context[self._context_ends[i - 1] if i else 0:self._context_ends[i]].decode("utf-8",
                                                                                                  "surrogatepass")
        at = self._surface_at[i]
        if at >= 0:
            context = context[:at] + shared["surface"] + context[at:]
        return Finding(**shared, **numbers, span=None if start == -1 else Span(start, end), context=context)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._finding(k) for k in range(len(self))[i]]
        return self._finding(range(len(self))[i])

    def __iter__(self):
        return map(self._finding, range(len(self)))

    def __eq__(self, other) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None

    @classmethod
    def of(cls, findings) -> "PackedFindings":
        return findings if isinstance(findings, cls) else cls(findings)

    def filtered(self, keep) -> "PackedFindings":
        """The findings for which ``keep(finding)`` holds, in order."""
        return PackedFindings(f for f in self if keep(f))

    def sorted(self, key) -> "PackedFindings":
        """The findings ordered by ``key`` (stable: equal keys keep their order)."""
        order = sorted(range(len(self)), key=lambda i: key(self._finding(i)))
        return PackedFindings(map(self._finding, order))

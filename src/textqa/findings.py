"""Plain data passed between stages: spans, mentions and findings.

Nothing here knows about output formats; renderers read these objects.
"""
from __future__ import annotations

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

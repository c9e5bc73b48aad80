"""Plain data passed between stages: spans, mentions and findings.

Nothing here knows about output formats; renderers read these objects.
"""
from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, field, fields
from enum import Enum
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from .mentions.kinds import MentionKind

if TYPE_CHECKING:
    from .mentions.features import Features


class Severity(str, Enum):
    """A finding's severity; severities compare by rank (info < warning < error), not as their strings."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __lt__(self, other):
        return self.rank < other.rank if isinstance(other, Severity) else NotImplemented

    def __le__(self, other):
        return self.rank <= other.rank if isinstance(other, Severity) else NotImplemented

    def __gt__(self, other):
        return self.rank > other.rank if isinstance(other, Severity) else NotImplemented

    def __ge__(self, other):
        return self.rank >= other.rank if isinstance(other, Severity) else NotImplemented


_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}


class Span(NamedTuple):
    """Half-open range of code-point offsets into a document's text (a tuple: cheap, hashable, ordered)."""

    start: int
    end: int

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


def slot_init(cls):
    """Give a frozen, slotted dataclass an ``__init__`` that sets each field through its slot's descriptor, in C: the
    one ``dataclass`` writes calls ``object.__setattr__`` by name for each field (a frozen class refuses plain
    assignment), about twice the time, and the pipeline makes a record per candidate, mention and finding (a
    ``Features`` has two dozen fields). The same parameters, defaults and order, so a record is the same object:
    equality, hashing, ``repr`` and ``replace`` are the dataclass's own. Only for classes whose every field is set
    by ``__init__`` from its argument or a plain default (no factory, no ``__post_init__``)."""
    every = fields(cls)
    if any(f.default_factory is not MISSING or not f.init or f.kw_only or f.name.startswith("_") for f in every) \
            or hasattr(cls, "__post_init__") or not hasattr(cls, "__slots__"):
        raise TypeError(f"{cls.__name__}: slot_init takes a slotted dataclass whose fields are plain arguments")
    scope = {f"_set_{f.name}": getattr(cls, f.name).__set__ for f in every}  # (no field name begins with _)
    scope.update({f"_default_{f.name}": f.default for f in every if f.default is not MISSING})
    params = ", ".join(f.name if f.default is MISSING else f"{f.name}=_default_{f.name}" for f in every)
    body = "".join(f"    _set_{f.name}(self, {f.name})\n" for f in every)
    exec(f"def __init__(self, {params}):\n{body}", scope)  # noqa: S102 - code made from the field list, as dataclass does
    init = scope["__init__"]
    init.__qualname__, init.__module__ = f"{cls.__qualname__}.__init__", cls.__module__
    init.__doc__ = "Each field set through its slot (``slot_init``)."
    cls.__init__ = init
    return cls


@slot_init
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
    others: tuple[str, ...] = ()  # the other entities the surface reads as, as surely, in this one note (resolve)


_REPLACERS: dict[type, tuple] = {}  # a record class -> (getter of its fields' values, each field's place)


def replaced(record, **changes):
    """``dataclasses.replace`` for the pipeline's records (``Mention``, ``Features``), whose fields are all set by
    their ``__init__``: a class's fields are read once, not at every call (a sound-alike candidate is copied three
    times, and a large glossary makes tens of thousands of them)."""
    cls = type(record)
    known = _REPLACERS.get(cls)
    if known is None:
        names = [f.name for f in fields(cls)]
        if not all(f.init for f in fields(cls)):
            raise TypeError(f"{cls.__name__} has fields its __init__ does not set: use dataclasses.replace")
        known = _REPLACERS[cls] = (attrgetter(*names), {name: n for n, name in enumerate(names)})
    values, place = known
    now = list(values(record))
    for name, value in changes.items():
        now[place[name]] = value
    return cls(*now)


@slot_init
@dataclass(frozen=True, slots=True)
class Related:
    """Another place a finding refers to (in bilingual mode: the source text). 1-based, end exclusive."""

    path: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    message: str = ""


@slot_init
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
_WIDTH = len(_NUMBERS) + len(_SHARED)  # numbers a finding in PackedFindings._fields
_numbers_of, _shared_of = attrgetter(*_NUMBERS), attrgetter(*_SHARED)


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
        self._numbers: dict | None = {}  # (type, value) -> its number; None until asked, in a copy unpickled
        self.extend(findings)

    def __getstate__(self) -> tuple:
        """Pickled (a worker's results, on their way to the process that writes the report) without the numbers of
        the values, which the values give again and which a pack only joined to another never needs: about half
        the time of pickling and unpickling a file's findings."""
        return self._fields, self._spans, self._context, self._context_ends, self._surface_at, self._values

    def __setstate__(self, state: tuple) -> None:
        self._fields, self._spans, self._context, self._context_ends, self._surface_at, self._values = state
        self._numbers = None

    def _numbering(self) -> dict:
        """(type, value) -> the value's number in ``values``: made again from them in an unpickled copy."""
        numbers = self._numbers
        if numbers is None:
            numbers = self._numbers = {(type(value), value): n for n, value in enumerate(self._values)}
        return numbers

    def _number(self, value) -> int:
        key = (type(value), value)  # by type too: 1 == 1.0 == True, but each prints as itself
        numbers = self._numbers
        if numbers is None:
            numbers = self._numbering()
        n = numbers.get(key)
        if n is None:
            n = numbers[key] = len(self._values)
            self._values.append(value)
        return n

    def append(self, f: "Finding") -> None:
        numbers, values = self._numbering(), self._values
        row = [-1 if n is None else n for n in _numbers_of(f)]
        for value in _shared_of(f):  # ``_number`` of each, inline: ten values a finding
            key = (type(value), value)
            n = numbers.get(key)
            if n is None:
                n = numbers[key] = len(values)
                values.append(value)
            row.append(n)
        self._fields.extend(row)
        span = f.span
        self._spans.extend((-1, -1) if span is None else span)
        context, surface, at = f.context, f.surface, -1
        if surface:  # the first place within CONTEXT_CHARS of the context's start where the whole surface stands
            at = context.find(surface, 0, CONTEXT_CHARS + len(surface))
            if at >= 0:
                context = context[:at] + context[at + len(surface):]
        self._surface_at.append(at)
        self._context += context.encode("utf-8", "surrogatepass")
        self._context_ends.append(len(self._context))

    def extend(self, findings) -> None:
        if isinstance(findings, PackedFindings):  # records copied as they are, their values renumbered
            self._extend_packed(findings)
            return
        for f in findings:
            self.append(f)

    def _extend_packed(self, other: "PackedFindings") -> None:
        renumber = array("i", map(self._number, other._values))
        fields = array("i", other._fields)
        if any(n != m for n, m in enumerate(renumber)):  # (into an empty set: every value keeps its number)
            for column in range(len(_NUMBERS), _WIDTH):  # a column at a time, in C
                fields[column::_WIDTH] = array("i", map(renumber.__getitem__, fields[column::_WIDTH]))
        self._fields += fields
        self._spans.extend(other._spans)
        base = len(self._context)
        self._context += other._context
        self._context_ends.extend([end + base for end in other._context_ends])
        self._surface_at.extend(other._surface_at)

    def __iadd__(self, findings) -> "PackedFindings":
        self.extend(findings)
        return self

    def __len__(self) -> int:
        return len(self._context_ends)

    def _finding(self, i: int) -> "Finding":
        row = self._fields[i * _WIDTH:(i + 1) * _WIDTH]
        values = self._values
        path, code, severity, message, entity, suggestion, confidence, surface, related, unit = \
            [values[n] for n in row[len(_NUMBERS):]]
        line, column, end_line, end_column = [None if n == -1 else n for n in row[:len(_NUMBERS)]]
        start, end = self._spans[2 * i], self._spans[2 * i + 1]
        context = self._context[self._context_ends[i - 1] if i else 0:self._context_ends[i]].decode("utf-8",
                                                                                                  "surrogatepass")
        at = self._surface_at[i]
        if at >= 0:
            context = context[:at] + surface + context[at:]
        return Finding(path, code, severity, message, line, column, end_line, end_column, entity, suggestion,
                       confidence, None if start == -1 else Span(start, end), surface, context, related, unit)

    def column(self, name: str) -> list:
        """Every finding's value of the field ``name`` (not ``context``), in order, with no ``Finding`` made."""
        if name == "span":
            spans, new = self._spans, tuple.__new__  # a Span made as its class's __new__ makes it, without the call
            return [None if spans[k] == -1 else new(Span, (spans[k], spans[k + 1])) for k in range(0, len(spans), 2)]
        at, itself = self.place(name)
        if itself:
            return [None if n == -1 else n for n in self._fields[at::_WIDTH]]
        return list(map(self._values.__getitem__, self._fields[at::_WIDTH]))

    def tally(self, name: str) -> Counter:
        """How many findings hold each value of the field ``name`` (one held in ``values``: not a line or column),
        in the order the values first come: counted over the records' numbers, with no list of the values made."""
        at = self.place(name)[0]
        out: Counter = Counter()
        for n, count in Counter(self._fields[at::_WIDTH]).items():
            out[self._values[n]] += count
        return out

    @property
    def values(self) -> list:
        """The table of distinct values that records number (path, code, severity, message, entity, suggestion,
        confidence, surface, related, unit)."""
        return self._values

    def record(self, i: int) -> array:
        """The ``i``-th finding's record: line, column, end line and end column (-1: None), then the number in
        ``values`` of path, code, severity, message, entity, suggestion, confidence, surface, related, unit."""
        return self._fields[i * _WIDTH:(i + 1) * _WIDTH]

    @staticmethod
    def place(name: str) -> tuple[int, bool]:
        """Where the field ``name`` is in a record, and whether it is held as itself (a line or column number)
        rather than as the number of a value."""
        if name in _NUMBERS:
            return _NUMBERS.index(name), True
        return len(_NUMBERS) + _SHARED.index(name), False

    def take(self, indexes) -> "PackedFindings":
        """The findings at ``indexes``, in that order, copied as records (no ``Finding`` made)."""
        out = PackedFindings()
        out._values, out._numbers = list(self._values), dict(self._numbering())
        fields, spans, ends, context = self._fields, self._spans, self._context_ends, self._context
        for i in indexes:
            out._fields.extend(fields[i * _WIDTH:(i + 1) * _WIDTH])
            out._spans.extend(spans[2 * i:2 * i + 2])
            out._context += context[ends[i - 1] if i else 0:ends[i]]
            out._context_ends.append(len(out._context))
            out._surface_at.append(self._surface_at[i])
        return out

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


def columns(findings, *names: str) -> list[list]:
    """Each named field of every finding, as one list a field: read from the records of packed findings (no
    ``Finding`` made), or from the objects of a list."""
    if isinstance(findings, PackedFindings):
        return [findings.column(name) for name in names]
    return [[getattr(f, name) for f in findings] for name in names]


def tally(findings, name: str) -> Counter:
    """How many findings hold each value of the field ``name``, in the order the values first come (packed findings:
    ``PackedFindings.tally``)."""
    if isinstance(findings, PackedFindings):
        return findings.tally(name)
    return Counter(getattr(f, name) for f in findings)


def sort_columns(findings) -> list[list]:
    """The columns of ``Finding.sort_key``: path, line, column, code and message (a missing line or column as 0)."""
    path, line, column, code, message = columns(findings, "path", "line", "column", "code", "message")
    return [path, [n or 0 for n in line], [n or 0 for n in column], code, message]


def in_order(findings: PackedFindings) -> PackedFindings:
    """The findings sorted by ``Finding.sort_key`` as records (stable: a rule's findings keep their order)."""
    return findings.take(sorted(range(len(findings)), key=list(zip(*sort_columns(findings))).__getitem__))

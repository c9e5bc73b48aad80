"""The ``mentions`` layer: every place the document names a glossary entity, sorted by position.

It is written once per document, before any rule runs (``textqa.mentions.resolve.annotate``); rules only read it.
It is compact: each mention is a record in flat arrays (offsets, confidence, and small numbers standing for its
entity, kind, surface and key in one table of the layer's distinct strings), about 40 bytes a mention where a
``Mention`` object with its span, numbers and strings took about 300; a ``Mention`` is made as it is read. The
finders' evidence (``Mention.features``) is kept only when the layer is asked to keep it (``glossary explain``).
"""
from __future__ import annotations

import bisect
import functools
import re
from array import array
from typing import NamedTuple

from ..findings import Mention, Span
from .kinds import MentionKind

LAYER = "mentions"
KEEP_EVIDENCE = "mentions.keep-evidence"  # doc.memo flag: keep the finders' layers and each mention's features
# doc.memo: the scoring Model whose report threshold a candidate must be able to reach for a finder to gather its
# token evidence (``Model.hopeless``); absent, every candidate gets all its features (scripts/fit_weights.py)
FLOOR = "mentions.floor"


class Dropped(NamedTuple):
    """The candidates of one span and kind that a finder knows can never be reported (``Model.hopeless``: no token
    evidence, echo or ambiguity could bring them up to the report threshold), as one record in the finder's layer
    instead of a ``Mention`` each: a reading of two or three common kanji, or a katakana name, sounds like tens of
    the names of a large glossary. They count only as rivals (``ambiguous``) and echoes (``echoed``) in
    ``resolve.completed``, and as entities the finders name (``named_in``); ``completed`` leaves them out."""

    span: Span
    kind: MentionKind
    entities: tuple[str, ...]


def named_in(layer) -> list[str]:
    """The entities a finder's layer names (each ``Mention``'s and each ``Dropped`` record's)."""
    out: list[str] = []
    for m in layer:
        if type(m) is Dropped:
            out += m.entities
        else:
            out.append(m.entity)
    return out


_KINDS = tuple(MentionKind)
_KIND_NUMBER = {kind: n for n, kind in enumerate(_KINDS)}


class MentionLayer:
    """Mentions sorted by (start, end); disjoint but for one surface naming several entities."""

    __slots__ = ("_starts", "_ends", "_confidence", "_entity", "_kind", "_surface", "_detail", "_glossed",
                 "_strings", "_features", "_others")

    def __init__(self, mentions=(), *, keep_features: bool = False) -> None:
        self._starts, self._ends, self._confidence = array("q"), array("q"), array("d")
        self._entity, self._surface, self._detail = array("i"), array("i"), array("i")
        self._kind, self._glossed = array("B"), array("B")
        self._strings: list[str] = []
        self._features: dict[int, object] = {}
        self._others: dict[int, tuple[str, ...]] = {}  # the few mentions that stand for several entities
        numbers: dict[str, int] = {}

        def number(s: str) -> int:
            n = numbers.get(s)
            if n is None:
                n = numbers[s] = len(self._strings)
                self._strings.append(s)
            return n

        for i, m in enumerate(mentions):
            self._starts.append(m.span.start)
            self._ends.append(m.span.end)
            self._confidence.append(m.confidence)
            self._entity.append(number(m.entity))
            self._surface.append(number(m.surface))
            self._detail.append(number(m.detail))
            self._kind.append(_KIND_NUMBER[m.kind])
            self._glossed.append(m.glossed)
            if keep_features and m.features is not None:
                self._features[i] = m.features
            if m.others:
                self._others[i] = m.others

    def _mention(self, i: int) -> Mention:
        strings = self._strings
        return Mention(tuple.__new__(Span, (self._starts[i], self._ends[i])), strings[self._surface[i]], strings[self._entity[i]],
                       _KINDS[self._kind[i]], self._confidence[i], strings[self._detail[i]], bool(self._glossed[i]),
                       self._features.get(i), self._others.get(i, ()))

    def __iter__(self):
        return map(self._mention, range(len(self._starts)))

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i: int) -> Mention:
        return self._mention(range(len(self._starts))[i])

    def of_kinds(self, kinds, entities=None):
        """The mentions of ``kinds`` (and of ``entities``, when given), in order, each made as it is read: the kind
        column is searched in C, and no ``Mention`` is made for the others (a rule that reports one kind read every
        mention of the document)."""
        found = self._of_kinds(kinds)
        if entities is not None:
            wanted = {n for n, s in enumerate(self._strings) if s in entities}
            found = (i for i in found if self._entity[i] in wanted)
        return map(self._mention, found)

    def records(self, kinds=None):
        """(start, entity, surface, kind, glossed) of each mention (of ``kinds``, when given), in order, with no
        ``Mention`` made: for a reader of every mention that needs no more of it."""
        strings, starts, entity, surface, kind, glossed = (self._strings, self._starts, self._entity, self._surface,
                                                           self._kind, self._glossed)
        found = range(len(starts)) if kinds is None else self._of_kinds(kinds)
        return ((starts[i], strings[entity[i]], strings[surface[i]], _KINDS[kind[i]], bool(glossed[i])) for i in found)

    def columns(self, kinds, *names: str) -> list[list]:
        """Each named field (``Mention``'s: span, surface, entity, kind, confidence, detail, glossed) of the
        mentions of ``kinds``, in order, as one list a field, with no ``Mention`` made: for a reader that needs a few
        fields of every such mention (the entities named, each with its confidence and gloss)."""
        found = list(self._of_kinds(kinds))
        strings = self._strings
        out = []
        for name in names:
            if name == "span":
                starts, ends = self._starts, self._ends
                out.append([tuple.__new__(Span, (starts[i], ends[i])) for i in found])
            elif name in ("surface", "entity", "detail"):
                column = getattr(self, "_" + name)
                out.append([strings[column[i]] for i in found])
            elif name == "kind":
                out.append([_KINDS[self._kind[i]] for i in found])
            elif name == "glossed":
                out.append([bool(self._glossed[i]) for i in found])
            elif name == "confidence":
                out.append([self._confidence[i] for i in found])
            else:
                raise ValueError(f"no such field of a mention: {name}")
        return out

    def _of_kinds(self, kinds):
        numbers = bytes(sorted({_KIND_NUMBER[k] for k in kinds}))
        if not numbers:
            return iter(())
        return (m.start() for m in _kind_pattern(numbers).finditer(self._kind.tobytes()))

    def overlapping(self, span: Span) -> list[Mention]:
        """The mentions that overlap ``span``."""
        k = bisect.bisect_left(self._starts, span.end) - 1
        out = []
        while k >= 0 and self._ends[k] > span.start:
            out.append(self._mention(k))
            k -= 1
        return out


@functools.lru_cache(maxsize=64)
def _kind_pattern(numbers: bytes) -> re.Pattern:
    return re.compile(b"[" + b"".join(re.escape(bytes([n])) for n in numbers) + b"]")


EMPTY = MentionLayer()


def mention_layer(doc) -> MentionLayer:
    """The document's mentions (empty when it was linted without a glossary)."""
    return doc.layers.get(LAYER, EMPTY)

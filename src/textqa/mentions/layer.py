"""The ``mentions`` layer: every place the document names a glossary entity, sorted by position.

It is written once per document, before any rule runs (``textqa.mentions.resolve.annotate``); rules only read it.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..findings import Mention, Span

LAYER = "mentions"


@dataclass(frozen=True)
class MentionLayer:
    mentions: tuple[Mention, ...] = ()  # sorted by (start, end); disjoint but for one surface naming several
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(m.span.start for m in self.mentions))

    def __iter__(self):
        return iter(self.mentions)

    def __len__(self) -> int:
        return len(self.mentions)

    def __getitem__(self, i):
        return self.mentions[i]

    def overlapping(self, span: Span) -> list[Mention]:
        """The mentions that overlap ``span``."""
        k = bisect.bisect_left(self._starts, span.end) - 1
        out = []
        while k >= 0 and self.mentions[k].span.end > span.start:
            out.append(self.mentions[k])
            k -= 1
        return out


EMPTY = MentionLayer()


def mention_layer(doc) -> MentionLayer:
    """The document's mentions (empty when it was linted without a glossary)."""
    return doc.layers.get(LAYER, EMPTY)

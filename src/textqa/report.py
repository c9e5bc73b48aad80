"""A run's results as plain data: findings, per-entity renderings, input errors."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .errors import InputError
from .findings import Finding, Severity
from .mentions.kinds import CORRECT_KINDS

GLOSS = "gloss"  # the rendering kind of a mention that is correct by context (a gloss or an introduced alias)


@dataclass
class Rendering:
    path: str
    surface: str
    kind: str
    lines: list[int] = field(default_factory=list)

    @property
    def correct(self) -> bool:
        """A correct form, or correct by context."""
        return self.kind == GLOSS or self.kind in CORRECT_KINDS

    @property
    def count(self) -> int:
        return len(self.lines)

    @property
    def unique_lines(self) -> list[int]:
        return sorted(set(self.lines))


@dataclass
class EntitySummary:
    zh: str
    preferred: str
    renderings: list[Rendering] = field(default_factory=list)


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    entities: list[EntitySummary] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    settings: dict = field(default_factory=dict)  # what decides the findings, for a report's signature

    def counts(self) -> Counter:
        return Counter(f.severity.value for f in self.findings)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)


def summarise_mentions(path: str, doc, mentions, compiled, summaries: dict[str, EntitySummary]) -> None:
    """Add one document's mentions to per-entity summaries (kind 'gloss' for glossed ones)."""
    for m in mentions:
        entry = compiled.entry(m.entity)
        s = summaries.setdefault(m.entity, EntitySummary(m.entity, entry.ja))
        kind = GLOSS if m.glossed and not m.kind.correct else str(m.kind)
        line = doc.position(m.span.start)[0]
        for r in s.renderings:
            if (r.path, r.surface, r.kind) == (path, m.surface, kind):
                r.lines.append(line)
                break
        else:
            s.renderings.append(Rendering(path, m.surface, kind, [line]))

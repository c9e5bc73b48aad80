"""Glossary usage across a corpus: lint's per-entity summary, totalled over files, plus the entries never used."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RenderingTotal:
    surface: str
    kind: str
    count: int = 0
    files: set[str] = field(default_factory=set)


@dataclass
class EntryUsage:
    zh: str
    ja: str
    type: str
    renderings: list[RenderingTotal] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(r.count for r in self.renderings)

    @property
    def files(self) -> set[str]:
        return {f for r in self.renderings for f in r.files}


def usage(glossary, report) -> list[EntryUsage]:
    """One EntryUsage per glossary entry, in glossary order; renderings most frequent first."""
    by_zh = {e.zh: EntryUsage(e.zh, e.ja, e.type) for e in glossary}
    for summary in report.entities:
        u = by_zh.get(summary.zh)
        if u is None:
            continue
        totals: dict[tuple[str, str], RenderingTotal] = {(r.surface, r.kind): r for r in u.renderings}
        for r in summary.renderings:
            t = totals.setdefault((r.surface, r.kind), RenderingTotal(r.surface, r.kind))
            t.count += r.count
            t.files.add(r.path)
        u.renderings = sorted(totals.values(), key=lambda t: (-t.count, t.surface))
    return list(by_zh.values())


def as_dict(usages: list[EntryUsage], report) -> dict:
    from .. import __version__

    return {
        "version": __version__,
        "files": list(report.files),
        "entries": [{"zh": u.zh, "ja": u.ja, "type": u.type, "count": u.count, "files": len(u.files),
                     "renderings": [{"surface": r.surface, "kind": r.kind, "count": r.count, "files": sorted(r.files)}
                                    for r in u.renderings]} for u in usages],
        "unused": [u.zh for u in usages if not u.count],
        "errors": [{"path": e.path, "line": e.line, "message": e.message} for e in report.errors],
    }

"""The JSON contract: {"version", "findings": [...], "entities": [...], "errors": [...]}."""
from __future__ import annotations

from ..files import LazyList, json_chunks

FIELDS = ("path", "line", "column", "end_line", "end_column", "code", "severity", "message",
          "entity", "suggestion")


def finding_dict(f) -> dict:
    d = {k: getattr(f, k) for k in FIELDS}
    d["severity"] = f.severity.value
    d["confidence"] = f.confidence
    d["surface"] = f.surface
    d["related"] = [related_dict(r) for r in f.related]
    d["unit"] = f.unit
    return d


def related_dict(r) -> dict:
    return {"path": r.path, "line": r.line, "column": r.column, "end_line": r.end_line,
            "end_column": r.end_column, "message": r.message}


def render(report, **options) -> str:
    return "".join(render_chunks(report, **options))


def render_chunks(report, **_):
    """The report in pieces: each finding's dict is made as it is written, and the whole text is never held."""
    from .. import __version__
    from ..report import stacked

    under = stacked(report.findings)

    def finding(i, f) -> dict:
        d = finding_dict(f)
        if i in under:
            d["stacked_under"] = under[i]  # the text format leaves it out: `code` says it better
        return d

    data = {
        "version": __version__,
        "findings": LazyList(report.findings, finding, flat=True),
        "entities": [
            {"zh": e.zh, "preferred": e.preferred,
             "renderings": [{"surface": r.surface, "kind": r.kind, "count": r.count, "lines": r.unique_lines,
                             "path": r.path} for r in e.renderings],
             **({"source_mentions": e.source_mentions, "source_rendered": e.source_rendered}
                if e.source_mentions is not None else {})}  # bilingual mode only
            for e in report.entities],
        "errors": [{"path": e.path, "line": e.line, "message": e.message} for e in report.errors],
    }
    yield from json_chunks(data, indent=2)
    yield "\n"

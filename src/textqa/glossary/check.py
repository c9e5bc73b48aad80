"""Check glossary files: run the GLS rules over parsed files and collect findings.

``load_glossary`` runs the error-level rules on every load, so a contradictory
glossary fails before any text is linted; ``textqa glossary check`` runs them all.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..findings import Finding, Severity
from .load import GlossaryFile, Row


@dataclass
class GlossaryContext:
    """What a GLS rule sees: the parsed files (cells with positions) and a finding factory."""

    files: list[GlossaryFile]
    severity_overrides: dict[str, Severity] = field(default_factory=dict)

    def rows(self):
        """(file, row) for every row that became an entry, in file order."""
        return iter(self._entry_rows)

    @cached_property
    def _entry_rows(self) -> list[tuple[GlossaryFile, Row]]:
        """``rows``, listed once: every rule walks them (five times 100,000 rows with 100,000 entries)."""
        return [(g, row) for g in self.files for row in g.rows if row.entry is not None]

    @cached_property
    def glossary(self):
        """The entries as one Glossary (first definition of a zh wins), for rules that compile it."""
        from .model import Glossary

        seen: dict[str, object] = {}
        for _, row in self.rows():
            seen.setdefault(row.entry.zh, row.entry)
        return Glossary(list(seen.values()), [g.path for g in self.files])

    def finding(self, rule, g: GlossaryFile, line: int, column: int, message: str, *, length: int = 1,
                entity: str | None = None, suggestion: str | None = None) -> Finding:
        severity = self.severity_overrides.get(rule.code, rule.severity)
        return Finding(path=g.path, code=rule.code, severity=severity, message=message, line=line, column=column,
                       end_line=line, end_column=column + max(1, length), entity=entity, suggestion=suggestion)

    def at_cell(self, rule, g: GlossaryFile, row: Row, column: str, message: str, *, text: str | None = None,
                **kwargs) -> Finding:
        """A finding on one cell of a row (on ``text`` inside it when given and found)."""
        cell = row.cells.get(column)
        if cell is None:
            return self.finding(rule, g, row.line, 1, message, **kwargs)
        offset = cell.raw.find(text) if text else -1
        if offset >= 0:
            return self.finding(rule, g, row.line, cell.column + offset, message, length=len(text), **kwargs)
        return self.finding(rule, g, row.line, cell.column, message, length=len(cell.raw), **kwargs)


def glossary_rules():
    """The GLS rules: their family's modules alone (checking a glossary, as every compile does, imports no other
    family's rules and compiles none of their patterns)."""
    from ..rules.glossary import FAMILY

    return list(FAMILY)


def check_files(files: list[GlossaryFile], *, errors_only: bool = False, codes=None,
                severity_overrides=None) -> list[Finding]:
    """Findings of the GLS rules (only the error-level ones with ``errors_only``), sorted."""
    from .forms import simplify_all  # noqa: PLC0415 - OpenCC, which the rules need anyway

    ctx = GlossaryContext(files, severity_overrides or {})
    simplify_all(row.entry.zh for _, row in ctx.rows())  # the rules fold every zh: one OpenCC call for them all
    out: list[Finding] = []
    for rule in glossary_rules():
        if codes is not None and rule.code not in codes:
            continue
        if errors_only and rule.severity is not Severity.ERROR:
            continue
        out.extend(rule().check_glossary(ctx))
    return sorted(out, key=Finding.sort_key)

"""The pipeline for one document: layers, then rules, then sorted findings."""
from __future__ import annotations

from .context import LintContext
from .document import Document
from .findings import Finding
from .mentions.resolve import annotate
from .rules.registry import RULES


def lint_document(doc: Document, compiled=None, *, codes=None, severity_overrides=None) -> list[Finding]:
    """Run the rules named by ``codes`` (default: all) over one document."""
    if compiled is not None:
        annotate(doc, compiled)  # the mentions layer, before any rule runs
    ctx = LintContext(doc, compiled, severity_overrides or {})
    findings: list[Finding] = []
    for code, rule_cls in RULES.items():
        if codes is not None and code not in codes:
            continue
        if rule_cls.needs_glossary and compiled is None:
            continue
        findings.extend(f for f in rule_cls().check(ctx) if f is not None)
    return sorted(_drop_covered(findings), key=Finding.sort_key)


def _drop_covered(findings: list[Finding]) -> list[Finding]:
    """A text-only finding on exactly the span of a glossary finding says less: keep the glossary one.

    (マー ホアテン is split katakana, but the name rule also says to write 馬化騰.)
    """
    named = {f.span for f in findings if f.entity and f.span is not None}
    return [f for f in findings if f.entity or f.span is None or f.span not in named]

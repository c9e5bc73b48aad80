"""What tests read: a text's warnings (warning or above) as (code, surface) pairs (the false-alarm classes), its
findings with their severity against a glossary's text (the classes fixed after a scoring), and a bilingual pair's
findings (the BIL rules' invented pairs)."""
from __future__ import annotations

from pathlib import Path

from textqa import Linter, lint_text
from textqa.runner import lint_one


def warnings(text: str, glossary) -> list[tuple[str, str]]:
    return [(f.code, f.surface) for f in lint_text(text, glossary) if f.severity.value != "info"]


def parsed(glossary: str):
    """The glossary whose TSV text is ``glossary``."""
    from textqa.glossary import Glossary
    from textqa.glossary.load import parse_glossary

    return Glossary(parse_glossary(glossary))


def graded(text: str, glossary: str) -> list[tuple[str, str, str]]:
    """(code, severity, surface) of every finding of ``text`` linted with the glossary whose TSV text is ``glossary``."""
    return [(f.code, f.severity.value, text[f.span.start:f.span.end]) for f in lint_text(text, parsed(glossary))]


def assert_class(text: str, code: str | None, glossary) -> None:
    """A real-page class's case: a silent one (``code`` None) draws no warning with ``glossary`` or without one; its
    contrast still draws ``code``."""
    codes = {c for c, _ in warnings(text, glossary)}
    if code is None:
        assert codes == set() and warnings(text, None) == []
    else:
        assert code in codes


def pair_findings(folder: Path, zh: list[str], ja: list[str]) -> list:
    """Every finding of ``textqa lint`` on the translation whose paragraphs are ``ja`` against the source whose
    paragraphs are ``zh``, with the glossary ``folder/g.tsv``; the pair is written to ``folder`` as a.zh.txt and
    a.ja.txt."""
    (folder / "a.zh.txt").write_text("\n\n".join(zh) + "\n", encoding="utf-8")
    (folder / "a.ja.txt").write_text("\n\n".join(ja) + "\n", encoding="utf-8")
    findings, _, _ = lint_one(Linter(str(folder / "g.tsv")), str(folder / "a.ja.txt"), None, str(folder / "a.zh.txt"))
    return findings


def rule_on_pairs(folder: Path, glossary: str, code: str):
    """Writes ``glossary`` to ``folder/g.tsv`` and returns a function of a pair's paragraphs (zh, ja) that gives the
    findings of rule ``code`` (``pair_findings``): the BIL rules' invented pairs, one rule at a time."""
    (folder / "g.tsv").write_text(glossary, encoding="utf-8")
    return lambda zh, ja: [f for f in pair_findings(folder, zh, ja) if f.code == code]


def pair_warnings(folder: Path, glossary: str, codes: tuple[str, ...]):
    """Writes ``glossary`` to ``folder/g.tsv`` and returns a function of a pair's paragraphs (zh, ja) that gives the
    codes of its findings of the rules ``codes`` at warning or above (``pair_findings``)."""
    from textqa.findings import Severity

    (folder / "g.tsv").write_text(glossary, encoding="utf-8")
    return lambda zh, ja: [f.code for f in pair_findings(folder, zh, ja)
                           if f.code in codes and f.severity >= Severity.WARNING]

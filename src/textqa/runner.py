"""Lint a set of paths into a Report: file discovery, per-file filters, summaries."""
from __future__ import annotations

import fnmatch
from pathlib import Path

from .api import Linter, read_text
from .document import Document
from .errors import InputError
from .report import EntitySummary, Report, summarise_mentions
from .rules.registry import select_codes

SUFFIXES = (".txt", ".md")


def _excluded(path: Path, exclude: list[str]) -> bool:
    full = path.resolve().as_posix()
    return any(fnmatch.fnmatch(full, Path(glob).as_posix()) for glob in exclude)


def discover(paths, exclude=()) -> tuple[list[str], list[InputError]]:
    """Files named, and every *.txt / *.md below folders named (less ``exclude`` globs), in sorted order."""
    files, errors = [], []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files += sorted(str(f) for f in path.rglob("*")
                            if f.is_file() and f.suffix in SUFFIXES and not _excluded(f, list(exclude)))
        elif path.exists():
            files.append(str(path))
        else:
            errors.append(InputError(str(p), "no such file or folder"))
    return files, errors


def ignored_codes(path: str, per_file_ignores: dict[str, list[str]]) -> set[str]:
    posix = Path(path).as_posix()
    out: set[str] = set()
    for glob, codes in per_file_ignores.items():
        if fnmatch.fnmatch(posix, glob) or fnmatch.fnmatch(Path(path).name, glob):
            out |= select_codes(None, []) & select_codes(codes)
    return out


def lint_one(linter: Linter, path: str, per_file_ignores=None):
    """(findings, document, mentions) for one file; raises InputError."""
    doc = Document(read_text(path), path)
    findings = linter.lint_document(doc)
    skip = ignored_codes(path, per_file_ignores or {})
    findings = [f for f in findings if f.code not in skip]
    mentions = doc.layers.get("mentions", [])
    return findings, doc, mentions


def run(paths, linter: Linter, per_file_ignores=None, exclude=()) -> Report:
    files, errors = discover(paths, exclude)
    report = Report(errors=errors)
    summaries: dict[str, EntitySummary] = {}
    for path in files:
        try:
            findings, doc, mentions = lint_one(linter, path, per_file_ignores)
        except InputError as exc:
            report.errors.append(exc)
            continue
        report.files.append(path)
        report.findings += findings
        if linter.compiled is not None:
            summarise_mentions(path, doc, mentions, linter.compiled, summaries)
    report.entities = list(summaries.values())
    return report

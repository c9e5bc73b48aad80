"""SARIF 2.1.0 for code-scanning tools (GitHub, GitLab, VS Code's SARIF viewer).

Columns are code points; locations are relative to the current folder
(``%SRCROOT%``); partial fingerprints ignore line numbers (see ``textqa.baseline``).
"""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from ..files import LazyList, json_chunks
from ..findings import Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "%SRCROOT%"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT = "textqa/v1"


def artifact(path: str, cwd: str) -> dict:
    """A relative URI under %SRCROOT% when the file is below ``cwd``, else an absolute file URI."""
    full = os.path.abspath(path)
    rel = os.path.relpath(full, cwd) if os.path.splitdrive(full)[0] == os.path.splitdrive(cwd)[0] else ".."
    if rel == ".." or rel.startswith(".." + os.sep):
        return {"uri": Path(full).as_uri()}
    return {"uri": quote(os.fsencode(Path(rel).as_posix())), "uriBaseId": ROOT_ID}  # bytes: any file name


def display_path(path: str) -> str:
    """Relative to the current folder when below it (keeps absolute paths out of shared reports)."""
    try:
        rel = os.path.relpath(os.path.abspath(path))
    except ValueError:  # another drive
        rel = ".."
    return Path(path if rel.startswith("..") else rel).as_posix()


def rule_descriptor(rule) -> dict:
    sections = rule.sections()
    doc = rule.doc()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary()},
        "fullDescription": {"text": " ".join(" ".join(
            sections.get(k, "") for k in ("What it does", "Why is this bad")).split())},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"tags": ["translation-qa", rule.code[:3]]},
    }


def region(f) -> dict:
    out = {"startLine": f.line, "startColumn": f.column}
    if f.end_line is not None:
        out.update(endLine=f.end_line, endColumn=f.end_column)
    if f.surface:
        out["snippet"] = {"text": f.surface}
    return out


def related_location(r, i: int, cwd: str) -> dict:
    """A SARIF relatedLocation (bilingual mode: where in the source file the finding's segment is)."""
    physical: dict = {"artifactLocation": artifact(r.path, cwd)}
    if r.line:
        physical["region"] = {"startLine": r.line, "startColumn": r.column or 1}
        if r.end_line is not None:
            physical["region"].update(endLine=r.end_line, endColumn=r.end_column or 1)
    out = {"id": i, "physicalLocation": physical}
    if r.message:
        out["message"] = {"text": r.message}
    return out


def result(f, index: dict, cwd: str, fingerprints: Counter) -> dict:
    from ..baseline import fingerprint

    where = artifact(f.path, cwd)
    location: dict = {"physicalLocation": {"artifactLocation": where}}
    if f.line:
        location["physicalLocation"]["region"] = region(f)
    fp = fingerprint(f, where["uri"])
    fingerprints[fp] += 1  # identical findings in one file are told apart by their order
    out = {
        "ruleId": f.code,
        "level": LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT: f"{fp}:{fingerprints[fp]}"},
        "properties": {k: v for k, v in (("entity", f.entity), ("suggestion", f.suggestion),
                                          ("confidence", f.confidence), ("unit", f.unit)) if v is not None},
    }
    if f.related:
        out["relatedLocations"] = [related_location(r, i, cwd) for i, r in enumerate(f.related)]
    if f.code in index:
        out["ruleIndex"] = index[f.code]
    if f.suggestion and f.line and f.end_line is not None:
        out["fixes"] = [{
            "description": {"text": f"Write '{f.suggestion}'"},
            "artifactChanges": [{"artifactLocation": where, "replacements": [{
                "deletedRegion": {k: v for k, v in region(f).items() if k != "snippet"},
                "insertedContent": {"text": f.suggestion}}]}],
        }]
    return out


def notification(err, cwd: str) -> dict:
    out = {"level": "error", "message": {"text": str(err)}}
    location: dict = {"physicalLocation": {"artifactLocation": artifact(err.path, cwd)}}
    if err.line:
        location["physicalLocation"]["region"] = {"startLine": err.line}
    out["locations"] = [location]
    return out


def documentation_uri() -> str | None:
    """The project's documentation address, from its package metadata (``[project.urls]`` in pyproject.toml)."""
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        urls = metadata("textqa").get_all("Project-URL") or []
    except PackageNotFoundError:
        return None
    found = dict(u.split(", ", 1) for u in urls if ", " in u)
    return found.get("Documentation")


def versions(glossary) -> dict:
    from importlib.metadata import PackageNotFoundError, version

    from .. import __version__

    props: dict = {"textqa": __version__}
    for dist in ("sudachipy", "sudachidict-core"):
        try:
            props[dist] = version(dist)
        except PackageNotFoundError:
            pass
    if glossary is not None:
        props["glossary"] = {"hash": glossary.content_hash, "entries": len(glossary),
                             "paths": [display_path(p) for p in glossary.paths]}
    return props


def render(report, **options) -> str:
    return "".join(render_chunks(report, **options))


def render_chunks(report, *, glossary=None, **_):
    """The SARIF log in pieces of about 64 KB: each result is made as it is written (in order: fingerprints count
    identical findings)."""
    from .. import __version__
    from ..rules.registry import RULES

    cwd = os.getcwd()
    docs = documentation_uri()
    rules = list(RULES.values())
    index = {r.code: i for i, r in enumerate(rules)}
    fingerprints: Counter = Counter()
    run = {
        "tool": {"driver": {
            "name": "textqa", "version": __version__, "semanticVersion": __version__,
            **({"informationUri": docs} if docs else {}),
            # lazy, so the driver is written rule by rule (whole, its docs were one piece of over 128 KB)
            "rules": LazyList(rules, lambda _, r: rule_descriptor(r))}},
        "originalUriBaseIds": {ROOT_ID: {"uri": Path(cwd).as_uri().rstrip("/") + "/"}},
        "invocations": [{
            "executionSuccessful": not report.errors,
            "toolExecutionNotifications": [notification(e, cwd) for e in report.errors]}],
        "columnKind": "unicodeCodePoints",
        "results": LazyList(report.findings, lambda _, f: result(f, index, cwd, fingerprints)),
        "properties": versions(glossary),
    }
    data = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    yield from json_chunks(data, indent=2)
    yield "\n"

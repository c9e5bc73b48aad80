"""Baselines: record today's findings, then report only the new ones.

A fingerprint hashes the file, code, entity, surface and the text either side of
the span on its own line, never line numbers, so edits elsewhere in an article
do not resurrect recorded findings; a finding whose nearby text changed still
matches a recorded entry of its file, code, entity and surface that nothing else
matched. Paths in a baseline file are relative to it.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, undecodable
from .files import json_text, write_atomic
from .findings import Finding, Severity

FORMAT = 1
STALE = "BSL001"


def nearby_text(f: Finding) -> tuple[str, str]:
    """The finding's context before and after its surface, cut at line ends."""
    if not f.context:
        return "", ""
    surface = f.surface or ""
    at = f.context.find(surface) if surface else len(f.context)
    before = f.context[:at].rsplit("\n", 1)[-1]
    after = f.context[at + len(surface):].split("\n", 1)[0]
    return before.strip("\r"), after.strip("\r")


def fingerprint(f: Finding, path: str | None = None) -> str:
    """Stable identity of a finding; ``path`` is the file as the caller keys it."""
    before, after = nearby_text(f)
    where = path if path is not None else Path(f.path).as_posix()
    parts = [where, f.code, f.entity or "", f.surface or "", before, after]
    if f.span is None:
        parts.append(f.message)  # a document-level finding has nothing else to tell it apart
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogateescape")).hexdigest()[:20]


def relative_key(path: str, base: Path) -> str:
    """``path`` relative to ``base``, with forward slashes (absolute when on another drive)."""
    try:
        return Path(os.path.relpath(os.path.abspath(path), base)).as_posix()
    except ValueError:
        return Path(os.path.abspath(path)).as_posix()


@dataclass
class Baseline:
    base: Path  # the folder holding the baseline file
    entries: list[dict] = field(default_factory=list)

    def key(self, path: str) -> str:
        return relative_key(path, self.base)

    def entries_for(self, path: str) -> list[dict]:
        key = self.key(path)
        return [e for e in self.entries if e["path"] == key]

    def split(self, path: str, findings: list[Finding]) -> tuple[list[Finding], list[dict]]:
        """(findings not in the baseline, baseline entries for ``path`` that matched nothing)."""
        key = self.key(path)
        entries = self.entries_for(path)
        left = Counter(e["fingerprint"] for e in entries)
        new = []
        for f in findings:
            fp = fingerprint(f, key)
            if left[fp] > 0:
                left[fp] -= 1
            else:
                new.append(f)
        unmatched = []
        for e in entries:
            if left[e["fingerprint"]] > 0:
                left[e["fingerprint"]] -= 1
                unmatched.append(e)
        # Second pass: a finding whose nearby text changed (an edit beside it, the fix of another finding on its
        # line) is still the recorded one when an entry of the same code, entity and surface is left unmatched.
        loose = Counter(_loose_key(e["code"], e.get("entity"), e.get("surface")) for e in unmatched)
        still_new = []
        for f in new:
            k = _loose_key(f.code, f.entity, f.surface) if f.span is not None else None
            if k is not None and loose[k] > 0:
                loose[k] -= 1
            else:
                still_new.append(f)
        used = Counter(_loose_key(e["code"], e.get("entity"), e.get("surface")) for e in unmatched) - loose
        stale = []
        for e in unmatched:
            k = _loose_key(e["code"], e.get("entity"), e.get("surface"))
            if used[k] > 0:
                used[k] -= 1
            else:
                stale.append(e)
        return still_new, stale


def _loose_key(code: str, entity: str | None, surface: str | None) -> tuple[str, str, str] | None:
    """What a finding is without its nearby text; None for a finding with no surface, which only its nearby text
    tells apart from another of its rule."""
    return (code, entity or "", surface) if surface else None


def stale_finding(path: str, entry: dict, severity: Severity) -> Finding:
    what = f"{entry['code']} '{entry['surface']}'" if entry.get("surface") else entry["code"]
    where = f" (recorded at line {entry['line']})" if entry.get("line") else ""
    return Finding(path=path, code=STALE, severity=severity,
                   message=f"baseline entry {what}{where} no longer matches anything; rewrite the baseline "
                           "with --write-baseline")


def apply_baseline(report, baseline: Baseline, codes=None, severity_overrides=None) -> None:
    """Drop recorded findings from ``report``; add a stale-entry finding for each unmatched entry."""
    from .rules.registry import RULES

    findings = list(report.findings)  # one object a finding: they are told apart by identity below
    by_path: dict[str, list[Finding]] = {p: [] for p in report.files}
    others = []
    for f in findings:
        (by_path[f.path] if f.path in by_path else others).append(f)
    severity = (severity_overrides or {}).get(STALE, RULES[STALE].severity)
    kept = list(others)
    for path, in_file in by_path.items():
        new, stale = baseline.split(path, in_file)
        kept += new
        if codes is None or STALE in codes:
            kept += [stale_finding(path, e, severity) for e in stale]
    from .report import drop_renderings

    kept_ids = {id(f) for f in kept}
    hidden = [f for f in findings if id(f) not in kept_ids]
    report.baselined = len(hidden)
    report.entities = drop_renderings(report.entities, hidden)
    report.findings = sorted(kept, key=Finding.sort_key)


def entry(f: Finding, key: str) -> dict:
    return {"path": key, "code": f.code, "fingerprint": fingerprint(f, key), "entity": f.entity,
            "surface": f.surface, "line": f.line, "message": f.message}


def write_baseline(path: str, findings: list[Finding]) -> int:
    """Write every finding to a baseline file; return how many were recorded."""
    base = Path(os.path.abspath(path)).parent
    entries = sorted((entry(f, relative_key(f.path, base)) for f in findings),
                     key=lambda e: (e["path"], e["line"] or 0, e["code"], e["fingerprint"]))
    data = {"textqa-baseline": FORMAT, "findings": entries}
    write_atomic(path, (json_text(data, indent=2) + "\n").encode("utf-8"), "baseline")
    return len(entries)


def _valid_entry(e) -> bool:
    """An entry's keys have the types this version writes (strings; an int or null line)."""
    return (isinstance(e, dict) and all(isinstance(e.get(k), str) for k in ("path", "code", "fingerprint"))
            and all(e.get(k) is None or isinstance(e[k], str) for k in ("entity", "surface", "message"))
            and (e.get("line") is None or type(e["line"]) is int))


def load_baseline(path: str) -> Baseline:
    """Read a baseline file; raise InputError naming it when it is missing or malformed."""
    from .files import read_bytes

    data_bytes = read_bytes(path, "baseline file")
    try:
        data = json.loads(data_bytes.decode("utf-8"))
    except UnicodeDecodeError as exc:
        line, message = undecodable(data_bytes, exc)
        raise InputError(path, f"{message}: not a textqa baseline", line) from None
    except json.JSONDecodeError as exc:
        raise InputError(path, f"not a textqa baseline: invalid JSON: {exc.msg}", exc.lineno) from None
    except RecursionError:
        raise InputError(path, "cannot read baseline: JSON nested too deeply") from None
    if not isinstance(data, dict) or data.get("textqa-baseline") != FORMAT:
        raise InputError(path, f"not a textqa baseline (expected \"textqa-baseline\": {FORMAT})")
    entries = data.get("findings")
    if not isinstance(entries, list) or not all(_valid_entry(e) for e in entries):
        raise InputError(path, "baseline 'findings' must be a list of {path, code, fingerprint, ...} with string "
                               "values")
    return Baseline(Path(os.path.abspath(path)).parent, entries)

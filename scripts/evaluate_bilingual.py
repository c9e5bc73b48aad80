#!/usr/bin/env python3
"""Strict scorer for bilingual (zh→ja) evaluation pairs: ``python scripts/evaluate.py --set bilingual``.

A set is a folder ``tests/<set>/`` with ``glossary.tsv``, ``pairs/NAME.zh.txt`` beside ``pairs/NAME.ja.txt`` and
``annotations.tsv`` (header ``file line surface family kind entity suggestion``; see tests/bilingual/README.md).
Each ja file is linted against its zh source exactly as ``textqa lint --source`` does. Only ``BIL`` rows are
scored here (NAM and GRB rows in the same file belong to scripts/evaluate.py's own scoring).

Strict rows (kinds ``term``, ``number``, ``omission``, ``untranslated``) are detected only by a finding at
warning or above, of the matching kind, on that line, overlapping the surface (anywhere on the line when the
surface is empty). The matching kinds: ``term`` ← BIL001, or a NAM finding naming the row's entity (the name
rules report variants, and a bilingual finding never repeats them); ``number`` ← BIL002; ``omission`` ← BIL003;
``untranslated`` ← BIL005, or GRB001 (which reports the same text first). Rows of kinds ``omission-paragraph``
(BIL004) and ``addition`` (BIL006) are scored apart, at any severity, since both are ``info`` by default.
A BIL warning that detects no row is a false warning; any warning at all in a pair without rows (a clean pair)
is a clean-pair warning.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import COLUMNS, annotation_records  # noqa: E402  (one reader for the one annotation format)

ROOT = Path(__file__).resolve().parent.parent
SETS = {"bilingual": ROOT / "tests" / "bilingual", "heldout-bilingual": ROOT / "tests" / "heldout-bilingual",
        "heldout-bilingual2": ROOT / "tests" / "heldout-bilingual2",
        "heldout-bilingual3": ROOT / "tests" / "heldout-bilingual3",
        "heldout-bilingual4": ROOT / "tests" / "heldout-bilingual4",
        "heldout-bilingual5": ROOT / "tests" / "heldout-bilingual5",
        "heldout-bilingual6": ROOT / "tests" / "heldout-bilingual6",
        "heldout-bilingual7": ROOT / "tests" / "heldout-bilingual7",
        "heldout-bilingual8": ROOT / "tests" / "heldout-bilingual8",
        "heldout-bilingual9": ROOT / "tests" / "heldout-bilingual9",
        "heldout-bilingual10": ROOT / "tests" / "heldout-bilingual10",
        "heldout-bilingual11": ROOT / "tests" / "heldout-bilingual11",
        "heldout-bilingual12": ROOT / "tests" / "heldout-bilingual12",
        "heldout-bilingual13": ROOT / "tests" / "heldout-bilingual13",
        "heldout-bilingual14": ROOT / "tests" / "heldout-bilingual14",
        "heldout-bilingual15": ROOT / "tests" / "heldout-bilingual15",
        "heldout-bilingual16": ROOT / "tests" / "heldout-bilingual16",
        "heldout-bilingual17": ROOT / "tests" / "heldout-bilingual17",
        "heldout-bilingual18": ROOT / "tests" / "heldout-bilingual18",
        "heldout-bilingual19": ROOT / "tests" / "heldout-bilingual19",
        "heldout-bilingual20": ROOT / "tests" / "heldout-bilingual20",
        "heldout-bilingual21": ROOT / "tests" / "heldout-bilingual21",
        "heldout-bilingual22": ROOT / "tests" / "heldout-bilingual22",
        "heldout-bilingual23": ROOT / "tests" / "heldout-bilingual23",
        "heldout-bilingual24": ROOT / "tests" / "heldout-bilingual24",
        "heldout-bilingual25": ROOT / "tests" / "heldout-bilingual25",
        "heldout-bilingual26": ROOT / "tests" / "heldout-bilingual26",
        "heldout-bilingual27": ROOT / "tests" / "heldout-bilingual27",
        "heldout-bilingual28": ROOT / "tests" / "heldout-bilingual28",
        "heldout-bilingual29": ROOT / "tests" / "heldout-bilingual29",
        "heldout-bilingual30": ROOT / "tests" / "heldout-bilingual30",
        "heldout-bilingual31": ROOT / "tests" / "heldout-bilingual31",
        "heldout-bilingual32": ROOT / "tests" / "heldout-bilingual32",
        "heldout-bilingual33": ROOT / "tests" / "heldout-bilingual33",
        "heldout-bilingual34": ROOT / "tests" / "heldout-bilingual34",
        "heldout-bilingual35": ROOT / "tests" / "heldout-bilingual35",
        "heldout-bilingual36": ROOT / "tests" / "heldout-bilingual36",
        "heldout-bilingual37": ROOT / "tests" / "heldout-bilingual37",
        "heldout-bilingual38": ROOT / "tests" / "heldout-bilingual38",
        "heldout-bilingual39": ROOT / "tests" / "heldout-bilingual39",
        "heldout-bilingual40": ROOT / "tests" / "heldout-bilingual40",
        "heldout-bilingual41": ROOT / "tests" / "heldout-bilingual41",
        "heldout-bilingual42": ROOT / "tests" / "heldout-bilingual42",
        "heldout-bilingual43": ROOT / "tests" / "heldout-bilingual43",
        "heldout-bilingual44": ROOT / "tests" / "heldout-bilingual44",
        "heldout-bilingual45": ROOT / "tests" / "heldout-bilingual45",
        "heldout-bilingual46": ROOT / "tests" / "heldout-bilingual46",
        "heldout-bilingual47": ROOT / "tests" / "heldout-bilingual47",
        "heldout-bilingual48": ROOT / "tests" / "heldout-bilingual48",
        "heldout-bilingual49": ROOT / "tests" / "heldout-bilingual49",
        "heldout-bilingual50": ROOT / "tests" / "heldout-bilingual50",
        "heldout-bilingual51": ROOT / "tests" / "heldout-bilingual51",
        "heldout-bilingual52": ROOT / "tests" / "heldout-bilingual52",
        "heldout-bilingual53": ROOT / "tests" / "heldout-bilingual53",
        "heldout-bilingual54": ROOT / "tests" / "heldout-bilingual54",
        "heldout-bilingual55": ROOT / "tests" / "heldout-bilingual55",
        "heldout-bilingual56": ROOT / "tests" / "heldout-bilingual56",
        "heldout-bilingual57": ROOT / "tests" / "heldout-bilingual57",
        "heldout-bilingual58": ROOT / "tests" / "heldout-bilingual58",
        "heldout-bilingual59": ROOT / "tests" / "heldout-bilingual59",
        "heldout-bilingual60": ROOT / "tests" / "heldout-bilingual60",
        "heldout-bilingual61": ROOT / "tests" / "heldout-bilingual61",
        "heldout-bilingual62": ROOT / "tests" / "heldout-bilingual62",
        "heldout-bilingual63": ROOT / "tests" / "heldout-bilingual63",
        "heldout-bilingual64": ROOT / "tests" / "heldout-bilingual64",
        "heldout-bilingual65": ROOT / "tests" / "heldout-bilingual65",
        "heldout-bilingual66": ROOT / "tests" / "heldout-bilingual66",
        "heldout-bilingual67": ROOT / "tests" / "heldout-bilingual67",
        "heldout-bilingual68": ROOT / "tests" / "heldout-bilingual68",
        "heldout-bilingual69": ROOT / "tests" / "heldout-bilingual69",
        "heldout-bilingual70": ROOT / "tests" / "heldout-bilingual70",
        "heldout-bilingual71": ROOT / "tests" / "heldout-bilingual71",
        "heldout-bilingual72": ROOT / "tests" / "heldout-bilingual72",
        "heldout-bilingual73": ROOT / "tests" / "heldout-bilingual73",
        "heldout-bilingual74": ROOT / "tests" / "heldout-bilingual74",
        "heldout-bilingual75": ROOT / "tests" / "heldout-bilingual75",
        "heldout-bilingual76": ROOT / "tests" / "heldout-bilingual76",
        "heldout-bilingual77": ROOT / "tests" / "heldout-bilingual77",
        "heldout-bilingual78": ROOT / "tests" / "heldout-bilingual78",
        "heldout-bilingual79": ROOT / "tests" / "heldout-bilingual79",
        "heldout-bilingual80": ROOT / "tests" / "heldout-bilingual80",
        "heldout-bilingual81": ROOT / "tests" / "heldout-bilingual81",
        "heldout-bilingual82": ROOT / "tests" / "heldout-bilingual82",
        "heldout-bilingual83": ROOT / "tests" / "heldout-bilingual83",
        "heldout-bilingual84": ROOT / "tests" / "heldout-bilingual84",
        "heldout-bilingual85": ROOT / "tests" / "heldout-bilingual85",
        "heldout-bilingual86": ROOT / "tests" / "heldout-bilingual86",
        "heldout-bilingual87": ROOT / "tests" / "heldout-bilingual87",
        "heldout-bilingual88": ROOT / "tests" / "heldout-bilingual88",
        "heldout-bilingual89": ROOT / "tests" / "heldout-bilingual89",
        "heldout-bilingual90": ROOT / "tests" / "heldout-bilingual90",
        "heldout-bilingual91": ROOT / "tests" / "heldout-bilingual91",
        "heldout-bilingual92": ROOT / "tests" / "heldout-bilingual92",
        "heldout-bilingual93": ROOT / "tests" / "heldout-bilingual93",
        "heldout-bilingual94": ROOT / "tests" / "heldout-bilingual94",
        "heldout-bilingual95": ROOT / "tests" / "heldout-bilingual95",
        "heldout-bilingual96": ROOT / "tests" / "heldout-bilingual96",
        "heldout-bilingual97": ROOT / "tests" / "heldout-bilingual97",
        "heldout-bilingual98": ROOT / "tests" / "heldout-bilingual98",
        "heldout-bilingual99": ROOT / "tests" / "heldout-bilingual99",
        "heldout-bilingual100": ROOT / "tests" / "heldout-bilingual100",
        "heldout-bilingual101": ROOT / "tests" / "heldout-bilingual101",
        "heldout-bilingual102": ROOT / "tests" / "heldout-bilingual102",
        "heldout-bilingual103": ROOT / "tests" / "heldout-bilingual103",
        "heldout-bilingual104": ROOT / "tests" / "heldout-bilingual104",
        "heldout-bilingual105": ROOT / "tests" / "heldout-bilingual105",
        "heldout-bilingual106": ROOT / "tests" / "heldout-bilingual106",
        "heldout-bilingual107": ROOT / "tests" / "heldout-bilingual107",
        "heldout-bilingual108": ROOT / "tests" / "heldout-bilingual108",
        "heldout-bilingual109": ROOT / "tests" / "heldout-bilingual109",
        "heldout-bilingual110": ROOT / "tests" / "heldout-bilingual110",
        "heldout-bilingual111": ROOT / "tests" / "heldout-bilingual111",
        "heldout-bilingual112": ROOT / "tests" / "heldout-bilingual112",
        "heldout-bilingual113": ROOT / "tests" / "heldout-bilingual113",
        "heldout-bilingual114": ROOT / "tests" / "heldout-bilingual114",
        "heldout-bilingual115": ROOT / "tests" / "heldout-bilingual115",
        "heldout-bilingual116": ROOT / "tests" / "heldout-bilingual116",
        "heldout-bilingual117": ROOT / "tests" / "heldout-bilingual117",
        "heldout-bilingual118": ROOT / "tests" / "heldout-bilingual118",
        "heldout-bilingual119": ROOT / "tests" / "heldout-bilingual119",
        "heldout-bilingual120": ROOT / "tests" / "heldout-bilingual120",
        "heldout-bilingual121": ROOT / "tests" / "heldout-bilingual121",
        "heldout-bilingual122": ROOT / "tests" / "heldout-bilingual122",
        "heldout-bilingual123": ROOT / "tests" / "heldout-bilingual123",
        "heldout-bilingual124": ROOT / "tests" / "heldout-bilingual124",
        "heldout-bilingual125": ROOT / "tests" / "heldout-bilingual125",
        "heldout-bilingual126": ROOT / "tests" / "heldout-bilingual126",
        "heldout-bilingual127": ROOT / "tests" / "heldout-bilingual127",
        "heldout-bilingual128": ROOT / "tests" / "heldout-bilingual128",
        "heldout-bilingual129": ROOT / "tests" / "heldout-bilingual129",
        "heldout-bilingual130": ROOT / "tests" / "heldout-bilingual130",
        "dev-bilingual20": ROOT / "tests" / "dev-bilingual20"}
STRICT = {"term": ("BIL001",), "number": ("BIL002",), "omission": ("BIL003",), "untranslated": ("BIL005", "GRB001")}
LOOSE = {"omission-paragraph": ("BIL004",), "addition": ("BIL006",)}
BLOCKING = ("warning", "error")
NUMBER_JOINS = ".,．，"  # a decimal point or thousands comma between digits, half- and full-width


@dataclass
class Row:
    file: str
    line: int
    surface: str
    kind: str
    entity: str
    row: int
    start: int = -1
    end: int = -1

    def label(self) -> str:
        return f"{self.file}:{self.line} {self.kind} {self.surface!r}" + (f" ({self.entity})" if self.entity else "")


@dataclass
class Score:
    rows: list[Row] = field(default_factory=list)
    detected: set[int] = field(default_factory=set)  # row numbers
    false_warnings: list[str] = field(default_factory=list)
    clean_warnings: list[str] = field(default_factory=list)

    def counts(self, kinds) -> tuple[int, int]:
        chosen = [r for r in self.rows if r.kind in kinds]
        return len(chosen), sum(1 for r in chosen if r.row in self.detected)

    def as_dict(self) -> dict:
        strict_n, strict_d = self.counts(STRICT)
        loose_n, loose_d = self.counts(LOOSE)
        kinds = {}
        for kind in (*STRICT, *LOOSE):
            n, d = self.counts((kind,))
            if n:
                kinds[kind] = {"annotated": n, "detected": d}
        return {"strict": {"annotated": strict_n, "detected": strict_d,
                           "recall": round(strict_d / strict_n, 4) if strict_n else 1.0},
                "info_kinds": {"annotated": loose_n, "detected": loose_d},
                "kinds": kinds, "false_warnings": len(self.false_warnings),
                "clean_pair_warnings": len(self.clean_warnings),
                "missed": [r.label() for r in self.rows if r.row not in self.detected],
                "false_warning_list": self.false_warnings, "clean_warning_list": self.clean_warnings}


def load_rows(path: Path) -> list[Row]:
    rows = []
    records, problems = annotation_records(path)
    for n, fields in records:
        file, line, surface, family, kind, entity, _ = fields
        if family != "BIL":
            continue
        if kind not in STRICT and kind not in LOOSE:
            problems.append(f"{path.name}:{n}: kind {kind!r} is not a BIL kind")
            continue
        if not line.isdigit():
            problems.append(f"{path.name}:{n}: line {line!r} is not a positive integer")
            continue
        rows.append(Row(file, int(line), surface, kind, entity, n))
    if problems:
        raise ValueError("\n".join(problems))
    return rows


def _occurrences(text: str, surface: str) -> list[int]:
    places, at = [], text.find(surface)
    while at >= 0:
        places.append(at)
        at = text.find(surface, at + 1)
    return places


def _inside_a_number(text: str, surface: str, at: int) -> bool:
    """Digits (or a decimal point or thousands comma and a digit) run on past the surface's digit edge."""
    end = at + len(surface)
    before = surface[:1].isdigit() and at > 0 and (
        text[at - 1].isdigit() or (text[at - 1] in NUMBER_JOINS and at > 1 and text[at - 2].isdigit()))
    after = surface[-1:].isdigit() and end < len(text) and (
        text[end].isdigit() or (text[end] in NUMBER_JOINS and end + 1 < len(text) and text[end + 1].isdigit()))
    return before or after


def locate(rows: list[Row]) -> list[str]:
    problems, seen = [], {}
    for r in rows:
        path = ROOT / r.file
        if not path.is_file():
            problems.append(f"row {r.row}: {r.file}: no such file")
            continue
        lines = path.read_text(encoding="utf-8-sig").split("\n")
        if r.line > len(lines):
            problems.append(f"row {r.row}: {r.file} has only {len(lines)} lines")
            continue
        text = lines[r.line - 1]
        if not r.surface:
            r.start, r.end = 0, len(text) + 1
            continue
        k = seen.get((r.file, r.line, r.surface), 0)
        seen[(r.file, r.line, r.surface)] = k + 1
        places = _occurrences(text, r.surface)
        if r.kind == "number":  # a number's surface stands alone, not inside a longer number ('12' in '120')
            alone = [at for at in places if not _inside_a_number(text, r.surface, at)]
            places = alone if len(alone) > k else places
        at = places[k] if len(places) > k else -1
        if at < 0:
            problems.append(f"row {r.row}: {r.surface!r} is not on {r.file}:{r.line}")
            continue
        r.start, r.end = at, at + len(r.surface)
    return problems


def _matches(f, r: Row) -> bool:
    if f.line != r.line:
        return False
    codes = STRICT.get(r.kind) or LOOSE[r.kind]
    by_name = r.kind == "term" and f.code.startswith("NAM") and f.entity == r.entity
    if f.code not in codes and not by_name:
        return False
    if r.kind in STRICT and f.severity.value not in BLOCKING:
        return False
    start = (f.column or 1) - 1
    end = (f.end_column - 1) if f.end_line == f.line and f.end_column else start + 10**6
    end = max(end, start + 1)  # a zero-width finding (where something is missing) still marks its place
    return start < r.end and r.start < end


def evaluate(folder: Path, linter=None) -> Score:
    """Lint every pair of ``folder`` against its source and score the findings."""
    from textqa import Linter
    from textqa.runner import lint_one

    rows = load_rows(folder / "annotations.tsv")
    problems = locate(rows)
    if problems:
        raise ValueError("\n".join(problems))
    linter = linter or Linter(str(folder / "glossary.tsv"))
    score = Score(rows=rows)
    for ja in sorted((folder / "pairs").glob("*.ja.txt")):
        zh = ja.with_name(ja.name.replace(".ja.", ".zh."))
        file = ja.relative_to(ROOT).as_posix() if ja.is_relative_to(ROOT) else ja.as_posix()
        mine = [r for r in rows if r.file == file]
        findings, _, _ = lint_one(linter, str(ja), None, str(zh))
        for f in findings:
            hits = [r for r in mine if _matches(f, r)]
            score.detected.update(r.row for r in hits)
            where = f"{file}:{f.line}:{f.column} {f.code} {f.severity.value} {f.message}"
            if not mine and f.severity.value in BLOCKING:
                score.clean_warnings.append(where)
            elif not hits and f.code.startswith("BIL") and f.severity.value in BLOCKING:
                score.false_warnings.append(where)
    return score


def report(name: str, score: Score, show_lists: bool = False) -> str:
    d = score.as_dict()
    s, i = d["strict"], d["info_kinds"]
    out = [f"== {name}",
           f"BIL (strict: warning or above, matching kind): annotated {s['annotated']}, detected {s['detected']}, "
           f"recall {s['recall']:.3f}, false warnings {d['false_warnings']}, "
           f"warnings on clean pairs {d['clean_pair_warnings']}",
           f"BIL info kinds (omission-paragraph, addition; any severity): annotated {i['annotated']}, "
           f"detected {i['detected']}"]
    for kind, k in d["kinds"].items():
        out.append(f"    {kind:<19} {k['detected']:>3}/{k['annotated']:<3}")
    if show_lists:
        out += [f"    missed: {m}" for m in d["missed"]]
        out += [f"    false:  {w}" for w in d["false_warning_list"]]
        out += [f"    clean:  {w}" for w in d["clean_warning_list"]]
    return "\n".join(out)


def check(name: str) -> int:
    """Validate a set's annotations (format, kinds, surfaces on their lines) without linting anything."""
    path = SETS[name] / "annotations.tsv"
    try:
        rows = load_rows(path)
        problems = locate(rows)
    except ValueError as exc:
        rows, problems = [], str(exc).splitlines()
    for p in problems:
        print(p, file=sys.stderr)
    shown = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()
    print(f"{shown}: {len(rows)} rows, {len(problems)} problem(s)")
    return 1 if problems else 0


def main(name: str, *, show_lists=False, json_path=None, min_recall=0.95, max_false_warnings=0) -> int:
    """Score one bilingual set; exit 1 below ``min_recall`` or above ``max_false_warnings``, 2 on bad rows."""
    import json

    try:
        score = evaluate(SETS[name])
    except ValueError as exc:
        print(f"bad annotations:\n{exc}")
        return 2
    print(report(name, score, show_lists))
    d = score.as_dict()
    if json_path:
        Path(json_path).write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    failed = (d["strict"]["recall"] < min_recall
              or d["false_warnings"] + d["clean_pair_warnings"] > max_false_warnings)
    return 1 if failed else 0

"""Print the README's accuracy summary from the per-set tables in docs/accuracy.md.

    python scripts/accuracy_summary.py

docs/accuracy.md's first section holds one row per set and family: today's strict figures on each development set, and each
held-out set's one scoring (rows whose "used for" cell is ``held out, scored once``, in the order they were
scored). The README shows their sums: every held-out scoring pooled (the estimate for unseen text), the latest
scoring of each family, and the development sets pooled. ``tests/test_recall.py`` checks that the README holds
exactly what this prints, so the summary cannot drift from the rows it adds up.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACCURACY = ROOT / "docs" / "accuracy.md"
HELD_OUT = "held out, scored once"
_ROW = re.compile(r"^\| (?P<set>`tests/[^`]+/`|test corpus|example article)[^|]* \| (?P<used>[^|]+) \| "
                  r"(?P<family>NAM|GRB|BIL)\b[^|]* \| (?P<annotated>\d+) \| (?P<detected>\d+) \| [\d.]+ \| "
                  r"(?P<false>\d+)(?:, and (?P<clean>\d+) on the clean pairs?)?")


@dataclass(frozen=True)
class Row:
    name: str  # "`tests/heldout20/`", "test corpus", ...
    used: str
    family: str
    annotated: int
    detected: int
    false: int
    clean: int | None  # bilingual rows: warnings on the clean pairs


SECTION = "## Every set: today's figures and each one scoring"


def rows(text: str) -> list[Row]:
    """Every set row of the tables in docs/accuracy.md's first section (``SECTION``), in order."""
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    found = []
    for line in section.splitlines():
        m = _ROW.match(line)
        if m:
            found.append(Row(m["set"], m["used"].strip(), m["family"], int(m["annotated"]), int(m["detected"]),
                             int(m["false"]), None if m["clean"] is None else int(m["clean"])))
    return found


def _line(label: str, family: str, group: list[Row]) -> str:
    annotated, detected = sum(r.annotated for r in group), sum(r.detected for r in group)
    false = str(sum(r.false for r in group))
    if family == "BIL":
        false += f", and {sum(r.clean or 0 for r in group)} on the clean pairs"
    return f"| {label} | {family} | {annotated} | {detected} | {detected / annotated:.3f} | {false} |"


def summary(text: str) -> str:
    table = rows(text)
    held = [r for r in table if r.used == HELD_OUT]
    dev = [r for r in table if r.used.startswith("development")]
    out = ["| sets | family | annotated | detected | recall | false warnings |",
           "| --- | --- | --- | --- | --- | --- |"]
    for family in ("NAM", "GRB", "BIL"):
        group = [r for r in held if r.family == family]
        if group:
            kind = "bilingual" if family == "BIL" else "name and garble"
            out.append(_line(f"{len(group)} held-out {kind} sets, each at its one scoring ({group[0].name} to "
                             f"{group[-1].name})", family, group))
    for family in ("NAM", "GRB", "BIL"):
        group = [r for r in held if r.family == family]
        if group:
            out.append(_line(f"the latest held-out scoring, {group[-1].name}", family, group[-1:]))
    for family in ("NAM", "GRB", "BIL"):
        group = [r for r in dev if r.family == family]
        if group:
            out.append(_line(f"{len(group)} development sets, today", family, group))
    return "\n".join(out)


def main() -> int:
    print(summary(ACCURACY.read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Precision and recall of ``textqa glossary suggest --source``'s rows: ``python scripts/evaluate_suggest.py``.

The development set is ``tests/fixtures/glossary_suggest/``: invented pairs ``NAME.zh.txt`` / ``NAME.ja.txt`` and
``expected.tsv`` (``file zh type``), the rows a glossary maintainer wants from each pair (every name of the source
that the translation renders in kanji, with its type). Each pair is suggested on alone, with no glossary. A proposed
row (a verified candidate) is right when its ``zh`` and ``type`` are an expected row of its pair; recall counts the
expected rows proposed so.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "fixtures" / "glossary_suggest"


@dataclass
class Score:
    expected: set[tuple[str, str, str]] = field(default_factory=set)  # (file, zh, type)
    proposed: set[tuple[str, str, str]] = field(default_factory=set)

    @property
    def right(self) -> set[tuple[str, str, str]]:
        return self.expected & self.proposed

    @property
    def precision(self) -> float:
        return len(self.right) / len(self.proposed) if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return len(self.right) / len(self.expected) if self.expected else 1.0


def expected_rows(folder: Path) -> set[tuple[str, str, str]]:
    lines = [ln for ln in (folder / "expected.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return {tuple(ln.split("\t")) for ln in lines[1:]}


def proposed_rows(folder: Path) -> set[tuple[str, str, str]]:
    from textqa.document import Document
    from textqa.glossary.suggest import suggest_with_source

    out = set()
    for target in sorted(folder.glob("*.ja.txt")):
        stem = target.name.removesuffix(".ja.txt")
        source = target.with_name(f"{stem}.zh.txt").read_text(encoding="utf-8")
        doc = Document(target.read_text(encoding="utf-8"), str(target))
        out |= {(stem, c.zh, str(c.type)) for c in suggest_with_source([(doc, source)], None) if c.verified}
    return out


def score(folder: Path = FOLDER) -> Score:
    return Score(expected_rows(folder), proposed_rows(folder))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--folder", type=Path, default=FOLDER)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the missed and the wrong rows")
    args = parser.parse_args(argv)
    s = score(args.folder)
    print(f"suggest rows: expected {len(s.expected)}, proposed {len(s.proposed)}, right {len(s.right)}, "
          f"precision {s.precision:.3f}, recall {s.recall:.3f}")
    if args.verbose:
        for row in sorted(s.expected - s.proposed):
            print("missed\t" + "\t".join(row))
        for row in sorted(s.proposed - s.expected):
            print("wrong\t" + "\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())

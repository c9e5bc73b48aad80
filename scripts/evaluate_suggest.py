#!/usr/bin/env python3
"""Precision and recall of ``textqa glossary suggest --source``'s rows: ``python scripts/evaluate_suggest.py``.

The development set is ``tests/fixtures/glossary_suggest/``: invented pairs ``NAME.zh.txt`` / ``NAME.ja.txt`` and
``expected.tsv`` (``file zh type``), the rows a glossary maintainer wants from each pair (every name of the source
that the translation renders in kanji, with its type). Each pair is suggested on alone, with no glossary. A proposed
row (a verified candidate) is right when its ``zh`` and ``type`` are an expected row of its pair; recall counts the
expected rows proposed so.

``--sets`` scores the repository's bilingual sets instead (tests/bilingual, tests/dev-bilingual20,
tests/heldout-bilingual*): each set's pairs (``pairs/NAME.zh.txt`` beside ``NAME.ja.txt``) are suggested on together
with no glossary, as ``textqa glossary suggest --no-glossary tests/SET/pairs`` does, and scored against the set's
glossary.tsv:

- gold: the glossary's person, place and org rows whose ``zh`` stands in one of the set's Chinese sources;
- found (recall): gold rows whose ``zh`` a proposed row (verified, from the source) has;
- typed (type accuracy): found rows proposed with the glossary's type;
- unlisted: proposed rows whose ``zh`` is no row of the glossary at all (term rows included): not names, or names the
  glossary leaves out; ``listed share`` = 1 - unlisted / proposed, a lower bound of precision (``-v`` lists them to
  judge by hand).

Split, fixed before any tuning of the types (2026-12-04, sug26): the eight highest-numbered heldout-bilingual sets
except heldout-bilingual36 (28 to 35) are held out, scored once at the end (``--sets heldout``); every other set is
the development split (``--sets dev``), heldout-bilingual36 to 38 included since their one scoring (2026-12-04, lead).
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "fixtures" / "glossary_suggest"
NAME_TYPES = ("person", "place", "org")
HELD_OUT = tuple(f"heldout-bilingual{n}" for n in range(28, 36))  # fixed before tuning: never tuned on
# unscored held-out sets being written, never read
NEVER: tuple[str, ...] = ()


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


def bilingual_sets(split: str) -> list[Path]:
    """The bilingual sets of ``split`` (dev, heldout), by the rule fixed above."""
    tests = ROOT / "tests"
    sets = [d for d in sorted(tests.iterdir()) if (d / "pairs").is_dir() and (d / "glossary.tsv").is_file()
            and d.name not in NEVER and (d.name == "bilingual" or "bilingual" in d.name)]
    return [d for d in sets if (d.name in HELD_OUT) == (split == "heldout")]


@dataclass
class SetScore:
    gold: dict[str, str] = field(default_factory=dict)  # zh -> type of the glossary's names in the sources
    proposed: dict[str, str] = field(default_factory=dict)  # zh -> type of the verified proposed rows
    listed: set[str] = field(default_factory=set)  # every zh of the glossary

    @property
    def found(self) -> set[str]:
        return set(self.gold) & set(self.proposed)

    @property
    def typed(self) -> set[str]:
        return {z for z in self.found if self.gold[z] == self.proposed[z]}

    @property
    def unlisted(self) -> set[str]:
        return set(self.proposed) - self.listed


def score_set(folder: Path) -> SetScore:
    from textqa.document import Document
    from textqa.glossary.load import parse_file
    from textqa.glossary.suggest import suggest_with_source

    path = folder / "glossary.tsv"
    glossary = [r.entry for r in parse_file(path.read_text(encoding="utf-8"), str(path)).rows if r.entry is not None]
    pairs = []
    for target in sorted((folder / "pairs").glob("*.ja.txt")):
        source = target.with_name(target.name.removesuffix(".ja.txt") + ".zh.txt")
        if source.is_file():
            doc = Document(target.read_text(encoding="utf-8"), str(target))
            pairs.append((doc, source.read_text(encoding="utf-8")))
    sources = "\n".join(s for _, s in pairs)
    out = SetScore(listed={e.zh for e in glossary})
    out.gold = {e.zh: str(e.type) for e in glossary if str(e.type) in NAME_TYPES and e.zh in sources}
    out.proposed = {c.zh: str(c.type) for c in suggest_with_source(pairs, None) if c.verified and c.zh in sources}
    return out


def main_sets(split: str, verbose: bool) -> int:
    total = SetScore()
    rows = []
    for folder in bilingual_sets(split):
        s = score_set(folder)
        rows.append((folder.name, s))
        total.gold.update({f"{folder.name}:{z}": t for z, t in s.gold.items()})
        total.proposed.update({f"{folder.name}:{z}": t for z, t in s.proposed.items()})
        total.listed |= {f"{folder.name}:{z}" for z in s.listed}
        if verbose:
            for z in sorted(set(s.gold) - s.found):
                print(f"{folder.name}\tmissed\t{z}\t{s.gold[z]}")
            for z in sorted(s.found - s.typed):
                print(f"{folder.name}\tmistyped\t{z}\t{s.proposed[z]} (glossary: {s.gold[z]})")
            for z in sorted(s.unlisted):
                print(f"{folder.name}\tunlisted\t{z}\t{s.proposed[z]}")
    g, f, t, p, u = (len(total.gold), len(total.found), len(total.typed), len(total.proposed), len(total.unlisted))
    print(f"{split}: {len(rows)} sets, gold {g}, found {f} (recall {f / g:.3f}), typed right {t} "
          f"(type accuracy {t / f if f else 0:.3f}), proposed {p}, unlisted {u} (listed share {1 - u / p if p else 1:.3f})")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--folder", type=Path, default=FOLDER)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the missed and the wrong rows")
    parser.add_argument("--sets", choices=("dev", "heldout"),
                        help="score the bilingual sets of this split against their glossaries instead")
    args = parser.parse_args(argv)
    if args.sets:
        return main_sets(args.sets, args.verbose)
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

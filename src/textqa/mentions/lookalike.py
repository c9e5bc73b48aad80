"""Kanji that look like another kanji: the table of ``data/lookalike_kanji.tsv``, checked as it loads.

The table (made by scripts/make_lookalike_table.py from the CJK Decomposition Data) lists each pair once, as
``a<TAB>b<TAB>how`` with a before b; it is read both ways. Loading it checks, as prh checks a rule's specs, that
every row is two different kanji, listed once and in order; each row goes into the map both ways, so the map is
symmetric.
"""
from __future__ import annotations

import functools
from importlib import resources

from ..charclass import is_kanji

TABLE = "data/lookalike_kanji.tsv"
HEADER = ("a", "b", "how")
HOWS = frozenset({"stroke", "swap", "listed"})  # how scripts/make_lookalike_table.py found the pair


def parse_lookalikes(text: str, source: str = TABLE) -> dict[str, frozenset[str]]:
    """kanji -> the kanji that look like it, from the table's text; raises ValueError when a row is malformed,
    names a character that is no kanji, pairs a character with itself, or repeats a pair (either way round)."""
    out: dict[str, set[str]] = {}
    seen_header = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = tuple(line.split("\t"))
        if not seen_header:
            if row != HEADER:
                raise ValueError(f"{source}:{n}: expected the header {HEADER}, not {row}")
            seen_header = True
            continue
        if len(row) != 3 or row[2] not in HOWS:
            raise ValueError(f"{source}:{n}: expected 'a, b, how' with how one of {sorted(HOWS)}: {line!r}")
        a, b, _ = row
        if len(a) != 1 or len(b) != 1 or not (is_kanji(a) and is_kanji(b)):
            raise ValueError(f"{source}:{n}: {a!r} and {b!r} must be one kanji each")
        if not a < b:
            raise ValueError(f"{source}:{n}: a pair must be two different kanji, the lower code point first: {a}{b}")
        if b in out.get(a, ()):
            raise ValueError(f"{source}:{n}: the pair {a}{b} is listed twice")
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def lookalikes() -> dict[str, frozenset[str]]:
    """kanji -> the kanji that look like it (``data/lookalike_kanji.tsv``, checked as it loads)."""
    return parse_lookalikes(resources.files("textqa").joinpath(TABLE).read_text(encoding="utf-8"))


def look_alike(a: str, b: str) -> bool:
    """Two kanji that look alike but are other characters (秦淮 and 秦准: 淮 and 准)."""
    return b in lookalikes().get(a, ())

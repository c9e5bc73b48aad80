"""Helpers shared by the GLS rules: folding glyph variants, and the first definition of each form."""
from __future__ import annotations

from ...glossary.forms import simplified_form  # imported once: the rules fold every zh of a glossary (100,000 calls)


def fold(text: str) -> str:
    """One key for every script form of the same characters (汕頭, 汕头 → 汕头)."""
    return simplified_form(text)


def where(g, row, current_path: str) -> str:
    """'line 12' in the same file, 'other.tsv:12' in another."""
    return f"line {row.line}" if g.path == current_path else f"{g.path}:{row.line}"


def repeats(gctx, key):
    """(file, row, first file, first row) for every row whose ``key(entry)`` an earlier row already had."""
    rows = list(gctx.rows())
    keys = list(map(key, map(_entry, rows)))
    if len(set(keys)) == len(keys):  # most glossaries: no key twice, told in C (a compile checks every row)
        return
    first: dict[str, tuple] = {}
    for (g, row), k in zip(rows, keys):
        if k in first:
            yield g, row, *first[k]
        else:
            first[k] = (g, row)


def _entry(file_row: tuple):
    return file_row[1].entry

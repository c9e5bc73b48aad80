"""Word lists shipped as data (``src/textqa/data/*.txt``): one word or phrase a line, ``#`` starts a comment line.

Each list is read once, on first use. The lists say what a text is doing around a name (labels of forms, words
about names, company types, link headings, ...); no code holds such words.
"""
from __future__ import annotations

import functools
from importlib import resources


@functools.lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/NAME`` in file order, stripped; blank and comment lines left out.

    A list tests itself as it loads: an entry written twice is an error in the data (ValueError naming both lines).
    """
    text = resources.files("textqa").joinpath("data", name).read_text(encoding="utf-8")
    first: dict[str, int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if (entry := line.strip()) and not line.startswith("#"):
            if entry in first:
                raise ValueError(f"data/{name} line {n} repeats line {first[entry]}: {entry!r}")
            first[entry] = n
    return tuple(first)



def table_rows(text: str, source: str, header: tuple[str, ...]):
    """(line number, cells) of each row of a tab-separated table's ``text`` after its header; blank lines and lines
    that start with ``#`` are left out. A first row other than ``header`` is an error in the data (ValueError naming
    ``source`` and the line)."""
    seen_header = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = tuple(line.split("\t"))
        if seen_header:
            yield n, row
        elif row != header:
            raise ValueError(f"{source}:{n}: expected the header {header}, not {row}")
        else:
            seen_header = True


def write_table(path, comments: list[str], header: tuple[str, ...], rows) -> None:
    """Write a generated table that ``table_rows`` reads: each comment as a ``#`` line (given with its ``# ``), the
    header, then each row's cells joined by tabs (the make_*_table scripts)."""
    lines = [*comments, "\t".join(header), *("\t".join(row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@functools.lru_cache(maxsize=None)
def data_table(name: str, header: tuple[str, str]) -> dict[str, str]:
    """The two-column table ``data/NAME`` (tab-separated, ``#`` starts a comment line) as first column -> second.

    A table tests itself as it loads: a first row other than ``header``, a row of other than two cells, or a key
    given twice is an error in the data (ValueError naming the line).
    """
    source = f"data/{name}"
    text = resources.files("textqa").joinpath("data", name).read_text(encoding="utf-8")
    out: dict[str, str] = {}
    first: dict[str, int] = {}
    for n, row in table_rows(text, source, header):
        if len(row) != 2:
            raise ValueError(f"{source}:{n}: expected two cells, not {len(row)}: {row}")
        if row[0] in first:
            raise ValueError(f"{source}:{n}: repeats the key of line {first[row[0]]}: {row[0]!r}")
        first[row[0]] = n
        out[row[0]] = row[1]
    return out

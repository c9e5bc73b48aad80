"""CSV: the contract's own header read as CSV, or the one-row-per-entry term-base layout of memoQ and Trados.

The term-base layout has entry-level columns (``Entry_ID``, ``Entry_Subject``, ``Entry_Note``) and one
column per language and term status; alternatives share a cell, separated by ``;`` (memoQ's "split
alternatives" and MultiTerm's synonym convention). Entry-level columns that textqa does not use
(domain, client, dates) are ignored on reading.
"""
from __future__ import annotations

import csv
import io

from ..load import read_file
from . import check_and_collect, table_to_entries, write_bytes

HEADER = ("Entry_ID", "Entry_Subject", "Entry_Note", "Chinese_PRC", "Japanese", "Japanese_Reading",
          "Japanese_Admitted", "Japanese_Forbidden")
FIELD = dict(zip(HEADER[1:], ("type", "note", "zh", "ja", "reading", "accept", "reject")))
ALIASES = {"Chinese (PRC)": "zh", "Chinese_Simplified": "zh", "Chinese": "zh", "zh-CN": "zh", "zh-Hans": "zh",
           "Japanese (Japan)": "ja", "ja-JP": "ja"}
SEPARATOR = ";"
# A cell starting with one of these is a formula to a spreadsheet that opens the CSV (=1+2, @SUM, +81, -2, a tab):
# written after an apostrophe, which spreadsheets show as text, and read back without it (OWASP's CSV injection advice)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def _as_text(value):
    """A string cell that a spreadsheet would take for a formula, made text (the XLSX export's text cells)."""
    return TEXT_MARK + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def _unmarked(cell: str) -> str:
    return cell[1:] if cell.startswith(TEXT_MARK) and cell[1:].startswith(FORMULA_STARTS) else cell


def is_termbase_header(header) -> bool:
    """True for a header (names in any case) in the term-base layout: a Chinese column that ``read`` renames to ``zh``
    (``Chinese_PRC``, ``zh-CN`` ...) where the contract's own ``zh`` is missing."""
    names = {h.strip().lower() for h in header}
    return "zh" not in names and any(n.lower() in names for n, f in {**FIELD, **ALIASES}.items() if f == "zh")


def _rows(path: str):
    from ..load import decode

    with open(path, "rb") as f:
        text = decode(path, f.read())
    reader = csv.reader(io.StringIO(text))
    out = []
    start = 1
    for cells in reader:
        if any(c.strip() for c in cells) and not cells[0].lstrip().startswith("#"):
            out.append((start, [_unmarked(c) for c in cells]))
        start = reader.line_num + 1
    return out


def read(path: str):
    rows = _rows(path)
    header = {c.strip().lower() for c in rows[0][1]} if rows else set()
    if "zh" in header or not rows:
        return check_and_collect(read_file(path))  # the contract's columns, comma-separated
    return table_to_entries(path, rows, rename={**FIELD, **ALIASES})


def write(entries, path: str) -> None:
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(HEADER)
    for i, e in enumerate(entries, 1):
        out.writerow([i, *map(_as_text, (e.type, e.note, e.zh, e.ja, e.reading, SEPARATOR.join(e.accept),
                                         SEPARATOR.join(e.reject)))])
    write_bytes(path, buf.getvalue().encode("utf-8"))


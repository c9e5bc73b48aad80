"""Glossary file formats for ``textqa glossary convert``: one module per format, each with read and/or write.

Every format maps onto the same ``Entry`` fields (zh, ja, type, reading, accept, reject, note), so
TSV → TBX → TSV and TSV → XLSX → TSV give back the same entries.
"""
from __future__ import annotations

import importlib
from pathlib import Path

from ...errors import InputError

# format -> (module, file extensions); the first extension is the one written by default
FORMATS = {
    "tsv": ("tsv", (".tsv", ".txt")),
    "csv": ("termbase_csv", (".csv",)),
    "tbx": ("tbx", (".tbx", ".xml")),
    "xlsx": ("xlsx", (".xlsx",)),
    "prh": ("prh", (".yml", ".yaml")),
}
EXTRA_HINT = "install it with: pip install 'textqa[glossary]'"


def format_of(path: str, explicit: str | None = None) -> str:
    if explicit:
        return explicit
    suffix = Path(path).suffix.lower()
    for name, (_, suffixes) in FORMATS.items():
        if suffix in suffixes:
            return name
    known = ", ".join(s for _, suffixes in FORMATS.values() for s in suffixes)
    raise InputError(path, f"unknown glossary format {suffix or '(no extension)'!r}; use one of {known} or --to/--from")


def module(fmt: str):
    return importlib.import_module(f"{__name__}.{FORMATS[fmt][0]}")


def files_only(source: str, target: str | None = None) -> None:
    """Raise InputError when the glossary to read, or the one to write, is ``-``: a format is read from a file (a
    TBX is read twice, an XLSX is a zip file that needs seeking) and written to one, never a stream."""
    from ...files import STDIN

    if str(source) == STDIN:
        raise InputError(STDIN, "glossary convert does not read standard input; name the glossary file as IN")
    if target is not None and str(target) == STDIN:
        raise InputError(STDIN, "glossary convert does not write to standard output; name the file to write as OUT "
                                "(its extension, or --to, gives the format)")


def read_entries(path: str, fmt: str | None = None):
    """Entries of a glossary file in any readable format (checked as ``load_glossary`` checks)."""
    files_only(path)
    fmt = format_of(path, fmt)
    reader = getattr(module(fmt), "read", None)
    if reader is None:
        raise InputError(path, f"{fmt} glossaries can be written but not read")
    return reader(path)


def write_entries(entries, path: str, fmt: str | None = None) -> None:
    files_only("", path)
    module(format_of(path, fmt)).write(list(entries), path)


def needs(module_name: str, path: str):
    """Import an optional dependency, or explain how to install it."""
    try:
        return importlib.import_module(module_name)
    except ImportError:
        raise InputError(path, f"this format needs {module_name.split('.')[0]}; {EXTRA_HINT}") from None


def write_bytes(path: str, data: bytes) -> None:
    """Write a new or existing file atomically (temporary file, then rename); errors name the file."""
    import os
    import tempfile

    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=f".{target.name}.",
                                   suffix=".tmp")
    except OSError as exc:
        raise InputError(path, f"cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(path, f"cannot write: {exc.strerror or exc}") from None


def table_to_entries(path: str, rows, rename=None) -> list:
    """Entries from table rows [(line number, cells)], first row the header, via the TSV contract.

    ``rename`` maps a foreign header (a term-base layout) to contract columns; its other columns are
    dropped. Line numbers are kept, so problems name the spreadsheet or CSV row.
    """
    from ..load import LIST_SEPARATOR, parse_file

    rows = [(n, [("" if c is None else str(c)) for c in cells]) for n, cells in rows]
    if rename is not None and rows:
        names = [rename.get(c.strip(), "") for c in rows[0][1]]
        keep = [i for i, name in enumerate(names) if name]
        rows = [(n, [names[i] if k == 0 else cells[i] if i < len(cells) else "" for i in keep])
                for k, (n, cells) in enumerate(rows)]
        lists = [i for i, name in enumerate(rows[0][1]) if name in ("accept", "reject")]
        rows = [rows[0]] + [(n, [LIST_SEPARATOR.join(c.split(";")) if i in lists else c for i, c in enumerate(cells)])
                            for n, cells in rows[1:]]
    lines: list[str] = []
    for n, cells in rows:
        lines += ["#"] * (n - 1 - len(lines))
        lines.append("\t".join(" ".join(c.replace("\t", " ").splitlines()) for c in cells))
    return check_and_collect(parse_file("\n".join(lines) + "\n", path, csv_format=False))


def check_and_collect(g) -> list:
    """Entries of a parsed ``GlossaryFile``, raising InputErrors for error-level GLS problems."""
    from ..load import raise_on_errors

    raise_on_errors([g])
    return g.entries

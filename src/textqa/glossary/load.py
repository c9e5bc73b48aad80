"""Read glossary files (TSV, or CSV by extension), keeping every cell's position for checks.

Format: UTF-8, tab-separated (comma-separated for ``.csv``); ``#`` lines are
comments; the first other line is the header. Only ``zh`` is required. Lists in
``accept``/``reject`` use ``|``. Missing trailing fields are empty.

Reading is lenient and never stops at the first problem: rows that cannot
become entries are recorded as problems; ``textqa.glossary.check`` turns them,
and every other contradiction, into GLS findings. Loading for linting raises
for the error-level ones.
"""
from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from itertools import accumulate
from operator import itemgetter
from types import MappingProxyType
from typing import NamedTuple

from ..errors import InputError, InputErrors, undecodable
from .model import TYPES, Entry, Glossary

COLUMNS = ("zh", "ja", "type", "reading", "accept", "reject", "note")
LIST_SEPARATOR = "|"


class Cell(NamedTuple):  # a named tuple, not a frozen dataclass: a large glossary makes a million of them
    raw: str  # as written, whitespace included
    column: int  # 1-based code point where the cell starts on its line

    @property
    def value(self) -> str:
        return self.raw.strip()


@dataclass
class Row:
    line: int
    cells: dict[str, Cell]  # by column name; unknown columns too
    entry: Entry | None = None  # None when the row is malformed


@dataclass
class GlossaryFile:
    """One glossary file as written: header, rows with cell positions, and the rows' problems."""

    path: str
    header: list[str] = field(default_factory=list)
    header_line: int = 0
    header_columns: list[int] = field(default_factory=list)  # 1-based start of each header name
    rows: list[Row] = field(default_factory=list)
    problems: list[tuple[int, int, str]] = field(default_factory=list)  # (line, column, message): malformed rows

    @property
    def entries(self) -> list[Entry]:
        return [r.entry for r in self.rows if r.entry is not None]


def decode(path: str, data: bytes) -> str:
    """UTF-8; UTF-16 with its byte-order mark too (a spreadsheet's "Unicode text" export)."""
    import codecs

    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(codecs.BOM_UTF32_LE)
    try:
        return data.decode("utf-16" if utf16 else "utf-8-sig")
    except UnicodeDecodeError as exc:
        from ..api import guess_encoding

        hint = None if utf16 else guess_encoding(data)
        more = f"; it looks like {hint}: save the glossary as UTF-8" if hint else ""
        line, message = undecodable(data, exc, "UTF-16" if utf16 else "UTF-8")
        raise InputErrors([InputError(path, message + more, line)]) from None


def _refuse_convertible(path: str) -> None:
    """A glossary in a format only `textqa glossary convert` handles (TBX, XLSX; prh, which it only writes) is one
    line saying what to do with it."""
    from .formats import FORMATS, module

    suffix = Path(path).suffix.lower()
    fmt = next((name for name, (_, suffixes) in FORMATS.items() if suffix in suffixes and name not in ("tsv", "csv")),
               None)
    if fmt is None:
        return
    if hasattr(module(fmt), "read"):
        raise InputErrors([InputError(path, "a glossary here is TSV (or CSV); convert this one first: textqa "
                                            f"glossary convert {path} {Path(path).with_suffix('.tsv')}")])
    raise InputErrors([InputError(path, f"a glossary here is TSV (or CSV), and {fmt} files are only written "
                                        "(textqa glossary convert names.tsv names.yml), never read")])


def split_list(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(LIST_SEPARATOR) if v.strip()) if value else ()


def _split_tsv(raw: str) -> list[tuple[str, int]]:
    """(field, 1-based column where it starts) for each field of a TSV line (made in C: a large glossary has a
    million fields)."""
    fields = raw.split("\t")
    return list(zip(fields, accumulate(map((1).__add__, map(len, fields)), initial=1)))


def _split_csv(raw: str) -> list[tuple[str, int]]:
    fields = next(csv.reader([raw]), [])
    out, pos = [], 0
    for f in fields:
        found = raw.find(f, pos) if f else -1
        col = found if found >= 0 else pos
        out.append((f, col + 1))
        pos = (found + len(f)) if found >= 0 else pos
        comma = raw.find(",", pos)
        pos = comma + 1 if comma >= 0 else len(raw)
    return out


def _unclosed_quote(raw: str) -> bool:
    try:
        next(csv.reader([raw], strict=True), None)
    except csv.Error:
        return True
    return False


def is_csv(path: str) -> bool:
    return str(path).lower().endswith(".csv")


_NO_CELLS = MappingProxyType({})
_first = itemgetter(0)


def _column(header: list[str], fields: list[tuple[str, int]], name: str, default: int) -> int:
    """Where the cell of column ``name`` starts on its line (``default`` when the row has none)."""
    return next((c for h, (_, c) in zip(header, fields) if h == name), default)


def parse_file(text: str, path: str = "<glossary>", *, csv_format: bool | None = None,
               cells: bool = True) -> GlossaryFile:
    """Parse glossary text leniently; raises InputErrors only when there is no header at all. With ``cells``
    false the rows keep no cells (a large glossary's cells take several times the memory of its entries): their
    entries are the same, but the file cannot be checked."""
    from .forms import japanese_form  # OpenCC, loaded only when a ja is missing

    split = _split_csv if (is_csv(path) if csv_format is None else csv_format) else _split_tsv
    g = GlossaryFile(path)
    named = quick = False
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if split is _split_csv and _unclosed_quote(raw):
            g.problems.append((n, raw.index('"') + 1, "a quote that is not closed, or not at the end of its "
                                                       "field (a CSV field is quoted whole, on one line)"))
            g.rows.append(Row(n, {}))
            continue
        if quick:  # a row with no problem is read from its fields alone (their columns name only problems)
            entry = quick(raw, n)
            if entry is not None:
                g.rows.append(Row(n, _NO_CELLS, entry))
                continue
        fields = split(raw)
        if not g.header_line:
            g.header_line = n
            g.header = [f.strip().lower() for f, _ in fields]
            g.header_columns = [c for _, c in fields]
            if "zh" not in g.header:
                sep = "," if split is _split_csv else "<TAB>"
                hint = ("" if set(g.header) & set(COLUMNS) else
                        f": the first line that is not a comment is the header, and this one names no column (an "
                        f"entry?); add a header line above the rows, e.g. {sep.join(COLUMNS)}")
                g.problems.append((n, 1, "header has no 'zh' column" + hint))
                break
            dupes = sorted({c for c in g.header if g.header.count(c) > 1 and c})
            if dupes:
                g.problems.append((n, g.header_columns[g.header.index(dupes[0], g.header.index(dupes[0]) + 1)],
                                   f"column {dupes[0]!r} appears twice in the header"))
                break
            named = all(g.header)  # every column has a name: a row's cells and values are made in C
            quick = named and not cells and split is _split_tsv and _quick_reader(g.header, path, japanese_form)
            continue
        extra = fields[len(g.header):]
        if any(f.strip() for f, _ in extra):
            g.problems.append((n, extra[0][1], f"expected at most {len(g.header)} fields, found {len(fields)}"))
            g.rows.append(Row(n, {}))
            continue
        unnamed = () if named else [c for name, (f, c) in zip(g.header, fields) if not name and f.strip()]
        if unnamed:
            g.problems.append((n, unnamed[0], "a value in a column whose header is empty"))
            g.rows.append(Row(n, {}))
            continue
        if not cells:
            row = Row(n, _NO_CELLS)
        elif named:
            row = Row(n, dict(zip(g.header, map(Cell._make, fields))))
        else:
            row = Row(n, {name: Cell(f, c) for name, (f, c) in zip(g.header, fields) if name})
        g.rows.append(row)
        value = dict(zip(g.header, map(str.strip, map(_first, fields)))) if named \
            else {name: f.strip() for name, (f, _) in zip(g.header, fields) if name}  # Cell.value
        zh = value.get("zh", "")
        if not zh:
            g.problems.append((n, _column(g.header, fields, "zh", len(raw) + 1), "empty 'zh' field"))
            continue
        typ = value.get("type", "").lower()
        if typ and typ not in TYPES:
            g.problems.append((n, _column(g.header, fields, "type", 0),
                               f"unknown type {typ!r} (expected one of {', '.join(TYPES)} or empty)"))
            continue
        row.entry = _entry(value, zh, typ, path, n, japanese_form)
    if not g.header_line:
        raise InputErrors([InputError(path, "glossary is empty (no header line)")])
    return g


def _entry(value: dict[str, str], zh: str, typ: str, path: str, n: int, japanese_form) -> Entry:
    return Entry(zh=zh, ja=value.get("ja") or japanese_form(zh), type=typ, reading=value.get("reading", ""),
                 accept=split_list(value.get("accept", "")), reject=split_list(value.get("reject", "")),
                 note=value.get("note", ""), source=path, line=n)


def _quick_reader(header: list[str], path: str, japanese_form):
    """``read(raw, n)``: the entry of a TSV row with no problem, under ``header`` (which names every column), when
    no cells are kept: from its fields alone, without the column where each starts (``_split_tsv``), which only a
    problem's message needs; None when the row has a problem (too many fields, no zh, an unknown type), for
    ``parse_file`` to read it again in full and say so. A field is taken by its column's place, found once for
    the file (a row's dict of values and two calls a row were a third of the parse of 100,000 entries)."""
    width, where = len(header), {name: i for i, name in enumerate(header)}  # no name twice (parse_file)
    zh_at, ja_at, type_at, reading_at, accept_at, reject_at, note_at = (
        where.get(name) for name in ("zh", "ja", "type", "reading", "accept", "reject", "note"))
    padding = [""] * width

    def read(raw: str, n: int) -> Entry | None:
        fields = raw.split("\t")
        if len(fields) > width:
            if any(map(str.strip, fields[width:])):
                return None
        elif len(fields) < width:
            fields += padding[len(fields):]
        zh = fields[zh_at].strip()
        typ = "" if type_at is None else fields[type_at].strip().lower()
        if not zh or (typ and typ not in TYPES):
            return None
        ja = "" if ja_at is None else fields[ja_at].strip()
        return Entry(zh, ja or japanese_form(zh), typ, "" if reading_at is None else fields[reading_at].strip(),
                     () if accept_at is None else split_list(fields[accept_at].strip()),
                     () if reject_at is None else split_list(fields[reject_at].strip()),
                     "" if note_at is None else fields[note_at].strip(), path, n)

    return read


def read_file(path: str | Path, data: bytes | None = None, *, cells: bool = True) -> GlossaryFile:
    """Read (once: ``data`` if already read) and parse one glossary file (``parse_file``); raises InputErrors
    when it cannot be read at all."""
    from ..files import read_bytes

    path = str(path)
    _refuse_convertible(path)
    if data is None:
        try:
            data = read_bytes(path, "glossary file")
        except InputError as exc:
            raise InputErrors([exc]) from None
    parsed = parse_file(decode(path, data), path, cells=cells)
    if Path(path).suffix.lower() == ".csv":
        from .formats.termbase_csv import is_termbase_header

        if is_termbase_header(parsed.header):  # one line saying what to do, not one per column it does not know
            raise InputErrors([InputError(path, "a term-base CSV (memoQ, Trados layout), while a glossary here has "
                                                "the columns zh, ja, …: convert this one first: textqa glossary "
                                                f"convert {path} {Path(path).with_suffix('.tsv')}",
                                          parsed.header_line)])
    return parsed


def raise_on_errors(files: list[GlossaryFile]) -> None:
    from .check import check_files

    problems = check_files(files, errors_only=True)
    if problems:
        raise InputErrors([InputError(f.path, f"{f.message} [{f.code}]", f.line) for f in problems])


def parse_glossary(text: str, path: str = "<glossary>") -> list[Entry]:
    """Parse glossary text into entries; raise InputErrors listing every error-level problem."""
    g = parse_file(text, path)
    raise_on_errors([g])
    return g.entries


def load_glossary_file(path: str | Path) -> list[Entry]:
    g = read_file(path)
    raise_on_errors([g])
    return g.entries


def load_glossary(paths, datas: list[bytes] | None = None) -> Glossary:
    """Load and merge glossaries, checking them as they load (prh-style): error-level GLS problems raise.

    ``datas`` are the files' bytes when the caller has read them already (a pipe can be read only once)."""
    glossary, check = load_unchecked(paths, datas)
    check()
    return glossary


def load_unchecked(paths, datas: list[bytes] | None = None, *, cells: bool = True) \
        -> tuple[Glossary, Callable[[], None]]:
    """``load_glossary`` in two steps: the glossary as parsed, and the check that raises its error-level GLS
    problems, to be called before the glossary is used (compiling a large glossary starts while it runs).
    Raises at once when a file cannot be read or parsed (with the others' problems too). With ``cells`` false
    the files keep no cells (``parse_file``): the errors raised are the same (an error names its line, never
    its column), with the least memory."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    errors: list[InputError] = []
    files: list[GlossaryFile] = []
    for p, data in zip(paths, datas or [None] * len(paths)):
        try:
            files.append(read_file(p, data, cells=cells))
        except InputErrors as exc:
            errors.extend(exc.errors)
    if errors:
        try:
            raise_on_errors(files)
        except InputErrors as exc:
            errors.extend(exc.errors)
        raise InputErrors(errors)
    held = [files]  # let go once checked (a large glossary's cells take more memory than its entries)

    def check() -> None:
        raise_on_errors(held.pop())

    return Glossary([e for g in files for e in g.entries], [str(p) for p in paths]), check

"""Read glossary TSV files, reporting every problem with file and line.

Format: UTF-8, tab-separated; ``#`` lines are comments; the first other line
is the header. Only ``zh`` is required. Lists in ``accept``/``reject`` use ``|``.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError, InputErrors
from .model import TYPES, Entry, Glossary

COLUMNS = ("zh", "ja", "type", "reading", "accept", "reject", "note")


def _decode(path: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputErrors([InputError(path, f"invalid UTF-8 at byte {exc.start}", line)]) from None


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def parse_glossary(text: str, path: str = "<glossary>") -> list[Entry]:
    """Parse TSV text into entries; raise InputErrors listing every problem."""
    from .forms import japanese_form  # OpenCC, loaded only when a ja is missing

    errors: list[InputError] = []
    header: list[str] | None = None
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = raw.split("\t")
        if header is None:
            header = [f.strip().lower() for f in fields]
            if "zh" not in header:
                errors.append(InputError(path, "header has no 'zh' column", n))
                break
            dupes = sorted({c for c in header if header.count(c) > 1 and c})
            if dupes:
                errors.append(InputError(path, f"column {dupes[0]!r} appears twice in the header", n))
                break
            continue
        if len(fields) != len(header):
            errors.append(InputError(path, f"expected {len(header)} tab-separated fields, found {len(fields)}", n))
            continue
        row = {c: v.strip() for c, v in zip(header, fields)}
        zh = row.get("zh", "")
        if not zh:
            errors.append(InputError(path, "empty 'zh' field", n))
            continue
        typ = row.get("type", "").lower()
        if typ and typ not in TYPES:
            errors.append(InputError(path, f"unknown type {typ!r} (expected one of {', '.join(TYPES)} or empty)", n))
            continue
        if zh in seen:
            errors.append(InputError(path, f"'zh' {zh!r} already defined on line {seen[zh]}", n))
            continue
        seen[zh] = n
        entries.append(Entry(
            zh=zh, ja=row.get("ja") or japanese_form(zh), type=typ, reading=row.get("reading", ""),
            accept=_split_list(row.get("accept", "")), reject=_split_list(row.get("reject", "")),
            note=row.get("note", ""), source=path, line=n))
    if header is None and not errors:
        errors.append(InputError(path, "glossary is empty (no header line)"))
    if errors:
        raise InputErrors(errors)
    return entries


def load_glossary_file(path: str | Path) -> list[Entry]:
    path = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputErrors([InputError(path, "glossary file not found")]) from None
    except OSError as exc:
        raise InputErrors([InputError(path, f"cannot read glossary: {exc.strerror}")]) from None
    return parse_glossary(_decode(path, data), path)


def load_glossary(paths) -> Glossary:
    """Load and merge glossaries; an entity defined in two files is an error."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    errors: list[InputError] = []
    merged: dict[str, Entry] = {}
    for p in paths:
        try:
            entries = load_glossary_file(p)
        except InputErrors as exc:
            errors.extend(exc.errors)
            continue
        for e in entries:
            if e.zh in merged:
                first = merged[e.zh]
                errors.append(InputError(e.source, f"'zh' {e.zh!r} is already defined in {first.source}:{first.line}", e.line))
            else:
                merged[e.zh] = e
    if errors:
        raise InputErrors(errors)
    return Glossary(list(merged.values()), [str(p) for p in paths])

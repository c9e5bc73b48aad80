"""The textqa glossary contract: tab-separated, header ``zh ja type reading accept reject note``."""
from __future__ import annotations

from ..load import COLUMNS, LIST_SEPARATOR, read_file
from . import check_and_collect


def cells(e) -> list[str]:
    """An entry as the seven contract fields, in COLUMNS order."""
    return [e.zh, e.ja, e.type, e.reading, LIST_SEPARATOR.join(e.accept), LIST_SEPARATOR.join(e.reject), e.note]


def _clean(value: str) -> str:
    return " ".join(value.replace("\t", " ").splitlines())


def read(path: str):
    return check_and_collect(read_file(path))


def write(entries, path: str) -> None:
    from . import write_bytes

    lines = ["\t".join(COLUMNS)] + ["\t".join(_clean(c) for c in cells(e)) for e in entries]
    write_bytes(path, ("\n".join(lines) + "\n").encode("utf-8"))

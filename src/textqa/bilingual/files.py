"""Which files are translations of which: naming patterns for pairs, and loading a target with its source.

A pair is two plain files named by a pattern (default ``{name}.zh{ext}`` for the source and ``{name}.ja{ext}`` for
the translation, ``ext`` being ``.txt`` or ``.md``), or one bilingual file (XLIFF, TMX, PO) whose units are already
aligned.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..document import Document

DEFAULT_PATTERN = ("{name}.zh{ext}", "{name}.ja{ext}")
PLAIN_SUFFIXES = (".txt", ".md")
BILINGUAL_SUFFIXES = (".xlf", ".xliff", ".tmx", ".po")


def is_bilingual_file(path: str) -> bool:
    return Path(path).suffix.lower() in BILINGUAL_SUFFIXES


def _regex(pattern: str) -> re.Pattern:
    out = ""
    for part in re.split(r"(\{name\}|\{ext\})", pattern):
        if part == "{name}":
            out += r"(?P<name>.+?)"
        elif part == "{ext}":
            out += "(?P<ext>" + "|".join(re.escape(s) for s in PLAIN_SUFFIXES) + ")"
        else:
            out += re.escape(part)
    return re.compile(out + r"\Z")


def check_pattern(pattern) -> tuple[str, str]:
    """Validate a ``(source, target)`` pattern pair; raise ValueError naming the problem."""
    if (not isinstance(pattern, (list, tuple)) or len(pattern) != 2
            or not all(isinstance(p, str) and "{name}" in p for p in pattern) or pattern[0] == pattern[1]):
        raise ValueError("'pair-pattern' must be two different file-name patterns with {name} "
                         '(source first), e.g. ["{name}.zh{ext}", "{name}.ja{ext}"]')
    return tuple(pattern)


def _counterpart(path: str, this: str, other: str) -> str | None:
    """The file named by the pattern ``other`` for ``path`` named by the pattern ``this``, or None."""
    m = _regex(this).match(Path(path).name)
    if not m:
        return None
    name = other.replace("{name}", m.group("name"))
    if "{ext}" in other:
        name = name.replace("{ext}", m.groupdict().get("ext") or "")
    return str(Path(path).with_name(name))


def source_name(target: str, pattern=None) -> str | None:
    """The source file name that pairs with ``target`` by ``pattern``, or None when it does not match."""
    src, tgt = pattern or DEFAULT_PATTERN
    return _counterpart(target, tgt, src)


def target_name(source: str, pattern=None) -> str | None:
    """The translation's file name that pairs with ``source`` by ``pattern``, or None when it does not match."""
    src, tgt = pattern or DEFAULT_PATTERN
    return _counterpart(source, src, tgt)


def paired_sources(files: list[str], pattern=None, *, on_disk: bool = False) -> dict[str, str]:
    """target → source for each file whose source is also in ``files`` (or, with ``on_disk``, exists)."""
    listed = set(files)
    out = {}
    for f in files:
        src = source_name(f, pattern)
        if src and src != f and (src in listed or (on_disk and Path(src).is_file())):
            out[f] = src
    return out


def load_target(path: str, source: str | None, compiled, read=None) -> Document:
    """The document to lint: a plain file (with its source's alignment when given), or a bilingual file."""
    from ..api import read_text

    read = read or read_text
    if is_bilingual_file(path):
        from .readers import read_bilingual

        return read_bilingual(path, read(path), compiled)
    doc = Document(read(path), path)
    if source is not None:
        from .pair import attach_source

        attach_source(doc, Document(read(source), source), compiled)
    return doc


def lint_bilingual(linter, path: str, source: str | None):
    """(findings, document) for one file: a bilingual file unit by unit, a plain file with its source (if any)
    aligned to it before the rules run, or a plain file alone."""
    if is_bilingual_file(path):
        doc = load_target(path, None, linter.compiled, linter.read)
        return doc.finish(linter.lint_document(doc)), doc
    if source is None:
        return linter.lint_source(linter.read(path), path)

    def attach(doc: Document) -> None:
        from .pair import attach_source

        attach_source(doc, Document(linter.read(source), source), linter.compiled)

    return linter.lint_source(linter.read(path), path, attach=attach)

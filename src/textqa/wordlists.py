"""Word lists shipped as data (``src/textqa/data/*.txt``): one word or phrase a line, ``#`` starts a comment line.

Each list is read once, on first use. The lists say what a text is doing around a name (labels of forms, words
about names, company types, link headings, ...); no code holds such words.
"""
from __future__ import annotations

import functools
import importlib
import operator
import re
from array import array
from pathlib import Path

from .charclass import KATAKANA_RANGE, is_katakana, sorted_place


def package_text(package: str, *parts: str) -> str:
    """The text (UTF-8) of the data file ``parts`` shipped in ``package``, read from the package's folder; through
    ``importlib.resources`` only when the package is no folder (a zip): that module imports ``zipfile`` and its
    helpers, about 1 MB of a cold start that reads a few tables."""
    origin = getattr(importlib.import_module(package), "__file__", None)
    folder = Path(origin).parent if origin else None
    if folder is not None and folder.is_dir():
        return folder.joinpath(*parts).read_text(encoding="utf-8")
    from importlib import resources  # noqa: PLC0415

    return resources.files(package).joinpath(*parts).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/NAME`` in file order, stripped; blank and comment lines left out.

    A list tests itself as it loads: an entry written twice is an error in the data (ValueError naming both lines).
    """
    text = package_text("textqa", "data", name)
    first: dict[str, int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if (entry := line.strip()) and not line.startswith("#"):
            if entry in first:
                raise ValueError(f"data/{name} line {n} repeats line {first[entry]}: {entry!r}")
            first[entry] = n
    return tuple(first)


@functools.lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """The entries of ``data/NAME`` (``word_list``) as a set, for membership and set operations."""
    return frozenset(word_list(name))



@functools.lru_cache(maxsize=None)
def alternation(name: str) -> str:
    """The entries of ``data/NAME`` as a regular expression's alternatives, escaped, the longest first (so that where
    two begin alike the longer is taken: 異体字 before 字), to set in a pattern's group."""
    return "|".join(map(re.escape, sorted(word_list(name), key=len, reverse=True)))


@functools.lru_cache(maxsize=None)
def words_pattern(words: tuple[str, ...]) -> re.Pattern:
    """A pattern that finds any of ``words`` in a text; a word all of katakana only whole, not inside a longer
    katakana word (ルビ is no word of ハルビン, カナ none of カナダ, ピンイン none of ピンインチャート). Made once a list."""
    return re.compile("|".join(_whole(w) for w in words))


def has_word(text: str, words: tuple[str, ...]) -> bool:
    """Some word of ``words`` is in ``text``, a katakana word only whole (``words_pattern``)."""
    return words_pattern(words).search(text) is not None


def _whole(word: str) -> str:
    if all(map(is_katakana, word)):
        return f"(?<![{KATAKANA_RANGE}]){re.escape(word)}(?![{KATAKANA_RANGE}])"
    return re.escape(word)


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
    text = package_text("textqa", "data", name)
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


class CharTable:
    """A table keyed by single characters, each to a string, held as three flat sequences: the keys in code-point
    order (one string), the values joined in the same order (one string) and where each key's value begins (an
    array, with the end of the last); a key is found by a bisection in C (``charclass.sorted_place``). Answers
    ``get``, ``[]``, ``in``, ``len`` and ``items`` as a dict of the same pairs does, each value a string equal to
    the dict's, and iterates over its keys. A dict of 9,000 kanji to short strings takes about 2 MB, and reading it
    from its table more; this takes about 0.1 MB, and ``cached`` reads it from textqa's cache folder as three JSON
    values."""

    __slots__ = ("keys", "starts", "values")

    def __init__(self, keys: str, starts: array, values: str) -> None:
        self.keys, self.starts, self.values = keys, starts, values  # keys[i]'s: values[starts[i]:starts[i + 1]]

    @classmethod
    def of(cls, pairs) -> "CharTable":
        """The table of (character, string) pairs, each character once."""
        items = sorted(pairs)
        starts = array("I", [0])
        for _, value in items:
            starts.append(starts[-1] + len(value))
        return cls("".join(key for key, _ in items), starts, "".join(value for _, value in items))

    @classmethod
    def cached(cls, name: str, build) -> "CharTable":
        """``build()``, kept in textqa's cache folder (``glossary.forms.derived``: keyed by textqa's code and data
        files, rebuilt when corrupt): a warm run reads three JSON values instead of parsing the table's rows."""
        from .glossary.forms import derived  # noqa: PLC0415

        value = derived(f"table-{name}", lambda: build().to_json(), lambda v: cls.from_json(v) is not None)
        return cls.from_json(value)

    def to_json(self) -> list:
        return [self.keys, self.starts.tolist(), self.values]

    @classmethod
    def from_json(cls, value) -> "CharTable | None":
        """The table of ``to_json``'s value, or None when it is not one (keys distinct and in order, starts rising
        from 0 to the values' end, one more than the keys)."""
        try:
            keys, starts, values = value
            starts = array("I", starts)
        except (TypeError, ValueError, OverflowError):
            return None
        if not (isinstance(keys, str) and isinstance(values, str) and len(starts) == len(keys) + 1
                and starts[0] == 0 and starts[-1] == len(values) and all(map(operator.le, starts, starts[1:]))
                and all(map(operator.lt, keys, keys[1:]))):
            return None
        return cls(keys, starts, values)

    def get(self, ch: str, default=None):
        at = sorted_place(self.keys, ch)
        return default if at < 0 else self.values[self.starts[at]:self.starts[at + 1]]

    def __getitem__(self, ch: str) -> str:
        found = self.get(ch)
        if found is None:
            raise KeyError(ch)
        return found

    def __contains__(self, ch: str) -> bool:
        return self.get(ch) is not None

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self):
        return iter(self.keys)

    def items(self):
        return ((ch, self.values[self.starts[i]:self.starts[i + 1]]) for i, ch in enumerate(self.keys))

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

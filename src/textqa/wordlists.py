"""Word lists shipped as data (``src/textqa/data/*.txt``): one word or phrase a line, ``#`` starts a comment line.

Each list is read once, on first use. The lists say what a text is doing around a name (labels of forms, words
about names, company types, link headings, ...); no code holds such words.
"""
from __future__ import annotations

import functools
from importlib import resources


@functools.lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/NAME`` in file order, stripped; blank and comment lines left out."""
    text = resources.files("textqa").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))

"""A table of a compiled glossary's store given as (key, value) pairs in the order they were made, not grouped."""
from __future__ import annotations

from itertools import repeat


class Pairs:
    """Each key paired with a value, in order (a key may come again, with other values): what an index's
    ``_grouped`` groups into key -> its distinct values, left to the store, which writes the pairs as they are and
    groups a row's pairs when it is read (``glossary.store``). The katakana keys are 1.5 million pairs with 100,000
    entries: grouping them all into one dict while the glossary is compiled took longer than writing them."""

    __slots__ = ("keys", "values")

    def __init__(self, keys: list[str], values: list[str]):
        self.keys, self.values = keys, values  # each value the string of a 1-tuple (the table's values are 1-tuples)

    @classmethod
    def of_groups(cls, groups) -> Pairs:
        """From (keys, value) groups: each key of a group paired with its value."""
        keys: list[str] = []
        values: list[str] = []
        for group_keys, value in groups:
            keys += group_keys
            values += repeat(value, len(group_keys))
        return cls(keys, values)

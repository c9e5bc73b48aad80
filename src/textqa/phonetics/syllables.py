"""Latin words as Hanyu Pinyin spells them: a word split into toneless syllables (table in phonetics/data), and
the shapes of a Chinese name written in pinyin."""
from __future__ import annotations

import functools

from .tables import pinyin_syllables

LONGEST = 6  # zhuang, shuang
VOWELS = "aoe"


@functools.lru_cache(maxsize=4096)
def segment(word: str) -> tuple[str, ...] | None:
    """The fewest syllables that spell ``word`` exactly (apostrophes split), or None.

    As in pinyin orthography, a syllable that starts with a, o or e cannot follow another one
    inside a word without an apostrophe (Xi'an), so English words such as Dundee do not split.
    """
    table = pinyin_syllables()
    parts = [p for p in word.lower().replace("’", "'").split("'")]
    out: list[str] = []
    for part in parts:
        best: list[list[str] | None] = [[]] + [None] * len(part)
        for end in range(1, len(part) + 1):
            for start in range(max(0, end - LONGEST), end):
                head = best[start]
                if head is not None and part[start:end] in table and not (start and part[start] in VOWELS):
                    cand = head + [part[start:end]]
                    if best[end] is None or len(cand) < len(best[end]):
                        best[end] = cand
        if not part or best[-1] is None:
            return None
        out.extend(best[-1])
    return tuple(out)


MAX_GIVEN = 2  # syllables in a Chinese given name


def name_shape(words: list[str]) -> bool:
    """Surname of one pinyin syllable, then a given name of one or two syllables (in one or two words)."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    parts = [segment(w) for w in words]
    if any(p is None for p in parts) or len(parts[0]) != 1:
        return False
    return 1 <= sum(len(p) for p in parts[1:]) <= MAX_GIVEN


NAME_PART = 2  # syllables in each word of a two-part name


def two_part_name_shape(words: list[str]) -> bool:
    """Two capitalised words of two pinyin syllables each, with no one-syllable surname: the shape of a Tibetan or
    other minority name in pinyin (Zhaxi Dunzhu), and of some English words too, so it needs more evidence."""
    return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
        and all(len(segment(w) or ()) == NAME_PART for w in words)

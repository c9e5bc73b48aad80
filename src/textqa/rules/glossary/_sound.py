"""Sound keys for glossary checks, from the same phonetic tables the finders use."""
from __future__ import annotations

import functools

from ...charclass import is_kanji
from ...phonetics.kana import MIN_SIMILARITY, similarity


def kana_key(katakana: str) -> str:
    from ...phonetics.kana import coarse, katakana_romaji

    return coarse(katakana_romaji(katakana))


@functools.lru_cache(maxsize=4096)
def _readings(zh: str, person: bool) -> tuple[tuple[str, ...], ...]:
    from ...phonetics.pinyin import name_readings

    if not zh or not all(is_kanji(c) for c in zh):
        return ()
    return tuple(tuple(r) for r in name_readings(zh, person, chinese=True))


def mandarin_syllables(zh: str, person: bool = False) -> list[list[str]]:
    """Toneless Mandarin readings of an all-kanji name (phrase reading first); [] otherwise."""
    return [list(r) for r in _readings(zh, person)]


def mandarin_kana_keys(zh: str, person: bool = False, *, syllables: bool = False) -> list[str]:
    """Coarse katakana keys of the name's Mandarin readings (or, with ``syllables``, the first reading)."""
    from ...phonetics.kana import name_keys

    readings = _readings(zh, person)
    if syllables:
        return list(readings[0]) if readings else []
    keys: set[str] = set()
    for syl in readings:
        keys |= name_keys(list(syl))[1]
    return sorted(keys)


@functools.lru_cache(maxsize=4096)
def japanese_reading_key(ja: str) -> str:
    """Coarse key of SudachiPy's Japanese reading of a kanji form ('' when it has no kanji)."""
    if not any(is_kanji(c) for c in ja):
        return ""
    from ...tokens import tokenize

    return kana_key("".join(t.reading for t in tokenize(ja)))


def similar(key: str, keys, threshold: float = MIN_SIMILARITY) -> bool:
    return bool(key) and _closest(key, keys) >= threshold


def _closest(key: str, keys) -> float:
    return max((similarity(key, k) for k in keys if k), default=0.0)


GIVEN_NAME_ONLY = 0.9  # a person's reading this close to the given name's key alone...
GIVEN_NAME_MARGIN = 0.1  # ...and this much closer to it than to the whole name's key transliterates the given name only


def given_name_only(zh: str, reading: str) -> str | None:
    """The given name (of a one- or two-character surname) that a person's katakana reading transliterates alone
    (ミンユエン for 周明远: 明远), or None. Over the repository's 1,973 person readings, none."""
    key = kana_key(reading)
    whole = _closest(key, mandarin_kana_keys(zh, True))
    for cut in (1, 2):
        given = zh[cut:]
        if given and _closest(key, mandarin_kana_keys(given)) >= max(GIVEN_NAME_ONLY, whole + GIVEN_NAME_MARGIN):
            return given
    return None

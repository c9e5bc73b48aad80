"""Mandarin readings of characters in any script (simplified, traditional, shinjitai).

pypinyin reads Japanese kanji forms directly; heteronyms are kept for the text
side, and glossary person names read their first character as a surname.
"""
from __future__ import annotations

import functools
import unicodedata

from ..glossary.forms import simplified_form
from .tables import surnames


@functools.lru_cache(maxsize=None)
def _pypinyin():
    import pypinyin  # loaded on first use

    return pypinyin


@functools.lru_cache(maxsize=65536)
def char_readings(ch: str) -> frozenset[str]:
    """Every toneless reading of a character, also through its simplified form."""
    pp = _pypinyin()
    out: set[str] = set()
    for c in {ch, simplified_form(ch)}:
        for r in pp.pinyin(c, style=pp.Style.NORMAL, heteronym=True)[0]:
            if r.isascii() and r.isalpha():
                out.add(r.replace("ü", "v"))
    return frozenset(out)


def name_readings(zh: str, person: bool = False) -> list[list[str]]:
    """Readings of a glossary name: as a phrase first, then character by character."""
    pp = _pypinyin()
    simple = simplified_form(zh)
    out: list[list[str]] = []
    for reading in (pp.lazy_pinyin(simple, style=pp.Style.NORMAL),
                    [pp.lazy_pinyin(c, style=pp.Style.NORMAL)[0] for c in simple]):
        syllables = [s.replace("ü", "v") for s in reading]
        if len(syllables) != len(simple) or not all(s.isascii() and s.isalpha() for s in syllables):
            return []
        syllables = _as_surname(simple, syllables) if person else syllables
        if syllables not in out:
            out.append(syllables)
    return out


def name_syllables(zh: str, person: bool = False) -> list[str]:
    """Primary toneless reading of a glossary name, one syllable per character."""
    readings = name_readings(zh, person)
    return readings[0] if readings else []


def _as_surname(simple: str, syllables: list[str]) -> list[str]:
    """Read the first character (or two, for compound surnames) as a surname."""
    n = surname_length(simple)
    reading = surnames().get(simple[:n])
    return [reading, *syllables[n:]] if reading else syllables


def surname_length(zh: str) -> int:
    """1 or 2: the length of a person name's surname (compound surnames are listed as such)."""
    simple = simplified_form(zh)
    return 2 if len(simple) >= 4 and simple[:2] in surnames() else 1


def is_surname(ch: str) -> bool:
    return simplified_form(ch) in surnames()


def strip_tones(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")

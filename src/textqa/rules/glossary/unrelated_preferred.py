from __future__ import annotations

from ...charclass import KATAKANA_SEPARATORS, is_kanji, is_katakana
from ...findings import Severity
from ...glossary.model import EntityType
from ._forms import fold
from ._sound import kana_key, mandarin_kana_keys, mandarin_syllables, similar
from .base import GlossaryRule

KANA_SIMILARITY = 0.7


def _latin_related(form: str, readings: list[list[str]]) -> bool:
    from ...phonetics.index import roman_key

    key = roman_key(form)
    for syl in readings:
        joined = "".join(syl)
        shortest = min(len(key), len(joined))
        if shortest >= 4 and (joined.startswith(key) or key.startswith(joined)):
            return True
        if similar(key, [joined]):
            return True
    return False


def _kanji_sound_related(form: str, readings: list[list[str]]) -> bool:
    from ...phonetics.pinyin import char_readings

    for syl in readings:
        if len(syl) == len(form) and sum(s in char_readings(c) for s, c in zip(syl, form)) * 2 >= len(form):
            return True
    return False


def related(form: str, zh: str, person: bool) -> bool:
    """Does ``form`` share characters (after glyph folding) or sound with ``zh``?"""
    shared = {c for c in fold(zh) if is_kanji(c) or c.isdigit()}
    if shared & set(fold(form)):
        return True
    readings = mandarin_syllables(zh, person)
    if not readings:
        return False
    if all(is_katakana(c) or c in KATAKANA_SEPARATORS for c in form):
        key = kana_key(form)
        keys = mandarin_kana_keys(zh, person)
        return similar(key, keys, KANA_SIMILARITY) or any(len(key) >= 3 and k.startswith(key) for k in keys)
    if any(c.isascii() and c.isalpha() for c in form):
        return _latin_related(form, readings)
    return _kanji_sound_related(form, readings)


class UnrelatedPreferred(GlossaryRule):
    """
    ## What it does
    Reports an entry none of whose Japanese forms (`ja`, `accept`, `reading`) shares a character
    (after glyph folding) or a sound with its `zh`. Entries of type `term` (translated, not transliterated)
    are not checked.

    ## Why is this bad
    Usually the row is misaligned (a cell pasted into the wrong row or column), and the linter will
    push every text towards another entity's name. A translated or brand name (テンセント for 腾讯) is
    fine once a form related to `zh` is listed as an alias in `accept`, so that the two are linked.

    ## Example
    `zh=西安 ja=湖北 type=place`

    ## Use instead
    `zh=西安 ja=西安 type=place`; or, for a brand name, `zh=腾讯 ja=テンセント type=org accept=騰訊`
    """

    code = "GLS010"
    name = "unrelated-preferred"
    severity = Severity.WARNING

    def check_glossary(self, gctx):
        for g, row in gctx.rows():
            e = row.entry
            person = e.type == EntityType.PERSON
            if e.type == EntityType.TERM:
                continue  # a term is translated, not transliterated: its ja need not share anything with zh
            if any(related(f, e.zh, person) for f in (e.ja, *e.accept, e.reading) if f):
                continue
            yield gctx.at_cell(self, g, row, "ja",
                               f"preferred form {e.ja!r} shares neither characters nor sound with {e.zh!r}, "
                               f"and no alias in 'accept' does; check the row, or list the Chinese-derived form "
                               f"in 'accept'", entity=e.zh)

from __future__ import annotations

from ...charclass import KATAKANA_SEPARATORS, is_katakana
from ...findings import Severity
from ...glossary.model import EntityType
from ._sound import given_name_only, japanese_reading_key, kana_key, mandarin_kana_keys, similar
from .base import GlossaryRule


class ReadingMismatch(GlossaryRule):
    """
    ## What it does
    Reports a katakana `reading` that transliterates neither the Mandarin reading of `zh` nor the
    Japanese reading of the preferred form, or, for a person, only the given name.

    ## Why is this bad
    A reading that belongs to another name (or has a typo) is accepted as a correct gloss, and the
    katakana finder links renderings of the wrong name to the entity. A person's reading without the surname
    (`ミンユエン` for 周明远) makes the full katakana name a translation writes look wrong.

    ## Example
    `zh=马化腾 ja=馬化騰 type=person reading=マー・ホアリン`

    ## Use instead
    `zh=马化腾 ja=馬化騰 type=person reading=マー・ホアテン`
    """

    code = "GLS009"
    name = "reading-mismatch"
    severity = Severity.WARNING

    def check_glossary(self, gctx):
        for g, row in gctx.rows():
            e = row.entry
            if not e.reading or not all(is_katakana(c) or c in KATAKANA_SEPARATORS for c in e.reading):
                continue  # empty, or GLS008's
            keys = mandarin_kana_keys(e.zh, e.type == EntityType.PERSON)
            if not keys:
                continue  # no Mandarin reading to compare with (a name with digits or Latin letters)
            key = kana_key(e.reading)
            if similar(key, keys) or similar(key, [japanese_reading_key(e.ja)]):
                given = given_name_only(e.zh, e.reading) if e.type == EntityType.PERSON else None
                if given:
                    usual = " ".join(mandarin_kana_keys(e.zh, True, syllables=True))
                    yield gctx.at_cell(self, g, row, "reading",
                                       f"reading {e.reading!r} transliterates only the given name {given} of {e.zh}; "
                                       f"give the whole name's reading ({usual})", entity=e.zh)
                continue
            usual = " ".join(mandarin_kana_keys(e.zh, e.type == EntityType.PERSON, syllables=True))
            yield gctx.at_cell(self, g, row, "reading",
                               f"reading {e.reading!r} does not transliterate the Mandarin reading of {e.zh} "
                               f"({usual}) nor the Japanese reading of {e.ja}", entity=e.zh)

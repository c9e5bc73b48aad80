from __future__ import annotations

from ...charclass import KATAKANA_SEPARATORS, is_katakana
from ...findings import Severity
from ...glossary.model import EntityType
from ._sound import japanese_reading_key, kana_key, mandarin_kana_keys, similar
from .base import GlossaryRule


class ReadingMismatch(GlossaryRule):
    """
    ## What it does
    Reports a katakana `reading` that transliterates neither the Mandarin reading of `zh` nor the
    Japanese reading of the preferred form.

    ## Why is this bad
    A reading that belongs to another name (or has a typo) is accepted as a correct gloss, and the
    katakana finder links renderings of the wrong name to the entity.

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
                continue
            usual = " ".join(mandarin_kana_keys(e.zh, e.type == EntityType.PERSON, syllables=True))
            yield gctx.at_cell(self, g, row, "reading",
                               f"reading {e.reading!r} does not transliterate the Mandarin reading of {e.zh} "
                               f"({usual}) nor the Japanese reading of {e.ja}", entity=e.zh)

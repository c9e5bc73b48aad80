from __future__ import annotations

from ...charclass import KATAKANA_SEPARATORS, is_katakana
from ...findings import Severity
from .base import GlossaryRule


class ReadingNotKatakana(GlossaryRule):
    """
    ## What it does
    Reports a `reading` that is not written in katakana (separators `・` and spaces allowed).

    ## Why is this bad
    The reading is the katakana gloss allowed right after the preferred form (馬化騰（マー・ホアテン）);
    a reading in hiragana, kanji or Latin letters is never matched as one and hides a data-entry
    mistake.

    ## Example
    `zh=马化腾 ja=馬化騰 type=person reading=ma huateng`

    ## Use instead
    `zh=马化腾 ja=馬化騰 type=person reading=マー・ホアテン`
    """

    code = "GLS008"
    name = "reading-not-katakana"
    severity = Severity.WARNING

    def check_glossary(self, gctx):
        for g, row in gctx.rows():
            reading = row.entry.reading
            if not all(is_katakana(c) or c in KATAKANA_SEPARATORS for c in reading):
                yield gctx.at_cell(self, g, row, "reading",
                                   f"reading {reading!r} of {row.entry.zh} is not katakana; write it in katakana",
                                   entity=row.entry.zh)

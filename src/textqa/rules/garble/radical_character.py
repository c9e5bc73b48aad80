from __future__ import annotations

import functools
import re

from ...charclass import is_kana, is_kanji
from ...findings import Severity, Span
from ...wordlists import data_table
from ..base import Rule


def radical_forms() -> dict[str, str]:
    """Radical code point -> the kanji it stands for (data/radical_forms.tsv, made by scripts/make_radical_table.py)."""
    return data_table("radical_forms.tsv", ("radical", "kanji"))


@functools.lru_cache(maxsize=1)
def radical_run() -> re.Pattern:
    """A run of the table's radical code points."""
    return re.compile("[" + re.escape("".join(radical_forms())) + "]+")


def _in_word(text: str, start: int, end: int) -> bool:
    """Kana or a kanji right before or after the run: the radicals stand in a word (⽇本, ⼤⾬が), not alone as
    symbols (a radical listed in brackets or between spaces in a text about radicals)."""
    return any(0 <= i < len(text) and (is_kana(text[i]) or is_kanji(text[i])) for i in (start - 1, end))


class RadicalCharacter(Rule):
    """
    ## What it does
    Reports radical code points that stand for kanji in Japanese words (`⽇本` for `日本`), with the kanji as fix.
    `⼤⾬` is `大雨` written so. These are the characters of the Kangxi Radicals block (U+2F00-U+2FD5: `⽇` is U+2F47 KANGXI
    RADICAL SUN) and of the CJK Radicals Supplement (U+2E80-U+2EF3: `⻄`, `⻑`) that stand for a kanji; the table of
    radicals and kanji is data (`textqa/data/radical_forms.tsv`, from Unicode's compatibility decompositions and the
    CJK Decomposition Data). A radical with no kana or kanji on either side (listed alone, `部首「⼈」`) is a symbol
    and is left alone.

    ## Why is this bad
    The radicals look exactly like the kanji, but they are other code points: text copied from a PDF whose font maps
    kanji onto them, or converted through a mangled encoding, keeps them. A reader sees nothing wrong; search,
    sorting, indexing, spell checkers and every name check miss the word (`⽇本` is not `日本`).

    ## Example
    `⻄部では⼤⾬が降った。`

    ## Use instead
    `西部では大雨が降った。`
    """

    code = "GRB016"
    name = "radical-character"
    severity = Severity.WARNING
    reads = ("text",)
    safe_fix_from = 0.0  # the same glyph as the kanji's: the kanji is the fix

    def check(self, ctx):
        text = ctx.doc.text
        forms = radical_forms()
        for m in radical_run().finditer(text):
            if not _in_word(text, m.start(), m.end()):
                continue
            kanji = "".join(forms[c] for c in m.group())
            points = " ".join(f"U+{ord(c):04X}" for c in m.group())
            yield ctx.finding(self, Span(m.start(), m.end()),
                              f"'{m.group()}' is written in radical code points ({points}) that look like the kanji "
                              f"'{kanji}'; write '{kanji}'", suggestion=kanji)

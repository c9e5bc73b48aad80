from __future__ import annotations

from ...findings import Severity
from ...glossary.forms import convert, simplified_form
from .variant import VariantRule, entity_label


def _script(surface: str) -> str:
    if convert(surface, "s2t") != surface and convert(surface, "t2s") == surface:
        return "simplified Chinese"
    if convert(surface, "t2s") != surface and convert(surface, "jp2t") == surface:
        return "traditional Chinese"
    return "another glyph form"


class GlyphVariant(VariantRule):
    """
    ## What it does
    Reports a glossary name written with the same characters in another script form:
    simplified or traditional Chinese, or a different Japanese glyph.

    ## Why is this bad
    Machine translation often leaves simplified characters or over-converts
    (龍→竜). Readers see a misspelt name, and search and indexing split one
    entity in two. This is milder than a wrong character, so it is a warning.

    ## Example
    `张一鸣氏が創業した。` or `張一鳴氏が創業した。` in a mixed form (glossary: 张一鸣 → 張一鳴)

    ## Use instead
    `張一鳴氏が創業した。`
    """

    code = "NAM003"
    name = "glyph-variant"
    severity = Severity.WARNING
    safe_fix_from = 0.0  # the same characters in another script: the glossary's form is the fix

    def message(self, m, entry):
        # a glyph form of zh that is not one of ja (a shortened ja, zh with a suffix) is named after zh alone
        same_as_ja = simplified_form(m.surface) == simplified_form(entry.ja)
        label = entity_label(entry) if same_as_ja else entry.zh
        return f"'{m.surface}' is {label} in {_script(m.surface)}; write '{entry.ja}'"

from __future__ import annotations

from ...findings import Severity
from .variant import VariantRule, entity_label


class NearHomophone(VariantRule):
    """
    ## What it does
    Reports a name of three or more syllables whose reading differs from a
    glossary name's in exactly one syllable, and only slightly (one letter, or a
    confusable initial such as zh/z/j). Confidence is lower than for a homophone.

    ## Why is this bad
    Speech-like errors in machine translation shift one syllable of a name
    (qi che cha for qi cha cha). The reader cannot recover the real name.

    ## Example
    `蘇州には七車茶がある。` (glossary: 企查查 → 企査査)

    ## Use instead
    `蘇州には企査査がある。`
    """

    code = "NAM005"
    name = "near-homophone"
    severity = Severity.WARNING
    kinds = ("near-homophone",)

    def message(self, m, entry):
        return (f"'{m.surface}' reads {m.detail}, one syllable away from {entity_label(entry)}; "
                f"if it is that name, write '{entry.ja}'")

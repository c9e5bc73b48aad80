from __future__ import annotations

from ...findings import Severity
from .variant import VariantRule, entity_label


class WrongSurname(VariantRule):
    """
    ## What it does
    Reports a glossary person's given name (by sound) under a different surname,
    when the document also names that person. Another glossary person who merely
    shares a surname or a character is never reported.

    ## Why is this bad
    Machine translation sometimes swaps a surname for a more common one with a
    similar sound. The result names a different, possibly real, person.

    ## Example
    `イー・リフア氏が…。2017年末、李麗華は結婚した。` (glossary: 易理华 → 易理華)

    ## Use instead
    `易理華氏が…。2017年末、易理華は結婚した。`
    """

    code = "NAM008"
    name = "wrong-surname"
    severity = Severity.ERROR
    kinds = ("wrong-surname",)

    def message(self, m, entry):
        return (f"'{m.surface}' has the given name of {entity_label(entry)} ({m.detail}) under the surname "
                f"'{m.surface[0]}'; write '{entry.ja}'")

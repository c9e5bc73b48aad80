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
    `周鴻禕氏が登壇した。…後に王鴻禕氏は辞任した。` (glossary: 周鸿祎 → 周鴻禕)

    ## Use instead
    `周鴻禕氏が登壇した。…後に周鴻禕氏は辞任した。`
    """

    code = "NAM008"
    name = "wrong-surname"
    severity = Severity.ERROR

    def message(self, m, entry):
        return (f"'{m.surface}' has the given name of {entity_label(entry)} ({m.detail}) under the surname "
                f"'{m.surface[0]}'; write '{entry.ja}'")

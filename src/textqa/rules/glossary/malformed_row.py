from __future__ import annotations

from ...findings import Severity
from .base import GlossaryRule


class MalformedRow(GlossaryRule):
    """
    ## What it does
    Reports a glossary line that cannot become an entry: a header without a `zh` column or with a
    column named twice, a row with more non-empty fields than the header, an empty `zh`, an
    unknown `type`, or (in CSV) a quote that is not closed, or not at the end of its field.

    ## Why is this bad
    The row is skipped, so every name check for that entity is silently switched off.

    ## Example
    header `zh`, `ja`, `type`; row `zh=西安 ja=西安 type=city`

    ## Use instead
    `zh=西安 ja=西安 type=place` (types are `person`, `place`, `org` or empty). Missing trailing empty
    fields are fine.
    """

    code = "GLS001"
    name = "malformed-row"
    severity = Severity.ERROR

    def check_glossary(self, gctx):
        for g in gctx.files:
            for line, column, message in g.problems:
                yield gctx.finding(self, g, line, column, message)

from __future__ import annotations

from ...findings import Severity
from .base import GlossaryRule


class NoEntries(GlossaryRule):
    """
    ## What it does
    Reports a glossary file with a header and no rows: no entry at all, and no malformed row (GLS001 reports
    those).

    ## Why is this bad
    `lint` treats a glossary without entries as no glossary: the name rules cannot run, which is only a
    warning on stderr unless they were selected or `CI` is set. A glossary just started, or emptied by
    mistake, passes the check silently otherwise.

    ## Example
    header `zh`, `ja`, `type`

    ## Use instead
    header `zh`, `ja`, `type`; row `zh=西安 ja=西安 type=place` (one row per name)
    """

    code = "GLS012"
    name = "no-entries"
    severity = Severity.WARNING

    def check_glossary(self, gctx):
        for g in gctx.files:
            if g.rows or g.problems:
                continue
            yield gctx.finding(self, g, g.header_line, 1,
                               "the glossary has a header and no entries: lint runs no name rule with it; add one "
                               "row per name", length=len(g.header[0]) if g.header else 1)

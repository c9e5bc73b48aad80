from __future__ import annotations

from ...findings import Severity
from ._forms import fold, repeats, where
from .base import GlossaryRule


class DuplicateEntity(GlossaryRule):
    """
    ## What it does
    Reports an entity defined twice: the same `zh`, or `zh` forms that are glyph variants of each
    other (simplified, traditional or Japanese forms of the same characters), in one file or across
    the glossaries given together.

    ## Why is this bad
    Two entries claim the same forms, so sound-alike renderings are split between them or dropped as
    ambiguous, and the same text is reported twice.

    ## Example
    `zh=汕头 ja=汕頭 type=place` and, further down, `zh=汕頭 ja=汕頭 type=place`

    ## Use instead
    One row per entity; list other correct Japanese forms in its `accept` column.
    """

    code = "GLS003"
    name = "duplicate-entity"
    severity = Severity.ERROR

    def check_glossary(self, gctx):
        for g, row, g0, row0 in repeats(gctx, lambda e: fold(e.zh)):
            e, e0 = row.entry, row0.entry
            if e0.zh == e.zh:
                message = f"'zh' {e.zh!r} is already defined on {where(g0, row0, g.path)}"
            else:
                message = (f"'zh' {e.zh!r} is a glyph variant of {e0.zh!r}, defined on {where(g0, row0, g.path)}: "
                           f"one entity, one row (list other correct forms in 'accept')")
            yield gctx.at_cell(self, g, row, "zh", message, entity=e0.zh)

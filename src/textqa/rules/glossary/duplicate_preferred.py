from __future__ import annotations

from ...findings import Severity
from ._forms import fold, repeats, where
from .base import GlossaryRule


class DuplicatePreferred(GlossaryRule):
    """
    ## What it does
    Reports two entities with the same preferred Japanese form (`ja`, or the form derived from `zh`
    when `ja` is empty).

    ## Why is this bad
    The linter cannot tell which entity a correct rendering names, so it cannot say which
    variants belong to which, and a fix could turn one entity into the other.

    ## Example
    `zh=西安 ja=西安 type=place` and `zh=西安市 ja=西安 type=place`

    ## Use instead
    One preferred form per entity: `zh=西安市 ja=西安市 type=place`, or drop the second row.
    """

    code = "GLS004"
    name = "duplicate-preferred"
    severity = Severity.ERROR

    def check_glossary(self, gctx):
        for g, row, g0, row0 in repeats(gctx, lambda e: e.ja):
            e = row.entry
            if fold(row0.entry.zh) == fold(e.zh):
                continue  # the same entity twice: GLS003 says so
            yield gctx.at_cell(self, g, row, "ja" if "ja" in row.cells and row.cells["ja"].value else "zh",
                               f"preferred form {e.ja!r} of {e.zh} is also the preferred form of {row0.entry.zh} "
                               f"({where(g0, row0, g.path)}); give each entity its own form", entity=e.zh)

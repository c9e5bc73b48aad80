from __future__ import annotations

from ...findings import Severity
from .base import GlossaryRule


class StrayWhitespace(GlossaryRule):
    """
    ## What it does
    Reports spaces or other whitespace at either end of a glossary field, or inside a `zh` form.

    ## Why is this bad
    Whitespace is invisible in most editors and spreadsheet tools, and other tools that read the
    same file (term bases, prh) keep it: a `zh` of `西安 ` never matches the source text there.

    ## Example
    `zh=西安␠ ja=西安 type=place`

    ## Use instead
    `zh=西安 ja=西安 type=place`
    """

    code = "GLS007"
    name = "stray-whitespace"
    severity = Severity.WARNING

    def check_glossary(self, gctx):
        for g in gctx.files:
            for row in g.rows:
                for column, cell in row.cells.items():
                    value = cell.value
                    inner = column == "zh" and any(c.isspace() for c in value)
                    if cell.raw == value and not inner:
                        continue
                    where = "around" if cell.raw != value else "inside"
                    yield gctx.finding(self, g, row.line, cell.column,
                                       f"stray whitespace {where} the {column!r} field {cell.raw!r}; remove it",
                                       length=len(cell.raw), suggestion=value.replace(" ", "") if inner else value)

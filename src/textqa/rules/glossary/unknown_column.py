from __future__ import annotations

from ...findings import Severity
from ...glossary.load import COLUMNS
from .base import GlossaryRule


class UnknownColumn(GlossaryRule):
    """
    ## What it does
    Reports a header column that the glossary format does not define, with the nearest known name.

    ## Why is this bad
    A misspelt column (`acept`) is read as nothing: its forms are neither accepted nor rejected, and
    the linter reports correct renderings as errors or misses wrong ones. Unknown configuration keys
    are errors for the same reason.

    ## Example
    header `zh`, `ja`, `acept`

    ## Use instead
    header `zh`, `ja`, `accept` (columns: `zh`, `ja`, `type`, `reading`, `accept`, `reject`, `note`)
    """

    code = "GLS002"
    name = "unknown-column"
    severity = Severity.ERROR

    def check_glossary(self, gctx):
        for g in gctx.files:
            for name, column in zip(g.header, g.header_columns):
                if not name or name in COLUMNS:
                    continue
                import difflib  # noqa: PLC0415 - only for a column that is misspelt

                close = difflib.get_close_matches(name, COLUMNS, n=1, cutoff=0.6)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                yield gctx.finding(self, g, g.header_line, column,
                                   f"unknown column {name!r}{hint}; known columns: {', '.join(COLUMNS)}",
                                   length=len(name), suggestion=close[0] if close else None)

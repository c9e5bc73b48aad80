from __future__ import annotations

from ...findings import Severity
from ..base import Rule


class UnusedSuppression(Rule):
    """
    ## What it does
    Reports an inline suppression comment that suppresses nothing, or that names an unknown code.

    ## Why is this bad
    The problem it was written for is gone (or the comment has a typo), but the comment stays and
    would silently hide the same kind of problem if it came back.

    ## Example
    `<!-- textqa-disable-next-line NAM004 -->` above a line that has no NAM004 finding.

    ## Use instead
    Remove the comment, or correct the code it names (`textqa rules` lists them).
    """

    code = "SUP001"
    name = "unused-suppression"
    severity = Severity.INFO
    reads = ("report",)
    needs_glossary = False

    def check(self, ctx):
        # Suppressions are matched after the other rules ran: textqa.suppression.Source.suppress.
        return ()

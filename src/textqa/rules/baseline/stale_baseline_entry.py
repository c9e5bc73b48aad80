from __future__ import annotations

from ...findings import Severity
from ..base import Rule


class StaleBaselineEntry(Rule):
    """
    ## What it does
    Reports a baseline entry that no longer matches any finding in its file.

    ## Why is this bad
    The recorded problem was fixed, or the text around it changed. A stale
    entry would silently hide the same problem if it came back, so the
    baseline should be rewritten with `--write-baseline`.

    ## Example
    baseline: `NAM001 '登小平'` recorded for `a.txt`; `a.txt` now writes `鄧小平`.

    ## Use instead
    `textqa lint --write-baseline textqa-baseline.json a.txt`
    """

    code = "BSL001"
    name = "stale-baseline-entry"
    severity = Severity.INFO
    reads = ("report",)
    needs_glossary = False

    def check(self, ctx):
        # Baselines are compared after every document is linted: textqa.baseline.Baseline.stale_findings.
        return ()

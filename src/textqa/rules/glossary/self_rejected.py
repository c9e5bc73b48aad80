from __future__ import annotations

from ...findings import Severity
from .base import GlossaryRule


class SelfRejected(GlossaryRule):
    """
    ## What it does
    Reports a `reject` form that is also the same entry's preferred (`ja`) or accepted form.

    ## Why is this bad
    The entry contradicts itself: every correct rendering would be reported as a rejected form,
    and `--fix` would rewrite correct text.

    ## Example
    `zh=厦门 ja=厦門 type=place accept=アモイ reject=厦門`

    ## Use instead
    `zh=厦门 ja=厦門 type=place accept=アモイ reject=夏門` (reject only wrong renderings)
    """

    code = "GLS005"
    name = "self-rejected"
    severity = Severity.ERROR

    def check_glossary(self, gctx):
        for g, row in gctx.rows():
            e = row.entry
            for r in e.reject:
                if r == e.ja:
                    what = "its preferred form"
                elif r in e.accept:
                    what = "also listed in its 'accept' column"
                else:
                    continue
                yield gctx.at_cell(self, g, row, "reject", f"{r!r} is rejected for {e.zh} but is {what}",
                                   text=r, entity=e.zh)

"""What a glossary rule is: a Rule that reads glossary files, not documents."""
from __future__ import annotations

from typing import Iterable

from ...findings import Finding
from ..base import Rule


class GlossaryRule(Rule):
    """A GLS rule: ``check_glossary`` reads a ``GlossaryContext``; per-document ``check`` finds nothing."""

    needs_glossary = False
    reads = ("glossary-files",)

    def check(self, ctx) -> Iterable[Finding]:
        return ()

    def check_glossary(self, gctx) -> Iterable[Finding]:
        raise NotImplementedError

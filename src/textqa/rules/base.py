"""What every rule is: a code, a kebab-case name, a default severity and a docstring.

The docstring has four sections, *What it does*, *Why is this bad*, *Example*
and *Use instead*; ``textqa rule CODE``, the README and SARIF read them.
"""
from __future__ import annotations

import inspect
import re
from typing import ClassVar, Iterable

from ..findings import Finding, Severity

SECTIONS = ("What it does", "Why is this bad", "Example", "Use instead")


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    needs_glossary: ClassVar[bool] = False
    same_as: ClassVar[tuple[str, ...]] = ()  # codes whose overlapping findings say the same: this one is dropped

    def check(self, ctx) -> Iterable[Finding]:
        raise NotImplementedError

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def sections(cls) -> dict[str, str]:
        """The docstring split into its sections (heading -> body)."""
        parts = re.split(r"^## (.+)$", cls.doc(), flags=re.M)
        return {head.strip(): body.strip() for head, body in zip(parts[1::2], parts[2::2])}

    @classmethod
    def summary(cls) -> str:
        """First sentence of *What it does*."""
        text = " ".join(cls.sections().get("What it does", "").split())
        return re.split(r"(?<=[.。])\s", text, maxsplit=1)[0]

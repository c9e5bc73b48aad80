"""What the tests of false-alarm classes read: a text's warnings (warning or above) as (code, surface) pairs."""
from __future__ import annotations

from textqa import lint_text


def warnings(text: str, glossary) -> list[tuple[str, str]]:
    return [(f.code, f.surface) for f in lint_text(text, glossary) if f.severity.value != "info"]

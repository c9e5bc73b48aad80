"""textqa: a translation-QA linter for Japanese machine translations of Chinese articles.

The API is loaded lazily so that ``import textqa`` stays cheap: no SudachiPy,
OpenCC, pypinyin or spaCy until they are needed.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Finding", "InputError", "InputErrors", "Linter", "Severity", "Span", "load_glossary", "lint_text",
           "__version__"]

_LAZY = {
    "Finding": "textqa.findings", "Severity": "textqa.findings", "Span": "textqa.findings",
    "Linter": "textqa.api", "lint_text": "textqa.api", "load_glossary": "textqa.glossary",
    "InputError": "textqa.errors", "InputErrors": "textqa.errors",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'textqa' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

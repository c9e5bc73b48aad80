"""The one table of rule codes. Codes are never reused.

Each family package (``names``, ``garble``, ``bilingual``, ``baseline``, ``glossary``, ``suppression``) lists its rule
classes in ``FAMILY``.
"""
from __future__ import annotations

from .baseline import FAMILY as BASELINE
from .bilingual import FAMILY as BILINGUAL
from .garble import FAMILY as GARBLE
from .glossary import FAMILY as GLOSSARY
from .names import FAMILY as NAMES
from .suppression import FAMILY as SUPPRESSION

RULES = {rule.code: rule for rule in (*NAMES, *GARBLE, *BILINGUAL, *BASELINE, *GLOSSARY, *SUPPRESSION)}


def select_codes(select=None, ignore=None) -> set[str]:
    """Codes chosen by prefix (``NAM``, ``NAM0``, ``NAM001``); unknown prefixes raise ValueError."""
    def expand(prefixes):
        out = set()
        for p in prefixes:
            p = p.strip().upper()
            if not p:
                raise ValueError("empty rule code (an empty string selects nothing; leave the list out instead)")
            if p == "ALL":
                out |= set(RULES)
                continue
            matched = {c for c in RULES if c.startswith(p)}
            if not matched:
                raise ValueError(f"unknown rule code or prefix {p!r}")
            out |= matched
        return out

    chosen = expand(select) if select else set(RULES)
    return chosen - expand(ignore or [])

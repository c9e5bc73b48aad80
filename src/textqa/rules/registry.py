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


def default_codes() -> set[str]:
    """The codes that run when no selection is given: every rule but the opt-in ones (``Rule.opt_in``)."""
    return {code for code, rule in RULES.items() if not rule.opt_in}


def matching_codes(prefixes) -> set[str]:
    """Every code that one of ``prefixes`` names (``NAM``, ``NAM0``, ``NAM001``, ``ALL``), opt-in rules too (what an
    ignore list or a severity override covers); an unknown prefix raises ValueError."""
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


def select_codes(select=None, ignore=None) -> set[str]:
    """Codes chosen by prefix (``NAM``, ``NAM0``, ``NAM001``) less those ignored; unknown prefixes raise ValueError.
    An opt-in rule is chosen only by its own code or ALL (``NAM`` leaves NAM012 out), and ignored by any prefix."""
    if select:
        named = {p.strip().upper() for p in select}
        chosen = {c for c in matching_codes(select) if not RULES[c].opt_in or c in named or "ALL" in named}
    else:
        chosen = default_codes()
    return chosen - matching_codes(ignore or [])


def reads_glossary_files(code: str) -> bool:
    """True for a rule that checks glossary files (the GLS rules: ``textqa glossary check`` runs them), False for one
    that checks documents (``textqa lint`` runs it)."""
    return "glossary-files" in RULES[code].reads


def not_run_by(prefixes, glossary_check: bool) -> list[str]:
    """The prefixes of a selection that name no rule the command runs: for ``lint``, those naming glossary rules only
    (``GLS``); for ``glossary check``, those naming no glossary rule (``NAM``). ``ALL`` names rules of both."""
    return [p.strip().upper() for p in prefixes if p.strip().upper() != "ALL"
            and not any(reads_glossary_files(c) == glossary_check for c in matching_codes([p]))]

"""The fiftieth held-out bilingual set (tests/heldout-bilingual50): structure only (tests/heldout_bilingual_checks.py).

It was held out and scored once (``python scripts/evaluate.py --set heldout-bilingual50``); a development set since,
its figures gated in tests/test_bilingual_eval.py, not here.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks

EARLIER = "heldout-bilingual49"  # the set whose format this one copies (its names, topics and sentences not reused)


class TestHeldoutBilingual50(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual50"
    # no set written in the same hour by another author was known to this one: the glossary may share no entity and no
    # form with any other glossary of the repository, and none is left out here.
    SIBLING = ""
    UNSEEN = SIBLING
    # written on 2026-12-05 (session from 05:00 UTC), small: five pairs (three with planted errors, two clean),
    # 29 strict rows
    MIN_PAIRS = 5
    MIN_STRICT = 29

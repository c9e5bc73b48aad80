"""The fifty-fifth held-out bilingual set (tests/heldout-bilingual55): structure only (tests/heldout_bilingual_checks.py).

It was held out and scored once (``python scripts/evaluate.py --set heldout-bilingual55``); a development set since,
its figures gated in tests/test_bilingual_eval.py, not here.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks

EARLIER = "heldout-bilingual54"  # the set whose format this one copies (its names, topics and sentences not reused)


class TestHeldoutBilingual55(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual55"
    # tests/heldout58 is written in the same hour by another author and is unseen by this one: the glossary may share
    # no entity and no form with any other glossary of the repository; that one is left out here.
    SIBLING = "heldout58"
    UNSEEN = SIBLING
    # written on 2026-12-05, small: four pairs (two with planted errors, two clean), 24 strict rows
    MIN_PAIRS = 4
    MIN_STRICT = 24

"""The fifty-sixth held-out bilingual set (tests/heldout-bilingual56): structure only (tests/heldout_bilingual_checks.py).

It was held out and scored once (``python scripts/evaluate.py --set heldout-bilingual56``); a development set since,
its figures gated in tests/test_bilingual_eval.py, not here.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks

EARLIER = "heldout-bilingual55"  # the set whose format this one copies (its names, topics and sentences not reused)


class TestHeldoutBilingual56(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual56"
    # tests/heldout59 is written in the same hour by another author and is unseen by this one: the glossary may share
    # no entity and no form with any other glossary of the repository; that one is left out here.
    SIBLING = "heldout59"
    UNSEEN = SIBLING
    # written on 2026-12-05, small: five pairs (three with planted errors, two clean), 28 strict rows
    MIN_PAIRS = 5
    MIN_STRICT = 28

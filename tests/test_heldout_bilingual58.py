"""The fifty-eighth held-out bilingual set (tests/heldout-bilingual58): structure only (tests/heldout_bilingual_checks.py).

It was held out and scored once (``python scripts/evaluate.py --set heldout-bilingual58``); a development set since,
its figures gated in tests/test_bilingual_eval.py, not here.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks

EARLIER = "heldout-bilingual57"  # the set whose format this one copies (its names, topics and sentences not reused)


class TestHeldoutBilingual58(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual58"
    # tests/heldout61 is written in the same hour by another author and is unseen by this one: the glossary may share
    # no entity and no form with any other glossary of the repository; that one is left out here.
    SIBLING = "heldout61"
    UNSEEN = SIBLING
    # written on 2026-12-05, small: four pairs (two with planted errors, two clean), 16 strict rows
    MIN_PAIRS = 4
    MIN_STRICT = 16

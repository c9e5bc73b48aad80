"""The thirty-third held-out bilingual set (tests/heldout-bilingual33): structure only (tests/heldout_bilingual_checks.py).

It was held out and scored once (``python scripts/evaluate.py --set heldout-bilingual33``); a development set since,
its figures gated in tests/test_bilingual_eval.py, not here.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual33(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual33"
    # tests/heldout35 is written in the same hour by another author and is unseen by this one: the glossary may share
    # no entity and no form with any other glossary of the repository; that one is left out here.
    SIBLING = "heldout35"
    UNSEEN = SIBLING
    # written at the twenty-fourth session: seven pairs (four with planted errors, three clean), 37 strict rows
    MIN_PAIRS = 7
    MIN_STRICT = 37

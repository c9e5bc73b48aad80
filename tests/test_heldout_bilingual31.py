"""The thirty-first held-out bilingual set (tests/heldout-bilingual31): structure only (tests/heldout_bilingual_checks.py).

It was held out and scored once (``python scripts/evaluate.py --set heldout-bilingual31``); a development set since,
its figures gated in tests/test_bilingual_eval.py, not here.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual31(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual31"
    # tests/heldout33 is written in the same hour by another author and is unseen by this one: the glossary may share
    # no entity and no form with any other glossary of the repository; that one is left out here.
    SIBLING = "heldout33"
    UNSEEN = SIBLING

"""The thirty-second held-out bilingual set (tests/heldout-bilingual32): structure only (tests/heldout_bilingual_checks.py).

It is held out: scored once by the lead (``python scripts/evaluate.py --set heldout-bilingual32``); its recall and
warnings are not asserted here.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual32(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual32"
    # tests/heldout34 is written in the same hour by another author and is unseen by this one: the glossary may share
    # no entity and no form with any other glossary of the repository; that one is left out here.
    SIBLING = "heldout34"
    UNSEEN = SIBLING
    # written small and fast at the end of the twenty-third session: four pairs, 13 strict rows
    MIN_PAIRS = 4
    MIN_STRICT = 13

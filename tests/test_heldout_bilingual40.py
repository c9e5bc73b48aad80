"""The fortieth held-out bilingual set (tests/heldout-bilingual40): structure only (tests/heldout_bilingual_checks.py).

Held out and unscored: written by hand on 2026-12-04 by hob40 before any tuning against it, to be scored once by the
lead (``python scripts/evaluate.py --set heldout-bilingual40``). Its recall and warnings are deliberately not asserted.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual40(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual40"
    # tests/heldout42 is written in the same hour by another author and is unseen by this one: the glossary may share
    # no entity and no form with any other glossary of the repository; that one is left out here.
    SIBLING = "heldout42"
    UNSEEN = SIBLING
    # written on 2026-12-04 (session 18:09-21:09 UTC): seven pairs (four with planted errors, three clean), 36 strict rows
    MIN_PAIRS = 7
    MIN_STRICT = 36

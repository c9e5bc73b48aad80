"""The sixth held-out bilingual set (tests/heldout-bilingual6): structure only (tests/heldout_bilingual_checks.py).

Its recall and warnings are deliberately not asserted: it is scored once, by the lead at the end of the session,
with ``python scripts/evaluate.py --set heldout-bilingual6``.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks


class TestHeldoutBilingual6(BilingualSetChecks):
    NAME = "heldout-bilingual6"
    SIBLING = "heldout8"  # written in the same hour by another author, unseen by this one

"""The fourth held-out bilingual set (tests/heldout-bilingual4): structure only (tests/heldout_bilingual_checks.py).

Its recall and warnings are deliberately not asserted: it is scored once, by the lead at the end of the session,
with ``python scripts/evaluate.py --set heldout-bilingual4``.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks


class TestHeldoutBilingual4(BilingualSetChecks):
    NAME = "heldout-bilingual4"
    SIBLING = "heldout6"  # written in the same hour by another author, unseen by this one

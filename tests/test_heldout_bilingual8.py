"""The eighth held-out bilingual set (tests/heldout-bilingual8): structure only (tests/heldout_bilingual_checks.py).

Its recall and warnings are deliberately not asserted: it is scored once, by the lead at the end of the session,
with ``python scripts/evaluate.py --set heldout-bilingual8``.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual8(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual8"
    SIBLING = "heldout10"  # written in the same hour by another author, unseen by this one
    UNSEEN = SIBLING

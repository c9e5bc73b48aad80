"""The seventh held-out bilingual set (tests/heldout-bilingual7): structure only (tests/heldout_bilingual_checks.py).

Its recall and warnings are deliberately not asserted: it is scored once, by the lead at the end of the session,
with ``python scripts/evaluate.py --set heldout-bilingual7``.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks


class TestHeldoutBilingual7(BilingualSetChecks):
    NAME = "heldout-bilingual7"
    SIBLING = "heldout9"  # written in the same hour by another author, unseen by this one

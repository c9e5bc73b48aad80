"""The fifth held-out bilingual set (tests/heldout-bilingual5): structure only (tests/heldout_bilingual_checks.py).

Its recall and warnings are deliberately not asserted: it is scored once, by the lead at the end of the session,
with ``python scripts/evaluate.py --set heldout-bilingual5``.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks


class TestHeldoutBilingual5(BilingualSetChecks):
    NAME = "heldout-bilingual5"
    SIBLING = "heldout7"  # written in the same hour by another author, unseen by this one

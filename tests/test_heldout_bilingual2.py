"""The second held-out bilingual set (tests/heldout-bilingual2): structure only (tests/heldout_bilingual_checks.py).

Its recall and warnings are deliberately not asserted: it is scored once by
``python scripts/evaluate.py --set heldout-bilingual2``.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks


class TestHeldoutBilingual2(BilingualSetChecks):
    NAME = "heldout-bilingual2"
    SIBLING = "heldout4"  # written in the same hour by another author, unseen by this one (both use 佛山)

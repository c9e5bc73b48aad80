"""The eighth held-out bilingual set (tests/heldout-bilingual8): structure only (tests/heldout_bilingual_checks.py).

It was scored once, at the start of the 2026-12-01 session, with ``python scripts/evaluate.py --set heldout-bilingual8``;
a development set since, its figures are gated in tests/test_bilingual_eval.py.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual8(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual8"
    SIBLING = "heldout10"  # written in the same hour by another author, unseen by this one
    UNSEEN = SIBLING

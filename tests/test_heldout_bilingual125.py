"""The hundred-and-twenty-fifth held-out bilingual set (tests/heldout-bilingual125): structure only
(tests/heldout_bilingual_checks.py).

It was held out and scored once by the lead as the fifty-sixth session's first pair, on the fifty-fifth session's
final code, before any change made against it (``python scripts/evaluate.py --set heldout-bilingual125``); fixed
against after (fix128), a development set since, its figures gated in tests/test_bilingual_eval.py, not here.
Written on 2026-12-07 by hob125, small: four pairs (two with planted errors, two clean) and 19 strict rows, in
Fugou County of Zhoukou, Henan; the format copies tests/heldout-bilingual122 (none of its names, topics or
sentences reused).
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual125(NewFormChecks, BilingualSetChecks):
    """Four pairs and 19 strict rows at least. tests/heldout128, written in the same hour by another author, is unseen
    by this set's author, so its glossary is left out of the comparisons (which otherwise forbid any entity or form
    shared with another glossary)."""

    MIN_PAIRS, MIN_STRICT = 4, 19
    NAME, SIBLING, UNSEEN = "heldout-bilingual125", "heldout128", "heldout128"

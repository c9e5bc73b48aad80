"""The hundred-and-twentieth held-out bilingual set (tests/heldout-bilingual120): structure only
(tests/heldout_bilingual_checks.py).

It was held out and scored once by the lead in the fifty-fourth session, before any change made against it
(``python scripts/evaluate.py --set heldout-bilingual120``); a development set since fix123, its figures gated in
tests/test_bilingual_eval.py, not here.
Written on 2026-12-07 by hob120, small: four pairs (two with planted errors, two clean) and 19 strict rows, in
Luyi County of Zhoukou, Henan; the format copies tests/heldout-bilingual117 (none of its names, topics or
sentences reused).
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual120(NewFormChecks, BilingualSetChecks):
    """Four pairs and 19 strict rows at least. tests/heldout123, written in the same hour by another author, is unseen
    by this set's author, so its glossary is left out of the comparisons (which otherwise forbid any entity or form
    shared with another glossary)."""

    MIN_PAIRS, MIN_STRICT = 4, 19
    NAME, SIBLING, UNSEEN = "heldout-bilingual120", "heldout123", "heldout123"

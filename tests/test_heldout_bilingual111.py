"""The hundred-and-eleventh held-out bilingual set (tests/heldout-bilingual111): structure only
(tests/heldout_bilingual_checks.py).

It was held out and scored once by the lead in the fifty-second session, before any change made against it
(``python scripts/evaluate.py --set heldout-bilingual111``); a development set since fix115, its figures gated in
tests/test_bilingual_eval.py, not here.
Written on 2026-12-07 by hob111, small: four pairs (two with planted errors, two clean) and 19 strict rows, in
Queshan County of Zhumadian, Henan; the format copies tests/heldout-bilingual108 (none of its names, topics or
sentences reused).
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual111(NewFormChecks, BilingualSetChecks):
    """Four pairs and 19 strict rows at least. tests/heldout114, written in the same hour by another author, is unseen
    by this set's author, so its glossary is left out of the comparisons (which otherwise forbid any entity or form
    shared with another glossary)."""

    MIN_PAIRS, MIN_STRICT = 4, 19
    NAME, SIBLING, UNSEEN = "heldout-bilingual111", "heldout114", "heldout114"

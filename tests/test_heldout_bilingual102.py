"""The hundred-and-second held-out bilingual set (tests/heldout-bilingual102): structure only
(tests/heldout_bilingual_checks.py).

It was held out and scored once by the lead at the fiftieth session's end, before any change made against it
(``python scripts/evaluate.py --set heldout-bilingual102``); a development set since, its figures gated in
tests/test_bilingual_eval.py, not here.
Written on 2026-12-07 by hob102, small: four pairs (two with planted errors, two clean) and 19 strict rows, in
Tanghe county of Nanyang, Henan; the format copies tests/heldout-bilingual100 (none of its names, topics or sentences
reused).
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual102(NewFormChecks, BilingualSetChecks):
    """Four pairs and 17 strict rows at least. tests/heldout105, written in the same hour by another author, is unseen
    by this set's author, so its glossary is left out of the comparisons (which otherwise forbid any entity or form
    shared with another glossary)."""

    MIN_PAIRS, MIN_STRICT = 4, 17
    NAME, SIBLING, UNSEEN = "heldout-bilingual102", "heldout105", "heldout105"

"""The hundred-and-twenty-ninth held-out bilingual set (tests/heldout-bilingual129): structure only
(tests/heldout_bilingual_checks.py).

It was held out and scored once by the lead at the fifty-seventh session's end, its second and last pair, on its
final code, before any change made against it (``python scripts/evaluate.py --set heldout-bilingual129``); nothing
fixed against it, a development set from the next session's fixes on, its figures gated in
tests/test_bilingual_eval.py, not here.
Written by hob129, small: four pairs (two with planted errors, two clean) and 19 strict rows, in
Huaibin County of Xinyang, Henan; the format copies tests/heldout-bilingual126 (none of its names, topics or
sentences reused).
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual129(NewFormChecks, BilingualSetChecks):
    """Four pairs and 19 strict rows at least. tests/heldout132, written in the same hour by another author, is unseen
    by this set's author, so its glossary is left out of the comparisons (which otherwise forbid any entity or form
    shared with another glossary)."""

    MIN_PAIRS, MIN_STRICT = 4, 19
    NAME, SIBLING, UNSEEN = "heldout-bilingual129", "heldout132", "heldout132"

"""The hundred-and-thirtieth held-out bilingual set (tests/heldout-bilingual130): structure only
(tests/heldout_bilingual_checks.py).

It was held out and scored once by the lead at the fifty-seventh session's end, its third and last pair, on its final
code, before any change made against it (``python scripts/evaluate.py --set heldout-bilingual130``); nothing fixed
against it, a development set from the next session's fixes on, its figures gated in tests/test_bilingual_eval.py,
not here.
Written by hob130, small: four pairs (two with planted errors, two clean) and 19 strict rows, in
Pingqiao District of Xinyang, Henan; the format copies tests/heldout-bilingual127 (none of its names, topics or
sentences reused).
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual130(NewFormChecks, BilingualSetChecks):
    """Four pairs and 19 strict rows at least. tests/heldout133, written in the same hour by another author, is unseen
    by this set's author, so its glossary is left out of the comparisons (which otherwise forbid any entity or form
    shared with another glossary)."""

    MIN_PAIRS, MIN_STRICT = 4, 19
    NAME, SIBLING, UNSEEN = "heldout-bilingual130", "heldout133", "heldout133"

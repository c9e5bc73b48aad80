"""The hundred-and-twenty-eighth held-out bilingual set (tests/heldout-bilingual128): structure only
(tests/heldout_bilingual_checks.py).

It was held out and scored once by the lead as the fifty-seventh session's first pair, on the fifty-sixth session's
final code, before any change made against it (``python scripts/evaluate.py --set heldout-bilingual128``); fixed
against after (fix132, fix133), a development set since, its figures gated in tests/test_bilingual_eval.py, not here.
Written by hob128, small: four pairs (two with planted errors, two clean) and 19 strict rows, in
Huangchuan County of Xinyang, Henan; the format copies tests/heldout-bilingual125 (none of its names, topics or
sentences reused).
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual128(NewFormChecks, BilingualSetChecks):
    """Four pairs and 19 strict rows at least. tests/heldout131, written in the same hour by another author, is unseen
    by this set's author, so its glossary is left out of the comparisons (which otherwise forbid any entity or form
    shared with another glossary)."""

    MIN_PAIRS, MIN_STRICT = 4, 19
    NAME, SIBLING, UNSEEN = "heldout-bilingual128", "heldout131", "heldout131"

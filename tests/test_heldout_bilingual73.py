"""The seventy-third held-out bilingual set (tests/heldout-bilingual73): structure only (tests/heldout_bilingual_checks.py).

It was held out and scored once (``python scripts/evaluate.py --set heldout-bilingual73``); a development set since,
its figures gated in tests/test_bilingual_eval.py, not here.
Written on 2026-12-05 by hob73, small: four pairs (two with planted errors, two clean) and 17 strict rows, in Chengbu
Miao autonomous county of Shaoyang, Hunan; the format copies tests/heldout-bilingual70 (none of its names, topics or
sentences reused).
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual73(NewFormChecks, BilingualSetChecks):
    """Four pairs and 17 strict rows at least. tests/heldout76, written in the same hour by another author, is unseen
    by this set's author, so its glossary is left out of the comparisons (which otherwise forbid any entity or form
    shared with another glossary)."""

    MIN_PAIRS, MIN_STRICT = 4, 17
    NAME, SIBLING, UNSEEN = "heldout-bilingual73", "heldout76", "heldout76"

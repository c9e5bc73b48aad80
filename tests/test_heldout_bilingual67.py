"""The sixty-seventh held-out bilingual set (tests/heldout-bilingual67): structure only (tests/heldout_bilingual_checks.py).

It was held out and scored once (``python scripts/evaluate.py --set heldout-bilingual67``); a development set since,
its figures gated in tests/test_bilingual_eval.py, not here.
Written on 2026-12-05 by hob67, small: four pairs (two with planted errors, two clean) and 17 strict rows, in
Zhangjiachuan Hui autonomous county of Tianshui, Gansu; the format copies tests/heldout-bilingual66 (none of its names,
topics or sentences reused).
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual67(NewFormChecks, BilingualSetChecks):
    """Four pairs and 17 strict rows at least. tests/heldout70, written in the same hour by another author, is unseen
    by this set's author, so its glossary is left out of the comparisons (which otherwise forbid any entity or form
    shared with another glossary)."""

    MIN_PAIRS, MIN_STRICT = 4, 17
    NAME, SIBLING, UNSEEN = "heldout-bilingual67", "heldout70", "heldout70"

"""The ninety-ninth held-out bilingual set (tests/heldout-bilingual99): structure only (tests/heldout_bilingual_checks.py).

It was held out and scored once (``python scripts/evaluate.py --set heldout-bilingual99``); a development set since,
its figures gated in tests/test_bilingual_eval.py, not here.
Written on 2026-12-07 by hob99, small: four pairs (two with planted errors, two clean) and 17 strict rows, in Zhenping
county of Nanyang, Henan; the format copies tests/heldout-bilingual98 (none of its names, topics or sentences
reused).
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual99(NewFormChecks, BilingualSetChecks):
    """Four pairs and 17 strict rows at least. tests/heldout102, written in the same hour by another author, is unseen
    by this set's author, so its glossary is left out of the comparisons (which otherwise forbid any entity or form
    shared with another glossary)."""

    MIN_PAIRS, MIN_STRICT = 4, 17
    NAME, SIBLING, UNSEEN = "heldout-bilingual99", "heldout102", "heldout102"

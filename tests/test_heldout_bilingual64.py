"""The sixty-fourth held-out bilingual set (tests/heldout-bilingual64): structure only (tests/heldout_bilingual_checks.py).

It was held out and scored once (``python scripts/evaluate.py --set heldout-bilingual64``); a development set since,
its figures gated in tests/test_bilingual_eval.py, not here.
Written on 2026-12-05 by hob64, small: four pairs (two with planted errors, two clean) and 18 strict rows, in Tanchang,
Xihe and Li counties of Longnan, Gansu; the format copies tests/heldout-bilingual63 (none of its names, topics or
sentences reused).
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual64(NewFormChecks, BilingualSetChecks):
    """Four pairs and 18 strict rows at least. tests/heldout67, written in the same hour by another author, is unseen
    by this set's author, so its glossary is left out of the comparisons (which otherwise forbid any entity or form
    shared with another glossary)."""

    MIN_PAIRS, MIN_STRICT = 4, 18
    NAME, SIBLING, UNSEEN = "heldout-bilingual64", "heldout67", "heldout67"

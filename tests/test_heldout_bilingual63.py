"""The sixty-third held-out bilingual set (tests/heldout-bilingual63): structure only (tests/heldout_bilingual_checks.py).

It was held out and scored once (``python scripts/evaluate.py --set heldout-bilingual63``); a development set since,
its figures gated in tests/test_bilingual_eval.py, not here.
Written on 2026-12-05 by hob63, small: four pairs (two with planted errors, two clean) and 18 strict rows, in Liuba,
Foping and Zhenba counties of Hanzhong, Shaanxi; the format copies tests/heldout-bilingual62 (none of its names, topics
or sentences reused).
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual63(NewFormChecks, BilingualSetChecks):
    """Four pairs and 18 strict rows at least. tests/heldout66, written in the same hour by another author, is unseen
    by this set's author, so its glossary is left out of the comparisons (which otherwise forbid any entity or form
    shared with another glossary)."""

    MIN_PAIRS, MIN_STRICT = 4, 18
    NAME, SIBLING, UNSEEN = "heldout-bilingual63", "heldout66", "heldout66"

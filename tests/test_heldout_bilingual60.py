"""The sixtieth held-out bilingual set (tests/heldout-bilingual60): structure only (tests/heldout_bilingual_checks.py).

It was held out and scored once (``python scripts/evaluate.py --set heldout-bilingual60``); a development set since,
its figures gated in tests/test_bilingual_eval.py, not here.
Written on 2026-12-05 by hob60, small: four pairs (two with planted errors, two clean) and 17 strict rows.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks

EARLIER = "heldout-bilingual58"  # the set whose format this one copies (its names, topics and sentences not reused)


class TestHeldoutBilingual60(NewFormChecks, BilingualSetChecks):
    """tests/heldout63, written in the same hour by another author, is unseen by this set's author: its glossary is
    left out of the comparisons, which otherwise forbid any entity or form shared with another glossary."""

    NAME = "heldout-bilingual60"
    MIN_PAIRS, MIN_STRICT = 4, 17
    SIBLING = UNSEEN = "heldout63"

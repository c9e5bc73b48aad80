"""The hundred-and-twenty-eighth held-out bilingual set (tests/heldout-bilingual128): structure only
(tests/heldout_bilingual_checks.py).

Held out and unscored: to be scored once by the lead, before any change made against it
(``python scripts/evaluate.py --set heldout-bilingual128``); its recall and warnings are not asserted here.
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

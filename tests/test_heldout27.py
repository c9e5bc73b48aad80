"""The twenty-seventh held-out set (tests/heldout27): structure only (tests/heldout_checks.py).

It was held out and scored once (`python scripts/evaluate.py --set heldout27`); a development set since, its figures
gated in tests/test_recall.py, not here. These tests check only that the annotations are valid (and name the
glossary's preferred form as the suggestion), that the glossary passes `textqa glossary check` and shares no zh,
ja, accepted or rejected form with any other glossary of the repository (every earlier set and any set written in
the same session by another author, tests/heldout-bilingual25 included, when present), and that the eight clean controls have no annotation rows.
"""
from __future__ import annotations

from heldout_checks import WholeRepositorySetChecks


class TestHeldout27(WholeRepositorySetChecks):
    NAME = "heldout27"
    EARLIER = "heldout26"

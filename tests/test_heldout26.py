"""The twenty-sixth held-out set (tests/heldout26): structure only (tests/heldout_checks.py).

It is held out: scored once by the lead (`python scripts/evaluate.py --set heldout26`), never tuned on, and its recall
and its controls' silence are not asserted here (a test that gates them would invite tuning on it). These tests check
only that the annotations are valid (and name the glossary's preferred form as the suggestion), that the glossary
passes `textqa glossary check` and shares no zh, ja, accepted or rejected form with any other glossary of the
repository (every earlier set and any set written in the same session by another author, tests/heldout-bilingual24
included, when present), and that the eight clean controls have no annotation rows.
"""
from __future__ import annotations

from heldout_checks import WholeRepositorySetChecks


class TestHeldout26(WholeRepositorySetChecks):
    NAME = "heldout26"
    EARLIER = "heldout25"

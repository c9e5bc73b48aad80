"""The forty-fifth held-out set (tests/heldout45), checked for its shape only through tests/heldout_checks.py.

It was held out and scored once (`python scripts/evaluate.py --set heldout45`); a development set since, its
figures gated in tests/test_recall.py, not here. What this module gates: valid annotations whose NAM suggestions are the glossary's
preferred forms, a glossary that `textqa glossary check` passes and whose zh, ja, accepted and rejected forms occur in
no other glossary of the repository, and no annotation row in any of the three clean controls.
"""
from __future__ import annotations

from heldout_checks import WholeRepositorySetChecks


class TestHeldout45(WholeRepositorySetChecks):
    EARLIER = "heldout44"
    # Another author writes tests/heldout-bilingual43 in this same hour and it stays unread here, so its glossary is
    # not among the ones this set must share no form with.
    UNSEEN = "heldout-bilingual43"
    NAME = "heldout45"
    ERROR_ARTICLES, CONTROLS = 3, 3

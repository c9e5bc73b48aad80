"""Shape checks for tests/heldout47, the forty-seventh held-out set (through tests/heldout_checks.py).

It was held out and scored once (`python scripts/evaluate.py --set heldout47`); a development set since, its
figures gated in tests/test_recall.py, not here. What is gated here is only its form: annotations pass `--check-annotations`, each NAM row
suggesting the glossary's preferred form; the glossary has no `textqa glossary check` finding and no zh, ja, accepted
or rejected form in common with another glossary of the repository; the three `clean-*` controls carry no rows.
"""
from __future__ import annotations

from heldout_checks import WholeRepositorySetChecks


class TestHeldout47(WholeRepositorySetChecks):
    NAME = "heldout47"
    ERROR_ARTICLES, CONTROLS = 3, 3
    EARLIER = "heldout46"

"""The development set tests/dev9: structure (tests/heldout_checks.py).

Its strict figures are measured by `python scripts/evaluate.py --set dev9`; here: the annotations are valid (and name
the glossary's preferred form as the suggestion), the glossary passes `textqa glossary check` and shares no zh, ja,
accepted or rejected form with any other glossary of the repository, and only the three error articles have rows
(the twenty clean controls have none).
"""
from __future__ import annotations

from heldout_checks import WholeRepositorySetChecks


class TestDev9(WholeRepositorySetChecks):
    NAME = "dev9"
    EARLIER = "dev8"
    ERROR_ARTICLES, CONTROLS = 3, 20

"""The development set tests/dev10: structure (tests/heldout_checks.py).

Its strict figures are measured by `python scripts/evaluate.py --set dev10`; here: the annotations are valid (and name
the glossary's preferred form as the suggestion), the glossary passes `textqa glossary check` and shares no zh, ja,
accepted or rejected form with any other glossary of the repository, and only the two error articles have rows
(the twenty clean controls have none).
"""
from __future__ import annotations

from heldout_checks import WholeRepositorySetChecks


class TestDev10(WholeRepositorySetChecks):
    NAME = "dev10"
    EARLIER = "dev9"
    ERROR_ARTICLES, CONTROLS = 2, 20

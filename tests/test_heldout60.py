"""tests/heldout60, the sixtieth held-out set: only its form is gated here, through tests/heldout_checks.py.

It was held out and scored once (`python scripts/evaluate.py --set heldout60`); a development set since, its figures
and its controls' silence gated in tests/test_recall.py, not here. Gated: `--check-annotations` passes and NAM rows suggest the
preferred form; `textqa glossary check` finds nothing and no form is shared with another glossary; rows only in the
three error articles.
"""
from __future__ import annotations

from heldout_checks import WholeRepositorySetChecks


class TestHeldout60(WholeRepositorySetChecks):
    NAME = "heldout60"
    ERROR_ARTICLES, CONTROLS = 3, 3
    EARLIER = "heldout59"
    # tests/heldout-bilingual57 is being written in this hour by someone else and is not read by this set's author;
    # its glossary is therefore not one of those this set is checked against.
    UNSEEN = "heldout-bilingual57"

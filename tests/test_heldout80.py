"""Shape checks for tests/heldout80, the eightieth held-out set (through tests/heldout_checks.py).

It was held out and scored once (`python scripts/evaluate.py --set heldout80`); a development set since, its figures
gated in tests/test_recall.py, not here. Gated here is only its form: annotations pass `--check-annotations`, each NAM row suggesting the glossary's preferred form; the glossary
has no `textqa glossary check` finding and no zh, ja, accepted or rejected form in common with another glossary of the
repository; the two `clean-*` controls carry no rows.
"""
from __future__ import annotations

from heldout_checks import WholeRepositorySetChecks


class TestHeldout80(WholeRepositorySetChecks):
    NAME = "heldout80"
    ERROR_ARTICLES, CONTROLS = 2, 2
    EARLIER = "heldout78"
    # tests/heldout79, tests/heldout-bilingual76 and tests/heldout-bilingual77 are being written in this hour by others
    # and are not read by this set's author (none is in this worktree); their glossaries are therefore not among those
    # this set is checked against. The shared class leaves out the UNSEEN and ALSO_UNSEEN sets.
    UNSEEN = "heldout79"
    ALSO_UNSEEN = ("heldout-bilingual76", "heldout-bilingual77")

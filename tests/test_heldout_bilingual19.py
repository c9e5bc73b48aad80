"""The nineteenth held-out bilingual set (tests/heldout-bilingual19): structure only (tests/heldout_bilingual_checks.py).

Its recall and warnings are deliberately not asserted: it is scored once, by the lead at the end of the session,
with ``python scripts/evaluate.py --set heldout-bilingual19``.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual19(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual19"
    # No set is written in the same hour by another author: the glossary may share no entity and no form with any
    # other glossary of the repository, tests/heldout20, tests/dev10 and tests/dev-bilingual20 included.
    SIBLING = ""

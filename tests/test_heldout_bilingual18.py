"""The eighteenth held-out bilingual set (tests/heldout-bilingual18): structure only (tests/heldout_bilingual_checks.py).

Its recall and warnings are deliberately not asserted: it is scored once, by the lead at the end of the session,
with ``python scripts/evaluate.py --set heldout-bilingual18``.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual18(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual18"
    # tests/heldout20, written in the same hour by another author and unseen by this one, is no exception: it may
    # share no entity and no form with this glossary either (the checks read it once it is on main).
    SIBLING = ""

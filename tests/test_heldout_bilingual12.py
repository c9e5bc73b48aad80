"""The twelfth held-out bilingual set (tests/heldout-bilingual12): structure only (tests/heldout_bilingual_checks.py).

Its recall and warnings are deliberately not asserted: it is scored once, by the lead at the end of the session,
with ``python scripts/evaluate.py --set heldout-bilingual12``.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual12(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual12"
    # tests/heldout14, written in the same hour by another author and unseen by this one, is no exception: it may
    # share no entity and no form with this glossary either.
    SIBLING = ""

"""The twenty-second held-out bilingual set (tests/heldout-bilingual22): structure only (tests/heldout_bilingual_checks.py).

Its recall and warnings are deliberately not asserted: it is scored once, by the lead at the end of the session,
with ``python scripts/evaluate.py --set heldout-bilingual22``.
"""
from __future__ import annotations

from heldout_bilingual_checks import BilingualSetChecks, NewFormChecks


class TestHeldoutBilingual22(NewFormChecks, BilingualSetChecks):
    NAME = "heldout-bilingual22"
    # tests/heldout24 is written in the same hour by another author and is unseen by this one: the glossary may share
    # no entity and no form with any other glossary of the repository; that one was not compared.
    SIBLING = "heldout24"
    UNSEEN = SIBLING

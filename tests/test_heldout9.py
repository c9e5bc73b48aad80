"""The ninth held-out set (tests/heldout9): structure only (tests/heldout_checks.py).

It is held out: its recall and its controls' silence are measured once by `python scripts/evaluate.py --set heldout9`
and reported, not asserted here. These tests check only that the annotations are valid (and name the glossary's
preferred form as the suggestion), that the glossary is well formed and shares no form with the other glossaries
(heldout8, dev7, dev8, dev-single and the bilingual sets included), and that the seven clean controls have no
annotation rows.
"""
from __future__ import annotations

from heldout_checks import FolderSetChecks, glossaries


class TestHeldout9(FolderSetChecks):
    NAME = "heldout9"
    OTHER_GLOSSARIES = glossaries("corpus", "dev-single", "dev7", "dev8", "bilingual", "heldout", "heldout2",
                                  "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                                  "heldout-bilingual", "heldout-bilingual2", "heldout-bilingual3",
                                  "heldout-bilingual4", "heldout-bilingual5", "heldout-bilingual6")

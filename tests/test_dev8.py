"""The development set tests/dev8: structure (tests/heldout_checks.py).

Its strict figures are measured by `python scripts/evaluate.py --set dev8`; here: the annotations are valid (and name
the glossary's preferred form as the suggestion), the glossary is well formed and shares no form with any other
glossary of the repository, and only the ten error articles have rows (the seventeen clean controls have none).
"""
from __future__ import annotations

from heldout_checks import FolderSetChecks, glossaries


class TestDev8(FolderSetChecks):
    NAME = "dev8"
    ERROR_ARTICLES, CONTROLS = 10, 17
    OTHER_GLOSSARIES = glossaries("corpus", "dev-single", "dev7", "bilingual", "heldout", "heldout2", "heldout3",
                                  "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout-bilingual",
                                  "heldout-bilingual2", "heldout-bilingual3", "heldout-bilingual4",
                                  "heldout-bilingual5", "heldout-bilingual6")

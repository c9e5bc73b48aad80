"""The development set tests/dev7: structure (tests/heldout_checks.py).

Its strict figures are measured by `python scripts/evaluate.py --set dev7` and gated in tests/test_recall.py once it
is among the fit sets; here: the annotations are valid (and name the glossary's preferred form as the suggestion),
the glossary is well formed and shares no form with any other glossary of the repository, and only the six error
articles have rows (the eight clean controls have none).
"""
from __future__ import annotations

from heldout_checks import FolderSetChecks, glossaries


class TestDev7(FolderSetChecks):
    NAME = "dev7"
    ERROR_ARTICLES, CONTROLS = 6, 8
    OTHER_GLOSSARIES = glossaries("corpus", "dev-single", "bilingual", "heldout", "heldout2", "heldout3", "heldout4",
                                  "heldout5", "heldout6", "heldout7", "heldout-bilingual", "heldout-bilingual2",
                                  "heldout-bilingual3", "heldout-bilingual4", "heldout-bilingual5")

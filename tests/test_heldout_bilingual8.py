"""The eighth held-out bilingual set (tests/heldout-bilingual8): structure only (tests/heldout_bilingual_checks.py).

Its recall and warnings are deliberately not asserted: it is scored once, by the lead at the end of the session,
with ``python scripts/evaluate.py --set heldout-bilingual8``.
"""
from __future__ import annotations

from conftest import ROOT, glossary_forms, tsv_rows
from heldout_bilingual_checks import BilingualSetChecks

ALL_FORMS = ("zh", "ja", "accept", "reject")


class TestHeldoutBilingual8(BilingualSetChecks):
    NAME = "heldout-bilingual8"
    SIBLING = "heldout10"  # written in the same hour by another author, unseen by this one

    def test_no_form_is_shared_with_another_glossary(self):
        ours = glossary_forms(self.folder / "glossary.tsv", ALL_FORMS)
        others = [p for p in (*(ROOT / "glossary").glob("*.tsv"), *(ROOT / "tests" / "data" / "glossary").glob("*.tsv"),
                              *(ROOT / "tests").glob("*/glossary.tsv"))
                  if p.parent not in (self.folder, ROOT / "tests" / self.SIBLING)]
        assert len(others) >= 20
        for path in others:
            shared = ours & glossary_forms(path, ALL_FORMS)
            assert not shared, (path, shared)

    def test_term_entries_carry_reject_lists(self):
        terms = [e for e in tsv_rows(self.folder / "glossary.tsv")[1:] if e[2] == "term"]
        assert len(terms) >= 6
        assert all(e[5] for e in terms), [e[0] for e in terms if not e[5]]

"""The eleventh held-out set (tests/heldout11): structure only (tests/heldout_checks.py).

It is held out: its recall and its controls' silence are measured once by `python scripts/evaluate.py --set heldout11`
and reported, not asserted here. These tests check only that the annotations are valid (and name the glossary's
preferred form as the suggestion), that the glossary passes `textqa glossary check` and shares no zh, ja, accepted or
rejected form with any other glossary of the repository (tests/heldout-bilingual9, written in the same session by
another author, included once it exists), and that the eight clean controls have no annotation rows.
"""
from __future__ import annotations

from click.testing import CliRunner
from conftest import ROOT, glossary_forms
from heldout_checks import FolderSetChecks

from textqa.cli import main

FOLDER = ROOT / "tests" / "heldout11"
FORMS = ("zh", "ja", "accept", "reject")


def other_glossaries() -> tuple:
    """Every glossary in the repository but this set's."""
    found = (*(ROOT / "glossary").glob("*.tsv"), *(ROOT / "tests").glob("**/glossary.tsv"),
             *(ROOT / "tests" / "data" / "glossary").glob("*.tsv"))
    return tuple(sorted(p for p in found if FOLDER not in p.parents))


class TestHeldout11(FolderSetChecks):
    NAME = "heldout11"
    OTHER_GLOSSARIES = other_glossaries()
    CONTROLS = 8

    def test_rejected_forms_are_not_in_the_other_glossaries_either(self):
        assert len(self.OTHER_GLOSSARIES) > 20
        assert ROOT / "tests" / "heldout10" / "glossary.tsv" in self.OTHER_GLOSSARIES
        ours = glossary_forms(FOLDER / "glossary.tsv", FORMS)
        others = set().union(*(glossary_forms(p, FORMS) for p in self.OTHER_GLOSSARIES))
        assert ours.isdisjoint(others), sorted(ours & others)

    def test_glossary_check_reports_nothing(self):
        result = CliRunner().invoke(main, ["glossary", "check", str(FOLDER / "glossary.tsv")])
        assert result.exit_code == 0, result.output
        assert "Found 0 findings" in result.output

"""The fourth held-out set (tests/heldout4): structure only.

It is held out: its recall and its controls' silence are measured once by `python scripts/evaluate.py --set heldout4`
and reported, not asserted here. These tests check only that the annotations are valid, that the glossary is well
formed and shares no form with the other glossaries, and that the clean controls have no annotation rows.
"""
from __future__ import annotations

from conftest import ROOT, glossary_forms as _forms, load_evaluate, tsv_rows as _rows

HELDOUT4 = ROOT / "tests" / "heldout4"
OTHER_GLOSSARIES = (
    ROOT / "glossary" / "hunan-blockchain.names.tsv",
    ROOT / "tests" / "corpus" / "glossary.tsv",
    ROOT / "tests" / "heldout" / "glossary.tsv",
    ROOT / "tests" / "heldout2" / "glossary.tsv",
    ROOT / "tests" / "heldout3" / "glossary.tsv",
)

evaluate = load_evaluate()


def test_annotations_are_valid():
    evalset = evaluate.named_set("heldout4")
    assert evaluate.check_annotations(evalset.annotations, evalset.glossary) == []


def test_cli_check_annotations_succeeds(capsys):
    assert evaluate.main(["--set", "heldout4", "--check-annotations"]) == 0
    assert "tests/heldout4/annotations.tsv" in capsys.readouterr().out


def test_glossary_rows_have_seven_fields():
    rows = _rows(HELDOUT4 / "glossary.tsv")
    assert rows[0] == ["zh", "ja", "type", "reading", "accept", "reject", "note"]
    assert all(len(r) == 7 for r in rows), [r for r in rows if len(r) != 7]


def test_glossary_is_disjoint_from_the_other_glossaries():
    ours = _forms(HELDOUT4 / "glossary.tsv")
    others = set().union(*(_forms(p, ("zh", "ja", "accept", "reject")) for p in OTHER_GLOSSARIES))
    assert ours.isdisjoint(others), sorted(ours & others)
    assert {r[0] for r in _rows(HELDOUT4 / "glossary.tsv")[1:]}.isdisjoint(
        set().union(*(evaluate.glossary_entities(p) for p in OTHER_GLOSSARIES)))


def test_controls_have_no_annotations_and_every_error_article_has_some():
    evalset = evaluate.named_set("heldout4")
    files = {evaluate.rel(p) for p in evalset.files}
    controls = {f for f in files if f.rsplit("/", 1)[-1].startswith("clean-")}
    annotated = {a.file for a in evaluate.load_annotations(evalset.annotations)}
    assert len(controls) == 6 and len(files - controls) == 5
    assert annotated == files - controls

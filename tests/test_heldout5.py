"""The fifth held-out set (tests/heldout5): structure only.

It is held out: its recall and its controls' silence are measured once by `python scripts/evaluate.py --set heldout5`
and reported, not asserted here. These tests check only that the annotations are valid (and name the glossary's
preferred form as the suggestion), that the glossary is well formed and shares no form with the other glossaries
(heldout4 and the bilingual sets included), and that the seven clean controls have no annotation rows.
"""
from __future__ import annotations

from conftest import ROOT, glossary_forms, load_evaluate, tsv_rows

HELDOUT5 = ROOT / "tests" / "heldout5"
OTHER_GLOSSARIES = (
    ROOT / "glossary" / "hunan-blockchain.names.tsv",
    *(ROOT / "tests" / name / "glossary.tsv" for name in (
        "corpus", "bilingual", "heldout", "heldout2", "heldout3", "heldout4", "heldout-bilingual",
        "heldout-bilingual2")),
)

evaluate = load_evaluate()


def test_check_annotations_passes_through_the_api_and_the_cli(capsys):
    evalset = evaluate.named_set("heldout5")
    assert evaluate.check_annotations(evalset.annotations, evalset.glossary) == []
    assert evaluate.main(["--set", "heldout5", "--check-annotations"]) == 0
    assert "tests/heldout5/annotations.tsv" in capsys.readouterr().out


def test_glossary_has_seven_columns_and_nam_rows_suggest_its_preferred_form():
    header, *rows = tsv_rows(HELDOUT5 / "glossary.tsv")
    assert header == ["zh", "ja", "type", "reading", "accept", "reject", "note"]
    assert all(len(r) == 7 for r in rows), [r for r in rows if len(r) != 7]
    preferred = {r[0]: r[1] for r in rows}
    nam = [a for a in evaluate.load_annotations(HELDOUT5 / "annotations.tsv") if a.family == "NAM"]
    assert [a.label() for a in nam if a.suggestion != preferred[a.entity]] == []


def test_glossary_shares_no_form_with_the_other_glossaries():
    ours = glossary_forms(HELDOUT5 / "glossary.tsv")
    others = set().union(*(glossary_forms(p, ("zh", "ja", "accept", "reject")) for p in OTHER_GLOSSARIES))
    assert ours.isdisjoint(others), sorted(ours & others)


def test_only_the_five_error_articles_have_rows():
    files = {evaluate.rel(p) for p in evaluate.named_set("heldout5").files}
    controls = {f for f in files if f.rsplit("/", 1)[-1].startswith("clean-")}
    annotated = {a.file for a in evaluate.load_annotations(HELDOUT5 / "annotations.tsv")}
    assert len(controls) == 7 and len(files - controls) == 5
    assert annotated == files - controls

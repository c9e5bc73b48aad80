"""The first set written as held-out (tests/heldout, a development set since): valid annotations, silent control.

Fixes were made against it after its first measurement, so it is a development set now. Its recall is reported by
`python scripts/evaluate.py --set heldout`, not enforced here. Precision on correct Japanese is enforced:
the clean control must not draw a single warning.
"""
from __future__ import annotations

import pytest

from conftest import ROOT, load_evaluate

HELDOUT = ROOT / "tests" / "heldout"
CLEAN_CONTROL = "tests/heldout/articles/clean-control.ja.txt"
OTHER_GLOSSARIES = (ROOT / "tests" / "corpus" / "glossary.tsv", ROOT / "glossary" / "hunan-blockchain.names.tsv")


evaluate = load_evaluate()


@pytest.fixture(scope="module")
def result():
    return evaluate.evaluate(evaluate.named_set("heldout"))


def test_annotations_are_valid():
    evalset = evaluate.named_set("heldout")
    assert evaluate.check_annotations(evalset.annotations, evalset.glossary) == []
    files = {evaluate.rel(p) for p in evalset.files}
    annotated = {a.file for a in evaluate.load_annotations(evalset.annotations)}
    assert CLEAN_CONTROL in files and CLEAN_CONTROL not in annotated
    assert annotated == files - {CLEAN_CONTROL}


def test_glossary_rows_have_seven_fields_and_new_entities():
    rows = [ln.split("\t") for ln in (HELDOUT / "glossary.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    assert all(len(r) == 7 for r in rows), [r for r in rows if len(r) != 7]
    ours = {r[0] for r in rows[1:]}
    others = set().union(*(evaluate.glossary_entities(p) for p in OTHER_GLOSSARIES))
    assert ours.isdisjoint(others), ours & others


def test_cli_check_annotations_succeeds(capsys):
    assert evaluate.main(["--set", "heldout", "--check-annotations"]) == 0
    assert "tests/heldout/annotations.tsv" in capsys.readouterr().out


def test_clean_control_is_silent(result):
    false = [(w["line"], w["code"], w["surface"], w["message"]) for s in result.families.values()
             for w in s.false_warnings if w["file"] == CLEAN_CONTROL]
    assert result.false_by_file[CLEAN_CONTROL] == 0, false

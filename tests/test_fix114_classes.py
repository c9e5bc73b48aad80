"""Invented tests for the class fixed after heldout113 was scored (fix114), which heldout110 showed too:
- masks: a label of a form written in Latin letters (英語の記事では, ピンイン: data/latin_form_labels.txt) followed by no
  Latin letter and no quotation mark gives no form: the English account rendered in Japanese goes on
  (`英語の記事ではボランテ ィアの一団として紹介された`), and a katakana word split there is linted (GRB009); a Latin form
  after it (`Mingyuan Linの名で`, `「Mingyuan Lin」と`) and a pinyin row's value stay masked, as does a Chinese form
  after a label of Chinese (`中国語の記事では林明远と書かれた`).
"""
from __future__ import annotations

import pytest

from lint_helpers import graded

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "林明远\t林明遠\tperson\tリン・ミンユエン\t\t\tinvented person\n")
LEAD = "林明遠さんは村で修理隊を率いている。"


@pytest.mark.parametrize("sentence, warned", [
    ("英語の記事ではボランテ ィアの一団として紹介された。", [("GRB009", "ボランテ ィア")]),
    ("英語の記事ではリペア チームの一団として紹介された。", [("GRB009", "リペア チーム")]),
    ("英語の記事ではMingyuan Linの名で紹介された。", []),
    ("英語の記事では「Mingyuan Lin」と書かれた。", []),
    ("中国語の記事では林明远と書かれた。", []),
])
def test_a_latin_labels_value_that_is_no_latin_form(sentence, warned):
    found = [(c, s) for c, severity, s in graded(LEAD + sentence, GLOSSARY) if severity != "info"]
    assert found == warned, found


def test_a_pinyin_rows_value_stays_a_form():
    text = "林明遠（ピンイン：Lín Míngyuǎn）さんは村で修理隊を率いている。"
    assert [(c, s) for c, severity, s in graded(text, GLOSSARY) if severity != "info"] == []

"""Invented tests for the classes fixed after heldout76 and heldout-bilingual73 were scored (fix76):
- NAM011: 千 and 于 (a slanted top stroke or a flat one over the same hooked cross) and 手 and 毛 (the long stroke's
  hook turned the other way under the same crossbars) are look-alikes (PAIRS of scripts/make_lookalike_table.py, so
  data/lookalike_kanji.tsv);
- BIL003: the documents or instructions a notice follows (根据省、市有关文件精神, 按照县政府统一部署: a `formulas` entry
  of bilingual/data/cuts.toml) are a formula a translated notice leaves out.
Each with its contrast."""
from __future__ import annotations

import pytest

from textqa.mentions.lookalike import lookalikes
from textqa.rules.bilingual.omitted_sentence import formula

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n韦千里\t韋千里\tperson\t\t\t\t\n"
            "毛岭镇\t毛嶺鎮\tplace\t\t\t\t\n")


@pytest.mark.parametrize("a, b", [("千", "于"), ("手", "毛")])
def test_the_pairs_are_in_the_table(a, b):
    assert b in lookalikes()[a] and a in lookalikes()[b]


def test_a_name_misread_by_eye_is_reported(warnings):
    text = "韋千里さんは毛嶺鎮で茶を作っている。韋于里さんの畑は手嶺鎮の川沿いにある。"
    assert warnings(text) == [("NAM011", "韋于里"), ("NAM011", "手嶺鎮")]


def test_the_right_names_and_words_stay_silent(warnings):
    assert warnings("韋千里さんは毛嶺鎮で茶を作っている。選手たちは手作りの弁当を食べた。") == []


@pytest.mark.parametrize("clause", ["根据省、市有关文件精神，", "按照县政府统一部署，", "依据有关规定，"])
def test_the_documents_a_notice_follows_are_a_formula(clause):
    assert formula(clause)


@pytest.mark.parametrize("clause", ["根据统计，", "根据气象部门预报，", "根据县政府要求，全县停课三天。"])
def test_a_source_of_facts_or_the_measure_itself_is_no_formula(clause):
    assert not formula(clause)

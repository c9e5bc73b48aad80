"""Invented tests for the classes fixed after heldout90 and heldout-bilingual87, and heldout91, were scored (fix91):
- NAM011: 安 and 妄, 武 and 式, 齢 and 歯, 蒲 and 薄 (after heldout90), 亢 and 元, 雨 and 両 (after heldout91) are
  look-alikes (PAIRS of scripts/make_lookalike_table.py; tested in tests/test_lookalike_pairs_added.py, rows fix91 and
  fix91b).
- Numbers: two neighbouring kanji digits before a tenth (七八成, seven or eight tenths) are each tenths (70% and 80%),
  and a range whose second end writes its tenths (7～8割) has its first end in tenths too (70%), not hundredths: the
  source's 七八成熟 and its translation's 7～8割ほど熟した were read as 7 and 8 against 7% and 80% (BIL002, a warning
  on a clean pair of heldout-bilingual87).
With its contrast: a share really changed still warns."""
from __future__ import annotations

from fractions import Fraction

import pytest

from lint_helpers import pair_warnings
from textqa.bilingual.numbers import quantities

PAIR_GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n星河镇\t星河鎮\tplace\t\t\t\t\n"
ZH = "星河镇的桃子在七八成熟时采摘，装箱后当天发往城里。"
JA = "星河鎮の桃は7～8割ほど熟した段階で収穫し、箱詰めしてその日のうちに町へ出荷する。"


@pytest.mark.parametrize("text, shares", [("七八成熟时", [Fraction(7, 10), Fraction(8, 10)]),
                                          ("7～8割ほど", [Fraction(7, 10), Fraction(8, 10)]),
                                          ("0.3～0.4％", [Fraction(3, 1000), Fraction(4, 1000)])])
def test_neighbouring_digits_and_ranges_of_tenths_are_tenths(text, shares):
    assert [(q.value, q.percent) for q in quantities(text)] == [(share, True) for share in shares]


def test_digits_before_a_counter_stay_counts():
    assert [(q.value, q.percent) for q in quantities("七八个人")] == [(7, False), (8, False)]


@pytest.fixture
def numbers(tmp_path):
    return pair_warnings(tmp_path, PAIR_GLOSSARY, ("BIL002",))


def test_a_range_of_tenths_matches_its_source(numbers):
    assert numbers([ZH], [JA]) == []


def test_a_changed_share_still_warns(numbers):
    assert numbers([ZH], [JA.replace("7～8割", "9割")]) == ["BIL002"]

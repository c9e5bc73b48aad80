"""Invented tests for the classes fixed after heldout72 and heldout-bilingual69 were scored (fixb69):
- BIL002: 百 or 千 alone before 年 is a number (树龄超过百年 = 樹齢100年超: numbers.toml `lone-multiplier-counters`), so
  the translation's 100 is no number the source lacks, and a changed number beside it pairs with its own;
- BIL003: the authority a notice is issued on (经医院研究决定, a `formulas` entry of bilingual/data/cuts.toml) is a
  formula editions leave out.
Each with its contrast."""
from __future__ import annotations

from fractions import Fraction

import pytest
from lint_helpers import rule_on_pairs

from textqa.bilingual.numbers import quantities
from textqa.findings import Severity
from textqa.rules.bilingual.omitted_sentence import formula

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n星河镇\t星河鎮\tplace\t\t\t\t\n"
OLD_ZH = "星河镇种植杏树已有300多年历史。其中树龄超过百年的老杏树有2000多棵。"


@pytest.fixture
def numbers(tmp_path):
    return lambda zh, ja: [f for f in rule_on_pairs(tmp_path, GLOSSARY, "BIL002")(zh, ja)
                           if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("text, values", [("树龄超过百年", [100]), ("千年古城", [1000]), ("百姓", []), ("百货商场", [])])
def test_a_lone_hundred_or_thousand_before_years_is_a_number(text, values):
    assert [q.value for q in quantities(text)] == [Fraction(v) for v in values]


def test_a_century_written_in_digits_is_no_extra_number(numbers):
    ja = "星河鎮のアンズ栽培には300年余りの歴史がある。このうち樹齢100年を超える古木は2000本余りある。"
    assert numbers([OLD_ZH], [ja]) == []


def test_the_changed_count_beside_it_is_reported_as_itself(numbers):
    ja = "星河鎮のアンズ栽培には300年余りの歴史がある。このうち樹齢100年を超える古木は1200本余りある。"
    assert [f.message.split("'")[1] for f in numbers([OLD_ZH], [ja])] == ["1200"]


def test_the_authority_a_notice_is_issued_on_is_a_formula():
    assert formula("经医院研究决定，") and formula("经县政府研究决定，")
    assert not formula("经过三年建设，")


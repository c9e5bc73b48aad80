"""BIL001, BIL002 and BIL003 on invented pairs (fixb41): a term rendered only by a beginning of its form that ends a
word of it, half of it at least (洗浄 for 洗浄処理), is rendered shortened (info), while a shorter beginning stays a
missing term; an approximate quantity (上百, 近百, 几十, 数百, 成千上万: numbers.toml `approximate-prefixes` and
`approximate-words`) is a range, equal to a number inside it and never paired with another number as a change; a
clause that holds a small number before a counter (两季) which the paragraph's translation has nowhere, with its
translated neighbour leaving it no room, was dropped."""
from __future__ import annotations

from fractions import Fraction

import pytest
from lint_helpers import rule_on_pairs

from textqa.bilingual.numbers import differing, quantities
from textqa.findings import Severity

GLOSSARY = "zh\tja\ttype\n清洗\t洗浄処理\tterm\n红枣干\t乾燥赤ナツメ\tterm\n青禾镇\t青禾鎮\tplace\n"
# an opening and a closing paragraph around the paragraphs under test, translated one to one
AROUND = (("青禾镇位于山区，全镇有果园8000亩。", "青禾鎮は山間部にあり、鎮全体の果樹園は8000ムー。"),
          ("镇里计划明年再建一个加工厂。", "鎮は来年、加工場をもう一つ建てる計画だ。"))


@pytest.fixture
def lint(tmp_path):
    def run(zh: list[str], ja: list[str], code: str):
        (first_zh, first_ja), (last_zh, last_ja) = AROUND
        return rule_on_pairs(tmp_path, GLOSSARY, code)([first_zh, *zh, last_zh], [first_ja, *ja, last_ja])
    return run


def test_a_term_rendered_by_the_first_word_of_its_form_is_shortened_not_missing(lint):
    found = lint(["苹果采摘后先清洗晾干，再装箱发往各地。"], ["リンゴは収穫後まず洗浄して乾かし、箱詰めして各地へ出荷する。"],
                 "BIL001")
    assert [(f.severity, "shortened form of '洗浄処理'" in f.message) for f in found] == [(Severity.INFO, True)]


def test_a_beginning_shorter_than_half_the_form_is_still_a_missing_term(lint):
    found = lint(["合作社还把次果做成红枣干出售。"], ["組合は規格外の果実を乾燥させて販売している。"], "BIL001")
    assert [f.severity for f in found] == [Severity.WARNING]
    assert "no rendering" in found[0].message


@pytest.mark.parametrize("text, low, high, value", [
    ("每晚接待上百位客人", 100, 1000, 100), ("近百名工人", 80, 100, 100), ("干了几十年", 20, 100, 10),
    ("数百メートル", 200, 1000, 100), ("上万亩果园", 10000, 100000, 10000), ("成千上万的游客", 1000, 100000, 1000),
    ("上百万元", 1000000, 10000000, 1000000)])
def test_an_approximate_quantity_is_a_range(text, low, high, value):
    (q,) = quantities(text)
    assert (q.approx, q.value) == ((Fraction(low), Fraction(high)), Fraction(value))


@pytest.mark.parametrize("text", ["附近百姓都来帮忙", "早上千万别浇水"])
def test_a_prefix_before_no_counter_makes_no_approximate_quantity(text):
    assert all(q.approx is None for q in quantities(text))


def test_a_percentage_after_near_stays_a_percentage():
    (q,) = quantities("接近百分之五十")
    assert q.percent and q.value == Fraction(1, 2) and q.approx is None


def test_a_number_inside_the_range_is_no_change(lint):
    zh = ["国庆和春节两个长假里，村里的民宿每晚接待上百位客人。"]
    ja = ["国慶節と春節の大型連休には、村の民宿が毎晩100人以上の客を迎える。"]
    assert lint(zh, ja, "BIL002") == []


def test_a_number_outside_the_range_is_a_change():
    lost, extra = differing("村里的民宿每晚接待上百位客人。", "村の民宿は毎晩10人の客を迎える。")
    assert [q.surface for q in lost] == ["上百"] and [q.surface for q in extra] == ["10"]


def test_approximate_quantities_match_each_other_before_a_number_inside_their_range():
    lost, extra = differing("门票从几十元到几百元不等，去年接待游客1600多人次。",
                            "入場料は数十元から数百元で、昨年は6100人余りが訪れた。")
    assert [q.surface for q in lost] == ["1600"] and [q.surface for q in extra] == ["6100"]


def test_a_clause_with_a_small_count_the_translation_lacks_is_dropped(lint):
    zh = ["每年夏秋两季，村里的冷库每天有上百箱葡萄入库。"]
    found = lint(zh, ["村の冷蔵倉庫には、毎日100箱を超えるブドウが運び込まれる。"], "BIL003")
    assert [(f.severity, "每年夏秋两季" in f.message) for f in found] == [(Severity.WARNING, True)]
    kept = lint(zh, ["毎年夏と秋の両シーズン、村の冷蔵倉庫には毎日100箱を超えるブドウが運び込まれる。"], "BIL003")
    assert kept == []

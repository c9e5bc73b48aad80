"""Invented tests for the classes fixed after heldout75 and heldout-bilingual72 were scored (fix75):
- NAM011: a kanji of the same last part as the name's (桐 for 洞, both 同 on the right), whose usual reading (tong) is
  a reading of the name's kanji only in other names (洞 reads tong in some places, dong in this cave's name), is a
  look-alike misread by eye: the name's own syllable decides (the glossary's), not every reading of its kanji;
- BIL002/BIL003: カ所 and its spellings are counters of places (十数カ所の村 = 十几个村子), so 十 before 数 and them is
  "more than ten", as in the source, and the clause that holds it is translated.
Each with its contrast."""
from __future__ import annotations

from fractions import Fraction

import pytest
from lint_helpers import pair_warnings

from textqa.bilingual.numbers import quantities

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n星河大洞\t星河大洞\tplace\t\t\t\t\n"
            "侯家镇\t侯家鎮\tplace\t\t\t\t\n")


TEXT = "星河大洞は鍾乳洞で、見学者が多い。星河大桐の案内板もある。\n侯家鎮の市場は広い。候家鎮の朝市も人気だ。\n"


def test_a_kanji_of_the_same_last_part_read_so_only_rarely_is_a_look_alike(warnings):
    assert ("NAM011", "星河大桐") in warnings(TEXT)


def test_a_kanji_whose_usual_reading_is_the_names_stays_a_homophone(warnings):
    assert ("NAM004", "候家鎮") in warnings(TEXT)


@pytest.mark.parametrize("text, values", [("十数カ所の村", [10]), ("三か所", [3]), ("十数箇所", [10]), ("十几个村子", [10])])
def test_places_counted_in_kanji_are_numbers(text, values):
    assert [q.value for q in quantities(text)] == [Fraction(v) for v in values]


PAIR_GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n青禾镇\t青禾鎮\tplace\t\t\t\t\n"
FIRST_ZH = "青禾镇文化站去年举办了12场非遗展演。"
FIRST_JA = "青禾鎮文化センターは昨年、無形文化遺産の公演を12回開いた。"


@pytest.fixture
def numbers(tmp_path):
    return pair_warnings(tmp_path, PAIR_GLOSSARY, ("BIL002", "BIL003"))


def test_more_than_ten_villages_rendered_so_is_no_clause_lost(numbers):
    zh = [FIRST_ZH, "今年春天，演出队带着锣鼓去了十几个乡镇的集市，观众超过一万人次。"]
    ja = [FIRST_JA, "今春、公演隊は銅鑼や太鼓を携えて十数カ所の郷鎮の市を巡り、観客は延べ1万人を超えた。"]
    assert numbers(zh, ja) == []


def test_a_changed_count_of_villages_still_warns(numbers):
    zh = [FIRST_ZH, "今年春天，演出队带着锣鼓去了三十几个乡镇的集市，观众超过一万人次。"]
    ja = [FIRST_JA, "今春、公演隊は銅鑼や太鼓を携えて十数カ所の郷鎮の市を巡り、観客は延べ1万人を超えた。"]
    assert numbers(zh, ja) != []

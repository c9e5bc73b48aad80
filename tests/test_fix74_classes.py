"""Invented tests for the classes fixed after heldout74 and heldout-bilingual71 were scored (fix74):
- NAM005: a place's name under another administrative suffix (青禾鎮, the town that shares the glossary county
  青禾県's name) is another place, not the county misheard one syllable off: no near-homophone candidate, so a
  look-alike of a longer glossary name that holds it (卞青禾鎮 for 下青禾鎮) is reported as itself;
- BIL002/BIL003: kanji digits right before an Arabic digit are no part of the number (今年は三七15トンを出荷: the
  plant 三七, then 15 tonnes), so the translation's 42 is the source's.
Each with its contrast."""
from __future__ import annotations

from fractions import Fraction

import pytest
from lint_helpers import pair_warnings

from textqa.bilingual.numbers import quantities

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n青禾县\t青禾県\tplace\t\t\t\t\n"
            "下青禾镇\t下青禾鎮\tplace\t\t\t\t\n韦志平\t韋志平\tperson\t\t\t\t\n")


def test_the_town_that_shares_the_countys_name_is_no_near_homophone(warnings):
    assert warnings("青禾県は山あいの県で、県政府は青禾鎮に置かれている。青禾鎮の朝市には毎朝多くの人が集まる。"
                    "青禾市から来る人も多い。") == []


def test_a_look_alike_of_a_longer_town_name_that_holds_it_is_reported_as_itself(warnings):
    text = "韋志平さんは下青禾鎮で米を作っている。卞青禾鎮と書かれた古い地図も残っている。"
    assert warnings(text) == [("NAM011", "卞青禾鎮")]


def test_the_county_read_one_syllable_off_in_its_own_name_still_warns(warnings):
    assert warnings("青禾県は山あいの県だ。京禾県の茶は有名だ。") == [("NAM005", "京禾県")]


@pytest.mark.parametrize("text, values", [
    ("今年は三七15トンを出荷した", [15]), ("三七250ムーを植えた", [250]),
    ("1万2000人", [12000]), ("一万2000人", [12000]), ("三千二百人", [3200]), ("二〇二三年", [2023])])
def test_kanji_digits_right_before_arabic_digits_are_no_part_of_the_number(text, values):
    assert [q.value for q in quantities(text)] == [Fraction(v) for v in values]


PAIR_GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n青禾镇\t青禾鎮\tplace\t\t\t\t\n"
FIRST_ZH = "青禾镇的药材合作社成立于2016年，现有社员120户。"
FIRST_JA = "青禾鎮の薬草合作社は2016年に設立され、現在の組合員は120戸。"


@pytest.fixture
def numbers(tmp_path):
    return pair_warnings(tmp_path, PAIR_GLOSSARY, ("BIL002", "BIL003"))


def test_a_count_after_the_plant_sanqi_is_the_sources_number(numbers):
    zh = [FIRST_ZH, "今年合作社已出货三七15吨，货款共计520万元。"]
    ja = [FIRST_JA, "今年、合作社はすでに三七15トンを出荷し、代金は計520万元に上る。"]
    assert numbers(zh, ja) == []


def test_a_changed_count_after_it_still_warns(numbers):
    zh = [FIRST_ZH, "今年合作社已出货三七15吨，货款共计520万元。"]
    ja = [FIRST_JA, "今年、合作社はすでに三七51トンを出荷し、代金は計520万元に上る。"]
    assert "BIL002" in numbers(zh, ja)

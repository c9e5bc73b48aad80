"""Invented tests for the classes fixed after heldout77 and heldout-bilingual74 were scored (fix77):
- BIL002/BIL003: a word that names an hour (正午 = 12時: numbers.toml `named-hours`) is that time as an end of a range
  whose other end is a time (上午9点至12点 = 午前9時～正午), so the source's 12 is no number left out; elsewhere
  (正午過ぎ) it is a word;
- NAM011: 技術員 (a technician) after a name is a title, as 技師 is (data/name_context.tsv), so a look-alike of a
  person's name before it is no name embedded in a longer word.
Each with its contrast."""
from __future__ import annotations

from fractions import Fraction

import pytest
from lint_helpers import pair_warnings, parsed
from lint_helpers import warnings as warned

from textqa.bilingual.numbers import quantities


@pytest.mark.parametrize("text, values", [
    ("午前9時～正午", [9, 12]), ("正午～午後3時", [12, 3]), ("正午過ぎに着いた", []), ("正午のニュース", [])])
def test_a_named_hour_is_a_time_as_an_end_of_a_range(text, values):
    assert [q.value for q in quantities(text)] == [Fraction(v) for v in values]


PAIR_GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n青禾镇\t青禾鎮\tplace\t\t\t\t\n"
FIRST_ZH = "青禾镇图书馆将于下月起调整开放时间。"
FIRST_JA = "青禾鎮図書館は来月から開館時間を変更する。"


@pytest.fixture
def numbers(tmp_path):
    return pair_warnings(tmp_path, PAIR_GLOSSARY, ("BIL002", "BIL003"))


def test_a_range_ending_at_noon_is_no_number_lost(numbers):
    zh = [FIRST_ZH, "周二至周六上午9点至12点、下午1点半至5点开馆。"]
    ja = [FIRST_JA, "火曜～土曜の午前9時～正午、午後1時半～5時に開館する。"]
    assert numbers(zh, ja) == []


def test_a_range_ending_an_hour_early_still_warns(numbers):
    zh = [FIRST_ZH, "周二至周六上午9点至11点、下午1点半至5点开馆。"]
    ja = [FIRST_JA, "火曜～土曜の午前9時～正午、午後1時半～5時に開館する。"]
    assert numbers(zh, ja) != []


GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n韦远航\t韋遠航\tperson\t\t\t\t\n"


def test_a_look_alike_before_a_technicians_title_is_reported():
    text = "韋遠航技術員は畑を見回る。韋逮航技術員の名札を付けた若者も同行する。"
    assert warned(text, parsed(GLOSSARY)) == [("NAM011", "韋逮航")]


def test_the_name_written_right_before_the_title_is_silent():
    assert warned("韋遠航技術員は畑を見回る。技術員たちも同行する。", parsed(GLOSSARY)) == []

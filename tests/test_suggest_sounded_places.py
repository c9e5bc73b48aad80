"""`glossary suggest --source` finds a place that the translation writes by the sound of its stem in katakana and the
Japanese word of its suffix (glossary/sounded_places.py): the row has the katakana form as `ja`. Invented pairs (the
stems are made-up transliterations)."""
from __future__ import annotations

import pytest

from conftest import suggested_rows as rows


@pytest.mark.parametrize("zh, ja, name, form", [
    # a city: its stem in katakana and 市
    ("位于新疆北部的阿勒泰市今年接待游客超过千万人次。", "新疆北部にあるアルタイ市は今年、1000万人を超える観光客を迎えた。",
     "阿勒泰市", "アルタイ市"),
    # a river: its stem in katakana and 川 for 江
    ("乌苏里江沿岸的渔民开始捕捞大马哈鱼。", "ウスリー川沿岸の漁師がサケ漁を始めた。", "乌苏里江", "ウスリー川"),
])
def test_a_place_by_its_stems_sound_and_its_suffixs_word(zh, ja, name, form):
    assert rows(zh, ja).get(name) == (form, "place")


def test_the_stem_before_another_word_is_no_rendering():
    # アルタイ before 山脈 is no rendering of 阿勒泰市
    found = rows("阿勒泰市今年接待游客超过千万人次。", "アルタイ山脈のふもとでは、今年1000万人を超える観光客を迎えた。")
    assert "阿勒泰市" not in found

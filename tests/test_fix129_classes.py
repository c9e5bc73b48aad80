"""Invented test for a class fixed after heldout128 was scored (fix129; a development set since):
- NAM011: a kanji written for a name's kanji that is that kanji with a part added, where the table of cores
  (data/kanji_cores.tsv, from the CJK Decomposition Data) draws the core in its Chinese glyph and Japanese writes it
  alone in its own, which is a kanji of the table too (墨 is 黑 over 土; Japanese writes 黒, itself made of 里): the
  Japanese form is read as the core's (``lookalike.japanese_core_forms``), so 墨石鎮 for 黒石鎮 is a look-alike, not a
  name one syllable away (mo for hei). A word that holds the kanji (墨汁) draws nothing.
"""
from __future__ import annotations

import pytest

from lint_helpers import graded

GLOSSARY = "zh\tja\ttype\treading\taccept\n黑石镇\t黒石鎮\tplace\t\t\n"


@pytest.mark.parametrize("text, found", [
    ("黒石鎮の茶畑は広い。墨石鎮の市場には毎朝人が集まる。\n", [("NAM011", "warning", "墨石鎮")]),
    ("墨汁を買いに黒石鎮へ行った。\n", []),
])
def test_a_kanji_holding_a_core_japanese_writes_in_its_own_form(text, found):
    assert graded(text, GLOSSARY) == found


def test_the_japanese_form_of_a_core_that_is_a_kanji_of_the_table_too():
    from textqa.mentions.lookalike import japanese_core_forms

    assert japanese_core_forms()["黒"] == "黑"

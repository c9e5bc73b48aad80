"""Invented tests for the class fixed after heldout103 and heldout-bilingual100 were scored (fix103):
- NAM011: a place's or person's kanji written with another kanji of its bottom where one part comes down the right of
  the other (data/kanji_bottoms.tsv's ``str`` rows: 鳥 for 馬, 灬 under a part drawn over it and down its right),
  the rest of the name as it is, where the document names it correctly, is a look-alike under a
  frame's conditions, as a bottom under a part over it (``d``) is; a kanji that shares no part with it stays
  silent, and so does one that shares the part beside it, not under (``a``: 騎 holds 馬 on its left), or the part
  under another arrangement (熊: 灬 under a part over it, ``d``, its own key).
"""
from __future__ import annotations

import pytest

from lint_helpers import graded

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"
PLACE = HEADER + "云马镇\t雲馬鎮\tplace\t\t\t\tinvented town\n"
PERSON = HEADER + "桂马林\t桂馬林\tperson\tグイ・マーリン\t\t\tinvented\n"


def _warned(text, glossary):
    return [(code, surface) for code, severity, surface in graded(text, glossary) if severity != "info"]


@pytest.mark.parametrize("town, written, code", [
    ("雲馬鎮", "雲鳥鎮", "NAM011"),  # 灬 under a part down its right in both
    ("雲馬鎮", "雲村鎮", None), ("雲馬鎮", "雲騎鎮", None), ("雲馬鎮", "雲熊鎮", None),  # none; beside; under another
])
def test_a_place_written_with_a_kanji_of_its_bottom_under_a_part_down_its_right(town, written, code):
    text = f"{town}は川沿いの町だ。毎年秋には市が立ち、{written}の小学校の校庭が会場になる。{town}の人々は市を楽しみにしている。"
    found = [c for c, surface in _warned(text, PLACE) if surface == written]
    assert found == ([code] if code else []), found


def test_a_person_written_with_a_kanji_of_its_bottom_under_a_part_down_its_right():
    text = "桂馬林さんは毎朝、湖で鳥を数える。桂鳥林さんは「今年は渡り鳥が多い」と話した。"
    assert ("NAM011", "桂鳥林") in _warned(text, PERSON)

"""Invented tests for the class fixed after heldout108 and heldout-bilingual105 were scored (fix108):
- NAM011: a kanji whose two parts cjk-decomp draws merged one over the other (存: d/m(𠂇,仔)) with a first part that
  frames other kanji from the top left (有: stl(𠂇,月)) is framed from the top left too (data/kanji_frames.tsv,
  ``make_lookalike_table.frames``): 存 or 在 written in a person's surname 有 is a look-alike; a surname kanji of
  another frame read otherwise (宋) stays a wrong surname.
"""
from __future__ import annotations

import pytest

from lint_helpers import graded

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"


@pytest.mark.parametrize("zh, ja, reading, written, code", [
    ("有明远", "有明遠", "ヨウ・ミンユエン", "存明遠", "NAM011"),  # 𠂇 over 子, merged; 有 is 𠂇 round 月
    ("左明远", "左明遠", "ズオ・ミンユエン", "在明遠", "NAM011"),
    ("有明远", "有明遠", "ヨウ・ミンユエン", "宋明遠", "NAM008"),  # another surname, no frame shared
])
def test_a_surname_written_with_a_kanji_of_its_top_left_frame(zh, ja, reading, written, code):
    glossary = HEADER + f"{zh}\t{ja}\tperson\t{reading}\t\t\tinvented person\n"
    text = f"{ja}さんは映写技師だ。村では{written}さんの映画会が人気だ。{ja}さんは笑った。"
    assert [c for c, severity, s in graded(text, glossary) if s == written and severity != "info"] == [code]

"""Invented tests for the class fixed after heldout84 and heldout-bilingual81 were scored (fix84):
- NAM011: 繁 and 繋 (another top over the same 糸) and 弓 and 引 (a character beside one stroke more) are look-alikes
  (PAIRS of scripts/make_lookalike_table.py, so data/lookalike_kanji.tsv).
With its contrast: the right names and ordinary words stay silent."""
from __future__ import annotations

import pytest

from textqa.mentions.lookalike import lookalikes

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n繁嘉明\t繁嘉明\tperson\t\t\t\t\n"
            "石弓镇\t石弓鎮\tplace\t\t\t\t\n")


@pytest.mark.parametrize("a, b", [("繁", "繋"), ("弓", "引")])
def test_the_pairs_are_in_the_table(a, b):
    assert b in lookalikes()[a] and a in lookalikes()[b]


def test_names_misread_by_eye_are_reported(warnings):
    text = "繁嘉明さんは石弓鎮で竹を編む。繋嘉明さんの工房は石引鎮の川沿いにある。"
    assert warnings(text) == [("NAM011", "繋嘉明"), ("NAM011", "石引鎮")]


def test_the_right_names_and_words_stay_silent(warnings):
    assert warnings("繁嘉明さんは石弓鎮で竹を編む。店の仕事を引き継ぎ、船を岸に繋いだ。") == []

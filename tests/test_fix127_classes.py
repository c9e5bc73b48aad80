"""Invented test for a class fixed after the fifty-fifth session's last held-out pair (heldout127, a development set
since):
- GRB002: a hyphenated English compound adjective glued between Japanese and な and a noun (`warm-heartedな人柄`,
  `soft-spokenな先生`) is an English word left in Japanese prose, a warning as a plain English word is
  (``english_fragment.ordinary_english`` reads each part; the last part may be a word with the ending that makes a
  compound adjective, hearted of warm-hearted: ``_derived``). Before, a part the word list lacks (hearted) hid the
  word, and one it has on both sides (soft-spoken) was `info` as a word no list holds;
- GRB002: an English adjective of three letters that data/english_adjectives.txt lists (shy, odd), glued between
  Japanese and な and a noun (`shyな笑顔`), is such a leftover too, as one of four letters was (``SHORT_ADJECTIVE``);
  a word of three letters the list lacks (tap) is not read so (after heldout128, a development set since).
"""
from __future__ import annotations

import pytest

from lint_helpers import graded

GLOSSARY = "zh\tja\ttype\treading\taccept\n星河镇\t星河鎮\tplace\t\t\n"


@pytest.mark.parametrize("text, word, severity", [
    # a compound adjective whose last part is a noun with -ed
    ("星河鎮の食堂には、店主のwarm-heartedな人柄を慕う客が多い。\n", "warm-hearted", "warning"),
    # ... both parts words of the list
    ("星河鎮の小学校に、soft-spokenな先生が着任した。\n", "soft-spoken", "warning"),
    # ... a noun ending in e, with -d
    ("星河鎮の祭りで、blue-eyedな人形が売られていた。\n", "blue-eyed", "warning"),
    # an adjective of three letters of the list
    ("星河鎮の市場で、店番の少年はshyな笑顔で釣り銭を渡した。\n", "shy", "warning"),
    # a blog's casual register types English on purpose: still only info
    ("星河鎮の食堂に行ってきたよ！店主のwarm-heartedな人柄がいいんだよね〜\n", "warm-hearted", "info"),
])
def test_a_hyphenated_english_adjective(text, word, severity):
    found = [(s, w) for code, s, w in graded(text, GLOSSARY) if code == "GRB002"]
    assert found == [(severity, word)]


@pytest.mark.parametrize("text", [
    # a part that is no English word with the ending (xinged): no English compound
    "星河鎮の劇場で、mei-xingedな名の芝居を見た。\n",
    # a word of three letters that the adjectives' list lacks
    "星河鎮の端末では、tapな操作で切符が買える。\n",
    # a hyphenated given name in pinyin, capitalised: a name, not an English word
    "星河鎮のMing-huiさんは、毎朝市場に出かける。\n",
])
def test_no_english_compound(text):
    assert [c for c, s, _ in graded(text, GLOSSARY) if c == "GRB002" and s != "info"] == []

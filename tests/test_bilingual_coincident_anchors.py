"""BIL003 on invented pairs: a clause anchored to the same translated clause as a stronger neighbour only by hanzi
that neighbour has or that sit in its words (制 of 製品 for 产品 beside 抽检) has no anchor there, and a clause its
anchored neighbours leave no room for is reported; one that shares only the neighbour's hanzi (an apposition that
repeats its words) or writes a hanzi of its own in another translated clause keeps its anchor."""
from __future__ import annotations

import pytest
from lint_helpers import rule_on_pairs

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\n青石村\t青石村\tplace\t\t\t\n"

ZH = ["青石村的花灯节开幕",
      "青石村位于山脚下，村里的花灯手艺已传承了三百多年。每年正月，家家户户都会挂起自己做的花灯。",
      "为了保证质量，青石村统一了制作标准，成立了花灯制品检验小组，今年已抽检产品300多件。",
      "花灯节期间，村里还开设了体验课，游客可以跟着手艺人学做一盏小花灯。"]
JA = ["青石村で花灯祭りが開幕",
      "青石村は山のふもとにあり、村の花灯づくりは300年余り受け継がれてきた。毎年旧暦1月になると、どの家も手作りの花灯を掲げる。",
      "品質を保つため、青石村は製作基準を統一し、花灯製品の検査チームを設け、今年はすでに製品300点余りを抜き取り検査した。",
      "花灯祭りの期間中、村では体験教室も開かれ、観光客は職人に教わって小さな花灯を作ることができる。"]


@pytest.fixture
def lint(tmp_path):
    return rule_on_pairs(tmp_path, GLOSSARY, "BIL003")


def test_a_clause_anchored_by_a_neighbours_word_only_is_left_no_room(lint):
    assert lint(ZH, JA) == []
    dropped = [*JA[:2], JA[2].replace("花灯製品の検査チームを設け、", ""), JA[3]]
    (found,) = lint(ZH, dropped)
    assert found.line == 5 and found.severity.value == "warning" and "成立了花灯制品检验小组" in found.message


def test_an_apposition_that_repeats_its_neighbours_words_keeps_its_anchor(lint):
    zh = [*ZH[:2], "每年举办的青石花灯艺术节，也就是“灯节”，已经连续举办了12届。", ZH[3]]
    ja = [*JA[:2], "毎年開かれる青石花灯芸術祭「灯節」は、これまでに12回開かれてきた。", JA[3]]
    assert lint(zh, ja) == []

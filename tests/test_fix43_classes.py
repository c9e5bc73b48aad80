"""One invented test per class fixed after the scoring of heldout43 (fix43), each with its contrasts: a person's or a
place's pinyin, whole or half (a split name), that the text calls the person or place by (Xの名で署名した, Xの名で
知られる: the name in use, NAM007 and NAM009), not a brand's Latin name nor another name it is also called (とも呼ばれる);
a name under another surname introduced as one of that name (Xという名の, NAM008); look-alikes the table lacked
(巾 and 市: a shape under a lid, 亠; 于 and 子; 牛 and 生); a deputy's title (副市長) as a name suffix after a
look-alike; one kana particle written twice that SudachiPy reads as the conjunction で twice (GRB008); and a number
set apart by spaces in a row of a table or a list, a score sheet's or a timetable's (GRB011: nothing, not even
info), where a number in prose stays info."""
from __future__ import annotations

import pytest

from conftest import lint_findings

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "柏云海\t柏雲海\tperson\t\t\t\tfarmer (invented)\n"
            "云岭\t雲嶺\torg\t\t\t\tbrand (invented)\n"
            "沙河县\t沙河県\tplace\t\t\t\tcounty (invented)\n"
            "柳市镇\t柳市鎮\tplace\t\t\t\ttown (invented)\n"
            "方子谦\t方子謙\tperson\t\t\t\tpotter (invented)\n"
            "石海生\t石海生\tperson\t\t\t\tfisherman (invented)\n"
            "严山峰\t厳山峰\tperson\t\t\t\tofficial (invented)\n")


def _findings(text: str) -> list[tuple[str, str, str]]:
    return lint_findings(text, GLOSSARY)


@pytest.mark.parametrize("text, found", [
    ("柏雲海さんは畑に出た。Bai Yunhaiの名で契約書に署名した。", [("NAM007", "error", "Bai Yunhai")]),
    ("柏雲海さんは畑に出た。Bai雲海の名で書かれた冊子を配った。", [("NAM009", "warning", "Bai雲海")]),
    ("沙河県は米どころだ。Shaheの名で知られる町だ。", [("NAM007", "error", "Shahe")]),
    ("沙河県は米どころだ。町は Shahe の名で呼ばれてきた。",  # set apart by spaces
     [("GRB011", "info", " Shahe "), ("NAM007", "error", "Shahe")]),
    ("雲嶺の米は評判だ。Yunlingの名で売られている。", []),  # a brand's Latin name: what it is sold under
    ("柏雲海さんは畑に出た。Bai Yunhaiとも呼ばれる。", []),  # another name he is also called
])
def test_pinyin_the_text_calls_a_person_or_place_by_is_the_name_in_use(text, found):
    assert _findings(text) == found


def test_a_name_under_another_surname_introduced_as_one_of_that_name():
    assert _findings("柏雲海氏は畑に出た。資料には趙雲海という名の誤記があった。") == [("NAM008", "error", "趙雲海")]


@pytest.mark.parametrize("text, found", [
    ("柳市鎮の市場は広い。柳巾鎮の店も多い。", [("NAM011", "warning", "柳巾鎮")]),  # 巾 for 市: the lid left out
    ("方子謙さんは窯を開いた。方于謙さんの壺は人気だ。", [("NAM011", "warning", "方于謙")]),  # 于 for 子
    ("石海生さんは漁に出た。石海牛さんの船は古い。", [("NAM011", "warning", "石海牛")]),  # 牛 for 生
    ("厳山峰副市長は会見した。厳出峰副市長は記者の質問に答えた。", [("NAM011", "warning", "厳出峰")]),  # before 副市長
])
def test_lookalikes_the_table_lacked_and_a_deputys_title(text, found):
    assert _findings(text) == found


def test_the_table_pairs_a_shape_under_a_lid_and_the_new_swaps():
    from textqa.mentions.lookalike import lookalikes

    table = lookalikes()
    assert "巾" in table["市"] and "允" in table["充"] and "子" in table["于"] and "生" in table["牛"]
    assert "字" in table["宇"]


@pytest.mark.parametrize("text, found", [
    ("蜂蜜をでで保存している。", [("GRB008", "warning", "でで")]),  # で|で read as conjunctions
    ("蜂蜜を保存している。", []),
])
def test_a_particle_written_twice_read_as_a_conjunction_twice(text, found):
    assert _findings(text) == found


@pytest.mark.parametrize("text, found", [
    ("審査員A\n香り 7／色 8\u3000合計 15\n", []),  # a score sheet's row
    ("9:30 開会式\n10:15 講演\n", []),  # a timetable
    ("会場は 9:30 に開く。", [("GRB011", "info", " 9:30 ")]),  # a number in prose
    ("審査員A\n香り 7、色 8\n", [("GRB011", "info", " 7、色 8")]),  # a comma: prose, not a row
])
def test_numbers_set_apart_in_a_row_of_a_table_or_a_list(text, found):
    assert _findings(text) == found

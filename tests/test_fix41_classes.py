"""One invented test per class fixed after the scoring of heldout41 (fix41), each with its contrasts: a name written
with a kanji whose two parts are both swapped for look-alikes (NAM011: 扌 for 木 and 斥 for 斤, 拆 for 析), also in
the surname's place where the look-alike is itself a surname (苗 for 笛: ⺮ and 艹 on top, 田 and 由 below: a surname
misread by eye, not another surname, NAM008, which a surname by sound stays); a Chinese word in forms that simplified
and traditional Chinese both write (GRB001, not GRB013: 每天, where 每日 is Japanese in an old form); and a look-alike
of a name inside a word of the dictionary that is no name (本酒 of 日本酒 for 木酒: nothing, not even info)."""
from __future__ import annotations

import pytest

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "木酒\tムージウ\torg\t\t木酒\t\tbrewery (invented); preferred in katakana\n"
            "笛春生\t笛春生\tperson\t\t\t\tfarmer (invented)\n"
            "郑析文\t鄭析文\tperson\t\t\t\tcarpenter (invented)\n")


def _findings(text: str) -> list[tuple[str, str, str]]:
    from textqa import lint_text
    from textqa.glossary import Glossary
    from textqa.glossary.load import parse_glossary

    return [(f.code, f.severity.value, text[f.span.start:f.span.end])
            for f in lint_text(text, Glossary(parse_glossary(GLOSSARY)))]


@pytest.mark.parametrize("text, found", [
    ("鄭析文氏は工房を開いた。鄭拆文氏によると、注文は増えた。", [("NAM011", "warning", "鄭拆文")]),  # 扌斥 for 木斤
    ("笛春生さんは畑に出た。苗春生さんの話では、今年は雨が多い。", [("NAM011", "warning", "苗春生")]),  # a surname by eye
    ("笛春生さんは畑に出た。李春生さんの話では、今年は雨が多い。", [("NAM008", "error", "李春生")]),  # another surname
])
def test_a_kanji_with_both_parts_swapped_for_lookalikes(text, found):
    assert _findings(text) == found


def test_the_table_pairs_kanji_whose_two_parts_are_both_lookalikes():
    from textqa.mentions.lookalike import lookalikes

    table = lookalikes()
    assert "析" in table["拆"] and "苗" in table["笛"] and "苟" in table["筍"]
    assert "析" not in table.get("新", "")  # 亲 is no look-alike of 木, nor a swap of SWAPS


@pytest.mark.parametrize("text, found", [
    ("每天が忙しい。", [("GRB001", "info", "每天")]),  # alone: a name or a dish as often
    ("「芋头要种在沙土里才香」と言い、每天が忙しいと笑った。",
     [("GRB001", "warning", "芋头要种在沙土里才香"), ("GRB001", "warning", "每天")]),
    ("每日が楽しい。黑板を拭いた。", [("GRB013", "warning", "每日"), ("GRB013", "warning", "黑板")]),  # Japanese words
])
def test_a_chinese_word_in_forms_both_chinese_scripts_write_is_untranslated(text, found):
    assert _findings(text) == found


def test_chinese_forms_are_those_both_scripts_write():
    from textqa.rules.garble import _hanzi

    assert _hanzi.is_chinese_form("收") and _hanzi.is_chinese_form("黑") and _hanzi.is_chinese_form("每")
    assert not _hanzi.is_chinese_form("國") and not _hanzi.is_chinese_form("収") and not _hanzi.is_chinese_form("国")


@pytest.mark.parametrize("text, found", [
    ("ムージウの新商品は日本酒の香りがする。", []),  # 本酒 inside 日本酒, a word of the dictionary
    ("ムージウの新商品は、本酒という名前で売られた。", [("NAM011", "warning", "本酒")]),  # a word of its own
])
def test_a_lookalike_inside_a_dictionary_word_is_no_name(text, found):
    assert _findings(text) == found

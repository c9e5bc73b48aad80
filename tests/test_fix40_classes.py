"""One invented test per class fixed after the scoring of heldout40 (fix40), each with its contrasts: a name written
with a look-alike kanji the table lacked (NAM011: a dot more on a horizontal stroke, 方 for 万; the radicals 木 and 礻,
札 for 礼; a look-alike of one glyph of a character, 冠 and 冦, so 寇 for 冠); a given name's kanji read as the name's
own but for the nasal ending of its final, though it also looks like it (NAM005: 雲 yun for 雨 yu); a Chinese sentence
quoted as someone's words with the verb of speech later in the clause after と、 (GRB001: 「…」と、その理由を説明した)."""
from __future__ import annotations

import pytest
from lint_helpers import warnings as lint_warnings

from conftest import load_script


def _nam(text: str, code: str) -> list[str]:
    from textqa import lint_text
    from textqa.glossary import Glossary
    from textqa.glossary.load import parse_glossary

    glossary = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\tnote\n"
                                       "柯万达\t柯万達\tperson\t\t\t\tpotter (invented)\n"
                                       "岑守礼\t岑守礼\tperson\t\t\t\tgrower (invented)\n"
                                       "蔺雨桐\t藺雨桐\tperson\t\t\t\tweaver (invented)\n"
                                       "冠岭镇\t冠嶺鎮\tplace\t\t\t\ttown (invented)\n"))
    return [text[f.span.start:f.span.end] for f in lint_text(text, glossary)
            if f.code == code and f.severity.value in ("warning", "error")]


@pytest.mark.parametrize("text, found", [
    ("柯万達氏は窯を開いた。柯方達氏によると、客は増えた。", ["柯方達"]),  # a dot more on top: 方 for 万
    ("岑守礼さんは畑を守る。岑守札さんは「木を切る」と話す。", ["岑守札"]),  # 木 for 礻: 札 for 礼
    ("冠嶺鎮は山あいの町だ。寇嶺鎮から客が来る。", ["寇嶺鎮"]),  # 寇 looks like 冦, a glyph of 冠's look-alike
    ("柯万達氏は窯を開いた。万達さんの店は遠い。", []),
    ("冠嶺鎮は山あいの町だ。寇が攻めてきたという伝説が残る。", []),
])
def test_a_name_written_with_a_lookalike_the_table_lacked(text, found):
    assert _nam(text, "NAM011") == found


@pytest.mark.parametrize("text, code, found", [
    ("藺雨桐さんは布を織る。藺雲桐さんは「糸が大事だ」と言う。", "NAM005", ["藺雲桐"]),  # yun for yu: by ear
    ("藺雨桐さんは布を織る。藺雲桐さんは「糸が大事だ」と言う。", "NAM011", []),  # not the look-alike, though 雨 is in 雲
    ("柯万達氏は窯を開いた。柯方達氏によると、客は増えた。", "NAM005", []),  # fang is no coda slip of wan: 方 a look-alike
])
def test_a_kanji_read_as_the_names_but_for_its_nasal_ending_is_misheard(text, code, found):
    assert _nam(text, code) == found


def test_coda_slip_is_the_nasal_ending_alone():
    from textqa.mentions.homophone import coda_slip

    assert coda_slip("yu", "yun") and coda_slip("li", "lin") and coda_slip("fan", "fang")
    assert not coda_slip("gui", "kui") and not coda_slip("wan", "fang") and not coda_slip("yu", "yue")


def grb(text: str) -> list[str]:
    return [surface for c, surface in lint_warnings(text, None) if c == "GRB001"]


@pytest.mark.parametrize("text, found", [
    ("農家の女性は「好茶叶是手工炒出来的」と、手作業にこだわる理由を説明した。", ["好茶叶是手工炒出来的"]),
    ("農家の女性は「好柿子是秋天晒出来的」と、笑顔で語った。", ["好柿子是秋天晒出来的"]),
    ("農家の女性は「日中友好交流促進大会」と、大きく書いた紙を見せた。", []),  # a title: no grammar, no verb of speech
    ("農家の女性は「天下一品特選手作茶葉」と、手作業にこだわる理由を説明した。", []),  # no Chinese grammar
])
def test_a_quoted_chinese_sentence_with_its_verb_of_speech_later_in_the_clause(text, found):
    assert grb(text) == found


def test_glyph_linked_pairs_a_lookalike_with_the_other_glyphs_of_its_character():
    table = load_script("make_lookalike_table")
    found = {("冠", "冦"): "visual", ("丁", "了"): "visual"}
    linked = table.glyph_linked(found, {frozenset("冦寇")}, set())
    assert linked == {("冠", "寇"): "glyph"}

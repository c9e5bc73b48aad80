"""Helpers the GRB rules share: the pinyin syllable table and segmenter (phonetics/syllables.py), simplified-only
characters, bracket matching."""
from __future__ import annotations

import pytest

from textqa.document import Document
from textqa.glossary.forms import is_simplified_only
from textqa.phonetics.syllables import name_shape, segment
from textqa.phonetics.tables import pinyin_syllables
from textqa.rules.garble import _hanzi
from textqa.rules.garble._text import brackets, latin_runs


def test_syllable_table_is_complete_and_clean():
    table = pinyin_syllables()
    assert 390 <= len(table) <= 420
    assert {"a", "zhuang", "shuang", "lv", "nue", "er", "yue"} <= table
    assert not {"m", "ng", "hm", "syllable"} & table


@pytest.mark.parametrize("word,parts", [
    ("Jianwu", ("jian", "wu")), ("Gangqiang", ("gang", "qiang")), ("Xi'an", ("xi", "an")),
    ("Li", ("li",)), ("Zhuang", ("zhuang",)),
    ("Smart", None), ("Chain", None), ("Dundee", None), ("Ogarin", None),
])
def test_segment(word, parts):
    assert segment(word) == parts


@pytest.mark.parametrize("words,shaped", [
    (["Deng", "Legeng"], True), (["Hu", "Shi"], True), (["Wang", "Xiao", "Long"], True),
    (["Jianwu", "Li"], False),  # two-syllable surname first
    (["Li", "Jianwuhua"], False),  # three-syllable given name
    (["Tim", "Cook"], False), (["Li"], False), (["li", "lin"], False),
])
def test_name_shape(words, shaped):
    assert name_shape(words) is shaped


@pytest.mark.parametrize("ch,simplified", [
    ("链", True), ("块", True), ("约", True), ("库", True),
    ("区", False), ("国", False), ("発", False), ("圳", False), ("字", False), ("あ", False),
])
def test_simplified_only(ch, simplified):
    assert is_simplified_only(ch) is simplified


def test_jieba_names_words():
    assert _hanzi.words("区块链商业观察") == ("区块", "链", "商业", "观察")


def test_brackets_layer_pairs_nested_and_reports_lone_marks():
    doc = Document("彼は「『本』だ」と言った）。\n「続く\n1) 項目")
    b = brackets(doc)
    assert [(doc.text[o], doc.text[c]) for o, c in b.pairs] == [("『", "』"), ("「", "」")]
    assert [doc.text[i] for i in b.lone_closers] == ["）"]
    assert [doc.text[i] for i in b.lone_openers] == ["「"]
    assert brackets(doc) is b  # one layer per document


def test_latin_runs_keep_words_and_drop_a_final_stop():
    runs = list(latin_runs("はSequoia Capital.と 58.com だ", 10))
    assert [[w for _, w in words] for _, words in runs] == [["Sequoia", "Capital"], ["58.com"]]
    (first, words), _ = runs
    assert words[1][0].end == first.end - 1


@pytest.mark.parametrize("word,reading,spelled", [
    ("Li", "エルアイ", True), ("He", "エイチイー", True), ("IDG", "アイディージー", True),
    ("Long", "ロング", False), ("Ma", "マ", False), ("Li", "", False),
])
def test_spelled_out(word, reading, spelled):
    from textqa.rules.garble._text import is_spelled_out

    assert is_spelled_out(word, reading) is spelled

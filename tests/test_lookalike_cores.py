"""NAM011 by a kanji's core (data/kanji_cores.tsv), and NAM003 for a name in use before という名前で, on invented
text with an invented glossary: a person's kanji written as its core (曷 for 葛, even read a syllable off), as another
kanji of its core (貨 for 賀, both 貝 under another part), as a kanji whose core it is; and the cases that stay silent."""
from __future__ import annotations

import pytest

from textqa import lint_text
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary
from textqa.mentions.lookalike import _one_holds_the_other, kanji_cores

TSV = """zh\tja\ttype\treading\taccept\treject\tnote
葛云舟\t葛雲舟\tperson\t\t\t\tboatbuilder (invented)
周立贺\t周立賀\tperson\t\t\t\tharbour master (invented)
蔡戊林\t蔡戊林\tperson\t\t\t\tfisherman (invented)
鹭鸣\tLuming\torg\t\t鷺鳴|ルーミン\t\ttea brand (invented); preferred by its Latin name
"""
GLOSSARY = Glossary(parse_glossary(TSV))


def found(text: str, code: str) -> list[str]:
    return [f.surface for f in lint_text(text, GLOSSARY)
            if f.code == code and f.severity.value in ("warning", "error")]


def test_the_core_table_links_a_kanji_its_core_and_another_of_its_core():
    core_of, holders, _ = kanji_cores()
    assert core_of["葛"] == "曷" and core_of["賀"] == core_of["貨"] == "貝" and "貝" in holders
    assert _one_holds_the_other("曷", "葛") and _one_holds_the_other("茂", "戊")
    assert not _one_holds_the_other("貨", "賀")  # two kanji of one core: neither holds the other


@pytest.mark.parametrize("text, surface", [
    ("葛雲舟さんは船大工だ。\n\n曷雲舟さんによると、木は冬に切る。", "曷雲舟"),  # the core, he a syllable off ge
    ("周立賀氏は港長だ。\n\n周立貨氏は「船が増えた」と話す。", "周立貨"),  # another kanji of the core 貝
    ("蔡戊林さんは漁師だ。\n\n蔡茂林さんは朝四時に海へ出る。", "蔡茂林"),  # a kanji whose core is the name's
])
def test_a_kanji_written_by_its_core_is_a_lookalike(text, surface):
    assert found(text, "NAM011") == [surface]


@pytest.mark.parametrize("text", [
    "周立賀氏は港長だ。\n\n周立貨氏も周立貨氏の船も港にいる。",  # written twice: another person
    "周立貨氏は港長だ。",  # the person named nowhere in a correct form
    "蔡戊林さんは漁師だ。\n\n弟の蔡茂林さんは朝四時に海へ出る。",  # a relative, and a kanji names often hold
])
def test_a_core_window_the_text_explains_stays_silent(text):
    assert found(text, "NAM011") == []


def test_a_name_left_in_simplified_chinese_before_toiu_namae_de_is_in_use():
    assert found("林さんは三年前、鹭鸣という名前で茶のブランドを立ち上げた。", "NAM003") == ["鹭鸣"]
    assert found("鹭鸣という名前は、鷺の鳴き声に由来する。", "NAM003") == []  # the name talked about

"""real36: one test per class of false alarm found on real Japanese pages of new genres (recipes, spec sheets,
market reports, web-novel blurbs, sister cities, pages with no China content); own sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n台湾\t台湾\tplace\t\t\n"))

SILENT = {
    # GRB009: a unit counting after its number, set apart from the noun it measures (a spec sheet's quantity)
    "a unit after a number before the noun it measures": "新型機は1/2インチ イメージセンサーと6.1インチ ディスプレイを備える。",
    # GRB013: a surname in an old form whose Japanese form is an everyday word, then a given name and an honorific
    "an old-form surname before a given name and an honorific":
        "単行本は春に発売され、漫画版の作画は廣本ミドリ氏が担当する。",
    "an old-form surname, a space, a given name and an honorific": "新刊が発売された。挿絵を描いたのは廣本 ミドリさんだ。",
    # GRB009: an organisation, a space, and the post written before the full name of the person holding it
    "an organisation and a post before a full name": "参考人として、監査法人ホシカワ パートナー山田太郎君を招いた。",
    # GRB002 and NAM007: English's own name of a country inside an organisation's English name, as a source credit
    "a country's English name inside an English organisation name":
        "【Radio Taiwan International:2024年3月1日】台湾の町と日本の村が協定を結んだ。",
}

LOUD = {
    # a unit and the next part that join into one word: one word split (キロメートル)
    "a unit word split in two": ("距離は10キロ メートルだった。", "GRB009"),
    # the same surname with no given name or honorific after it stays a converted everyday word
    "an old-form word with no name after it": ("新刊が発売された。廣本の会場で祝う。", "GRB013"),
    # a post-like word with no name after it is still one word split
    "a split word with no name after it": ("彼はデジタル マネージャーと話した。", "GRB009"),
    # a country's English name alone in Japanese prose stays the place's pinyin left in Latin script
    "a country's English name alone in prose": ("台湾の話だ。Taiwanの経済は伸びた。", "NAM007"),
}


@pytest.mark.parametrize("text", SILENT.values(), ids=SILENT.keys())
def test_silent(text):
    assert warnings(text, None) == []
    assert warnings(text, GLOSSARY) == []


@pytest.mark.parametrize("text,code", LOUD.values(), ids=LOUD.keys())
def test_loud(text, code):
    assert code in {c for c, _ in warnings(text, GLOSSARY)}

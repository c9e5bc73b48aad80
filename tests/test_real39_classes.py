"""real39: one test per class of false alarm found on real Japanese pages of new genres (court judgments, package
inserts, job postings, patent columns, hotel reviews, securities filings, obituaries, HSK pages, Taiwanese
organisations' pages, Hong Kong racing, Shanghai flat hunting, car reviews, railway guides, Chinatown temples); own
sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n台湾\t台湾\tplace\t\t\n"))
# a place and a term whose simplified forms a page may cite (星河汇 for 星河匯, 汉语 for 漢語)
CITED = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星河汇\t星河匯\tplace\t\t\n汉语\t漢語\t\t\t\n"))

SILENT = {
    # GRB007: an obituary's heading, the name set apart from 氏 and its reading in kana after it, all the line holds
    "a spaced honorific before the name's reading, a heading": "星野宏 氏(ほしのひろし)\n漢詩の研究者。京都で教えた。\n",
    # GRB001: the original term in parentheses after its Japanese name, with its own short form nested in them
    "an original term with its short form nested in its gloss": "北京の地下鉄(城市轨道交通(城轨))を使う。",
    # GRB001: the language named, then the thing, then its word quoted (中国語でXは「…」と呼びます)
    "a word quoted after the language and the thing it names": "中国語で切符の窓口は「取票处」と呼びます。",
}

LOUD = {
    # the same space before 氏 in a sentence stays a seam
    "a spaced honorific inside a sentence": ("星野宏 氏(ほしのひろし)は京都で教えた。\n", "GRB007"),
    # Chinese inside a parenthesised phrase of prose, the nested gloss followed by more words, stays a leftover
    "the nested gloss going on into prose": ("北京の地下鉄(城市轨道交通(城轨)で行く)を使う。", "GRB001"),
    # no language named: the quoted word stays a leftover
    "a word quoted with no language named": ("駅で切符の窓口は「取票处」と呼びます。", "GRB001"),
    # a clause between the language and the quotation: what someone said, not a word named
    "a clause between the language and the quotation": ("中国語で話しかけると係員は「取票处」と言った。", "GRB001"),
}


CASES = [(text, None) for text in SILENT.values()] + list(LOUD.values())


@pytest.mark.parametrize("text,code", CASES, ids=[*SILENT, *LOUD])
def test_class(text, code):
    """A silent case draws nothing, with or without a glossary; its contrast still draws its code."""
    assert_class(text, code, GLOSSARY)


def test_simplified_form_cited_with_its_pinyin():
    """NAM003: a simplified form glossed right after by its own pinyin (`星河汇(xing he hui)`) is the Chinese form
    cited with its reading, as a guide does; without the reading, or with a reading in kana, it stays a glyph
    variant."""
    assert warnings("今回は星河汇(xing he hui)の近くに泊まった。", CITED) == []
    assert ("NAM003", "星河汇") in warnings("今回は星河汇の近くに泊まった。", CITED)
    assert ("NAM003", "星河汇") in warnings("今回は星河汇(せいがわい)の近くに泊まった。", CITED)


def test_acronym_expanded_in_its_original():
    """NAM003: the Chinese name an acronym abbreviates, in parentheses right after it (`HSK(汉语水平考试)`: Hanyu
    Shuiping Kaoshi), is cited as the acronym's source; after an acronym of other letters, or a Japanese word, the
    simplified form stays a glyph variant."""
    assert warnings("中国語の試験、HSK(汉语水平考试)を受けた。", CITED) == []
    assert ("NAM003", "汉语") in warnings("中国語の試験、ABC(汉语水平考试)を受けた。", CITED)
    assert ("NAM003", "汉语") in warnings("中国語の試験(汉语水平考试)を受けた。", CITED)

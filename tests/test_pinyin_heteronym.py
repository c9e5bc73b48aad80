"""A person's name in pinyin that reads a character of its given name by its other reading (长 chang, where pypinyin
puts zhang first): reported as the person when the glossary's katakana spells that reading too (own sentences)."""
from __future__ import annotations

from lint_helpers import warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

TSV = """zh\tja\ttype\treading\taccept
邵长铭\t邵長銘\tperson\tシャオ・チャンミン\t
许乐平\t許楽平\tperson\tシュー・ローピン\t
"""
GLOSSARY = Glossary(parse_glossary(TSV))


def _named(text: str) -> list[tuple[str, str]]:
    return [(code, surface) for code, surface in warnings(text, GLOSSARY) if code.startswith("NAM")]


def test_given_name_in_its_other_reading_before_san_is_reported():
    text = "陶芸家のシャオ・チャンミンさんは窯を守る。Shao Changming さんは今年、個展を開いた。"
    assert ("NAM007", "Shao Changming") in _named(text)


def test_pypinyin_first_reading_is_still_reported():
    assert ("NAM007", "Shao Zhangming") in _named("邵長銘さんの弟子、Shao Zhangming さんも来た。")


def test_reading_the_glossary_katakana_does_not_spell_is_not_the_person():
    # ロー is le: Xu Yueping reads 乐 yue, which the entry's katakana rules out
    assert not _named("会場ではXu Yueping さんが挨拶した。")
    assert ("NAM007", "Xu Leping") in _named("会場ではXu Leping さんが挨拶した。")


def test_pinyin_in_an_english_line_a_byline_a_labelled_form_or_a_gloss_stays_silent():
    for text in ("Shao Changming has fired the kiln for thirty years.\n",
                 "Photo: Shao Changming\n",
                 "邵長銘（拼音: Shao Changming）は陶芸家である。",
                 "邵長銘（Shao Changming）は陶芸家である。"):
        assert not _named(text), text

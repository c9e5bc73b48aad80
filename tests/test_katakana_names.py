"""Katakana renderings of glossary names written with no separator, or short and spelt the English way.

Invented names only. A katakana name run together (リャオアンニン) is cut into Mandarin syllables where two vowels
of different syllables meet; a word of a separated name ending in ング (ミング) is read as Mandarin -ng. Loanwords,
accepted katakana forms and foreign names stay silent.
"""
from __future__ import annotations

import pytest

from textqa import lint_text
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary
from textqa.phonetics.kana import coarse, katakana_romaji

TSV = """zh\tja\ttype\treading\taccept\treject\tnote
廖安宁\t廖安寧\tperson\t\t\t\t
冯明\t馮明\tperson\t\t\t\t
高安娜\t高安娜\tperson\t\t\t\t
乌鲁木齐\tウルムチ\tplace\t\t烏魯木斉\t\t
拉萨\tラサ\tplace\t\t\t\t
华为\t華為\torg\t\tファーウェイ|Huawei\t\t
东澳尔山\t東澳爾山\tplace\t\t\t\t
"""
GLOSSARY = Glossary(parse_glossary(TSV))


def key(text: str) -> str:
    return coarse(katakana_romaji(text))


def nam(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(f.code, f.severity.value, f.surface, f.entity, f.suggestion) for f in lint_text(text, GLOSSARY)
            if f.code.startswith("NAM")]


def test_a_name_run_together_keys_like_the_separated_name():
    assert key("リャオアンニン") == key("リャオ・アンニン")
    assert key("カオアンナ") == key("カオ・アンナ")
    # one syllable's own vowels still merge as before (ホアン is huang, チュワン is chuan)
    assert key("ホアン") == "han" and key("チュワンフー") == "canhu"
    # a syllable of vowel letters only (アオ, ao) after ン, then one that begins with a vowel (アル, er)
    assert key("ドンアオアルシャン") == key("ドン・アオ・アル・シャン")
    assert key("アイアイ") == key("アイ・アイ")


@pytest.mark.parametrize("text, surface, entity", [
    ("新社長にリャオアンニン氏が就いた。", "リャオアンニン", "廖安宁"),
    ("高安娜さんの新曲が出た。カオアンナさんは歌手だ。", "カオアンナ", "高安娜"),
    ("高安娜さんの新曲が出た。カオ・アンナさんは歌手だ。", "カオ・アンナ", "高安娜"),
    ("馮明氏が会見した。フォン・ミング氏は新製品を発表した。", "フォン・ミング", "冯明"),
    ("東澳爾山は霧が多い。ドンアオアルシャンの山頂には気象台がある。", "ドンアオアルシャン", "东澳尔山"),
])
def test_katakana_name_is_a_warning_with_the_glossary_form(text, surface, entity):
    found = [f for f in nam(text) if f[2] == surface]
    assert found, nam(text)
    code, severity, _, got, suggestion = found[0]
    assert (code, got, suggestion) == ("NAM006", entity, GLOSSARY.get(entity).ja)
    assert severity in ("warning", "error")


def test_a_short_english_style_name_alone_is_found():
    """フォン・ミング with nothing else naming 冯明: found, though a two-syllable name alone proves little."""
    assert [f[:1] + f[2:] for f in nam("フォン・ミング氏が語った。")] == [("NAM006", "フォン・ミング", "冯明", "馮明")]


@pytest.mark.parametrize("text", [
    "ウルムチとラサを訪ね、ファーウェイの店に寄った。",
    "アンナ・カレーニナを読んだ。アンナさんが来た。",
    "キング・コングを見た。ヤング・アダルト向けの本だ。",
    "業界のアライアンスに加わった。ロング・ランの映画だ。",
])
def test_loanwords_and_accepted_katakana_are_silent(text):
    assert [f for f in nam(text) if f[1] != "info"] == []


def test_a_katakana_place_with_one_letter_other_is_a_katakana_variant():
    """A misspelt katakana of a long katakana place (タシクルガン for タシュクルガン: シ for シュ) is one letter other in
    the sound key, and found as a katakana rendering; the place written right stays silent."""
    glossary = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\tnote\n"
                                       "塔什库尔干\tタシュクルガン\tplace\t\t\t\t\n"))
    text = "タシュクルガンは高原の町だ。翌日、タシクルガンの市場を歩いた。"
    found = [(f.code, f.surface, f.suggestion) for f in lint_text(text, glossary)
             if f.code.startswith("NAM") and f.severity.value in ("warning", "error")]
    assert found == [("NAM006", "タシクルガン", "タシュクルガン")]


def test_a_reading_cut_short_by_the_text_end_is_still_a_gloss():
    """An excerpt that stops inside the reading after a name (廖安寧(リャオ・アンニン, cut before its bracket
    closes) glosses the name; the same open bracket on a line the text goes on after is no gloss."""
    assert nam("新社長の廖安寧(リャオ・アンニン") == []
    assert nam("新社長の廖安寧(リャオ・アンニン\n") == []
    assert "リャオ・アンニン" in [f[2] for f in nam("新社長の廖安寧(リャオ・アンニン\n次の会議は来月に開かれる。")]

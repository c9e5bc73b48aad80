"""One invented test per class fixed after the scoring of heldout38 (fix38), each with its contrast: a person's kanji
written as its core in the core's Japanese form (NAM011: 毎 for 海, the table writing the core 每); a place's pinyin
without its suffix before kanji that are no place's suffix (NAM007: Xingchuan産); a Chinese saying closed by a
gesture of speech (GRB001: と目を細める); a Chinese agent noun that SudachiPy reads partly as an unknown word
(GRB001: 庄|稼人); pinyin after a word in hiragana that ends with a particle's kana (GRB012: じゃがいも(…))."""
from __future__ import annotations

import pytest
from lint_helpers import warnings as lint_warnings

from textqa import lint_text
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary
from textqa.mentions.lookalike import _one_holds_the_other, japanese_core_forms

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"
GLOSSARY = Glossary(parse_glossary(HEADER + """\
林海生\t林海生\tperson\t\t\t\tboatman (invented)
海月明\t海月明\tperson\t\t\t\tpainter (invented)
杨书敏\t楊書敏\tperson\t\t\t\tweaver (invented)
星川县\t星川県\tplace\t\t\t\tcounty (invented)
"""))
WARN = ("warning", "error")
CHINESE = "原题：黑土地上的金豆豆\n\n"  # other Chinese in the text, as a translation that left some


def nam(text: str, code: str) -> list[str]:
    return [text[f.span.start:f.span.end] for f in lint_text(text, GLOSSARY)
            if f.code == code and f.severity.value in WARN]


def grb(text: str, code: str) -> list[str]:
    return [surface for c, surface in lint_warnings(text, None) if c == code]


# NAM011: the core of a person's kanji in its Japanese form
def test_the_japanese_form_of_a_core_is_the_core():
    assert japanese_core_forms()["毎"] == "每"
    assert _one_holds_the_other("毎", "海") is False  # 氵 beside 每: a column of its own, as for 每 itself
    assert _one_holds_the_other("懸", "県")  # 県 (縣) under 心


def test_a_persons_kanji_written_as_its_core_in_japanese_form_is_a_lookalike():
    assert nam("林海生さんは船頭だ。\n\n林毎生さんは毎朝、川に出る。", "NAM011") == ["林毎生"]


def test_a_window_read_as_one_word_with_its_name_suffix_is_still_a_name():
    """SudachiPy reads 繁氏 as one word: the window ends inside it, but a name suffix is what goes on."""
    assert nam("楊書敏氏は職人だ。\n\n式典には村の組も加わる。楊書繁氏は「一年に一度の場だ」と話す。", "NAM011") == ["楊書繁"]


def test_a_window_cut_out_of_running_words_is_no_name():
    """毎月明るい: 明るい goes on past the window 毎月明, and 毎月 is a word."""
    assert nam("海月明さんは画家だ。\n\n毎月明るい絵を一枚描く。毎月明細を送る。", "NAM011") == []


# NAM007: a place's stem in pinyin before kanji that are no suffix
def test_a_places_stem_in_pinyin_before_other_kanji_is_the_place_left_in_pinyin():
    assert nam("星川県は広い。Xingchuan産のいもは甘い。", "NAM007") == ["Xingchuan"]
    assert nam("星川県は広い。Xingchuan県のいも。", "NAM007") == ["Xingchuan県"]  # its own suffix: as before


def test_a_places_stem_before_another_suffix_names_another_place():
    assert nam("星川県は広い。Xingchuan市の船も来る。", "NAM007") == []
    assert nam("星川県は広い。Xingchuan地区の人。", "NAM007") == []


# GRB001: a saying closed by a gesture of speech; GRB012: pinyin after a word in hiragana ending with a particle's
# kana. Each text with what the rule reports in it (nothing: Japanese phrases, a word and its particle)
@pytest.mark.parametrize("text, code, surfaces", [
    ("「一日不練，手就生了」と、Xing 川さんは目を細める。", "GRB001", ["一日不練，手就生了"]),
    ("「鼓声一響，人就来了」と星川さんは胸を張った。", "GRB001", ["鼓声一響，人就来了"]),
    ("「安全第一、品質最優先」と、工場長は胸を張る。", "GRB001", []),
    ("「一生懸命、全力投球」と、星川さんは意気込む。", "GRB001", []),
    ("「日中友好会館在留者会議」と星川さんは目を細める。", "GRB001", []),
    ("若い人からも、さつまいも(hóngshǔ)の菓子が人気だ。", "GRB012", ["(hóngshǔ)"]),
    ("市場には、かに(pángxiè)が並ぶ。", "GRB012", ["(pángxiè)"]),
    ("これも(nǐhǎo)と読む。", "GRB012", []),
    ("ねこも(māomī)好きだ。", "GRB012", []),
])
def test_gestures_of_speech_and_hiragana_nouns(text, code, surfaces):
    assert grb(text, code) == surfaces


# GRB001: a Chinese agent noun read partly as an unknown word
def test_an_agent_noun_read_partly_as_an_unknown_word_is_untranslated():
    assert "庄稼人" in grb(CHINESE + "星川さんは、庄稼人だった祖父から畑を継いだ。", "GRB001")


def test_japanese_agent_nouns_stay_silent():
    for word in ("料理人", "管理人", "案内人", "小作人", "渡世人"):
        assert word not in grb(CHINESE + f"星川さんは、{word}だった祖父から家を継いだ。", "GRB001"), word

"""Classes of false alarm found on the tenth development set's clean controls (own invented sentences, not the set's)."""
from __future__ import annotations

import pytest
from lint_helpers import warnings as glossary_warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary(
    "zh\tja\ttype\treading\taccept\n"
    "林志强\t林志強\tperson\tリン・ジーチアン\t\n"
    "厦门\t厦門\tplace\t\t\n"
    "乌兰察布\tウランチャブ\tplace\t\t\n"))


def warnings(text: str, glossary=GLOSSARY) -> list[tuple[str, str]]:
    return glossary_warnings(text, glossary)


SILENT = {
    "infobox rows with a full-width bar": (
        "林志強\n生年｜1960年\n\n各種表記\n簡体字｜林志强\n拼音｜Lín Zhìqiáng\nラテン字｜Lin Zhiqiang\n"
        "片仮名｜リン・ジーチアン\n英語表記｜Lin Zhiqiang\n\n林志強は中国の実業家である。"),
    "a spaced row with a full-width bar": "簡体字 ｜ 林志强\n拼音 ｜ Lín Zhìqiáng\n\n林志強は実業家。",
    "a table row of full-width bars with two labelled cells": "｜簡体字｜林志强｜拼音｜Lín Zhìqiáng｜\n\n林志強は実業家。",
    "an address labelled as the Chinese form in brackets": (
        "■ 星河書店\n住所：厦門 中山路12号\n住所（中国語表記、タクシー用）：福建省厦门市思明区中山路12号\n電話：0592-000-0000"),
    "an address labelled 住所（中国語）": "住所（中国語）：福建省厦门市思明区中山路12号\n厦門の書店である。",
    "a shop's name labelled in half-width brackets": "店名(簡体字): 星河书店\n厦門の書店である。",
    "a caption's region and a glossary place apart": "内モンゴル　ウランチャブ。\n草原が広がっていた",
}


@pytest.mark.parametrize("text", SILENT.values(), ids=SILENT.keys())
def test_class_is_silent(text):
    assert warnings(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("福建省厦门市思明区中山路12号に行った。", ("GRB001", "福建省厦门市思明区中山路12号")),  # no label: untranslated
    ("住所（日本語訳）：福建省厦门市思明区中山路12号", ("GRB001", "福建省厦门市思明区中山路12号")),  # a label of no form
    ("ジョン スミスは来た。", ("GRB009", "ジョン スミス")),  # persons, not places
    ("ウランチャブ スマートシティ計画が始まった。", ("GRB009", "ウランチャブ スマートシティ")),  # a place and a word
])
def test_the_same_without_a_label_or_not_of_places_is_still_reported(text, found):
    assert found in warnings(text)


def test_a_full_width_bar_in_prose_still_reports_the_simplified_form():
    assert ("NAM003", "林志强") in warnings("林志强｜実業家として知られる。")


TERMS = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\treject\n化石谭\t化石の話\tterm\t\t\t化石譚\n"))


def test_a_word_that_sounds_like_a_terms_chinese_is_no_error_but_its_forms_are():
    """A term is translated by its meaning: 化石探(査) reads like 化石谭 by chance; its simplified form and a rejected
    rendering are still reported."""
    assert warnings("化石の話をしよう。化石の話は面白い。化石探査の研究が進む。", TERMS) == []
    assert warnings("化石谭をしよう。化石譚もよい。", TERMS) == [("NAM003", "化石谭"), ("NAM001", "化石譚")]


PLACES = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n凤凰岭\t鳳凰嶺\tplace\t\t\n"))


@pytest.mark.parametrize(("text", "found"), [
    ("村は凤凰岭と呼ばれる谷にある。鳳凰嶺は美しい。", [("NAM003", "凤凰岭")]),  # what the place is called: in use
    ("凤凰岭の名で知られる谷。", [("NAM003", "凤凰岭")]),
    ("中国語では凤凰岭と呼ばれる。鳳凰嶺は美しい。", []),  # the Chinese form, labelled
    ("村は凤凰岭という谷にある。鳳凰嶺は美しい。", [("NAM003", "凤凰岭")]),  # という + what it is: in use too
    ("簡体字では凤凰岭という表記になる。鳳凰嶺は美しい。", []),  # という + a word about the form: talked about
    ("村は「凤凰岭」という谷にある。鳳凰嶺は美しい。", []),  # quoted: the form shown
])
def test_a_simplified_name_that_the_text_calls_the_place_by_is_still_simplified(text, found):
    assert [w for w in warnings(text, PLACES) if w[0].startswith("NAM")] == found


BRANDS = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n锦泰\tジンタイ\torg\t\t錦泰\n"))


def test_a_brand_in_katakana_written_in_simplified_characters_before_toiu_is_reported():
    """A brand the glossary writes in katakana, its kanji form accepted: the simplified form named by という is the
    name in use, in characters no Japanese text writes; the accepted kanji form is correct."""
    assert warnings("弟子は锦泰という鍋の銘柄を立ち上げた。", BRANDS) == [("NAM003", "锦泰")]
    assert warnings("弟子は錦泰という鍋の銘柄を立ち上げた。", BRANDS) == []

"""One invented test per class fixed after the scoring of heldout37 (fix37), each with its contrast: a Chinese saying
in characters Japanese uses, quoted as someone's words with the speaker before the verb or standing as a sentence of
its own (GRB001); a word's pinyin after the Japanese word in hiragana (GRB012)."""
from __future__ import annotations

from lint_helpers import warnings as lint_warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"


def _glossary(rows: str) -> Glossary:
    return Glossary(parse_glossary(HEADER + rows))


def grb(text: str, code: str) -> list[str]:
    return [surface for c, surface in lint_warnings(text, None) if c == code]


# GRB001: a saying in Chinese grammar, all kanji Japanese uses too, said by someone
def test_a_chinese_saying_with_its_speaker_before_the_verb_is_untranslated():
    """「…」と、星川さんは笑う: the speaker named between the quotation's と and its verb of speech."""
    assert grb("「一日不練，手就生了」と、星川さんは笑う。年を取っても体が覚えているという。", "GRB001") == ["一日不練，手就生了"]
    assert grb("祭りの日には、「鼓声一響，人就来了」と星川さんが笑う。", "GRB001") == ["鼓声一響，人就来了"]


def test_a_chinese_saying_standing_as_its_own_sentence_is_untranslated():
    """「…」。 opening its sentence: someone's words (the next sentence says whose), even with no character of
    data/chinese_grammar_chars.txt but the clause's 有 and 不 (data/chinese_clause_chars.txt)."""
    assert grb("「眼里有活，心里不急」。星川さんは弟子にいつもそう言い聞かせている。", "GRB001") == ["眼里有活，心里不急"]
    assert grb("「上了舞台就是将軍」。星川さんは若い役者にそう教えてきた。", "GRB001") == ["上了舞台就是将軍"]


def test_japanese_kanji_phrases_quoted_as_sayings_stay_silent():
    """Japanese compounds and four-character idioms read whole by SudachiPy, a slogan with no clause's grammar, a
    saying with its translation beside it, and a quotation inside a sentence are no saying left in Chinese."""
    silent = ("「有言実行、不撓不屈」。これが星川さんの座右の銘だ。",
              "「日中友好会館在留者会議」。会場は満員だった。",
              "「自力更生，艱苦奮闘」。当時のスローガンである。",
              "「不忘初心、牢記使命」。党大会の標語が街に掲げられた。",
              "「眼里有活，心里不急」（目に仕事が見えれば、心は焦らない）。星川さんはそう言う。",
              "「安全第一、品質最優先」と、工場長は語った。",
              "「不老不死有限会社」と、星川さんは笑う。",
              "「温故知新」。先生はそう教えた。",
              "看板には「星川有限公司不動産部」と書いてある。")
    for text in silent:
        assert grb(text, "GRB001") == [], text


# GRB012: a word's pinyin after the Japanese word in hiragana
def test_pinyin_after_a_word_in_hiragana_is_inserted():
    assert grb("星川のだんご(tāngyuán)は、もち米の粉で作る。", "GRB012") == ["(tāngyuán)"]


def test_a_reading_in_hiragana_with_its_pinyin_is_no_insertion():
    """The hiragana spell the pinyin (にいはお for ni|hao): a reading and its romanisation, a lesson's way."""
    assert grb("発音は、にいはお（nǐhǎo）に近い。", "GRB012") == []
    assert grb("これはにーはお(nǐhǎo)と読む。", "GRB012") == []

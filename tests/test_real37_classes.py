"""real37: one test per class of false alarm found on real Japanese pages of new genres (library catalogues of
classical Chinese books, museum collections, Buddhist temples, Chinese chess and mahjong, Chinese-proficiency test
study pages, Chinatown real estate, dynasty tables, China-subsidiary guides); own sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n台湾\t台湾\tplace\t\t\n"))

SILENT = {
    # GRB001: a historical name whose character is its own, read kuò, though OpenCC takes it for a simplified 適
    "a Tang emperor's name with its own character": "唐の皇帝のうち、徳宗李适の治世に新しい税法が始まった。",
    # GRB013: a catalogue citing many titles in old forms, and one name of the same world outside quotes
    "a catalogue's database named in old forms": "目録によれば『星河圖録』『月影學海叢書』『雲山館圖譜』に収められている。"
                                                 "全國星河データベースでも調べられる。書誌には「星河圖類」とある。",
    # GRB015: an item's label at the line's start, a half-width period and a space
    "a label before a half-width period and a space": "質問例. 「星河の本」という資料が見たい。\n回答例. 目録を調べます。",
    # GRB001: a study page giving one word its pinyin, its exam choices in Chinese
    "exam choices on a page that gives pinyin": "声調の問題です。\n例えば「① 旅游 ② 网球 ③ 地铁」から選びます。\n"
                                                 "- 旅游 lǚ yóu(第3声+第2声)",
    # GRB010: a predicate whose subject の marks, then a stray space before the noun it modifies
    "a clause with its subject in の before a space": "普段は交流のない 年配の人と話せるので、毎日が楽しい。",
}

LOUD = {
    # a simplified character in a Chinese word of prose stays untranslated Chinese
    "a simplified word in prose": ("この方法はとても合适だと思う。", "GRB001"),
    # one title only: an everyday word in old forms outside quotes stays a conversion's leftover
    "an old-form word beside one title": ("『星河圖録』を読んだ。全國の図書館にある。", "GRB013"),
    # a sentence's end before a half-width period stays reported
    "a sentence ending in a half-width period": ("彼は本を探した. 見つからなかった。", "GRB015"),
    # the same choices on a page that reads no word aloud stay untranslated
    "exam choices with no pinyin on the page": ("声調の問題です。\n例えば「① 旅游 ② 网球 ③ 地铁」から選びます。", "GRB001"),
    # a predicate with its subject in が, then a space and a new sentence's topic, stays a lost full stop
    "a clause in が before a space and a topic": ("工場は完成していない 大阪の拠点は来年閉鎖される。", "GRB010"),
}


CASES = [(text, None) for text in SILENT.values()] + list(LOUD.values())


@pytest.mark.parametrize("text,code", CASES, ids=[*SILENT, *LOUD])
def test_class(text, code):
    """A silent case draws nothing, with or without a glossary; its contrast still draws its code."""
    assert_class(text, code, GLOSSARY)


def test_suggested_row_keeps_the_name_as_written():
    from textqa.glossary.forms import in_japanese_words

    assert in_japanese_words("李适")
    assert not in_japanese_words("合适")

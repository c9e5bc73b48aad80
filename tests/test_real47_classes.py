"""real47: one test per class of false alarm found on real Japanese pages of the registers the forty-seventh batch
gathered (太極拳 histories and martial-arts forums, 金庸 novels and their drama synopses, 原神 wikis and fan notes on
璃月's names, 敦煌 and 景徳鎮 pages, 京劇 and 梅蘭芳, 人民網's 春運 items, Macau and Taiwan travel blogs, Tencent's
history, 論語 with its reading, 麻婆豆腐 recipes, digests of Japanese companies in China, a city government's news,
魯迅's 阿Q正伝 in an Aozora copy, Hong Kong dim-sum pages with Cantonese readings, Tang poems with their readings,
research reports on 地方志 and a library's guide, a researcher's list of papers); own sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星河\t星河\tplace\t\t\n"))

VERSE = ("老将軍は晩年に故郷へ帰り、村の若者に剣の技を伝え、{}:「憶當年,馳騁沙場,幾度風霜! 到如今,歸來故里,閑看雲起……」と続く。"
         "後半は失われた。\n")

POEM = ("1.夜 泊 [唐] 星河 夜の港\n①月 落 江 村 挂 白 帆 ①月落ちて江村 白帆を挂く ①月が沈み、川辺の村では白い帆を掛ける。\n"
        "②風 吹 山 寺 響 鐘 声 ②風吹きて山寺 鐘声響く ②風が吹き、山の寺に鐘の音が響く。\n")

RECORD = "種別 論文\n標題 {}\n掲載誌 星河学報第3号\n要旨 星河に残る古い地図を扱う。\n"

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # GRB013: a poem quoted in its original in a 「」, clause after clause of kanji alone and no kana, after a word
    # naming it in its sentence (data/poem_words.txt), keeps its own forms
    ("a poem quoted in the original after 詩", VERSE.format("一首の詩を残した"), None),
    # ... the same quotation where nothing names a poem is still a conversion's leftover
    ("the same quotation named no poem", VERSE.format("手紙にこう書いた"), "GRB013"),
    # GRB001: a poem spaced one kanji a cell after each verse's number, its reading on the same line, quotes the poem
    # in the original: its characters, in it and in its reading (挂く), are the poem's own
    ("a numbered spaced poem with its reading", POEM, None),
    # ... the character in a sentence of a text that quotes no poem is still Chinese left
    ("the poem's character in a sentence", "部屋の壁に大きな地図が挂けてあった。\n", "GRB001"),
    # GRB001: a publisher in a book's citation, between its editor's credit and the year, is the imprint as printed
    ("a Chinese publisher in a citation",
     "参考になる目録を挙げる。\n- 『星河県誌総覧』(星河大学歴史系主編 星河书局 1985 【ZZ9-K1】)\n"
     "各地の書庫にある県誌を集めた目録。\n", None),
    # ... the publisher in a sentence is left untranslated
    ("a Chinese publisher in a sentence", "この本は1985年に星河书局から出版された。\n", "GRB001"),
    # GRB009: a quoted utterance's original in parentheses after its end mark, then its katakana reading word by word
    ("an utterance's original and its reading",
     "店に入ると、まず「ご飯は食べましたか?(食咗飯未呀 セッチョ ファンメイ ア)」と尋ねられます。\n", None),
    # ... the reading split outside such parentheses is still a word split
    ("a reading split in the sentence",
     "店に入ると、まず「ご飯は食べましたか?(食咗飯未呀)」と尋ねられ、セッチョ ファンメイと答えた。\n", "GRB009"),
    # GRB013: a word in a record's title field (data/title_labels.txt), a line with no sentence end, is the title as
    # published, talked about
    ("a title field of a list of papers", RECORD.format("舊抄本『星河諸部圖説』考"), None),
    # ... a sentence after the label is prose, and its old forms are still a conversion's
    ("a sentence after a title label", RECORD.format("本稿は舊抄本の經濟用語について論じた。"), "GRB013"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)

"""real53: one test per class of false alarm found on real Japanese pages of the registers the fifty-third batch
gathered (Japanese editions of Chinese media on BYD, Xiaomi, DJI and CATL, Chinese university and Confucius Institute
pages, Three Kingdoms readers' pages, Lu Xun and Mo Yan reviews, Li Bai commentary, Guilin, Zhangjiajie, Jiuzhaigou
and Lijiang travel pages, Taiwanese and Hong Kong food pages, Chinese chess and mahjong pages, and encyclopedia
pages with infoboxes on Chinese cities); own sentences, not the pages' text.

Classes:
- GRB001: 中国名 labels a form (data/form_labels.txt), and a label's は may stand before a 、 and the quotation of the
  form (中国名は、「星河创新科技」と言います).
- GRB001: a note in brackets that gives the name as written at home after a row's label of it (data/
  name_row_labels.txt) and は, the whole bracket (星河弁(※正式名称は星河语言推广领导小组办公室)); the same words in
  prose still warn.
- GRB015: a line written in the ，． style throughout (two commas or more after Japanese, no 、 or 。: a publisher's
  blurb) ends its sentences with `.` on purpose, on a page that writes 、。 elsewhere.
- NAM007: an English name that a pair of round brackets holds whole right after a name in kanji (星河汽車(Xinghe
  Automobile)) glosses that name, a listed entity's pinyin among its words or not.
- NAM006: a reading in kana that is part of the longer reading a pair of round brackets holds right after a word in
  kanji (台湾星雀(たいわんシンジャン)) reads that word, not the listed name.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed, warnings

GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n星河集团\t星河集団\torg\t\t\n星河汽车\t星河汽車\torg\t\t\n"
                  "星将\t星將\tterm\tシンジャン\t\n")

CHINESE_NAME = "星河社はドローンの大手だ。{}\n"
NOTE = "奨学金は星河弁{}が設けている。\n"
BLURB = ("星河の物語を読んだ。町の人々、市場、川、橋、家々の様子が細かく書かれ、とても面白かった。\n\n"
         "作品紹介:貧しい男が星河の町に来る,人々に笑われても平気でいる.表題作は革命前後を背景に,町の人々の姿を描き,"
         "社会の矛盾をえぐり出す{}作者最初の作品集.\n\n続きは明日、図書館で借りて、ゆっくり書きたい。\n")
ENGLISH = "大手の星河集団が展開する、同社初の車が話題となっている。\n\n傘下でEVを開発する{}が3月28日に、最初の車種を発売した。\n"
READING = "{}とは台湾で遊ばれている星雀のことである。\n"

# (id, text, None for a silent case or the code its contrast still draws, the glossary its contrast needs)
CASES = [
    # GRB001: the Chinese name quoted after 中国名は and a comma: a form shown
    ("a Chinese name after 中国名は、", CHINESE_NAME.format("中国名は、「星河创新科技」と言います。"), None, None),
    # ... after a label of no form, the same quotation is Chinese left
    ("a shop's name after 店名は、", CHINESE_NAME.format("店名は、「星河创新科技」と言います。"), "GRB001", None),
    # GRB001: the official name in a note in brackets after 正式名称は
    ("an official name in a note", NOTE.format("(※正式名称は星河语言推广领导小组办公室)"), None, None),
    # ... a note that goes on after the label's value is prose
    ("a note that says more", NOTE.format("(※正式名称は後述、星河语言推广领导小组办公室が設けた)"), "GRB001", None),
    # ... and in a sentence the name after 正式名称は is the text's own words
    ("the official name in a sentence", "星河社の正式名称は星河语言推广领导小组办公室だ。\n", "GRB001", None),
    # GRB015: a blurb's line in the ，． style throughout, on a page that writes 、。
    ("a blurb in the comma-period style", BLURB.format("."), None, None),
    # ... a line that mixes 。 and . is a slip
    ("a line that mixes 。 and .", BLURB.format("。"), "GRB015", None),
    # NAM007: the English name in brackets right after a name in kanji glosses it
    ("an English name after its kanji", ENGLISH.format("星河汽車(Xinghe Automobile)"), None, None),
    # ... the pinyin alone in the brackets is a name left in pinyin
    ("pinyin alone in the brackets", ENGLISH.format("星河汽車(Xinghe)"), "NAM007", GLOSSARY),
    # ... and the English name in prose is the pinyin left
    ("an English name in prose", ENGLISH.format("Xinghe Automobile"), "NAM007", GLOSSARY),
    # NAM006: the listed name's reading as part of the reading of the word before the brackets
    ("a part of a longer reading", READING.format("台湾星雀(たいわんシンジャン)"), None, None),
    # ... a bracket that holds the listed reading alone after another word
    ("the reading alone after another word", READING.format("台湾星雀(シンジャン)"), "NAM006", GLOSSARY),
    # ... and the reading in prose
    ("the reading in prose", READING.format("台湾ではシンジャン"), "NAM006", GLOSSARY),
]


@pytest.mark.parametrize("text,code,glossary", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code, glossary):
    assert_class(text, code, glossary if code else GLOSSARY)


def test_comma_in_one_line_only():
    """GRB015: a line of one comma is no line in the ，． style: its `.` still warns."""
    text = "星河の町に来た、人々に会った。\n\n衝突は避けられなかった,彼は逃げた.\n"
    assert ("GRB015", ".") in warnings(text, None)

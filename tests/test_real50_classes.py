"""real50: one test per class of false alarm found on real Japanese pages of the registers the fiftieth batch
gathered (People's Daily, China.org.cn and CRI Japanese editions and their converted mirrors, Xinhua and Record China
items, Chengdu panda-base guides, Guilin and Li River cruise pages, Yunnan travel blogs, Hong Kong dim sum blogs,
mapo tofu recipes, Chinese palace-drama synopses, web-novel fan pages, Tang and Ming history pages, pinyin lessons,
TSMC results, a translated Lu Xun and machine-translated encyclopedia pages); own sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星河\t星河\tplace\t\t\n"
                                   "阳湖\t陽湖\tplace\tヤンフー\t\n"))

QUESTION = "先生に「そもそも声調って{}?初めて聞いたのですが」と聞かれた。\n"
ROWS = ("陽湖クルーズ\n中国語名:\n阳湖-星河游江(yáng hú xīng hé yóu jiāng){}\nヤン フー シン ホー英語名:\n"
        "Yanghu Xinghe Cruise\n")
CAMPAIGN = "2019年、星河網は「{}」(蔚蓝计划)と名付けた運動を始めた。\n"
TITLE = "『星河和他的白猫师尊』(せいがとかれのしろねこしそん、中国語: {})は星河による中国Web小説作品。\n"
TRAILING = "「ピンインって初めて聞いたのですが{}\n\nそんな感じで始めました。\n"
LAUGHING = "上海の暑さから逃げられてお得な気分{}\n\n宿は民宿です。\n"
WISH = "成都旅行の続き!\n\n{}\n星河の研究基地\n"
PHOTO = "初雪に覆われた玉竜雪山の森林公園 雲南省\n{}\n"
SHOP = "再び 星河運點心專門店の點心\n\n香港駅の地下の店に行った。\n我が家は、月華點心專門店を選ぶでしょう。\n"

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # GRB014: a ? after a question word in kana read as a word of its own (data/question_pronouns.txt: なに) ends
    # the question, also before a kanji
    ("a question word in kana", QUESTION.format("なに"), None),
    # ... the same letters inside another word (こんなに) ask nothing: a ? between kana and a kanji there is lost
    ("the letters inside another word", "社員がこんなに?国際の会社に多いとは。\n", "GRB014"),
    # GRB001, NAM003, NAM007, NAM006: a page's rows of label and value run together, each value line ending with the
    # next row's label and its colon (中国語名の読み方:, a label narrowed by another): every value is a labelled form
    ("rows run together", ROWS.format("中国語名の読み方:"), None),
    # ... a value line ending in prose, no label, is no such row: its katakana transliterate the name
    ("a value line ending in prose", ROWS.format("と読みます。"), "NAM006"),
    # GRB001: the Chinese original in parentheses after a quoted term all in katakana, up to QUOTED_KATAKANA_TERM
    ("an original after a katakana term", CAMPAIGN.format("プロジェクトディープブルー"), None),
    # ... a longer quotation that is not all katakana is no term: its parenthesis holds Chinese left over
    ("an original after a phrase", CAMPAIGN.format("プロジェクトディープブルーの一掃作戦"), "GRB001"),
    # GRB001: a title whose parenthesis gives it again after a form label (中国語: …): the title cited as its original
    ("a title restated under its label", TITLE.format("星河和他的白猫师尊"), None),
    # ... another string under the label leaves the title itself unexplained
    ("a title and another original", TITLE.format("星河白猫师尊"), "GRB001"),
    # GRB007: a doubled 。 closing a quotation after a sentence left unfinished (data/trailing_off_ends.txt: ですが),
    # or followed by a laughter in parentheses (data/laughter_asides.txt), is the writer trailing off (info)
    ("a doubled stop closing a quotation", TRAILING.format("。。」"), None),
    ("a doubled stop before a laughter", LAUGHING.format("。。(笑)"), None),
    # ... one between two sentences is a seam
    ("a doubled stop between sentences", LAUGHING.format("。。宿は近い。"), "GRB007"),
    # GRB008: a noun of a feeling written twice with の (念願の念願の: data/emphatic_nouns.txt) is emphasis
    ("an emphatic noun with の twice", WISH.format("念願の念願の、"), None),
    # ... another noun with の twice is a doubled word
    ("another noun with の twice", WISH.format("観光の観光の、"), "GRB008"),
    # GRB008 (found on a set-aside page, run once at the batch's end): a title line whose last word, its place, stands
    # after a space, above a caption that names the place first, with a particle, in a sentence longer than the title
    ("a title's place above its caption", PHOTO.format("雲南省の森林公園は10日、初雪に覆われ、一面の銀世界となった。"), None),
    # ... above a line that is no longer sentence, the word is written twice
    ("a title's place above a short line", PHOTO.format("雲南省の雪"), "GRB008"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)


def test_shop_suffix_in_old_forms():
    """GRB013: a shop named with a shop suffix written in old forms (專門店 for 専門店: data/shop_suffixes.txt) is named
    as the shop writes it, no warning; the everyday word in old forms beside it (點心) still is one."""
    found = warnings(SHOP, GLOSSARY)
    assert not any("專門店" in surface for _, surface in found) and ("GRB013", "點心") in found

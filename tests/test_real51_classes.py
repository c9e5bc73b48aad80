"""real51: one test per class of false alarm found on real Japanese pages of the registers the fifty-first batch
gathered (Three Kingdoms, Water Margin and Kingdom fan and character pages, Tainan and Jiufen travel blogs, JETRO and
business items on Chinese companies, Yokohama and Kobe Chinatown guides, Tang poetry commentary, Nakajima Atsushi and
Lu Xun in Japanese, table tennis and badminton news, miHoYo and Genshin items, Hong Kong and Macau news, overseas
Chinese history, Chinese tea shops and university pages on Chinese studies); own sentences, not the pages' text.

Classes:
- GRB013: a shop's suffix that data/shop_suffixes.txt writes in old forms (茶樓, 酒樓, 餐廳) ends a name in old forms
  again (both compared in their Japanese forms; real50's comparison had lost them).
- GRB013: towns and sights of Taiwan, Hong Kong and Macau (九份, 基隆, …) make a page one about them
  (data/local_places.txt), whose names in quotes are the place's own spelling.
- GRB013: on such a page, a word ending with the trade of a name the page shows (a heading's, a listed one's, a
  glossary's or a shop's: 肉圓 of 星記肉圓) is the dish or shop named as the place writes it.
- GRB013, NAM003: a poem's title before its verses on one line (靜星賦 星河照古城 …) is cited with them.
- GRB007: a doubled 。 followed by a short cry ending its line with ! or ? is the writer trailing off (info).
- GRB002: lowercase English after a credit's label and a space (●文 text by …) is the credit in English.
- NAM006: a reading all a 【】 holds right after the name (解 星【かい せい】) glosses it.
- NAM006: よみ and ヨミ (data/form_labels.txt) label a reading's field (よみ : ホシハル).

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n解星\t解 星\tperson\tかい せい\t\n"
                                   "星春\t星春\tterm\tホシハル\t\n"))
POEM_GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n静星赋\t静星賦\tterm\t\t\n"))
SHOP_GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星记肉圆\t星記肉圓\torg\t\t\n"))

SHOP = "駅から歩いて{}に立ち寄った。\n{}への道\n"
LOCAL = "{0}へはバスで行った。{0}の坂道は細い。\n停留所の「舊道」から歩いて坂を上った。\n"
TRADE = "台南の旅の二日目。台南駅から歩いた。\n■星記肉圓\n今日の昼は{}を二つ食べた。\n"
TRADE_IN_PROSE = "台南の旅の二日目。台南駅から歩いた。\n星記肉圓に寄った。今日の昼は{}を二つ食べた。\n"
VERSE = "静星賦は古い詩。\n\n{}\n【通釈】\n古い城を星の光が照らす。\n"
CRY = "店先で値段を聞いた。\n店員は千円でいいと{}\n"
CREDIT = "試合は4-3で終わった。\n星河新聞社●{} text by Star River\n"
BRACKET = "{}\n星河寨の頭領の一人。槍の名手。\n"
FIELD = "星春\n\n・{} : ホシハル\n・分類 : 冬の言葉\n"

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # GRB013: a shop's suffix written in old forms in data/shop_suffixes.txt (茶樓) ends a name in old forms, the
    # text writing it in Japanese forms too (阿星茶楼 beside 阿星茶樓): the shop's own spelling
    ("a tea house's suffix in old forms", SHOP.format("阿星茶楼", "阿星茶樓"), None),
    ("a restaurant's suffix in old forms", SHOP.format("阿星餐庁", "阿星餐廳"), None),
    # ... a name that no shop's suffix ends is one word in two spellings
    ("no shop's suffix", SHOP.format("阿星大楼", "阿星大樓"), "GRB013"),
    # GRB013: a page naming a town of Taiwan twice (data/local_places.txt: 九份) is about it: a bus stop all a 「」
    # holds is named as the place's sign writes it
    ("a stop named on a Taiwan page", LOCAL.format("九份"), None),
    # ... on a page about no such place, the quoted word in old forms is a conversion's leftover as often
    ("a stop named on another page", LOCAL.format("星河村"), "GRB013"),
    # GRB013: on such a page, the trade a listed shop's name ends with (■星記肉圓), in a sentence: the dish
    ("a listed shop's trade", TRADE.format("肉圓"), None),
    # ... a word sharing one kanji with the name (魚圓) is no such trade
    ("one kanji in common", TRADE.format("魚圓"), "GRB013"),
    # GRB013, NAM003: a poem's title before its verses on one line, cited with them in the original's forms
    ("a poem's title before its verses", VERSE.format("靜星賦 星河照古城 月落照長橋 擧杯望遠山 低頭思故鄕"), None),
    # ... the title before one piece of five is no poem quoted: one word in two spellings
    ("a title before one piece", VERSE.format("靜星賦 星河照古城"), "GRB013"),
    # GRB007: a doubled 。 followed by a short cry that a ! ends with its line: the writer trailing off (info)
    ("a doubled stop before a cry", CRY.format("。。高すぎ!!"), None),
    # ... followed by a sentence, it is a seam
    ("a doubled stop before a sentence", CRY.format("。。店員は笑った。"), "GRB007"),
    # GRB002: lowercase English after a credit's label and a space (data/credit_labels.txt: 文): the credit in English
    ("a credit in English after its label", CREDIT.format("文"), None),
    # ... after a word that labels no credit, the English is left in the text
    ("English after another word", CREDIT.format("記事"), "GRB002"),
    # NAM006: a reading all a 【】 holds right after the name, spaced as the glossary writes it: glossed
    ("a reading in 【】 after the name", BRACKET.format("解 星【かい せい】"), None),
    # ... the reading in 【】 after another word is the name's sound used for it
    ("a reading in 【】 after another word", BRACKET.format("星河寨の【かい せい】"), "NAM006"),
    # NAM006: a field labelled よみ (data/form_labels.txt) gives the name's reading
    ("a reading's field labelled in kana", FIELD.format("よみ"), None),
    # ... a field another label opens holds the reading used as the name
    ("a field of another label", FIELD.format("季題"), "NAM006"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)


def test_poem_title_with_glossary():
    """NAM003: the glossary's term in old forms as a poem's title before its verses is the original cited (no
    warning); before one piece of verse it is the term in traditional Chinese."""
    assert warnings(VERSE.format("靜星賦 星河照古城 月落照長橋 擧杯望遠山 低頭思故鄕"), POEM_GLOSSARY) == []
    assert ("NAM003", "靜星賦") in warnings(VERSE.format("靜星賦 星河照古城"), POEM_GLOSSARY)


def test_trade_of_a_glossary_name():
    """GRB013: on a page about Taiwan, the trade a glossary's shop name in old forms ends with (星記肉圓), in a
    sentence, is the dish named as the place writes it; a word sharing one kanji with it still warns."""
    assert warnings(TRADE_IN_PROSE.format("肉圓"), SHOP_GLOSSARY) == []
    assert ("GRB013", "魚圓") in warnings(TRADE_IN_PROSE.format("魚圓"), SHOP_GLOSSARY)

"""real40: one test per class of false alarm found on real Japanese pages of new genres (Chinese state media's
Japanese editions, CRI listeners' letters, recipes and menus of Chinese dishes, Hong Kong dim sum guides, Shiji and
Tang poems read in kanbun, tea and calligraphy pages, Chinese drama fan blogs, Chinese stocks, Tainan food guides,
Xi'an travel blogs, university pages on Chinese studies); own sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

# a poet whose name a dish carries (星坡肉), and a place
GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星坡\t星坡\tperson\t\t\n台湾\t台湾\tplace\t\t\n"))

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # NAM006: a dish named after the person, its reading given once after its kanji, then the reading alone
    ("a dish's reading given after its kanji, then used alone",
     "星坡肉(シンポウロウ)は煮込み料理の名前だ。今夜はシンポウロウに挑戦する。", None),
    # ... a name's reading inside a katakana word that nothing gives as a kanji word's reading: a transliteration
    ("a name's reading inside a word nothing reads", "星坡は宋の詩人だ。今夜はシンポウロウに挑戦する。", "NAM006"),
    # GRB010: a space before a quotation's と (a route, then という); the same space before a noun stays a seam
    ("a space before a case particle", "帰りは港→駅→ホテルへ向かう という順にした。", None),
    ("a space before a noun", "帰りはホテルへ向かう 駅前の店で買い物をした。", "GRB010"),
    # GRB013: a menu's heading before a spaced colon, and a dish before its reading in katakana after a space
    ("a menu's term before a spaced colon and a dish before its spaced reading",
     "月亭の茶楼で頼んだ品を駅で並べる。\n\n炸點 : 揚げた品\n\n叉燒包 (チャーシウパウ)\n甘い豚肉入りの一品。\n", None),
    # ... the menu's terms in a sentence, and a spaced parenthesis that holds no reading, stay leftovers
    ("the menu's terms in a sentence", "月亭の茶楼で頼んだ品を駅で並べる。炸點は揚げた品で、叉燒包も頼んだ。\n", "GRB013"),
    ("a dish before a spaced parenthesis holding no reading",
     "月亭の茶楼で頼んだ品を駅で並べる。\n\n叉燒包 (豚肉入り)\n甘い一品。\n", "GRB013"),
    # GRB013: a dish named as a numbered item's heading on a page about Taiwan, then in its sentences; the dish only
    # in sentences of such a page stays a leftover
    ("a dish heading a numbered item on a page about Taiwan",
     "高雄の夜市を歩いた。台北とは違う雰囲気だ。駅も近い。\n2.芋圓\n冷たい芋圓に黒糖の蜜をかけて食べる。\n", None),
    ("a dish only in sentences on a page about Taiwan",
     "高雄の夜市を歩いた。台北とは違う雰囲気だ。駅も近い。\n冷たい芋圓に黒糖の蜜をかけて食べる。\n", "GRB013"),
    # GRB001: a station's name quoted as its sign writes it, in a text that gives a name its Japanese form beside it;
    # in a text that glosses nothing so, the quoted name stays a leftover
    ("a quoted name in a text that glosses a Chinese name with its own Japanese form",
     "帰りは「星月广场」駅で降りて歩いた。途中の星河桥(星河橋)からの眺めがよかった。\n", None),
    ("a quoted name in a text that glosses nothing",
     "帰りは「星月广场」駅で降りて歩いた。途中の星河橋からの眺めがよかった。\n", "GRB001"),
]


@pytest.mark.parametrize("text,code", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_class(text, code):
    """A silent case draws nothing, with or without a glossary; its contrast still draws its code."""
    assert_class(text, code, GLOSSARY)


def test_introduced_reading_of_the_name_itself_still_reported():
    """NAM006: a reading the text gives after the name itself (`星坡(シンポウ)`) used alone later is still the name's
    reading out of its place, also beside a dish's reading given after longer kanji."""
    text = "星坡肉(シンポウロウ)は煮込み料理の名前だ。星坡(シンポウ)は宋の詩人だ。シンポウは港町にいた。"
    assert ("NAM006", "シンポウ") in warnings(text, GLOSSARY)

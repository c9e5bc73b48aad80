"""real63: one test per class of false alarm found on real Japanese pages of the registers the sixty-third batch
gathered (table tennis and badminton players, China's high-speed rail, its space programme, giant pandas and their
zoos, the gaokao and universities, Chinese restaurants in Japan, corruption trials and the courts, and stock-market
columns); own sentences, not the pages' text.

Classes:
- GRB001, NAM003: a post embedded in a page as posted, a line in Chinese with no kana right above its credit line
  (`— Name (@handle) date`, mentions.context.POST_CREDIT), is the post quoted in its poster's language, not a
  sentence the translation left (`mentions.context.in_embedded_post`); a name in it written in simplified forms is
  the post's spelling, at info.
- GRB001: a product's name in its maker's script glued to a model code of Latin capitals and digits, before or after
  it (`星河飞W968-18`, `国星NEO3蓝海绵`), in the value of a row of label and value with no kana in the value (an infobox's
  `ラケット 星河飞W968-18`), is the product as it is sold as often as a name left, at info (confidence.toml's
  `product-with-model-code`).

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

# the glossary's rows (zh, ja, type, reading, accept): a railway whose simplified name a post may spell
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n星河铁路\t星河鉄路\torg\n")

NEWS = "星河鉄路は新しい列車の運行を始めた。所要時間は従来より一時間短くなる。\n"
POST = "星河铁路新列车今天正式运营，欢迎大家来乘坐！\n"
CREDIT = "— 星河日报 (@XingheDaily) 1 мая 2020 г.\n"
ROWS = "基本情報\n身長 170cm\n利き腕 右\nラケット 星河飞W968-18\nフォア面ラバー 国星NEO3蓝海绵 41度\n"

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB001, NAM003: a post embedded in Chinese, its credit line below it
    ("a post in Chinese above its credit", NEWS + POST + CREDIT, None),
    # ... the same line with no credit below it still draws
    ("the same line with no credit", NEWS + POST, "GRB001"),
    ("the same line with no credit, the glossary's name", NEWS + POST, "NAM003"),
    # ... a line of Japanese above the credit that leaves a Chinese phrase still draws
    ("a line with kana above a credit", NEWS + "新列车今天正式运营という投稿があった。\n" + CREDIT, "GRB001"),
    # GRB001: a product's name glued to its model code, in an infobox's rows
    ("a product and its model code in a row", ROWS, None),
    # ... the same name and code in a sentence still draw
    ("a product and its model code in a sentence", "彼は星河飞W968-18を使っている。\n", "GRB001"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)

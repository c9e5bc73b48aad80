"""real69: one test per class of false alarm found on real Japanese pages of the registers the sixty-ninth batch
gathered (China's space programme, Taiwan's night markets, Hangzhou's West Lake, Ryukyu and China, Sun Tzu's Art of
War, oracle-bone script, Harbin's ice festival, Dalian and Lüshun, Xiamen's Gulangyu, Tsingtao beer); own sentences,
not the pages' text.

Classes:
- GRB013: the rest of a line that a label of a quoted original in brackets opens (`【原文】聞其戰法、百戰百勝`, a
  classic quoted in its own forms before its translation), kanji and no kana, is the original quoted, commas and all
  (``labels.original_block_spans``); after a label of no original (`【解説】`) it still draws.
- GRB002: lowercase English that opens the cell after a title bar's `|` and a space, a colon and a Japanese tagline
  after it (`記事の題 | morning walk diary: 町の小さな発見`, a bookmark page's title of the post and of its blog), is
  the site's name (``rules.garble.english_fragment._line_label``); the same words in the line's prose still draw.
- GRB001: a Chinese word that opens a bracket after a Japanese word, its Japanese rendering after a colon
  (`スープ料理(酸辣汤:サンラータン)`, a blog naming a dish and what Japanese calls it), is a whole item of the gloss
  (``rules.garble.untranslated_chinese._whole_item``); the same word and colon in the prose still draw.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

# the glossary's rows (zh, ja, type, reading, accept): a harbour town
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n"
                  "星港\t星港\tplace\t\t\n")

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB013: a classic quoted on the line its label opens, its translation below
    ("an original on its label's line",
     "星港の書院で読んだ一節。\n\n【原文】聞其戰法、百戰百勝、毎戰必勝\n\n【訳】その戦い方を聞けば、いつも勝つ。\n", None),
    # ... after a label of no original it still draws
    ("the same line after another label",
     "星港の書院で読んだ一節。\n\n【解説】聞其戰法、百戰百勝、毎戰必勝\n\n【訳】その戦い方を聞けば、いつも勝つ。\n",
     "GRB013"),
    # GRB002: a blog's name and tagline after a title bar
    ("a site's name after a title bar",
     "関連記事\n星港を歩く(12)古い港と市場 | morning walk diary: 町の小さな発見\n", None),
    # ... the same words in the line's prose still draw
    ("the same words in the prose",
     "関連記事\n星港を歩く(12)古い港と市場の morning walk diary: 町の小さな発見\n", "GRB002"),
    # GRB001: a dish's Chinese name in a bracket, its Japanese rendering after a colon
    ("a word rendered after a colon in its bracket", "星港の店ではスープ料理(酸辣汤:サンラータン)が人気です。\n", None),
    # ... the same word and colon in the prose still draw
    ("the same word in the prose", "星港の店では酸辣汤:サンラータンが人気です。\n", "GRB001"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)

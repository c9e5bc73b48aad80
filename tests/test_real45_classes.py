"""real45: one test per class of false alarm found on real Japanese pages of the registers the forty-fifth batch
gathered (China-studies institutes, museum pages on calligraphy and porcelain, table tennis and football, Chinese tea
and recipes, drama and film reviews, manga and anime pages, tax Q&A, job ads, sister-city and trade-fair pages, shop
listings, encyclopedia pages on historical figures, classical poems read in 書き下し); own sentences, not the pages'
text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星河\t星河\tplace\t\t\n"))

SHOPS = ("横浜中華街のおすすめ月餅\n\n1. 星河樓(せいがろう) 横濱本店\n老舗の月餅は小豆あんが人気だ。\n\n"
         "2. 萬星の月餅は、黒あんと白あんの2種類がある。\n")

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # GRB013: a shop guide's branch, written after the shop's name as the shop writes its town (横濱本店: 本店, 総本店
    # and 支店 among data/shop_suffixes.txt), is a shop's name; the one other old-form name left on the page is no
    # sign of a conversion (info)
    ("a shop's branch in its own spelling on a shop guide", SHOPS, None),
    # ... everyday words in old forms in the page's sentences are still a conversion's
    ("old-form everyday words in a shop guide's sentences", SHOPS + "この街の經濟は戰後に發展した。\n", "GRB013"),
    # GRB014: a half-width ? right after a verb or an adjective ending in kana (はいる?, 多い?) asks a question, as
    # after an interjection or an adverb: no name ends with one
    ("a headline's question mark after a verb", "中国のリーグに名選手はいる?代表の選手を紹介!\n\n今季の注目選手をまとめた。\n",
     None),
    ("a question mark after an adjective", "本当に安い?星河市場の値段を調べた。\n", None),
    # ... a ? after a particle before kanji, in a text with no other ?, is still a character lost
    ("a ? after a particle before kanji", "星河市で?州市のチームが優勝した。\n", "GRB014"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)


def test_a_branch_name_is_no_word_of_a_conversion_beside_an_old_form_numeral():
    """The branch stays silent where an old-form numeral in a compound (萬年, an everyday word: a conversion's sign)
    is reported beside it; before, the two made each other sure."""
    from lint_helpers import warnings

    found = warnings(SHOPS.replace("萬星の月餅", "萬年の月餅"), GLOSSARY)
    assert ("GRB013", "横濱本店") not in found and ("GRB013", "萬年") in found

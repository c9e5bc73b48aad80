"""real44: one test per class of false alarm found on real Japanese pages of the registers the forty-fourth batch
gathered (Japanese news and Chinese media's Japanese editions, earnings reports, embassy notices, travel blogs on
Yunnan, Guizhou and Inner Mongolia, encyclopedia pages with infoboxes, Aozora texts, product and game pages); own
sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星河\t星河\tplace\t\t\n"))

REDIRECT = "星河国際空港\n（星河國際空港から転送）\n星河国際空港は、星河市の東にある空港である。\n"

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # GRB013: a wiki's note under its heading of the title a reader followed to reach the page (（…から転送）,
    # data/redirect_notes.txt): the title named as it was typed, old forms and all
    ("an old-form title before a wiki's redirect note", REDIRECT, None),
    # ... everyday words in old forms in the page's sentences are still a conversion's
    ("old-form words in the page's sentences", REDIRECT + "この國の經濟は發展を續けている。\n", "GRB013"),
    # GRB009: a page's title line, a phrase with particles that ends in a kanji and katakana compound (比較サイト),
    # a space, and the site's name in katakana: what the site is, then what it is called
    ("a tagline and a site's name on a title line", "旅の口コミと比較サイト ルモラトラベル\n\n国内の宿を比べられる。\n", None),
    # ... a compound split after a particle (日本の|デジタル マーケティング) is still a word split
    ("a compound split after a particle on a title line", "日本のデジタル マーケティング\n\n市場は伸びた。\n", "GRB009"),
    # GRB009: a game's or a film's title, all a 「」 holds right after a noun of a work (ソフト「…」,
    # data/work_nouns.txt), spaced as its publisher spaces it
    ("a work's title in 「」 after a noun of a work",
     "当局は、子ども向けのソフト「ルモラクエスト ハジマリノモリ」などの販売を認めた。\n", None),
    # ... the same spaced words in a 「」 after no such noun are a word split
    ("spaced words in 「」 after another noun", "市長は「スマート シティ」構想を語った。\n", "GRB009"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)


NAMES = "zh\tja\ttype\treading\taccept\treject\tnote\n木日\t木日\torg\t\t\t\ta bakery chain (invented)\n"


def _nam011(text: str) -> list[str]:
    from conftest import lint_findings

    return [f[2] for f in lint_findings(text, NAMES) if f[0] == "NAM011"]


def test_an_ordinary_word_that_looks_like_a_name_the_text_never_names_is_silent():
    """NAM011, info notes on every page: an ordinary word of the dictionary, exactly (本日, 途中), one character a
    look-alike of a glossary name's, in a text that names that entity nowhere, is the word written as meant."""
    assert _nam011("本日は晴れ。駅の途中で友人に会った。\n") == []


def test_the_same_word_in_a_text_that_names_the_entity_is_still_read():
    assert _nam011("木日の新しいパンが出た。本日はその発売日だ。\n") == ["本日"]

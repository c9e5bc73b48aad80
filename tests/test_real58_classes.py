"""real58: one test per class of false alarm found on real Japanese pages of the registers the fifty-eighth batch
gathered (Chinese and Taiwanese drama cast pages with names in kanji, katakana and pinyin, C-drama fan blogs, table
tennis and badminton players' profiles, travel guides to Yunnan, Guilin, Xinjiang, Tibet and Inner Mongolia, BYD and
Huawei news, Hong Kong film stars with their Cantonese and Mandarin readings, Taiwan's Wade-Giles names, Tang emperors
and reign names, and Chinese-language lessons with pinyin); own sentences, not the pages' text.

Classes:
- NAM006: a reading that a pair of one dash holds right after the name (`「星河賦-せいがふ-」`: a drama's title with
  its reading set between hyphens) is given beside the name, as in brackets.
- NAM006: a reading right after a Chinese language's name and で or では (`標準中国語でシンホー・ミン。広東語ではセンホー・
  メン。`: a film star's profile giving his name's sound in each language) is a reading told, not the name rendered.
- NAM003: a run of Chinese holding the name, with a bracket right after it that gives the run in Japanese forms
  (`原作:刘星河游记(劉星河遊記)`: a drama's source cited in Chinese and in Japanese), is the original cited beside its
  rendering.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed, warnings

# the glossary's rows (zh, ja, type, reading): a drama's title, a film star, a novelist
ROWS = (("星河赋", "星河賦", "term", "せいがふ"), ("星河明", "星河明", "person", "シンホー・ミン"),
        ("刘星河", "劉星河", "person", ""))
GLOSSARY = parsed("zh\tja\ttype\treading\n" + "".join("\t".join(row) + "\n" for row in ROWS))

# a cast page's heading, a star's profile under his name, a drama's credits: each with a hole for the case
TITLE, STAR, CREDITS = ("{}のキャストと相関図を紹介します。\n", "星河明(ジミー・シン)\n{}\n1960年生まれ。俳優、歌手。\n",
                        "作品概要\n制作:2021年\n原作:{}王明 著\n全40話\n")

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # NAM006: a title's reading set between hyphens right after it
    ("a reading between hyphens", TITLE.format("「星河賦-せいがふ-」"), None),
    # ... the reading standing for the title in a sentence is the title rendered by its sound
    ("the reading standing alone", "「星河賦」は人気作。せいがふのキャストを紹介します。\n", "NAM006"),
    # NAM006: a name's reading in each language, after the language's name and で
    ("a reading told in a language", STAR.format("標準中国語でシンホー・ミン。広東語ではセンホー・メン。"), None),
    # ... the reading with no language before it, standing for the name, still draws
    ("the reading used as the name", STAR.format("シンホー・ミンは香港を代表する俳優だ。"), "NAM006"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)


def test_original_beside_its_form():
    """NAM003: a drama's source cited in Chinese with its Japanese form in brackets right after it names the glossary
    person as the Japanese form does (GRB001 reads the Chinese run on its own); the run alone still draws NAM003."""
    beside = {c for c, _ in warnings(CREDITS.format("刘星河风月记(劉星河風月記)"), GLOSSARY)}
    alone = {c for c, _ in warnings(CREDITS.format("刘星河风月记 "), GLOSSARY)}
    assert "NAM003" not in beside and "NAM003" in alone

"""real66: one test per class of false alarm found on real Japanese pages of the registers the sixty-sixth batch
gathered (Hong Kong kung-fu cinema: ジャッキー・チェン, ブルース・リー, ジェット・リー, 少林寺; oolong and pu'er tea, Tibet
and Inner Mongolia travel, Macau's sights and casinos, home-made 餃子 and 上海蟹, paper-cutting, Chinese residents'
life in Japan and Chinese-language learning blogs); own sentences, not the pages' text.

Classes:
- NAM007: a pinyin row's label that ends its line with its colon and the table's bar, the value cell wrapped onto
  the next line (`拼音: |` / `Xīng Liánjié 北京語`: an infobox copied as a table) labels the value as a form
  (``labels._label``); the value under a row's label that names no form (`俳優: |`) still draws.
- NAM006: a katakana form the glossary accepts, its words run together without their `・` (`「ジャッキーシン」の解説`,
  a names directory's heading for the accepted ジャッキー・シン) is that form, not the Mandarin reading transliterated
  (``mentions.katakana._run_together``); the `reading` run together (`シンロン`) still draws.
- NAM005: a sound-alike window whose last kanji is a numeral that runs on past the window (`星林十|三棍僧`: the
  thirteen staff monks of a temple one syllable from 星林寺) cuts a number in two (``mentions.homophone._ends_in_count``);
  the same characters before a particle still draw.
- GRB014: a `?` right after a proper noun of the dictionary written wholly in katakana, before kanji
  (`マカオ?香港から近い`: a place the writer asks about) is a question's mark, an encoding losing kanji
  (``rules.garble.encoding_loss._after_katakana_word``); one after a particle (`マカオの?港`) still draws, as one after
  a common noun does in a text that asks nothing elsewhere (real36's `ピーマン?昨日`).
- GRB002: a capitalised word written twice before a one-syllable surname (`Lee Lee Zhang`, a machine translation's
  parent named in English order) is a person's name, not a half-translated one
  (``rules.garble.english_fragment._doubled_given_name``); another word in the middle (`Lee Smart Zhang`) still draws.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

# the glossary's rows (zh, ja, type, reading, accept): an actor with an English stage name, another with a pinyin
# row, and a temple
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n"
                  "星龙\t星龍\tperson\tシン・ロン\tジャッキー・シン\n"
                  "星连杰\t星連杰\tperson\t\t\n"
                  "星林寺\t星林寺\tplace\t\t\n")

ACTOR = "星龍は香港の俳優である。\n"
INFOBOX = "星連杰は中国の俳優である。\n各種表記 | |\n---|---|\n簡体字: | 星连杰 |\n"
TEMPLE = "星林寺は河南省の寺院である。\n"

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # NAM007: a pinyin row whose value wrapped onto the next line, the bar left after the label's colon
    ("a pinyin row's value under its label", INFOBOX + "拼音: |\nXīng Liánjié 北京語\n", None),
    # ... under a row's label that names no form it still draws
    ("under a label of no form", INFOBOX + "俳優: |\nXīng Liánjié 北京語\n", "NAM007"),
    # NAM006: an accepted katakana form with its words run together, a directory's heading
    ("an accepted form run together", "「ジャッキーシン」の解説\n" + ACTOR, None),
    # ... the reading run together is still the reading used on its own
    ("the reading run together", "シンロンは香港の俳優である。\n" + ACTOR, "NAM006"),
    # NAM005: a number cut in two by the window
    ("a number cut in two", TEMPLE + "唐初、星林十三棍僧が秦王を助けた。\n", None),
    # ... the same characters before a particle still draw
    ("the same characters before a particle", TEMPLE + "星林十が訪れた。\n", "NAM005"),
    # GRB014: a question's mark after a katakana word of the dictionary
    ("a question after a katakana place", "地図を見た。マカオ?香港から近いじゃん。\n", None),
    # ... after a particle it still reads as a lost character
    ("after a particle", "地図を見た。マカオの?港から近い。\n", "GRB014"),
    # GRB002: a doubled given name before a surname of one syllable
    ("a doubled given name", "彼は香港でCharlesとLee Lee Zhangの間に生まれた。\n", None),
    # ... an English word between still draws
    ("an English word between", "彼は香港でCharlesとLee Smart Zhangの間に生まれた。\n", "GRB002"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)

"""real71: one test per class of false alarm found on real Japanese pages of the registers the seventy-first batch
gathered (Mount Tai, the Dragon Boat Festival and Qu Yuan, Shaoxing and its wine, the Longmen Grottoes, Nanjing,
Qufu, Hainan, acupuncture's history, Kaifeng, Jingdezhen); own sentences, not the pages' text.

Classes:
- GRB009: two mimetic words in katakana, each two letters written twice, set apart by a space (`ハラハラ ドキドキ`)
  are two words of their own, not one split (``split_katakana._mimetic_words``); a part that is no such doubling
  (`ドキドキ ランド`) still draws.
- GRB001: one simplified character that opens a parenthesis right after the word that holds it, then は
  (`文庙(庙は寺の意味)`), is the word's character explained (``_text.cited_character``); the same character after a
  word that does not hold it, or as a word of the aside, still draws.
- NAM005: a window that is another glossary name written as the glossary writes it, the head of the longer name,
  and one character more (`包公怒斬` beside 包公, accepted for 包拯, and 包公湖) is that name and the next word, not the
  longer name with its last syllable misheard, where the kanji run goes on after it
  (``mentions.homophone._name_then_word``); the window with the head misheard, or ending its run (`包公河を`), still
  draws.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed, warnings

# the glossary's rows (zh, ja, type, reading, accept): a river town, a judge known by his title, the lake named after him
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n"
                  "星河镇\t星河鎮\tplace\t\t\n"
                  "包拯\t包拯\tperson\t\t包公\n"
                  "包公湖\t包公湖\tplace\t\t\n")

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB009: two mimetic words, each doubled, set apart by a space
    ("two doubled mimetic words", "星河鎮へ向かうバスの中は、ハラハラ ドキドキの連続でした。\n", None),
    # ... a doubled word beside an ordinary one still draws
    ("a doubled word and an ordinary one", "星河鎮へ向かうバスの中は、ドキドキ ランドのようでした。\n", "GRB009"),
    # NAM005: another glossary name, written right, and one character more
    ("a name and the next word", "星河鎮の劇場で「包公怒斬」という芝居を見た。包公の裁きは見事だった。\n", None),
    # ... the head misheard still draws
    ("the head misheard", "星河鎮の劇場のそばにある抱公河を歩いた。包公湖ではない。\n", "NAM005"),
    # ... and the name and one character more, ending its run, still draw: the lake's name misheard
    ("the name and one character, the run ended", "星河鎮の劇場のそばにある包公河を歩いた。包公湖ではない。\n", "NAM005"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)


# GRB001: the word in its Chinese form is the glossary's accepted form (a page that writes a temple's name so on
# purpose), so only the character explained in the aside is at stake; without the glossary the word itself draws
TEMPLE = parsed("zh\tja\ttype\treading\taccept\n"
                "星河镇\t星河鎮\tplace\t\t\n"
                "文庙\t文廟\tplace\t\t文庙\n")


@pytest.mark.parametrize("text,drawn", [
    # a character of the word before, explained in the aside
    ("星河鎮の「文庙(庙は寺の意味です)」を訪ねました。\n", set()),
    # ... the same character after a word that does not hold it still draws
    ("星河鎮の「文廟(庙は寺の意味です)」を訪ねました。\n", {"庙"}),
    # ... and so does the character as a word of the aside, no は after it
    ("星河鎮の「文庙(庙宇の一つ)」を訪ねました。\n", {"庙宇"}),
], ids=["a character of the word before explained", "after a word that does not hold it", "no は after it"])
def test_character_of_word_before(text, drawn):
    assert {s for c, s in warnings(text, TEMPLE) if c == "GRB001"} == drawn

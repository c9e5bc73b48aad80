"""real65: one test per class of false alarm found on real Japanese pages of the registers the sixty-fifth batch
gathered (Chinese emperors in encyclopedia style, the characters of 封神演義, 西遊記 and キングダム, a basketball centre
and a power forward, the foreign ministry's spokespeople and the 全人代, Taiwan's presidential elections and Hong
Kong's news); own sentences, not the pages' text.

Classes:
- NAM005 (and any sound-alike window): a window whose last kanji is a numeral that a counter follows (`星慶四|年正月三日`:
  an era's name and the fourth year, one syllable from the emperor 星慶帝) is a date or a count, not a name one syllable
  off (`mentions.homophone._ends_in_count`); the same characters before a particle still draw.
- NAM003: a given name's original in traditional characters after a clan's kanji and a joining dot, all a bracket
  holds right after a name of two Latin words (`Xinghe-Gioro Hunli (星河覺羅・星曆)`: a machine-translated infobox's
  name and its original in full) is the original beside the Latin name, as a bracket holding the name alone already was
  (`mentions.context.original_after_latin_name`); after one Latin word it still draws.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed, warnings

# the glossary's rows (zh, ja, type, reading, accept): an emperor named after his era, and a prince's given name
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n星庆帝\t星慶帝\tperson\n星历\t星暦\tperson\n")

REIGN = "星慶帝は清の皇帝である。父は先帝の第三子であった。\n"
NAME = "星慶帝は清朝の皇帝であり、在位は六十年に及んだ。\n名前\n"
MANCHU = "満州語: Hun li\n"

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # NAM005: an era's name and a year's number, one syllable from the emperor named after the era
    ("an era and its year", REIGN + "(星慶四年正月三日)北京で死去\n", None),
    ("an era and its year in a sentence", REIGN + "星慶三年に即位した。\n", None),
    # ... the same characters before a particle still draw
    ("the same characters before a particle", REIGN + "星慶四が即位した。\n", "NAM005"),
]

# NAM003 with the glossary (without one, GRB013 reads the traditional forms of so short a text as it would anyway):
# (id, text, whether NAM003 still draws)
ORIGINALS = [
    # a clan's kanji, a joining dot and the given name in traditional forms after a Latin name of two words
    ("a full name's original after its Latin form", NAME + "Xinghe-Gioro Hunli (星河覺羅・星曆)\n" + MANCHU, False),
    # ... after one Latin word it still draws
    ("after one Latin word", NAME + "Hunli (星河覺羅・星曆)\n" + MANCHU, True),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)


@pytest.mark.parametrize("text,draws", [c[1:] for c in ORIGINALS], ids=[c[0] for c in ORIGINALS])
def test_original_after_latin_name(text, draws):
    assert ("NAM003" in {c for c, _ in warnings(text, GLOSSARY)}) is draws

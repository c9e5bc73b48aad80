"""real59: one test per class of false alarm found on real Japanese pages of the registers the fifty-ninth batch
gathered (Japanese news on China's diplomacy and party congresses with officials' names, the Shanghai market, the
renminbi and property developers, China's space station and lunar probes, Chinese science news, sister-city and
student-exchange pages, Yokohama's Chinatown and Kobe's Nankinmachi, Chinese restaurants in Japan, Chinese literature
syllabi, and giant pandas in Japanese zoos); own sentences, not the pages' text.

Classes:
- GRB001: a gloss in half-width brackets one half-width space after the name (`星河宮 (せいがきゅう、星河宫、
  Xinghegong)`: a converted encyclopedia page's lead, which keeps the space Western typesetting sets before a
  bracket) glosses the name, as one right after it does; its Chinese item is the original given on purpose.
- NAM006: a reading right after a name that 『』 or 「」 holds whole, a space between at most (`『星河』 せいがは…`: a
  blog walking a street, reading out a shop's sign) is the reading given beside the name, as in brackets.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed, warnings

# the glossary's rows (zh, ja, type, reading): a Taoist temple, a shop
ROWS = (("星河宫", "星河宮", "place", "せいがきゅう"), ("星河", "星河", "org", "せいが"))
GLOSSARY = parsed("zh\tja\ttype\treading\n"
                  + "".join("\t".join(row) + "\n" for row in ROWS))

# an encyclopedia page's lead, a blog's walk down a street: each with a hole for the case
LEAD, WALK = ("{}は、星河県にある道観である。明代に建てられた。\n", "路地を少し歩くと{}はパンダの雑貨がたくさんある店でした。\n")

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB001: the gloss in half-width brackets one space after the name
    ("a gloss one space after the name", LEAD.format("星河宮 (せいがきゅう、星河宫、Xinghegong)"), None),
    # ... the Chinese form written as the name in the sentence still draws (NAM003 with the glossary, GRB001 without)
    ("the Chinese form as the name", LEAD.format("星河宫"), "NAM003"),
    # NAM006: a shop's quoted name and its reading right after it
    ("a reading after the quoted name", WALK.format("『星河』 せいが"), None),
    # ... the reading standing for the name in a sentence of its own still draws
    ("the reading standing alone", WALK.format("『星河』という店があった。せいが"), "NAM006"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)


def test_gloss_one_space_after_without_glossary():
    """GRB001 with no glossary: the Chinese item of a gloss one space after the name is the original given on
    purpose; the Chinese form written as the name still draws GRB001."""
    glossed = {c for c, _ in warnings(LEAD.format("星河宮 (せいがきゅう、星河宫、Xinghegong)"), None)}
    named = {c for c, _ in warnings(LEAD.format("星河宫"), None)}
    assert "GRB001" not in glossed and "GRB001" in named

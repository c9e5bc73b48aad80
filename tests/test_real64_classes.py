"""real64: one test per class of false alarm found on real Japanese pages of the registers the sixty-fourth batch
gathered (Tang and Qing consorts and empresses, Koxinga and his birthplace, Chinese festivals (Mid-Autumn, Qingming,
the Dragon Boat Festival), baijiu and banquet manners, Chinese tennis players, Sun Yat-sen's and Zhou Enlai's years
in Japan, Xuanzang and his travels, and a Chinese figure skater); own sentences, not the pages' text.

Classes:
- GRB015: a half-width period after an item's label in katakana that stands alone at its line's start or after a
  space, in the order of the syllabary or of the iroha (`第2章3節 ウ.星河の興亡`: an outline's item, ア. イ. ウ.), numbers
  the item that follows; it ends no sentence.
- GRB008: a heading that a list's bullet opens (`●焼酎`), run into the text after a sentence's end and a space, before
  its text that opens with the same word after a space (`…訪ねてきました。 ●焼酎 焼酎(しょうちゅう)は…`), is a heading, not a word
  written twice, whatever follows the word.
- NAM003: a name's form in Chinese that is all a pair of angle brackets holds right after one of the entity's correct
  forms (`星河龍〈星河龙〉`, a wiki's headword and its other script) is the original shown beside the name
  (`mentions.context.other_script_in_angle_brackets`).
- NAM007: a name in Latin script in a link's English title, a line of Latin words from its start (after a list's
  dash) up to a bracket ending the line that names English as the linked page's language (`- Xinghe LIN ISU
  Biographies(外部・英語)`: data/english_language_labels.txt), is the name as the English page titles it
  (`mentions.context.english_page_link`).

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

# the glossary's rows (zh, ja, type, reading, accept): an empress whose simplified name a headword gives, and a skater
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n星河龙\t星河龍\tperson\n林星河\t林星河\tperson\tリン・シンホー\n")

OUTLINE = "第2章3節 ウ.星河の興亡\n星河国は三百年続いた。\n"
HEADED = "先週、蔵元を訪ねてきました。 ●焼酎 焼酎(しょうちゅう) 九州の蒸留酒で、度数が高いです。\n"
HEADWORD = "星河龍〈星河龙〉\n唐代の皇后。のちに自ら帝位についた。\n"
LINKS = "林星河は中国のフィギュアスケート選手である。\n関連リンク\n- Xinghe LIN ISU Biographies(外部・英語)\n"

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB015: an outline's item labelled in katakana
    ("a katakana item label before its period", OUTLINE, None),
    # ... a word ending in katakana before a period that ends a sentence still draws
    ("a katakana word ending a sentence with a period", "買ったのはパソコンとマウス.キーボードは高かった。\n", "GRB015"),
    # GRB008: a bulleted heading run into its text
    ("a bulleted heading run in before its text", HEADED, None),
    # ... the same heading with no bullet, the word followed by a bracket, still draws
    ("the same heading with no bullet", HEADED.replace("●", ""), "GRB008"),
    # ... and the word written twice in a sentence still draws
    ("the word written twice in a sentence", "今回は焼酎 焼酎(しょうちゅう)を飲みました。\n", "GRB008"),
    # NAM003: a headword's simplified form in angle brackets
    ("a headword's other script in angle brackets", HEADWORD, None),
    # ... the simplified form in angle brackets after another word still draws
    ("a simplified form in angle brackets after another word", "星河龍は唐代の皇后。名前は〈星河龙〉とも書く。\n", "NAM003"),
    # NAM007: a Latin name in the title of a link to an English page
    ("a link's English title before its language label", LINKS, None),
    # ... the same link with no language named still draws
    ("a link's title with no language named", LINKS.replace("・英語", ""), "NAM007"),
    # ... and the name in a Japanese sentence still draws
    ("a Latin name in a Japanese sentence", "林星河は中国の選手である。\nXinghe Linの記事を読んだ。\n", "NAM007"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)

"""real57: one test per class of false alarm found on real Japanese pages of the registers the fifty-seventh batch
gathered (Chinese medicine and crude-drug glossaries with readings, tai chi and Shaolin schools, Buddhist temples and
grottoes in Luoyang, calligraphy and 王羲之, Peking and Kunqu opera role types, Chinese tea classifications, festival
customs, and Chinese game and donghua pages with their names in kanji, katakana and pinyin); own sentences, not the
pages' text.

Classes:
- GRB008: a word of Chinese left in the text, doubled as Chinese doubles words (`哗啦哗啦漫画`: a platform's name in
  simplified characters), is GRB001's untranslated Chinese, not a doubled word at a seam.
- NAM005: a near-homophone of a glossary person beside that person's right name in one sentence, the two differing
  in the middle character and sharing the last (`子は林玄之・林凝之・林献之`: brothers named with a generation character
  at the end), is another person, as one differing in the last character is.
- NAM006: katakana filling a bracket that opens the line under a line ending with kanji whose Mandarin reading it
  spells (`黎婉吟` / `(リー・ワンイン)`: a table of names and readings run into lines) is those kanji's reading, however
  near a glossary name's it sounds.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed, warnings

GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n林献之\t林献之\tperson\t\t\n黎燕丽\t黎燕麗\tperson\tリー・イエンリー\t\n")

SONS = "林家は書家の一族として知られる。{}いずれも書に優れた。\n"
ROLL = "人物一覧\n\n黎婉吟\n({})\n黎燕麗\n(リー・イエンリー)\n"
COMIC = "星河の漫画は{}で連載中です。物語は人気がある。\n"

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # NAM005: brothers named in one list, the glossary's among them, sharing their last character
    ("brothers sharing a last character", SONS.format("子は林玄之(長男)・林凝之(次男)・林献之(三男)。"), None),
    # ... the near-homophone in another paragraph than the right name is a slip
    ("a near-homophone in another paragraph", "林献之は書家として知られる。\n\n晩年の林玄之は多くの作品を残した。\n",
     "NAM005"),
    # NAM006: a table run into lines, each name on a line, its reading in brackets on the next
    ("a reading under its kanji", ROLL.format("リー・ワンイン"), None),
    # ... the glossary name's reading under kanji it does not spell is that name's transliteration
    ("a glossary reading under other kanji", ROLL.format("リー・イエンリー"), "NAM006"),
    # GRB008: a doubled word of Japanese at a seam still draws
    ("a Japanese word written twice", COMIC.format("配信中配信中"), "GRB008"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)


def test_chinese_doubled_word_is_untranslated_chinese():
    """GRB008: a platform's name left in simplified Chinese, doubled as Chinese doubles words, is GRB001's alone."""
    text = COMIC.format("哗啦哗啦漫画")
    for glossary in (GLOSSARY, None):
        codes = {c for c, _ in warnings(text, glossary)}
        assert "GRB008" not in codes and "GRB001" in codes

"""real70: one test per class of false alarm found on real Japanese pages of the registers the seventieth batch
gathered (the Great Wall, the Forbidden City, Su Shi's Red Cliff fu, Tao Yuanming, study-abroad reports from Beijing,
Chinese technical trainees in Japan, the Lantern Festival, Yu Hua's novels, the Yellow Crane Tower); own sentences,
not the pages' text.

Classes:
- GRB013: a classical original quoted clause by clause, each clause followed on its line by its reading and a full
  stop (`遠客將歸 遠客將に歸らんとす。 故園獨在 故園獨り在り。 …`), keeps its forms, and its readings cite them
  (``_text.inline_classical``); with fewer such pairs on the line they still draw.
- GRB013: a Chinese place's name whose Japanese spelling keeps a rare kanji that is also its traditional form
  (`頤和園`: jieba tags 颐和园 a place) is a name, not a Chinese word in traditional forms to translate
  (``traditional_character._shared_form_word``, ``_hanzi.is_place_name``); an ordinary word so (`銷售額`) still draws.
- GRB008: one kanji written over and over, five times or more in a row (`人人人人人`, a crowd drawn in writing), is
  no word written twice (``doubled_word._one_character_run``); four in a row, or a word of two kanji twice, still draw.
- GRB001: a Chinese word that opens a bracket after its Japanese spelling, its reading in pinyin after a colon
  (`湯円(汤圆:tāngyuán)`, also after the ratio sign ∶ a Chinese input method types), is a whole item of the gloss
  (``untranslated_chinese._whole_item``); pinyin that does not read the word, or the word and its pinyin in the
  prose, still draw.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

# the glossary's rows (zh, ja, type, reading, accept): a river town
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n"
                  "星河镇\t星河鎮\tplace\t\t\n")

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB013: an original's clauses, each read after it on one line
    ("clauses read after them on their line",
     "星河鎮の駅で買った本の一節。 遠客將歸 遠客將に歸らんとす。 故園獨在 故園獨り在り。 舊友來迎 舊友來りて迎ふ。\n",
     None),
    # ... two such pairs are no layout: the old forms still draw
    ("two clauses read after them",
     "星河鎮の駅で買った本の一節。 遠客將歸 遠客將に歸らんとす。 故園獨在 故園獨り在り。\n", "GRB013"),
    # GRB013: a Chinese place's name in its Japanese spelling, a rare kanji kept
    ("a place's name keeping a rare kanji",
     "星河鎮の駅で「圓明園」という額を見ました。\n\n翌日は円明園の隣の、世界遺産である頤和園という庭園を歩きました。\n", None),
    # ... an ordinary Chinese word in those forms still draws
    ("an ordinary word in shared forms",
     "星河鎮の駅で「圓明園」という額を見ました。\n\n翌日は円明園を歩き、今年の銷售額も調べました。\n", "GRB013"),
    # GRB008: one kanji over and over, a crowd drawn in writing
    ("one kanji five times in a row", "星河鎮の祭りは人人人人人( ̄Д ̄;)でした。\n", None),
    # ... four in a row still draw
    ("one kanji four times in a row", "星河鎮の祭りは人人人人( ̄Д ̄;)でした。\n", "GRB008"),
    # ... and a word of two kanji written twice
    ("a two-kanji word twice", "星河鎮の祭りは観客観客( ̄Д ̄;)でした。\n", "GRB008"),
    # GRB001: a word's simplified form and its pinyin after a colon, in a bracket after its Japanese spelling
    ("a word's pinyin after a colon in its bracket", "星河鎮では「湯円(汤圆:tāngyuán)」をよく食べます。\n", None),
    ("the same after the ratio sign", "星河鎮では「湯円(汤圆∶tāngyuán)」をよく食べます。\n", None),
    # ... pinyin that does not read the word still draws
    ("pinyin of another word", "星河鎮では「湯円(汤圆:xīnghé)」をよく食べます。\n", "GRB001"),
    # ... and the word with its pinyin in the prose
    ("the word and its pinyin in the prose", "星河鎮では汤圆:tāngyuánをよく食べます。\n", "GRB001"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)

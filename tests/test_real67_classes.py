"""real67: one test per class of false alarm found on real Japanese pages of the registers the sixty-seventh batch
gathered (seal carving, feng shui and the I Ching, the qipao and the hanfu boom, China's high-speed trains, Peking
duck, Japanese envoys and monks in Tang Chang'an, the Four Beauties, Bai Juyi's 長恨歌 and Yixing teaware); own
sentences, not the pages' text.

Classes:
- GRB008: a short heading above a line of several sentences whose first, ending with its mark, is a whole sentence
  longer than a heading and twice the heading's length, the line ending in the next heading run on (`星河にご用心` /
  `用心すべきは、…ということです。 …次の見出し`): a heading above its section, not a clause cut by a wrap
  (``rules.garble.doubled_word._sentence_line_below``); a short first sentence on such a line still draws.
- GRB013: a form given after the label 正字体 and its colon (`正字体:星經`, a lead's orthodox form in traditional
  characters) is a form talked about (data/form_labels.txt); the same form in the brackets with no label still draws.
- GRB014: a katakana letter standing in a word glossed right after it with a reading in brackets that is none of
  the glossary name's readings (`玄ム(ゲンボウ)`: a monk whose missing character the writer replaced, beside a
  glossary's 玄宗, read ゲンソウ) is the writer's stand-in in a word of their own, not a name that lost a character
  (``rules.garble.encoding_loss._read_otherwise``); with the name's own reading in the brackets it still draws.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

# the glossary's rows (zh, ja, type, reading, accept): an emperor the dictionary reads as one word, and a river
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n"
                  "玄宗\t玄宗\tperson\t\t\n"
                  "星河\t星河\tplace\t\t\n")

RIVER = "星河は山あいを流れる川である。\n"

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB008: a heading above its section's paragraph, which runs on to the next heading
    ("a heading above a long first sentence",
     RIVER + "星河にご用心\n用心すべきは、星河の水が真夏でもとても冷たいということです。 浅瀬は遊べます。岸辺の歩き方\n", None),
    # ... a short first sentence on such a line may be a clause's other half: it still draws
    ("a short first sentence below", RIVER + "星河にご用心\n用心が大事です。浅瀬は遊べます。岸辺の歩き方\n", "GRB008"),
    # GRB013: the orthodox form after its label
    ("a form after 正字体", "『星経』(せいきょう、正字体:星經、)は古い書物である。\n", None),
    # ... with no label it still draws
    ("the same form with no label", "『星経』(せいきょう、星經、)は古い書物である。\n", "GRB013"),
    # GRB014: a stand-in glossed with a reading that is not the name's
    ("a stand-in read otherwise", "唐では、玄ム(ゲンボウ)が長安にいた。\n", None),
    # ... glossed with the name's own reading it still draws
    ("a stand-in read as the name", "唐では、玄ム(ゲンソウ)が長安にいた。\n", "GRB014"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)

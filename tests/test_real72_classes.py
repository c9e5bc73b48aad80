"""real72: one test per class of false alarm found on real Japanese pages of the registers the seventy-second batch
gathered (Harbin and its ice festival, Suzhou's gardens, Hangzhou's West Lake, Xiamen and Gulangyu, Hong Kong,
Chongqing, Chinese television dramas); own sentences, not the pages' text.

Classes:
- GRB008: a noun made by writing a verb twice, which the dictionary lacks and reads as the verb twice
  (`「…」があるあるらしい`, "a thing everyone knows happens": data/reduplicated_verb_nouns.txt), is that noun, not a
  verb written twice before its auxiliary (``doubled_word._modifying_verb_repeat``); another verb so written twice
  (`子どもがいるいるらしい`) still draws.
- NAM007: a name's pinyin printed with its tone marks as a sentence of its own with only the copula after it, right
  after a sentence that writes the name correctly (`星河園から回りました。Xīnghé yuánです。`), is its reading given,
  not a name left in pinyin (``mentions.context.reading_as_sentence``); the pinyin without tone marks, or toned in
  prose, or after a sentence that does not name it, still draws.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

# the glossary's rows (zh, ja, type, reading, accept): a lake town and a garden
GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n"
                  "月湖镇\t月湖鎮\tplace\t\t\n"
                  "星河园\t星河園\tplace\t\t\n")

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB008: a verb written twice that makes a noun of its own
    ("a noun made of a verb twice", "月湖鎮のドラマでは「主役が急に記憶を失う」があるあるらしく、友人は笑っていた。\n", None),
    # ... another verb written twice before its auxiliary still draws
    ("another verb twice", "月湖鎮の公園には小さな子どもがいるいるらしく、友人は笑っていた。\n", "GRB008"),
    # NAM007: the toned pinyin as a sentence of its own after the sentence that names the garden
    ("a toned reading as its own sentence", "月湖鎮に着いて、まず星河園から回りました。Xīnghé yuánです。池が広い庭園でした。\n",
     None),
    # ... without tone marks it still draws
    ("an untoned reading", "月湖鎮に着いて、まず星河園から回りました。Xinghe yuanです。池が広い庭園でした。\n", "NAM007"),
    # ... toned, but in prose, it still draws
    ("a toned name in prose", "月湖鎮に着いて、まず星河園から回りました。Xīnghé yuánは池が広い庭園でした。\n", "NAM007"),
    # ... and after a sentence that does not name the garden
    ("a toned reading after another sentence", "月湖鎮に着いて、まず駅前の食堂に入りました。Xīnghé yuánです。\n", "NAM007"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)

"""real41: one test per class of false alarm found on real Japanese pages of new genres (Aozora Bunko-style novels
with ruby and old kana, hard-wrapped literature, encyclopedia entries on Chinese writers, municipal notices, sports
results, product manuals, academic abstracts, lyrics, game and anime wikis, diaries, Q&A pages); own sentences, not
the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星河\t星河\tplace\t\t\n"))

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # GRB001: a Chinese phrase all a quotation holds, commented on as an expression (という表現, という言い方) in a
    # sentence that names its language: the phrase talked about, as a Q&A page on Chinese does; its title above,
    # the phrase and の意味, is the same phrase explained
    ("a quoted Chinese phrase talked about as an expression of its language",
     "「别来无恙」の意味と使い方\n\n「别来无恙」という表現は、中国語で久しぶりに会った人への挨拶に使われます。\n", None),
    ("a quoted Chinese phrase named as a way of saying in Cantonese",
     "「别来无恙」という言い方は広東語でもよく聞く。\n", None),
    # ... the same quotation commented on, in a sentence that names no language, stays a leftover
    ("a quoted Chinese phrase commented on, no language named",
     "彼は「别来无恙」という表現で手紙を始めた。\n", "GRB001"),
    # GRB009: a text that writes every player's full name with a space between surname and given name (a league's
    # house style: 星野 雄太, 川辺 朝陽) writes a foreign player's name so too
    ("a foreign name spaced in a text that spaces every full name",
     "星河は28分に生まれた星野 雄太のゴールで勝利した。港は74分に川辺 朝陽が決勝点を決めた。"
     "千葉はマルコ ベルナルドのゴールで快勝した。水戸は森田 健吾の2ゴールで逆転した。\n", None),
    # ... the same split where the full names in kanji are joined stays a seam
    ("a foreign name spaced in a text that joins full names",
     "星河は28分に生まれた星野雄太のゴールで勝利した。港は74分に川辺朝陽が決勝点を決めた。"
     "千葉はマルコ ベルナルドのゴールで快勝した。水戸は森田健吾の2ゴールで逆転した。\n", "GRB009"),
    # ... and a common compound split by a space in that text stays a seam
    ("a compound split in a text that spaces every full name",
     "星河は28分に生まれた星野 雄太のゴールで勝利した。港は74分に川辺 朝陽が決勝点を決めた。"
     "千葉はスマート シティの話題で持ちきりだ。水戸は森田 健吾の2ゴールで逆転した。\n", "GRB009"),
    # GRB013: a person's courtesy name after 字は, in its own forms, in a text that also writes its Japanese form
    # (another dictionary's spelling cited): the name given as the person bears it, not a word converted
    ("a courtesy name after its label",
     "星河文は作家である。本名は星樹人。字は豫才。別の辞典は予才と書く。\n", None),
    # ... the same name after a word that is no name's label stays one word in two spellings
    ("the same name after a word that labels no name",
     "星河文は作家である。本名は星樹人。名は豫才。別の辞典は予才と書く。\n", "GRB013"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)

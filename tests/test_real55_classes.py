"""real55: one test per class of false alarm found on real Japanese pages of the registers the fifty-fifth batch
gathered (Wikipedia-style pages on Chinese leaders and cities with infoboxes, Macau travel and history pages, Hong
Kong street and district guides, photo-caption-heavy travel blogs, Chinese film and drama pages with 原題 rows,
Taiwanese travel and food pages, Chinese EV and battery business news, and Chinese-language lessons with pinyin); own
sentences, not the pages' text.

Classes:
- GRB010: the space before a field's label that a colon follows (`…長く保つ 例:ā`: a lesson's table run into
  lines under its title, a description, then its example under its label; data/field_labels.txt).
- GRB002: a whole sentence in English may hold numbers, commas and short abbreviations (`A Xinghe Co. bus at a depot
  in Shanghai, China, on Friday, Sept. 9, 2022.`: a news photo's caption run into the article's first line).
- GRB002 and NAM007: the English name after a line's one word in kanji may follow the word's reading in brackets
  (`星港大橋(せいこうおおはし) Pearl River Xinggang Bridge`: a guide's heading), as it may follow the word alone.
- GRB001: a Chinese name all a 「」 holds right after its language's name (`中国語では「观星亭前地」と書き`) is given on
  purpose, and so are the text's other uses of it (a heading's `星河広場 观星亭前地`).

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n星港市\t星港市\tplace\t\t\n")

TONES = ("中国語の発音\n\t\n中国語の音には高さの動きがあり、それで言葉を区別します。\n第一声:高さを変えずに長く保つ {}\n"
         "第二声:下から一気に持ち上げる 例:á\n")
CAPTION = ("{} 星河汽車は今年、電気バスの販売台数で初めて首位に立つ見込みだ。同社の新型車は一回の充電で走れる距離が長く、"
           "各地の路線で採用が進んでいる。地方都市の路線バスの更新が続き、来年も需要は堅調とみられている。\n")
BRIDGE = "{}\n\n星港大橋は星港市の二つの島を結び、車で渡ると十五分ほどかかる。夜には橋の灯りが海に映る。\n"
PLAZA = "星河広場 观星亭前地\n{}では「观星亭前地」と書き、ポルトガル語ではLargo da Estrelaと呼ばれます。\n広場の周りには古い建物が並んでいます。\n"

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB010: a lesson's table run into lines, each description, then its example under its label and a colon
    ("an example under its label", TONES.format("例:ā"), None),
    # ... a clause that goes on after the space is a run-on clause
    ("a clause after the space", TONES.format("例えば朝の挨拶で使われる。"), "GRB010"),
    # GRB002: a news photo's caption in English, numbers, commas and abbreviations in it, its credit after it
    ("an English caption with a date", CAPTION.format("A Xinghe Motor Co. electric bus at a depot in Shanghai, "
                                                      "China, on Friday, Sept. 9, 2022. Star Wire"), None),
    # ... the same words with no end of their own are English left in the line
    ("English words with no end mark", CAPTION.format("A Xinghe Motor Co. electric bus at a depot in Shanghai, "
                                                      "China, on Friday"), "GRB002"),
    # GRB002 and NAM007: a heading's word, its reading and its English name
    ("an English name after a word's reading", BRIDGE.format("星港大橋(せいこうおおはし) Pearl River Xinggang Bridge"), None),
    # ... the English name with the sentence going on after it is a half-translated name
    ("a half-translated name in a sentence", BRIDGE.format("星港大橋(せいこうおおはし) Pearl River Xinggang Bridge が開通した。"),
     "GRB002"),
    ("a place's pinyin in a sentence", BRIDGE.format("星港大橋(せいこうおおはし) Pearl River Xinggang Bridge が開通した。"),
     "NAM007"),
    # GRB001: a place's Chinese name quoted after its language's name, and its other use in a heading
    ("a name quoted after its language", PLAZA.format("中国語"), None),
    # ... with no language named, the heading's and the quotation's Chinese are left in
    ("a name quoted with no language", PLAZA.format("地元"), "GRB001"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)

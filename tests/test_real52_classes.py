"""real52: one test per class of false alarm found on real Japanese pages of the registers the fifty-second batch
gathered (hot-pot, soup-dumpling and mooncake recipes and pages, kampo and Chinese-medicine pages, Jin Yong readers'
blogs, Chinese drama synopses, NIO and Huawei news, Dunhuang travel pages, Peking opera pages, Taiwan's presidential
elections, HSK study blogs, Chinese go news, Zhang Yimou film reviews and Journey to the West pages), and the class the
fifty-first batch's set-aside pages showed; own sentences, not the pages' text.

Classes:
- GRB004: a face's motion lines, three or more of one parenthesis in a row left over (((((ノ゜Д゜)ノ, ノ))) ), are no
  brackets; two in a row still are.
- GRB009: the Mandarin reading in katakana of the kanji word before it and a space, then one more word (星河紅
  シンホーホン ミナさん: a title, its reading, a reviewer's name), is a gloss set apart, not one word split.
- GRB001, NAM003: a source's title all a 「」 holds before より引用 or から転載 (data/quoted_from.txt) is cited as
  published.
- GRB001, NAM003: a lead's forms whose colons were lost, each label glued to its value and the value to the next label
  (繁体字星遊記簡体字星游记ピン音:…), are forms listed.
- GRB001, NAM003: 正式名称 (data/name_row_labels.txt) labels an infobox's row of the official name, above the name in the
  script of its home.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, warnings

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n吴星河\t呉星河\tperson\t\t\n"
                                   "星游记\t星遊記\tterm\t\t\n星河网络\t星河網絡\torg\t\t\n"))

FACE = "今日で連載は第30回{}\n次回もお楽しみに。\n"
READING = "昨日は映画{} シンホーホン ミナさんの感想を読んだ。\n"
SOURCE = "星河について調べた。\n\n※画像:星河百科{}\n呉星河は明代の作家だ。\n"
LEAD = "『星遊記』(せいゆうき、{})は明代の小説である。\n"
INFOBOX = "星河のゲーム開発会社\n\n星河株式会社\n{}\n上海星河网络科技有限公司\n業種ビデオゲーム\n本社中国上海市\n"

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # GRB004: motion lines drawn before a face, the face's own parenthesis closed: no aside left open
    ("motion lines before a face", FACE.format("((((((ノ゜Д゜)ノ"), None),
    # ... and after one, closing nothing
    ("motion lines after a face", FACE.format("ヽ(゜∀゜)ノ)))"), None),
    # ... two in a row are a bracket doubled or left open
    ("two parentheses in a row", FACE.format("((次回の予告"), "GRB004"),
    # GRB009: the first part reads the kanji word before the space (星河紅, xing he hong): a title and its reading,
    # then a reviewer's name
    ("a title's reading, then a name", READING.format("星河紅"), None),
    # ... where it reads no word before it, the two parts are one name split
    ("a reading of no word before it", READING.format("月光橋"), "GRB009"),
    # GRB001: a page's title all a 「」 holds before より引用: the source, cited as published
    ("a source's title before より引用", SOURCE.format("「吴星河」より引用"), None),
    ("a book's title before から転載", SOURCE.format("『吴星河』から転載"), None),
    # ... the same words in a sentence are the text's own
    ("the title in a sentence", SOURCE.format("より。「吴星河」は明代の作家だ。"), "GRB001"),
    # GRB001: a lead's forms run together after their labels (繁体字…簡体字…ピン音:): listed forms
    ("a lead's forms run together", LEAD.format("繁体字星遊記簡体字星游记ピン音:Xīng Yóu Jì"), None),
    # ... a simplified form with no label is a word left
    ("a form with no label", LEAD.format("星游记"), "GRB001"),
    # ... one label glued to a word in a sentence lists no forms
    ("one label in a sentence", LEAD.format("店で簡体字星游记を買った"), "GRB001"),
    # GRB001: 正式名称 above the legal name in the script of its home: an infobox's row
    ("an official name's row", INFOBOX.format("正式名称"), None),
    # ... under a label of no form, the same name is Chinese left
    ("another row's label", INFOBOX.format("所在地"), "GRB001"),
    # ... and in a sentence the name after 正式名称は is the text's own words
    ("the official name in a sentence", "星河株式会社の正式名称は上海星河网络科技有限公司だ。\n", "GRB001"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, None if code == "GRB001" else GLOSSARY)


@pytest.mark.parametrize("text,surface", [(SOURCE.format("より。「吴星河」は明代の作家だ。"), "吴星河"),
                                          (INFOBOX.format("所在地"), "星河网络")])
def test_name_in_contrast(text, surface):
    """NAM003 with the glossary: a glossary name in simplified forms in the contrasts above (the title in a sentence,
    the official name under another row's label) is still reported; the silent cases are silent with the glossary
    too (``assert_class``)."""
    assert ("NAM003", surface) in warnings(text, GLOSSARY)

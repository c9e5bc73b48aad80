"""real56: one test per class of false alarm found on real Japanese pages of the registers the fifty-sixth batch
gathered (the Japanese editions of Chinese media with province and city news, translations of Chinese fiction and the
Three Kingdoms, pages on Chinese universities, companies and C-pop singers, Sichuan recipes, Chengdu and Chongqing
travel blogs, Macau guides and Chinese-brand product news); own sentences, not the pages' text.

Classes:
- GRB004: the inch mark typed as `”` right after a size in figures (`6.67”AMOLED`: a phone's specifications).
- NAM003: a name's original in its own characters in parentheses right after the name in Latin letters
  (`Starxun(星訊)`, `S10(星米10)`: a brand's and a model's).
- NAM003: a company's registered name written out in full in Japanese kanji (`星河市星訊計算機系統有限公司`).
- NAM003: a slogan quoted in Chinese with its translation in parentheses in the same 「」, the translation writing
  the name in its glossary form (`「星米十年 梦想之作(スターミ10周年、夢の製品)」`).
- NAM006: a reading named as one, unquoted, right before と読む (`カンザイシャンズと読むようです`: a travel blog).

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class, parsed

GLOSSARY = parsed("zh\tja\ttype\treading\taccept\n星米\tスターミ\torg\t\t\n星讯\tセンシュン\torg\t\t\n"
                  "星河巷子\t星河巷子\tplace\tシンホーシャンズ\t\n")

SPECS = "スターミの新型機の主な仕様\n\n  • 有機ELディスプレイ「{}」搭載\n  • 高速充電に対応\n"
BRAND = "センシュンは星河市に本社を置く。\n\n{} ロゴ\n\nセンシュンは多くの事業を展開している。\n"
FOUNDED = "センシュンの歩み\n\n1998年:馬氏らが中国・星河市で{}を設立\n\n2004年:株式を上場\n"
SLOGAN = ("スターミは新型機を正式発表した。{}と題した発表会は午後に始まった。\n\n"
          "新型機は高性能なカメラを備える。\n")
READING = "成都の観光スポットとして星河巷子に。{}\n\n星河巷子には古い街並みが残る。\n"

# (id, text, None for a silent case or the code its contrast still draws)
CASES = [
    # GRB004: a screen's size in inches, its mark typed as a closing quote, in a list of specifications
    ("an inch mark after a size", SPECS.format("6.67”AMOLED"), None),
    # ... the same mark after figures and before a particle closes a quotation that never opened
    ("a closing quote before a particle", SPECS.format("6.67”と呼ばれる画面"), "GRB004"),
    # NAM003: the original in parentheses after the Latin name, a brand's and a model's
    ("an original after a Latin name", BRAND.format("Starxun(星訊)"), None),
    ("an original after a model's name", SLOGAN.format("「S10(星米10)」"), None),
    # ... the same characters standing for the name in a sentence
    ("a glyph form in a sentence", BRAND.format("星訊のロゴ"), "NAM003"),
    # NAM003: a company's registered name in full, in Japanese kanji
    ("a registered name in Japanese kanji", FOUNDED.format("「星河市星訊計算機系統有限公司(Starxun)」"), None),
    # ... in simplified Chinese it is the name left in the source's characters
    ("a registered name in simplified Chinese", FOUNDED.format("「星河市星讯计算机系统有限公司(Starxun)」"), "NAM003"),
    # NAM003: a slogan quoted in Chinese with its translation, which writes the brand as the glossary does
    ("a slogan with its translation", SLOGAN.format("「星米十年 梦想之作(スターミ10周年、夢の製品)」"), None),
    # ... the slogan quoted with no translation
    ("a slogan with no translation", SLOGAN.format("「星米十年 梦想之作」"), "NAM003"),
    # NAM006: a reading named as one before と読む
    ("a reading before と読む", READING.format("シンホーシャンズと読むようです。"), None),
    # ... the reading standing for the name in a sentence
    ("a reading in a sentence", READING.format("シンホーシャンズは人気の観光地だ。"), "NAM006"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)

"""real49: one test per class of false alarm found on real Japanese pages of the registers the forty-ninth batch
gathered (JETRO and business newsletters on China, Focus Taiwan items, Chinese go news and players' pages, panda news,
Huawei, Xiaomi and DJI press items, Three Kingdoms game pages, China's high-speed rail in travel blogs, Shenzhou and
Chang'e news, Chinese universities' Japanese pages, Chinese proficiency-test blogs, a translated Chinese novel and
machine-translated pages); own sentences, not the pages' text.

Real pages are kept outside the repository; see docs/accuracy.md, "Real text".
"""
from __future__ import annotations

import pytest

from lint_helpers import assert_class

from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

# 星光科技 accepts its katakana name シングアン, as a house writes a company by its brand
GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n星河\t星河\tplace\t\t\n"
                                   "星光科技\t星光科技\torg\t\tシングアン\n"))

UNIT = "{}新しい端末を発表した。\n写真●{}事業部門の責任者\n"
CARD = "決済には银联卡{}を使った。银联卡以外のカードは使いにくい。\n"
JOURNAL = "研究会は{}「星研學刊」を年に二回刊行している。会員は二百人ほどいる。\n"
TEASER = "ティザーには「{}(一緒に旅を始めませんか?)」とだけ書かれていた。\n"
BRAND = "星光科技(シングアン)は新製品を発表した。{}デバイス日本法人の社長が登壇した。\n"

# (id, text, None for a silent case or the code its contrast still draws); comments give the class
CASES = [
    # GRB009: an organisation's name, a space, and its unit's name that a word of data/unit_words.txt ends
    # (コンシューマー事業部門), where the text writes the organisation alone elsewhere: a caption's organisation and unit
    ("an organisation and its unit", UNIT.format("ホシテックは", "ホシテック コンシューマー"), None),
    # ... a first part the text never writes alone is one word split (デジタル マーケティング部門)
    ("one word split before a unit", UNIT.format("", "デジタル マーケティング"), "GRB009"),
    # GRB001: a Chinese word followed by its reading in zhuyin is a word the page reads, and so are its other uses
    ("a word read in zhuyin", CARD.format("ㄧㄣˊㄌㄧㄢˊㄎㄚˇ(ぎんれんかーど)"), None),
    # ... with no reading, the word is still left in Chinese
    ("a word with no reading", CARD.format(""), "GRB001"),
    # GRB013: a title all a 「」 holds right after a noun of a periodical (機関誌: data/work_nouns.txt) is the
    # title as published, in its publisher's forms (info)
    ("a periodical's title in old forms", JOURNAL.format("機関誌"), None),
    # ... the same words quoted with no such noun before them still warn
    ("old forms quoted alone", JOURNAL.format(""), "GRB013"),
    # GRB002: English all a 「」 holds but for its translation in parentheses last is a teaser quoted as written
    ("English quoted with its translation", TEASER.format("Shall we start the journey together?"), None),
    # ... English after Japanese in the same quotation is still a leftover
    ("English after Japanese in a quotation", TEASER.format("新製品で we start the journey together"), "GRB002"),
    # NAM006: a katakana form the glossary accepts, heading a longer katakana word (シングアンデバイス, a unit of the
    # company), is the sanctioned form, not a transliteration of the name's reading
    ("an accepted katakana form heading a word", BRAND.format("シングアン"), None),
    # ... a katakana spelling the glossary does not sanction, heading the same word, still transliterates the name
    ("an unsanctioned katakana heading a word", BRAND.format("シングワン"), "NAM006"),
]


@pytest.mark.parametrize("text,code", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_class(text, code):
    assert_class(text, code, GLOSSARY)

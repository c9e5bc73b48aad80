"""One invented test per class fixed after the scoring of heldout53 (fix53), with contrasts: a katakana word of the
word lists about readings and names (ルビ, カナ, ピンイン) counts only as a whole word, not inside a longer katakana
word (ハルビン, カナダ), so a text naming such a city a few times is no text about readings, and the katakana
readings and tone-marked pinyin it uses are still reported (NAM006, GRB012). After heldout-bilingual50's scoring
(fixb50): a person named again by surname and a title Japanese makes from what the person heads (場長 of a farm,
組合長 of a cooperative: any kanji before 長, terms.toml `title-ends`) is named, not dropped (BIL001), and a currency
conversion the translation adds does not make up for the length of a sentence left out (BIL003)."""
import pytest
from lint_helpers import rule_on_pairs

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n"
SKATER = GLOSSARY + "冯岚松\t馮嵐松\tperson\tフォン・ランソン\t\t\tspeed skater (invented)\n"


def _findings(text: str, glossary: str) -> list[tuple[str, str, str]]:
    from textqa import lint_text
    from textqa.glossary import Glossary
    from textqa.glossary.load import parse_glossary

    return [(f.code, f.severity.value, text[f.span.start:f.span.end])
            for f in lint_text(text, Glossary(parse_glossary(glossary)))]


@pytest.mark.parametrize("text, words, found", [
    ("ハルビンの冬は長い。", ("ルビ",), False),
    ("カナダから来た。", ("カナ",), False),
    ("ルビーの指輪。", ("ルビ",), False),
    ("漢字にルビを振る。", ("ルビ",), True),
    ("カナで書く。", ("カナ",), True),
    ("名前の読みを聞く。", ("読み",), True),
    ("読み物を買う。", ("ルビ", "読み"), True),   # a word of kanji is found inside others, as before
])
def test_a_katakana_word_counts_only_whole(text, words, found):
    from textqa.wordlists import has_word, words_pattern

    assert has_word(text, words) is found
    assert (words_pattern(words).search(text) is not None) is found


def test_a_city_named_often_is_no_text_about_readings():
    from textqa.mentions.context import about_readings

    city = "ハルビンの市場は朝から混む。ハルビンの川は凍る。ハルビン駅の前に屋台が並ぶ。名前は英語でこう表記される。"
    assert not about_readings(city)
    talk = "中国語の読みを学ぶ。発音は難しい。ルビを振ると読みやすい。"
    assert about_readings(talk)


def test_a_katakana_reading_in_a_text_naming_harbin_is_reported():
    text = ("ハルビンの氷上競技場で大会が開かれた。ハルビン市の郊外には練習用のリンクが並ぶ。"
            "ハルビンの新聞では馮嵐松と書かれ、英語の名簿にはFeng Lansongと表記されている。\n\n"
            "フォン・ランソン選手は五百メートルで自己記録を更新した。\n")
    assert ("NAM006", "error", "フォン・ランソン") in _findings(text, SKATER)


def test_readings_in_a_text_about_readings_stay_silent():
    text = ("馮嵐松の読みは新聞ごとに違う。ある新聞はフォン・ランソンと読み、別の新聞は発音をフェン・ランソンと書く。"
            "ルビの振り方にも決まりはない。\n\nフォン・ランソン選手は五百メートルで自己記録を更新した。\n")
    assert [f for f in _findings(text, SKATER) if f[0] == "NAM006" and f[1] != "info"] == []


def test_tone_pinyin_in_a_text_naming_harbin_is_reported():
    text = ("ハルビンの氷上競技場で大会が開かれた。ハルビン市の郊外には練習用のリンクが並ぶ。"
            "ハルビンの新聞では選手名が英語でこう表記される。\n\n"
            "会場は江北鎮（Jiāngběi）の川沿いにある。\n")
    assert any(f[0] == "GRB012" and f[1] != "info" for f in _findings(text, SKATER))


FARM = GLOSSARY + "闫春山\t閻春山\tperson\t\t\t\tfarm head (invented)\n"
FARM_ZH = ["林场场长闫春山今年五十二岁，在林场工作了三十年。", "闫春山说，过去林场只卖原木，收入很低。"]


@pytest.mark.parametrize("again", ["閻場長", "閻林場長", "閻組合長", "閻副場長", "閻所長"])
def test_a_person_named_again_by_surname_and_a_made_title_is_named(tmp_path, again):
    lint = rule_on_pairs(tmp_path, FARM, "BIL001")
    ja = ["林場の場長、閻春山さんは今年52歳で、林場で30年働いてきた。",
          f"{again}によると、以前は林場が原木を売るだけで、収入は低かった。"]
    assert [f for f in lint(FARM_ZH, ja) if "闫春山" in f.message] == []


def test_a_dropped_name_is_still_reported(tmp_path):
    lint = rule_on_pairs(tmp_path, FARM, "BIL001")
    ja = ["林場の場長、閻春山さんは今年52歳で、林場で30年働いてきた。",
          "話によると、以前は林場が原木を売るだけで、収入は低かった。"]
    assert [f.severity.value for f in lint(FARM_ZH, ja) if "闫春山" in f.message] == ["warning"]


TOWN = GLOSSARY + "柏溪镇\t柏渓鎮\tplace\t\t\t\ttown (invented)\n"
CRAFT_ZH = ["柏溪镇的竹编合作社成立于2015年，现有社员46户。",
            "合作社理事长说，过去农户各自编竹篮，卖给上门收购的商贩，价格一直很低。合作社成立后统一设计款式、统一对外"
            "销售，还申请了自己的商标。如今一只竹编果篮能卖到180元以上。",
            "今年合作社的竹编产品主要销往上海和杭州。"]
CRAFT_JA = ["柏渓鎮の竹細工協同組合は2015年に設立され、現在の組合員は46戸だ。",
            "組合の理事長によると、以前は農家がそれぞれ竹かごを編み、買い付けに来る商人に売っていたため、値段はずっと"
            "低かった。今では竹編みの果物かご一つが180元{conversion}以上で売れる。",
            "今年、組合の竹細工製品は主に上海と杭州に出荷されている。"]


@pytest.mark.parametrize("conversion", ["", "（約3800円）"])
def test_a_currency_conversion_does_not_stand_for_a_dropped_sentence(tmp_path, conversion):
    """fixb50: the length test of a sentence left out weighs the paragraph's translation without the currency
    conversions it adds in parentheses, which render no part of the source."""
    lint = rule_on_pairs(tmp_path, TOWN, "BIL003")
    ja = [p.format(conversion=conversion) for p in CRAFT_JA]
    assert [f.severity.value for f in lint(CRAFT_ZH, ja) if "统一设计" in f.message] == ["warning"]


@pytest.mark.parametrize("text, talked_about", [
    ("新しいブランド「雲帆」を立ち上げた。", True),       # a brand named as such
    ("ブランドンさんの店「雲帆」に寄った。", False),     # ブランド inside a person's name is no word about brands
])
def test_a_brand_word_counts_only_whole(text, talked_about):
    from textqa.findings import Span
    from textqa.mentions.context import quoted_as_form

    start = text.index("雲帆")
    assert quoted_as_form(text, Span(start, start + 2)) is talked_about

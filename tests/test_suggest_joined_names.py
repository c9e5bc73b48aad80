"""`glossary suggest --source` proposes the whole name where jieba cuts it in two and the translation writes it whole
(glossary/cut_names.py), and an organisation's full name from its place to its ending with the translation's own
form (glossary/long_orgs.py); the pieces are no rows of their own. Invented pairs."""
from __future__ import annotations

import pytest

from textqa.document import Document
from textqa.glossary.suggest import suggest_with_source


def rows(zh: str, ja: str) -> dict[str, tuple[str, str]]:
    """zh -> (ja, type) of the verified rows suggested for the pair."""
    return {c.zh: (c.ja, str(c.type)) for c in suggest_with_source([(Document(ja, "a.ja.txt"), zh)], None)
            if c.verified}


# -- names cut in two ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("zh, ja, name, typ, pieces", [
    # a compound surname jieba reads as a place (欧阳/ns) and the given name after it
    ("68岁的欧阳秋山是村里最老的篾匠。", "欧陽秋山さん（68）は村で最年長の竹細工職人だ。", "欧阳秋山", "person",
     ("欧阳", "秋山")),
    # a name's last character cut off (欧阳明/nr + 川/j), written before an honorific
    ("75岁的欧阳明川是村里最老的篾匠。", "欧陽明川さん（75）は村で最年長の竹細工職人だ。", "欧阳明川", "person",
     ("欧阳明",)),
    # a rarer surname, a character of its own, after a title and before a verb of saying; the title after the name
    # in the translation
    ("林业局副局长禚文远表示，今年将新建两个苗圃。", "林業局の禚文遠副局長は、今年苗圃を二つ新設すると述べた。",
     "禚文远", "person", ("文远",)),
    ("合作社理事长笪明亮介绍，今年来了很多游客。", "協同組合の笪明亮理事長によると、今年は観光客が多く来た。",
     "笪明亮", "person", ()),
    # with nothing around it in the source, the translation's honorific after the whole says a person
    ("今年68岁的笪明亮是村里最老的篾匠。", "笪明亮さん（68）は村で最年長の竹細工職人だ。", "笪明亮", "person", ()),
    # a town's first character read as an adjective (新/a + 濑镇/ns)
    ("新濑镇是有名的茶叶集散地。", "新瀬鎮は有名な茶葉の集散地だ。", "新濑镇", "place", ("濑镇",)),
    # a town's first two characters read as a noun (干沟/n + 河镇/ns)
    ("干沟河镇是竹席的主要产地。", "干溝河鎮は竹むしろの主な産地だ。", "干沟河镇", "place", ("河镇",)),
    # an administrative suffix cut off as a word of its own (加弄/v + 乡/n; 大/a + 沐/vg + 乡/n)
    ("加弄乡是全县梯田最集中的地方。", "加弄郷は県内で棚田が最も集中する地域だ。", "加弄乡", "place", ()),
    ("在县城开往大沐乡的公交车上。", "県城と大沐郷を結ぶバスの車内で。", "大沐乡", "place", ()),
    # a town's suffix and the last character of its stem read as a noun (草坪/n + 滩镇/n)
    ("草坪滩镇是西瓜的主要产地。", "草坪灘鎮はスイカの主な産地だ。", "草坪滩镇", "place", ("滩镇",)),
    # a town's stem that is a common noun, cut off its suffix (青松/n + 镇/n) after a preposition, or with the last
    # character of its stem (苦瓜/n + 园镇/n) at the start
    ("在青松镇，果农们正忙着采摘。", "青松鎮では、果樹農家が収穫に追われている。", "青松镇", "place", ("青松",)),
    ("苦瓜园镇是全县最大的蔬菜基地。", "苦瓜園鎮は県内最大の野菜基地だ。", "苦瓜园镇", "place", ("园镇",)),
    # a town's stem that opens with a direction (西/f + 城镇/ns) or is a numeral to jieba (七所/m + 镇/n) after a
    # punctuation mark or its county
    ("县城以北是柑橘产区。西城镇的柑橘最有名。", "県城の北は柑橘の産地だ。西城鎮の柑橘が最も有名だ。", "西城镇",
     "place", ("城镇",)),
    ("岚溪县七所镇的田间一片繁忙。", "岚溪県七所鎮の田畑は活気に満ちている。", "七所镇", "place", ()),
    # a town right after its city, in the translation too (`岚溪市山下河鎮`: no character but kanji before it)
    ("岚溪市山下河镇是全国最大的淡水珍珠产地。", "岚溪市山下河鎮は中国最大の淡水真珠の産地だ。", "山下河镇",
     "place", ("河镇",)),
    # a village's suffix and the last character of its stem read as a person's name (石榴/n + 峪村/nrt)
    ("石榴峪村村民说，今年收成好。", "石榴峪村の村民によると、今年は豊作だ。", "石榴峪村", "place", ("峪村",)),
    # a village whose stem opens with a verb (转身/v + 岭村/n), after its town
    ("岚溪镇转身岭村今年种了三百亩水稻。", "嵐渓鎮転身嶺村は今年、水稲を300ムー植えた。", "转身岭村", "place",
     ("岭村",)),
    # a town's stem whose last character jieba reads as a measure word (宽/a + 道/q + 镇/n, 长/a + 片/q + 镇/n), at
    # the start
    ("宽道镇是核桃的主要产地。", "寛道鎮はクルミの主な産地だ。", "宽道镇", "place", ("道",)),
    ("长片镇的核桃最有名。", "長片鎮のクルミが最も有名だ。", "长片镇", "place", ()),
    # a township's stem of two characters, the first read as a verb and the second glued to the suffix (跳/v +
    # 仙乡/ns), after a punctuation mark
    ("每逢新年前，跳仙乡的僧人都会来这里订购酥油灯。", "新年が近づくと、跳仙郷の僧侶たちがここへ注文に来る。", "跳仙乡",
     "place", ("仙乡",)),
    # a name of no surname of the table (a Tibetan's) cut before its last character (丹增扎/nr + 来/v), written
    # whole before an honorific
    ("目前，丹增扎来带了5名学生。", "現在、丹増扎来さんのもとには5人の弟子がいる。", "丹增扎来", "person",
     ("丹增扎",)),
    # a town's stem of one character and one glued to its suffix (石/n + 集镇/n), after its county
    ("岚溪县石集镇过去以种地为生。", "嵐渓県石集鎮はかつて農業で暮らしを立てていた。", "石集镇", "place", ("集镇",)),
    # a town whose stem and suffix but its first character jieba knows as another, rare town (石/n + 水口镇/n), after
    # its county or a verb
    ("岚溪县石水口镇的茶园一片碧绿。", "岚溪県石水口鎮の茶園は一面の緑だ。", "石水口镇", "place", ("水口镇",)),
    ("游客们来到了石水口镇，品尝新茶。", "観光客は石水口鎮を訪れ、新茶を味わった。", "石水口镇", "place", ("水口镇",)),
])
def test_a_name_cut_in_two_is_one_row(zh, ja, name, typ, pieces):
    found = rows(zh, ja)
    assert found.get(name, ("", ""))[1] == typ, found
    assert not set(pieces) & set(found), found


def test_the_row_takes_the_translations_own_characters():
    # OpenCC writes 干 as 幹; the translation writes 干 and leaves 沟 and 镇 simplified: the row keeps its 干 and
    # takes OpenCC's 溝 and 鎮
    found = rows("干沟河镇是竹席的主要产地。", "干沟河镇は竹むしろの主な産地だ。")
    assert found["干沟河镇"] == ("干溝河鎮", "place")


NO_JOIN = (
    # the translation does not write the whole as one word
    ("68岁的欧阳秋山是村里最老的篾匠。", "村で最年長の竹細工職人は68歳の欧陽さんだ。", "欧阳秋山"),
    # a person's name and the noun after it, written together but before no honorific or title (黄龙/nr + 病)
    ("一场黄龙病疫情让果农很担心。", "黄竜病の流行に果樹農家は心配している。", "黄龙病"),
    # a county before a town is where the town is, not part of its name
    ("岚溪县新濑镇是有名的茶叶集散地。", "岚溪県新瀬鎮は有名な茶葉の集散地だ。", "岚溪县新濑镇"),
    # a word of jieba's dictionary that ends with a suffix (a prefecture-level city) is no place
    ("这座城市是一个地级市。", "この都市は地級市だ。", "地级市"),
    # a common noun and a town's suffix after 的: a kind of village, no name
    ("这是有名的豆腐村。", "これは有名な豆腐村だ。", "豆腐村"),
    # a year's 年 before a city is no part of its name
    ("2026年岚溪市举办了首届茶叶节。", "2026年岚溪市で初の茶葉祭りが開かれた。", "年岚溪市"),
    # a verb before a place is the sentence's, in a sentence the translation left in Chinese too
    ("岚溪县位于星河省东部。", "岚溪县位于星河省东部。", "位于星河省"),
    # a verb of one character before a place of one character and its suffix, the translation writing the place
    # alone: the sentence's verb (去/v + 宁乡/ns)
    ("每年都有游客去宁乡。", "毎年、観光客が寧郷を訪れる。", "去宁乡"),
    # a name of no surname of the table and the character after it, written together but before no honorific
    ("目前，丹增扎来带了5名学生。", "現在、丹増扎来は5人の弟子を教えている。", "丹增扎来"),
    # a common word of a town's suffix that jieba tags a person's (小镇/nr): a kind of town after its theme
    ("今年，游客来到越剧小镇。", "今年、観光客が越劇小鎮を訪れた。", "越剧小镇"),
)


def test_a_town_after_a_stem_word_of_three_characters_is_joined():
    # jieba reads a Mongolian town's first three characters as a name (X/nr) and glues the rest of its stem to the
    # suffix (Y镇/ns): three characters before a stem's character glued to the suffix
    from textqa.bilingual.whole_names import Token
    from textqa.glossary.cut_names import joined

    toks = [Token("所在地", "n", 0), Token("阿拉坦", "nr", 3), Token("温都镇", "ns", 6), Token("有", "v", 9)]
    out, forms = joined(toks, "旗政府所在地の阿拉坦温都鎮には工房がある。")
    assert [t.word for t in out] == ["所在地", "阿拉坦温都镇", "有"] and forms == {"阿拉坦温都镇": "阿拉坦温都鎮"}


def test_no_join_without_the_translations_word():
    for zh, ja, word in NO_JOIN:
        assert word not in rows(zh, ja), word


def test_a_rarer_surname_needs_a_title_a_verb_of_saying_or_an_honorific():
    # 笪 is no surname of the table: with nothing around it that says a person, no row joins it
    found = rows("今年笪明亮的人很多。", "今年は笪明亮な人が多い。")
    assert "笪明亮" not in found


@pytest.mark.parametrize("zh, ja, name, form", [
    # a given name jieba reads as a verb (冷/n + 启航/v) after an age: written whole before an honorific, or with
    # another given name sharing a character (啓行 for 启航, the translation's error the row lets lint report)
    ("今年51岁的冷启航种了20亩茶叶。", "冷啓航さん（51）は茶畑20ムーを手がける。", "冷启航", "冷啓航"),
    ("今年51岁的冷启航种了20亩茶叶。", "冷啓行さん（51）は茶畑20ムーを手がける。", "冷启航", "冷啓航"),
    # a rarer surname (禚, no surname of the table) after an age, written with a commoner surname of its sound (卓)
    ("今年58岁的禚建华是村里有名的篾匠。", "卓建華さん（58）は村で有名な竹細工職人だ。", "禚建华", "禚建華"),
])
def test_a_person_jieba_cuts_after_a_persons_cue_is_one_row(zh, ja, name, form):
    found = rows(zh, ja)
    assert found.get(name) == (form, "person"), found
    assert not {"启航", "建华"} & set(found), found


@pytest.mark.parametrize("zh, ja", [
    # no cue in the source that says a person's
    ("冷启航的船今天出港。", "冷啓航さんの船が今日出港した。"),
    # the cue, but the translation writes no honorific or title after the word jieba reads as a verb
    ("今年51岁的冷启航种了20亩茶叶。", "51歳の冷啓航は茶畑20ムーを手がける。"),
    # a rarer surname's sound in the translation, but the given name another
    ("今年58岁的禚建华是村里有名的篾匠。", "卓健一さん（58）は村で有名な竹細工職人だ。"),
    # the given name, but after a kanji of another sound
    ("今年58岁的禚建华是村里有名的篾匠。", "林建華さん（58）は村で有名な竹細工職人だ。"),
])
def test_no_person_of_a_word_jieba_reads_as_no_name_without_both_sides(zh, ja):
    from textqa.bilingual.names import tagger
    from textqa.bilingual.whole_names import rejoined
    from textqa.glossary.cut_names import joined

    out, forms = joined(rejoined(zh, tagger()), ja)
    assert not {"冷启航", "禚建华"} & ({t.word for t in out} | set(forms)), forms


# -- organisations' full names -------------------------------------------------------------------------------------

@pytest.mark.parametrize("zh, ja, org, org_ja", [
    # the ending glued to a title (协会会长); the translation's own words (コメ for 稻米)
    ("岚溪县稻米产业协会会长王建国介绍，协会现有会员86家。",
     "岚溪県コメ産業協会の王建国会長によると、協会の会員は86社だ。", "岚溪县稻米产业协会", "岚溪県コメ産業協会"),
    # 中心 as センター
    ("岚溪县农产品质量检测中心今天发布了抽检结果。",
     "岚溪県農産物品質検査センターは今日、抽出検査の結果を発表した。", "岚溪县农产品质量检测中心",
     "岚溪県農産物品質検査センター"),
    # a province before the city is where the city is (浙江省 + 岚溪市…): the organisation opens with the city
    ("浙江省岚溪市卫生健康委员会发布通知。", "浙江省岚溪市衛生健康委員会は通知を出した。",
     "岚溪市卫生健康委员会", "岚溪市衛生健康委員会"),
    # a department's fields joined by 和, which the translation leaves out
    ("岚溪县发展和改革委员会发布了通知。", "岚溪県発展改革委員会は通知を出した。", "岚溪县发展和改革委员会",
     "岚溪県発展改革委員会"),
    # a name jieba joined itself, whose ending the translation translates (医院 as 病院)
    ("岚溪县人民医院今年为500名患者免费手术。", "岚溪県人民病院は今年、患者500人に無料で手術を行った。",
     "岚溪县人民医院", "岚溪県人民病院"),
    # a katakana word glued after the ending (カスタマーサービス, its customer service): another word, not the name's
    ("岚溪县高山乳业有限公司客服回复说，产品没有问题。", "岚溪県高山乳業有限公司カスタマーサービスは、製品に問題はないと回答した。",
     "岚溪县高山乳业有限公司", "岚溪県高山乳業有限公司"),
    # the source's words between place and ending translated as a loanword in katakana (榨菜 as ザーサイ)
    ("岚溪县榨菜协会会长王建国介绍，协会现有会员86家。", "岚溪県ザーサイ協会の王建国会長によると、協会の会員は86社だ。",
     "岚溪县榨菜协会", "岚溪県ザーサイ協会"),
    # endings of a rescue team, a company (公司 as 会社), a fair, a bookstore (data/org_endings.tsv)
    ("岚溪县山地救援队今天出动搜救。", "岚溪県山岳救助隊は今日、捜索に出動した。", "岚溪县山地救援队", "岚溪県山岳救助隊"),
    ("九江市岚阳公共自行车公司宣布，押金全部退还。", "九江市の嵐陽公共自転車会社は、保証金を全額返還すると発表した。",
     "岚阳公共自行车公司", "嵐陽公共自転車会社"),
    ("岚溪国际陶瓷博览会今天开幕。", "嵐渓国際陶磁器博覧会が今日開幕した。", "岚溪国际陶瓷博览会", "嵐渓国際陶磁器博覧会"),
    ("深圳岚苑书城今天开业。", "深圳嵐苑書城が今日開業した。", "深圳岚苑书城", "深圳嵐苑書城"),
])
def test_an_organisations_full_name_is_a_row_with_the_translations_form(zh, ja, org, org_ja):
    found = rows(zh, ja)
    assert found.get(org) == (org_ja, "org"), found


def test_the_place_an_organisation_opens_with_stays_a_row():
    found = rows("岚溪县稻米产业协会会长王建国介绍，协会现有会员86家。",
                 "岚溪県コメ産業協会の王建国会長によると、協会の会員は86社だ。")
    assert found["岚溪县"][1] == "place"


@pytest.mark.parametrize("ja", [
    # の between the place and the rest: the translation does not write one name
    "岚溪県のコメ産業協会の王建国会長によると、協会の会員は86社だ。",
    # the words between place and ending share nothing with the source's (稻米产业)
    "岚溪県農家協会の王建国会長によると、協会の会員は86社だ。",
])
def test_no_organisation_row_where_the_translation_writes_no_such_name(ja):
    found = rows("岚溪县稻米产业协会会长王建国介绍，协会现有会员86家。", ja)
    assert "岚溪县稻米产业协会" not in found


def test_a_place_and_a_common_noun_are_no_organisation():
    # 场 alone ends no organisation's name (市场, a market)
    assert not [zh for zh, (_, typ) in rows("欧洲市场对茶叶的需求很大。", "欧州市場では茶葉の需要が大きい。").items()
                if typ == "org"]


def test_the_place_an_organisation_jieba_joined_opens_with_is_a_row():
    # jieba joins the clinic's name whole (岚溪县明眸眼科医院/nt): its county is a name of the source too
    found = rows("岚溪县明眸眼科医院将于下月开展免费眼病筛查。", "岚溪県明眸眼科病院は来月、無料の眼科検診を行う。")
    assert found.get("岚溪县", ("", ""))[1] == "place", found


def test_a_place_opens_an_organisations_name_only_as_one_word():
    from textqa.glossary.long_orgs import _one_word

    assert _one_word("岚溪县") and not _one_word("中国铁路岚州")


# -- a person the translation writes with another given name ------------------------------------------------------

def test_a_person_written_with_another_given_name_is_a_row_with_the_sources_name():
    # the translation's error (杭明芳 for 杭明华, sharing 明) is the row's rendering; the row keeps the source's name,
    # so that lint reports the error
    found = rows("县果树站站长杭明华介绍，金柑今年丰收。", "県果樹ステーションの杭明芳ステーション長によると、金柑は今年豊作だ。")
    assert found.get("杭明华") == ("杭明華", "person"), found


def test_no_row_for_another_given_name_without_a_persons_cue():
    from textqa.glossary.near_persons import said_a_person

    assert not said_a_person("杭明华的果园很大。", "杭明华")
    assert said_a_person("站长杭明华介绍", "杭明华")


# -- an autonomous area's ethnic groups in their Japanese forms -----------------------------------------------------

def test_an_autonomous_areas_form_only_where_a_translation_writes_it():
    # OpenCC's 嵐渓黎族苗族自治県 is nowhere in the translation; its groups in katakana are (data/
    # ethnic_groups_japanese.tsv): that is the row's ja
    from textqa.glossary.ethnic_forms import written_form

    assert written_form("岚溪黎族苗族自治县", ["海南省の嵐渓リー族ミャオ族自治県は"]) == "嵐渓リー族ミャオ族自治県"
    assert written_form("岚溪满族自治县", ["嵐渓満州族自治県の"]) == "嵐渓満州族自治県"
    assert written_form("岚溪满族自治县", ["嵐渓満族自治県の"]) == ""  # OpenCC's own form: nothing to add
    assert written_form("岚溪县", ["嵐渓県の"]) == ""


def test_a_county_whose_stem_is_a_japanese_noun_is_a_place_but_an_everyday_word_is_not():
    # 会同县/n, a rare word of jieba's: its stem is a noun of the Japanese dictionary (会同, a meeting) that jieba
    # hardly counts; 行政村's stem (行政) is an everyday word
    assert rows("会同县的杨梅今年丰收。", "会同県の楊梅は今年豊作だ。").get("会同县", ("", ""))[1] == "place"
    assert "行政村" not in rows("全县共有58个行政村。", "県内には58の「行政村」がある。")


def test_a_city_jieba_knows_as_a_rare_noun_is_a_place_where_the_translation_writes_it():
    # 营口市/n: a word of jieba's dictionary (count 20, above the ten of the rarest) tagged a noun, not a place
    found = rows("营口市的港口吞吐量创下新高。", "営口市の港湾取扱量は過去最高を更新した。")
    assert found.get("营口市", ("", ""))[1] == "place", found

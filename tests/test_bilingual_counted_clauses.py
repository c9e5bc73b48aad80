"""BIL002 and BIL003 on invented pairs: a kanji digit before a counter of groups, households or animals, or before a
unit of measure, is a number (三组 = 3班, 四厘米 = 4センチ), and a rise by so many times is that many plus one (增加了两倍 =
3倍); a clause with a number dropped from a sentence whose translation splits a list at its 、, from a sentence the
aligner links only by a shared number, or from a paragraph whose translation names its speaker by surname and title
(韋理事長) is a warning; a sentence of one clause with no number or name cut at a paragraph's end from a translation
that adds currency conversions, or cut from a paragraph the edition merged with another, is an editor's cut (info)."""
from __future__ import annotations

from fractions import Fraction

import pytest
from lint_helpers import pair_findings

from textqa.bilingual.numbers import counted_ones, quantities
from textqa.findings import Severity

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\n韦志平\t韋志平\tperson\t\t\t\n青禾镇\t青禾鎮\tplace\t\t\t\n"

FIRST_ZH = "青禾镇的农业合作社成立于2015年，现有社员186户。"
FIRST_JA = "青禾鎮の農業協同組合は2015年に設立され、現在の組合員は186戸。"
LAST_ZH = "韦志平说，明年合作社还将建设一座冷库。"
LAST_JA = "韋志平さんは、来年は冷蔵倉庫も建てると話す。"


@pytest.fixture
def lint(tmp_path):
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")

    def run(zh: list[str], ja: list[str], code: str):
        findings = pair_findings(tmp_path, zh, ja)
        return [f for f in findings if f.code == code]
    return run


@pytest.mark.parametrize("text, values", [
    ("分三组上山", [3]), ("两户人家", [2]), ("五只马鹿", [5]), ("四批游客", [4]), ("三棵古树", [3]),
    ("只有两厘米粗", [2]), ("高三米", [3]), ("一组数据", [])])  # 一 before a counter is a word (一组 = a set)
def test_a_kanji_digit_before_a_counter_or_a_unit_is_a_number(text, values):
    assert [q.value for q in quantities(text)] == [Fraction(v) for v in values]


def test_a_unit_that_begins_with_a_multiplier_keeps_it_kilolitres():
    """千升 is a kilolitre: 6.4万千升 is 64,000 kilolitres (6万4000キロリットル), not 6.4万 and a thousand more."""
    (q,) = quantities("年产量达到6.4万千升")
    assert Fraction(64000) in q.keys()


def test_kilolitres_rendered_as_kilolitres_are_no_changed_number(lint):
    zh = [FIRST_ZH, "合作社的酒坊去年产酒3.6万千升，比前年多了两成。", LAST_ZH]
    ja = [FIRST_JA, "組合の酒蔵は昨年3万6000キロリットルの酒を造り、前年より2割増えた。", LAST_JA]
    assert lint(zh, ja, "BIL002") == []


def test_a_rise_by_so_many_times_also_compares_as_the_multiple_it_makes():
    (q,) = quantities("面积增加了两倍")
    assert {Fraction(2), Fraction(3)} <= q.keys()
    (plain,) = quantities("面积是原来的两倍")
    assert Fraction(3) not in plain.keys()


def test_groups_counted_in_kanji_pair_the_numbers_of_a_sentence_rightly(lint):
    """三组 read as 3 leaves the changed 17 → 7 to be reported, not the 4 of 4班 against the 17."""
    zh = [FIRST_ZH, "上个月，一名游客在山里迷路，消防队分四组进入林区，在浓雾中连续搜索了17个小时，才在一处溪谷里找到他。", LAST_ZH]
    ja = [FIRST_JA, "先月、観光客が山で道に迷い、消防隊は4班に分かれて林に入り、濃霧の中を7時間捜し続けて、ようやく谷で彼を見つけた。",
          LAST_JA]
    assert [(f.surface, f.suggestion) for f in lint(zh, ja, "BIL002")] == [("7", "17")]


def test_a_rise_by_two_times_rendered_as_three_times_is_no_changed_number(lint):
    zh = [FIRST_ZH, "搬进新址后，合作社的仓库面积增加了两倍，社员分两批参加了培训。", LAST_ZH]
    ja = [FIRST_JA, "新しい場所に移って、組合の倉庫の面積は3倍になり、組合員は2回に分けて研修を受けた。", LAST_JA]
    assert lint(zh, ja, "BIL002") == []
    zh, ja = [FIRST_ZH, "搬进新址后，合作社的仓库面积增加了两倍。", LAST_ZH], [FIRST_JA, "新しい場所に移って、組合の倉庫の面積は4倍になった。", LAST_JA]
    assert [(f.surface, f.suggestion) for f in lint(zh, ja, "BIL002")] == [("4", "两")]


@pytest.mark.parametrize("zh, ja, lost", [
    # a list the translation split at its 、, each piece sharing a kanji with it: the clause after has no room
    ("合作社统一采购、统一检测、统一包装，每户年均增收1.6万元。韦志平说，大家的干劲越来越足。",
     "組合が一括して仕入れ、検査し、包装している。韋志平理事長は、みんなのやる気がますます高まっていると話す。",
     "每户年均增收1.6万元"),
    # a sentence the aligner left unlinked beside its translation, sharing with it only a number (三匹 = 3頭)
    ("合作社的展厅里有一件木雕。木雕表现了三匹奔跑的骏马，最细的马腿只有四厘米粗。韦志平说，这件作品花了半年时间。",
     "組合の展示室には木彫りが一つある。疾走する3頭の馬をかたどったものだ。韋志平さんによると、この作品には半年かかった。",
     "最细的马腿只有四厘米粗")])
def test_a_clause_with_a_number_dropped_is_a_warning(lint, zh, ja, lost):
    found = lint([FIRST_ZH, zh, LAST_ZH], [FIRST_JA, ja, LAST_JA], "BIL003")
    assert [(f.severity, lost in f.message) for f in found] == [(Severity.WARNING, True)]


def test_a_one_counting_the_same_thing_pairs_a_sentence_left_unlinked_beside_its_translation(lint):
    """一台 is no number by itself, but 1台 counts the same thing: the sentence the aligner left unlinked is checked
    with its translation beside it, and the clause dropped from it is reported, not the whole sentence."""
    zh = [FIRST_ZH, "为了缓解劳动力短缺，合作社去年购买了自动收割机。一台收割机只需要一名司机驾驶，速度是人工的十几倍。", LAST_ZH]
    ja = [FIRST_JA, "労働力不足を緩和するため、組合は昨年自動収穫機を購入した。機械1台を運転手1人で動かせる。", LAST_JA]
    found = lint(zh, ja, "BIL003")
    assert [(f.severity, f.message.startswith("part of the source sentence, 「速度是人工的十几倍。」")) for f in found] == [
        (Severity.WARNING, True)]


def test_a_speaker_named_by_surname_and_title_links_the_paragraph(lint):
    """韋理事長 names 韦志平 as the full name would: the aligner links the paragraphs, and the clause with the
    number the translation dropped is reported (unlinked, the paragraph would be one left out, info)."""
    zh = [FIRST_ZH, "合作社的产品主要销往上海和杭州。", "韦志平表示，合作社计划明年在慕尼黑开设办事处，目标是出口额突破3000万元。"]
    ja = [FIRST_JA, "組合の製品は主に上海と杭州に出荷されている。", "韋理事長は、来年ミュンヘンに事務所を開く計画だと述べた。"]
    found = lint(zh, ja, "BIL003")
    assert [(f.severity, "3000万元" in f.message) for f in found] == [(Severity.WARNING, True)]


# an edition for readers: a currency conversion added, sentences condensed a little
EDITED_ZH = [FIRST_ZH,
             "合作社的蜂蜜今年收购价为每公斤52元，比去年上涨了6元。理事长韦志平说，今年的花期比往年长了一周。",
             "合作社今年新建了一座加工厂，可年产蜂蜜500吨。工厂共有工人36名，大多是本镇村民。",
             "合作社还在镇上开了一家直营店，每天接待顾客约200人。周末常有不少外地游客专程开车来店里购买新鲜蜂蜜。",
             LAST_ZH]
EDITED_JA = [FIRST_JA,
             "組合のハチミツの今年の買い取り価格は1キロ当たり52元（約1000円）で、昨年より6元上昇した。"
             "理事長の韋志平さんによると、今年の花の時期は例年より1週間長かったという。",
             "組合は今年、新たに加工工場を1カ所建設し、年間500トンのハチミツを生産できるようになった。"
             "工場の労働者は合わせて36人で、大部分はこの鎮の村民である。",
             "組合はさらに鎮の中心部に直営店を1軒開き、毎日約200人の顧客を受け入れている。",
             LAST_JA]


@pytest.mark.parametrize("ja, severity", [
    (EDITED_JA, Severity.INFO),  # a translation that adds a currency conversion: an edition, an editor's cut
    ([EDITED_JA[0], EDITED_JA[1].replace("（約1000円）", ""), *EDITED_JA[2:]], Severity.WARNING)])  # none: lost
def test_a_one_clause_sentence_cut_at_a_paragraphs_end_from_an_edition_is_an_editors_cut(lint, ja, severity):
    assert [f.severity for f in lint(EDITED_ZH, ja, "BIL003") if "专程" in f.message] == [severity]


# 基, the Japanese counter of installations and machines: 数十基の風塔 for 几十个风塔 reads as a quantity, so a clause
# translated loosely with it is tied to its source by its number, not reported as left out, nor its number changed
WIND_ZH = "山上常年大风，冬天气温低至零下15摄氏度，他每天都要巡查几十个风塔。"
WIND_JA = "山上は一年中風が強く、冬は気温が氷点下15度まで下がるが、彼は毎日数十基のタワーを見回っている。"
WIND_DROPPED = "山上は一年中風が強く、冬は気温が氷点下15度まで下がる。"


def test_a_loose_clause_counted_with_the_installation_counter_is_tied_by_its_number(lint):
    for code in ("BIL002", "BIL003"):
        assert [f for f in lint([FIRST_ZH, WIND_ZH], [FIRST_JA, WIND_JA], code) if f.severity != Severity.INFO] == []
    assert [f.severity for f in lint([FIRST_ZH, WIND_ZH], [FIRST_JA, WIND_DROPPED], "BIL003")] == [Severity.WARNING]


# a one counted with the other language's counter of the same things (一张 = 1枚): a sentence left unlinked beside its
# loose translation (户口簿 as 戸籍謄本, 照片 as 写真) that shares a hanzi with it is rendered there; a note in its
# place that shares only a 1枚 of something else is not its translation
CARD_ZH = ["青禾镇图书馆从2027年4月1日起为全镇居民免费办理借书证，每人最多可借5本书。",
           "办理地点：青禾镇图书馆一楼服务台。办理时请带上户口簿和一张近期彩色照片。",
           "开放时间：每周二至周日上午9点至下午5点，周一闭馆。"]
CARD_JA = ["青禾鎮図書館は2027年4月1日から、鎮の住民を対象に図書カードを無料で発行する。1人5冊まで借りられる。",
           "受付場所：青禾鎮図書館1階カウンター。申請の際は戸籍謄本と最近撮影したカラー写真を1枚ご持参ください。",
           "開館時間：毎週火曜日～日曜日の午前9時～午後5時、月曜休館。"]


def test_the_same_things_counted_with_either_languages_counter_are_one_count():
    assert counted_ones("带上一张照片") == counted_ones("写真を1枚") == {"张"}
    assert counted_ones("一辆车") == counted_ones("車1台") and counted_ones("一张") != counted_ones("1台")


def test_a_sentence_rendered_loosely_beside_with_a_one_counted_the_japanese_way_is_no_omission(lint):
    assert lint(CARD_ZH, CARD_JA, "BIL003") == []


def test_a_note_sharing_only_a_counted_one_is_no_translation_of_the_sentence_beside(lint):
    noted = [CARD_JA[0], CARD_JA[1].replace("申請の際は戸籍謄本と最近撮影したカラー写真を1枚ご持参ください。",
                                            "なお、先着順で記念のしおりを1枚プレゼントする。"), CARD_JA[2]]
    assert ["户口簿" in f.message for f in lint(CARD_ZH, noted, "BIL003")] == [True]

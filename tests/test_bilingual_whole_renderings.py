"""BIL003 on invented pairs, judged by how the rest of the translation renders its source: a clause dropped from a
sentence whose translation is only a little short, in a translation that renders its sentences more fully than the
aligner's model predicts (judged at its own rate; a kanji of the clause inside its neighbour's word, 送 of 発送 for
发往, is no sign that it was merged there; a clause that lost its anchor to a coincidence of words across the order,
sharing as many hanzi with a translated clause around its place, is not lost by that rate alone); a clause dropped beside a clause whose translation shares only a glossary
term with it (anchored there by the term, so it is no room for the dropped one); and a sentence cut from a translation
that renders every sentence whole and adds a currency conversion (machine translation with a conversion is still
literal; an edition that condenses keeps the cut at info)."""
from __future__ import annotations

import pytest
from lint_helpers import rule_on_pairs

import test_bilingual_edited_cuts as edited
from textqa.findings import Severity

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\n韦志平\t韋志平\tperson\t\t\t\n青禾镇\t青禾鎮\tplace\t\t\t\n"
            "腐乳\tフールー\tterm\t\t\t\n")


@pytest.fixture
def lint(tmp_path):
    omissions = rule_on_pairs(tmp_path, GLOSSARY, "BIL003")
    return lambda zh, ja: [(f.severity, f.message) for f in omissions(zh, ja)]


BASKETS_ZH = ["青禾镇的竹编合作社成立于2018年，现有社员120户。",
              "合作社的竹篮在网上很受欢迎。订单确认后，竹篮先用车运到县城，再发往全国各地，最快两天就能送达。",
              "韦志平说，明年合作社还打算建一个竹编展示馆。"]
SHIPPED = "注文が確定すると、かごはまず車で県の中心部へと運ばれ、そこから全国各地へ発送される。"  # 最快两天就能送达 lost
# every sentence rendered more fully than the model predicts, as machine translation may
BASKETS_FULL = ["青禾鎮の竹細工の協同組合は2018年に設立されたもので、現在は組合員が120戸となっている。",
                "協同組合の竹のかごはインターネット上でとても人気を集めている。" + SHIPPED,
                "韋志平さんによれば、協同組合は来年、竹細工の展示館を建てることも計画しているという。"]
# the same sentences rendered at the model's rate
BASKETS_PLAIN = ["青禾鎮の竹細工協同組合は2018年設立で、組合員は120戸。", "組合の竹かごはネットで人気だ。" + SHIPPED,
                 "韋志平さんは、組合は来年、竹細工の展示館も建てる計画だと話す。"]


def test_a_clause_lost_from_a_fully_rendered_translation_is_a_warning(lint):
    assert [(s, "最快两天就能送达" in m) for s, m in lint(BASKETS_ZH, BASKETS_FULL)] == [(Severity.WARNING, True)]


def test_the_clause_rendered_is_silent(lint):
    whole = BASKETS_FULL[1].replace("発送される。", "発送され、早ければ2日で届く。")
    assert lint(BASKETS_ZH, [BASKETS_FULL[0], whole, BASKETS_FULL[2]]) == []


def test_the_same_sentence_in_a_translation_at_the_models_rate_is_too_little_short_to_tell(lint):
    # the clause with no number of its own (隔天, the next day): its length alone tells nothing at the model's rate
    zh = [BASKETS_ZH[0], BASKETS_ZH[1].replace("最快两天就能送达", "最快隔天就能送达"), BASKETS_ZH[2]]
    assert lint(zh, BASKETS_PLAIN) == []


def test_a_small_count_lost_with_its_clause_is_evidence_at_the_models_rate_too(lint):
    """两天 before a counter, with neither 2 nor 两 anywhere in the paragraph's translation, is a number the clause
    loses (fixb41): the clause is reported at the model's rate as a clause with any lost number is."""
    assert [(s, "最快两天就能送达" in m) for s, m in lint(BASKETS_ZH, BASKETS_PLAIN)] == [(Severity.WARNING, True)]


CURD_ZH = ["青禾镇的腐乳已有两百多年的制作历史。",
           "60岁的韦志平经营着一家老酱园，至今仍用陶缸腌制腐乳，周末常有外地客人专程开车来买。",
           "去年，青禾镇的腐乳销售额达到了350万元。韦志平说，明年还想开一家网店。"]
# 至今仍用陶缸腌制腐乳 as 今もかめでフールーを漬けている: one hanzi in common, and the glossary's term
CURD_JA = ["青禾鎮のフールーには200年余りの歴史がある。", "60歳の韋志平さんは古いみそ蔵を営み、今もかめでフールーを漬けている。",
           "昨年、青禾鎮のフールーの売上高は350万元に達した。韋志平さんは、来年はネットショップも開きたいと話す。"]


def test_a_clause_dropped_beside_one_anchored_by_a_glossary_term_is_a_warning(lint):
    assert [(s, "周末常有外地客人" in m) for s, m in lint(CURD_ZH, CURD_JA)] == [(Severity.WARNING, True)]


def test_the_clause_rendered_beside_the_term_is_silent(lint):
    whole = CURD_JA[1] + "週末には遠方から車で買いに来る客も多い。"
    assert lint(CURD_ZH, [CURD_JA[0], whole, CURD_JA[2]]) == []


MONEY_ZH = "镇里为此投入资金30万元。"
CONVERTED_ZH = edited.BUS_ZH[:2] + [edited.BUS_ZH[2] + MONEY_ZH] + edited.BUS_ZH[3:]
# machine translation's rendering (every sentence whole) with a currency conversion added; the paragraph's last
# sentence, no number or name in it, lost
CONVERTED_LITERAL = edited.BUS_LITERAL[:2] + [edited.BUS_LITERAL[2] + "鎮はこのために30万元（約600万円）を投じた。"] + \
    edited.BUS_LITERAL[3:]
# an editor's edition (condensed) with the same conversion and the same cut
CONVERTED_EDITED = edited.BUS_EDITED[:2] + [edited.BUS_EDITED[2] + "投入額は30万元（約600万円）。"] + edited.BUS_EDITED[3:]


@pytest.mark.parametrize("ja, severity", [(CONVERTED_LITERAL, Severity.WARNING), (CONVERTED_EDITED, Severity.INFO)])
def test_a_conversion_is_no_sign_of_editing_where_every_sentence_is_rendered_whole(lint, ja, severity):
    assert [s for s, m in lint(CONVERTED_ZH, ja) if "村里的老人" in m] == [severity]


WIND_ZH = ["青禾镇气象站今天16时发布大风预警：受冷空气影响，预计明天夜间到后天，我镇将出现大风天气，最大风力可达8级。",
           "气象站提醒，渔船要及时回港避风。"]
# 我镇将出现大风天气 shares 镇 and 气 with the first clause's translation as much as 镇 and 风 with its own: its
# anchor crosses the order and is dropped, and the sentence is short only at the rate of this full translation
WIND_JA = ["青禾鎮気象ステーションは今日16時、強風警報を発表した。寒気の影響で、明日夜から明後日にかけて青禾鎮は強風に見舞われ、"
           "最大風力は8に達する見込みだ。", "同ステーションは、漁船に速やかに帰港して風を避けるよう呼びかけている。"]


def test_a_clause_that_lost_its_anchor_to_a_coincidence_is_not_lost_by_the_translations_rate_alone(lint):
    assert lint(WIND_ZH, WIND_JA) == []


def test_the_clause_dropped_there_is_still_a_warning(lint):
    dropped = [WIND_JA[0].replace("明日夜から明後日にかけて青禾鎮は強風に見舞われ、", "明日夜から明後日にかけて、"), WIND_JA[1]]
    assert [(s, "我镇将出现大风天气" in m) for s, m in lint(WIND_ZH, dropped)] == [(Severity.WARNING, True)]

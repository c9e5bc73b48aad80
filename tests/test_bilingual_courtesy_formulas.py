"""BIL003 and BIL001 on what published editions drop or shorten on purpose (invented texts): a notice's closing
courtesy or appeal formula (感谢…的理解和支持, 请…积极配合) left out is `info`, where a sentence that says something is
a warning; a clause that only restates its neighbour (免费…，不收取任何费用) is translated with it; and a person named
again by surname and professional grade (X農芸師, X獣医師) is named (BIL001)."""
from __future__ import annotations

import pytest
from lint_helpers import rule_on_pairs

from textqa.findings import Severity
from textqa.rules.bilingual.omitted_sentence import formula, restates

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\n苗家坪镇\t苗家坪鎮\tplace\t\t\t\n卢永清\t盧永清\tperson\t\t\t\n"

NOTICE_ZH = ["苗家坪镇将于本月20日至25日对辖区内的自来水管网进行检修。这次检修是今年规模最大的一次。",
             "检修期间，镇区部分路段将暂停供水。具体停水时间以现场公告为准。居民可以提前储备生活用水。",
             "镇政府将安排送水车到学校和养老院送水。送水车每天上午和下午各出车一次。",
             "检修完成后，自来水公司将对水质进行检测。检测合格后才会恢复供水。{last}如有问题，可拨打镇政府值班电话咨询。"]
NOTICE_JA = ["苗家坪鎮は今月20日から25日まで、管内の水道管網の点検・修理を行います。今回の点検・修理は今年最大規模のものです。",
             "点検・修理の期間中、鎮の一部の区間で給水を一時停止します。具体的な断水時間は現地の掲示に従ってください。"
             "住民は事前に生活用水を蓄えておくことができます。",
             "鎮政府は給水車を手配し、学校と老人ホームに水を届けます。給水車は毎日午前と午後に1回ずつ出動します。",
             "点検・修理の完了後、水道会社が水質の検査を行います。検査に合格してから給水を再開します。"
             "問題があれば、鎮政府の当直電話までお問い合わせください。"]


@pytest.fixture
def lint(tmp_path):
    return rule_on_pairs(tmp_path, GLOSSARY, "BIL003")


@pytest.mark.parametrize("last", ["感谢广大居民的理解和支持。", "由此带来的不便，敬请谅解。", "请广大居民相互转告。"])
def test_a_dropped_courtesy_formula_is_info(lint, last):
    zh = NOTICE_ZH[:3] + [NOTICE_ZH[3].format(last=last)]
    found = [f for f in lint(zh, NOTICE_JA) if last[:4] in f.message]
    assert found and all(f.severity is Severity.INFO for f in found)


def test_a_dropped_sentence_that_says_something_stays_a_warning(lint):
    last = "镇里还将为独居老人上门送水。"
    zh = NOTICE_ZH[:3] + [NOTICE_ZH[3].format(last=last)]
    assert [f.severity for f in lint(zh, NOTICE_JA) if last[:4] in f.message] == [Severity.WARNING]


@pytest.mark.parametrize("text, expected", [
    ("感谢广大居民的理解和支持。", True), ("谢谢合作！", True), ("请各村民积极配合。", True), ("特此通知。", True),
    ("不便之处，敬请谅解。", True), ("敬请周知。", True),
    ("请各村民于3月底前到村委会登记。", False), ("感谢镇政府为村里修了一条路。", False), ("请联系卢永清。", False)])
def test_formula_matches_only_a_whole_formula(text, expected):
    assert formula(text) is expected


@pytest.mark.parametrize("clause, neighbours, expected", [
    ("不收取任何费用。", ("水质检测免费提供",), True), ("也不收费", ("检测免费",), True),
    ("不收取任何费用。", ("检测由镇里负责",), False),  # nothing before it says free: a clause of its own
    ("不收取任何费用，但须自带水样。", ("检测免费",), False)])
def test_a_restating_clause_needs_its_neighbours_word(clause, neighbours, expected):
    assert restates(clause, neighbours) is expected


def test_a_clause_restating_its_neighbour_is_translated(lint):
    zh = ["苗家坪镇将于本月20日起为居民提供水质检测服务。",
          "居民可将水样送到镇卫生院，检测结果3天内告知。水质检测免费提供，不收取任何费用。"]
    ja = ["苗家坪鎮は今月20日から、住民向けに水質検査サービスを提供します。",
          "住民は水のサンプルを鎮の衛生院に持ち込むことができ、検査結果は3日以内に知らせます。水質検査は無料です。"]
    assert [f for f in lint(zh, ja) if "费用" in f.message] == []


def test_a_person_named_again_by_surname_and_grade_is_named(tmp_path):
    lint = rule_on_pairs(tmp_path, GLOSSARY, "BIL001")
    zh = ["苗家坪镇农技站农艺师卢永清说，今年全镇推广了地膜覆盖种植。", "卢永清说，明年还将扩大推广面积。"]
    ja = ["苗家坪鎮農業技術ステーションの盧永清農芸師は、今年は鎮全体でマルチ栽培を広めたと話す。",
          "盧農芸師によると、来年はさらに普及面積を広げる。"]
    assert [f for f in lint(zh, ja) if "卢永清" in f.message] == []
    ja_senior = [ja[0], "盧高級農芸師によると、来年はさらに普及面積を広げる。"]
    assert [f for f in lint(zh, ja_senior) if "卢永清" in f.message] == []

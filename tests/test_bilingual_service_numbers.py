"""BIL003 on a number that only dials a service line (invented texts): 拨打12345, 12349便民服务电话 count nothing the
article reports, so a sentence left out with one loses no number (data/cuts.toml ``service-lines``,
``service-dial``); a sentence left out with a count or an amount in digits still does."""
from __future__ import annotations

import pytest
from lint_helpers import rule_on_pairs

from textqa.bilingual.numbers import quantities
from textqa.findings import Severity
from textqa.rules.bilingual.omitted_sentence import service_number

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\n柳溪镇\t柳渓鎮\tplace\t\t\t\n"

ZH = ["柳溪镇将于本月10日至14日对镇区的路灯进行集中更换。这次更换由镇建设办负责。施工队每天晚上八点以后进场作业。",
      "更换期间，部分路段夜间照明可能受到影响。镇里提醒过往车辆减速慢行。行人夜间出行要注意安全。",
      "新路灯全部采用节能灯具，亮度比旧灯更高。灯杆也统一换成了新的样式。{last}",
      "镇建设办表示，今后还将定期对路灯进行巡查和维护。损坏的路灯将在三天内修好。"]
# an edition: two sentences rendered as one in every paragraph
JA = ["柳渓鎮は今月10日から14日まで、鎮建設弁公室の担当で鎮中心部の街灯を一斉に交換する。"
      "施工チームは毎晩8時以降に作業に入る。",
      "交換期間中は一部の区間で夜間の照明に影響が出る可能性があり、鎮は通行する車両に減速を呼びかけている。"
      "歩行者も夜間の外出時には安全に注意する必要がある。",
      "新しい街灯はすべて省エネ型で古い街灯より明るく、柱も新しいデザインに統一された。",
      "鎮建設弁公室によると、今後も街灯を定期的に点検し、壊れた街灯は3日以内に修理する。"]


@pytest.mark.parametrize("text, expected", [
    ("可拨打12345咨询", True), ("也可致电：96110了解详情", True), ("通过12349便民服务电话查询", True),
    ("拨打镇里的12345政务服务热线", True),
    ("共更换路灯320盏", False), ("拨打3次", False), ("花费12345元", False)])
def test_service_number_is_only_a_dialled_line(text, expected):
    found = [q for q in quantities(text) if q.surface.isdigit()]
    assert found and any(service_number(text, q) for q in found) is expected


@pytest.fixture
def lint(tmp_path):
    return rule_on_pairs(tmp_path, GLOSSARY, "BIL003")


def test_a_dropped_contact_line_loses_no_number(lint):
    last = "居民如发现路灯损坏，可拨打12345政务服务热线反映。"
    found = [f for f in lint(ZH[:2] + [ZH[2].format(last=last)] + ZH[3:], JA) if last[:6] in f.message]
    assert all(f.severity is Severity.INFO for f in found)


def test_a_dropped_count_stays_a_warning(lint):
    last = "今年以来，全镇已累计更换老旧路灯1260盏。"
    found = [f for f in lint(ZH[:2] + [ZH[2].format(last=last)] + ZH[3:], JA) if last[:6] in f.message]
    assert [f.severity for f in found] == [Severity.WARNING]

"""BIL001, BIL002 and BIL003 on invented pairs, one per class of warning that heldout-bilingual68's clean pairs drew
at its one scoring (fixb68): good, edited translations of a notice and a feature.
- BIL002: a Japanese item's number right before a number that counts something whole (`5．65歳以上の方は`, after
  half-width digits and a full-width point: numbers.toml `item-before-counters`, 歳 among them) is the item's label,
  not the decimal 5.65;
- BIL001: a term that opens its source sentence after an item's label (`一、义诊时间：`) is the sentence's topic, which
  the translation under a headline naming it leaves unsaid (`1．実施日時：`): `info`;
- BIL003: a clause whose number the translation writes before the same counter (第三代传人 as 3代目) is rendered, its
  number small or not.
Each with its contrast, still a warning."""
from __future__ import annotations

import pytest
from lint_helpers import rule_on_pairs

from textqa.findings import Severity

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n"
            "星河县\t星河県\tplace\t\t\t\t\n"
            "巡诊\t巡回診療\tterm\t\t\t巡診\tdoctors visiting villages (invented)\n")

HEAD_ZH = "星河县医院关于开展巡诊活动的通知"
HEAD_JA = "星河県医院　巡回診療の実施に関するお知らせ"
INTRO_ZH = "为方便山区群众就医，我院将组织医生赴各乡开展巡诊活动，现将有关事项通知如下："
INTRO_JA = "山間部の住民の受診の便を図るため、当院は医師を各郷に派遣して巡回診療を行います。詳細は以下の通りです。"


@pytest.fixture
def lint(tmp_path):
    """The warnings of one rule on a pair (``rule_on_pairs``)."""
    return lambda zh, ja, code: [f for f in rule_on_pairs(tmp_path, GLOSSARY, code)(zh, ja)
                                 if f.severity >= Severity.WARNING]


def test_an_items_number_before_an_age_is_its_label(lint):
    zh = [HEAD_ZH, INTRO_ZH, "四、巡诊期间免费测量血压。", "五、65岁以上老人请携带身份证。"]
    ja = [HEAD_JA, INTRO_JA, "4．期間中は血圧を無料で測定します。", "5．65歳以上の方は身分証をお持ちください。"]
    assert lint(zh, ja, "BIL002") == []


def test_a_changed_age_after_the_label_is_still_a_changed_number(lint):
    zh = [HEAD_ZH, INTRO_ZH, "四、巡诊期间免费测量血压。", "五、65岁以上老人请携带身份证。"]
    ja = [HEAD_JA, INTRO_JA, "4．期間中は血圧を無料で測定します。", "5．60歳以上の方は身分証をお持ちください。"]
    assert [f.message.split("'")[1] for f in lint(zh, ja, "BIL002")] == ["60"]


def test_a_term_opening_an_item_under_a_headline_that_names_it_is_left_unsaid(lint):
    zh = [HEAD_ZH, INTRO_ZH, "一、巡诊时间：4月10日上午9点至下午4点。", "二、巡诊地点：各乡卫生院。"]
    ja = [HEAD_JA, INTRO_JA, "1．実施日時：4月10日午前9時～午後4時。", "2．実施場所：各郷の衛生院。"]
    assert lint(zh, ja, "BIL001") == []


def test_the_same_items_under_a_headline_that_does_not_name_the_term_still_miss_it(lint):
    zh = ["星河县医院关于下乡活动的通知", "为方便山区群众就医，我院将组织医生赴各乡，现将有关事项通知如下：",
          "一、巡诊时间：4月10日上午9点至下午4点。", "二、巡诊地点：各乡卫生院。"]
    ja = ["星河県医院　農村訪問のお知らせ", "山間部の住民の受診の便を図るため、当院は医師を各郷に派遣します。詳細は以下の通りです。",
          "1．実施日時：4月10日午前9時～午後4時。", "2．実施場所：各郷の衛生院。"]
    assert [f.code for f in lint(zh, ja, "BIL001")] == ["BIL001", "BIL001"]


FEATURE_ZH = ["星河县老街上的豆腐坊", "58岁的柯秀兰在老街上经营一家豆腐坊，已经是第三代传人。她做的豆腐用石磨磨浆，每天卖出两百多块。"]


def test_a_clause_whose_count_the_translation_writes_before_the_same_counter_is_rendered(lint):
    ja = ["星河県の旧街の豆腐工房", "旧街で豆腐工房を営む柯秀蘭さん（58）は3代目。石臼で挽いた豆腐は毎日200丁余り売れる。"]
    assert lint(FEATURE_ZH, ja, "BIL003") == []


def test_the_same_clause_dropped_is_still_reported(lint):
    ja = ["星河県の旧街の豆腐工房", "旧街で豆腐工房を営む柯秀蘭さん（58）。石臼で挽いた豆腐は毎日200丁余り売れる。"]
    assert [f.code for f in lint(FEATURE_ZH, ja, "BIL003")] == ["BIL003"]

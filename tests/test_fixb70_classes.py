"""Invented tests for the class fixed after heldout-bilingual70 was scored (fixb70): a clause that only gives the
convenience a measure serves (为了方便群众参观, 为方便市民出行: a `formulas` entry of bilingual/data/cuts.toml) is a
formula an edition leaves to the measure it introduces, so BIL003 says it is left out at `info`, not as a warning.
With its contrasts: the measure itself left out, and a convenience clause that holds a number the translation lacks."""
from __future__ import annotations

import pytest
from lint_helpers import rule_on_pairs

from textqa.findings import Severity
from textqa.rules.bilingual.omitted_sentence import formula

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n星河镇\t星河鎮\tplace\t\t\t\t\n韦志平\t韋志平\tperson\t\t\t\t\n"
# a translation that renders every sentence whole, as machine translation does: no sign of an edition
ZH = ["星河镇图书馆新馆上月正式落成，建筑面积3200平方米，藏书12万册。",
      "新馆设有古籍阅览室、电子阅览室和自习区，可同时容纳300名读者。",
      "{opener}图书馆实行免费开放，每周二至周日上午9点至下午5点开馆，周一闭馆。",
      "馆长韦志平说，明年还将开设少儿阅览室。"]
JA = ["星河鎮図書館の新館が先月正式に完成し、延べ床面積は3200平方メートル、蔵書は12万冊。",
      "新館には古籍閲覧室、電子閲覧室、自習エリアがあり、300人の読者を同時に収容できる。",
      "{hours}",
      "韋志平館長は、来年は児童閲覧室も開設すると話した。"]
HOURS = "図書館は無料で開放され、火曜から日曜の午前9時から午後5時まで開館し、月曜は休館となる。"


@pytest.fixture
def cuts(tmp_path):
    rule = rule_on_pairs(tmp_path, GLOSSARY, "BIL003")
    return lambda opener, hours=HOURS: [f for f in rule([z.format(opener=opener) for z in ZH],
                                                        [j.format(hours=hours) for j in JA])
                                        if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("clause", ["为了方便群众参观，", "为方便市民出行，", "为了进一步方便读者借阅，", "为便于居民办理，"])
def test_a_clause_of_convenience_is_a_formula(clause):
    assert formula(clause)


@pytest.mark.parametrize("clause", ["为了方便群众参观，图书馆延长开放时间。", "方便群众参观，", "为群众提供方便，",
                                    "为了方便群众参观图书馆里的古籍善本和地方文献资料，"])
def test_the_measure_or_a_longer_purpose_is_no_formula(clause):
    assert not formula(clause)


@pytest.mark.parametrize("opener", ["为了方便读者借阅，", "为方便市民阅读，"])
def test_the_convenience_left_out_is_no_warning(cuts, opener):
    assert cuts(opener) == []


def test_the_measure_left_out_still_warns(cuts):
    assert cuts("为了方便读者借阅，", "読者が借りやすいよう、図書館は無料で開放され、月曜は休館となる。") != []


def test_a_convenience_clause_holding_a_number_still_warns(cuts):
    assert cuts("为了方便全镇3000名学生借阅，") != []

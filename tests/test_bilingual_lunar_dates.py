"""Numbers of a Chinese lunar-calendar date (正月初七 = 旧暦1月7日, 腊月廿三 = 12月23日) and digits that name a thing
(3D, 5G, MP3, COVID-19) rather than count one, read on invented sentences and pairs (BIL002)."""
from __future__ import annotations

from fractions import Fraction

import pytest
from lint_helpers import rule_on_pairs

from textqa.bilingual.numbers import changed, differing, quantities

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\n白塘镇\t白塘鎮\tplace\t\t\t\n"


def _values(text: str) -> list[Fraction]:
    """The values of the quantities of ``text``, leaving out digits that name a thing."""
    return [q.value for q in quantities(text) if not q.term]


@pytest.mark.parametrize("zh, values", [
    ("庙会定于正月初七举行", [1, 7]),
    ("腊月二十三是小年", [12, 23]),
    ("腊月廿三是小年", [12, 23]),
    ("臘月初十", [12, 10]),
    ("冬月十五", [11, 15]),
    ("八月初八开镰", [8, 8]),
    ("大年初一", [1, 1]),
    ("农历初一", [1]),
    ("三月初三", [3, 3]),
])
def test_a_lunar_date_is_its_month_and_day(zh, values):
    assert _values(zh) == [Fraction(v) for v in values]


@pytest.mark.parametrize("text", ["正月里走亲戚", "旧正月の休み", "旧暦の正月を祝う", "初一学生", "过大年",
                                  "5月初一些地区开始降雨", "月初七成以上"])
def test_no_lunar_date_without_a_day_or_a_month(text):
    assert not any(q.surface in ("正月", "大年", "初一", "初七") for q in quantities(text))


@pytest.mark.parametrize("zh, ja", [
    ("花灯会定于2月12日（正月初七）开幕。", "花灯祭りは2月12日（旧暦1月7日）に開幕する。"),
    ("腊月廿三那天，白塘镇举行了祭灶活动。", "旧暦12月23日、白塘鎮でかまど神を祭る行事が行われた。"),
    ("腊月二十三那天，白塘镇举行了祭灶活动。", "12月23日（旧暦）、白塘鎮でかまど神を祭る行事が行われた。"),
    ("除夕（2月16日）晚上，白塘镇放了烟花。", "大みそか（2月16日）の夜、白塘鎮では花火が上がった。"),
    ("除夕（2月16日）晚上，白塘镇放了烟花。", "旧暦12月29日（2月16日）の夜、白塘鎮では花火が上がった。"),
])
def test_a_lunar_date_and_its_rendering_are_the_same_numbers(zh, ja):
    assert differing(zh, ja) == ([], [])


@pytest.mark.parametrize("text, values", [
    ("3D映画3本を上映した", [3]),
    ("5G基地局を120カ所に設けた", [120]),
    ("MP3プレーヤー2台", [2]),
    ("A4用紙500枚", [500]),
    ("COVID-19の感染者5人", [5]),
    ("H5N1型ウイルス", []),
    ("４Ｋテレビ２台", [2]),
    ("5km走った", [5]),
    ("容量は8GBだ", [8]),
    ("価格はUSD100だ", [100]),
    ("10amに開店", [10]),
    ("PM2.5濃度", [Fraction(5, 2)]),
])
def test_digits_that_name_a_thing_are_no_quantity(text, values):
    assert _values(text) == [Fraction(v) for v in values]


def test_a_translations_name_with_digits_renders_no_number_of_the_source():
    (term,) = quantities("U20选手")
    assert term.term
    assert differing("入选U20国家队", "U20代表に選ばれた") == ([], [])
    assert differing("入选U20国家队", "20歳以下の代表に選ばれた") == ([], [])  # the source's name as its number
    assert differing("铺设DN800管道", "口径800ミリの管を敷設") == ([], [])
    (lost,) = differing("入选U20国家队", "代表に選ばれた")[0]  # left out: lost, but no changed number
    assert lost.term and changed([lost], quantities("5人")) == []
    assert differing("对4座古桥进行了三维扫描", "4基の古い橋を3Dスキャンした") == ([], [])


@pytest.mark.parametrize("zh, right, wrong, shown", [
    ("白塘镇灯会定于2月12日（正月初七）开幕，持续3天。", "白塘鎮の灯籠祭りは2月12日（旧暦1月7日）に開幕し、3日間続く。",
     "白塘鎮の灯籠祭りは2月12日（旧暦1月8日）に開幕し、3日間続く。", ("'8'", "初七")),
    ("去年，白塘镇对其中4座古桥进行了三维扫描。", "昨年、白塘鎮はこのうち4基の古い橋を3Dスキャンした。",
     "昨年、白塘鎮はこのうち6基の古い橋を3Dスキャンした。", ("'6'", "'4'")),
])
def test_a_changed_lunar_date_or_count_beside_a_3d_scan_is_a_changed_number(tmp_path, zh, right, wrong, shown):
    lint = rule_on_pairs(tmp_path, GLOSSARY, "BIL002")
    assert lint(["白塘镇", zh], ["白塘鎮", right]) == []
    (found,) = lint(["白塘镇", zh], ["白塘鎮", wrong])
    assert all(part in found.message for part in shown)

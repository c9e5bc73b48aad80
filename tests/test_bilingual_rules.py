"""BIL rules on small pairs, and the numeral normalisation they rely on."""
from __future__ import annotations

from fractions import Fraction

import pytest

from textqa import Linter
from textqa.bilingual.numbers import quantities
from textqa.findings import Severity
from textqa.runner import lint_one

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\n我国\t中国\tterm\t\t\t我が国\n大疆\t大疆\torg\t\tDJI\t\n"


@pytest.mark.parametrize("text, values", [
    ("1.5亿", [Fraction(150_000_000)]), ("1億5000万", [Fraction(150_000_000)]),
    ("4768", [4768]), ("4,768", [4768]), ("４，７６８", [4768]), ("两千", [2000]), ("三千二百万", [32_000_000]),
    ("30%", [Fraction(3, 10)]), ("30パーセント", [Fraction(3, 10)]), ("百分之三十", [Fraction(3, 10)]),
    ("三成", [Fraction(3, 10)]), ("3割", [Fraction(3, 10)]), ("三分之一", [Fraction(1, 3)]), ("3分の1", [Fraction(1, 3)]),
    ("一年半", [Fraction(3, 2)]), ("1年半", [Fraction(3, 2)]), ("二〇二〇年", [2020]), ("一万亿", [10**12]),
    ("1兆", [10**12]), ("2020-04-23", [2020, 4, 23]),
    ("100万元（約2000万円）", [1_000_000]),  # the conversion in parentheses is left out
    ("上世纪八十年代", [1980]), ("上個世紀八十年代", [1980]), ("本世纪二十年代", [2020]), ("21世纪一十年代", [2010]),
    ("八十年代", [1980]), ("80年代", [1980]), ("90年代", [1990]), ("1980年代", [1980]), ("20世纪80年代", [1980]),
    ("一般来说，万一十分重要", []), ("三四线城市", []), ("统一六国", []), ("零件", []), ("成都", []),
])
def test_numbers_normalised(text, values):
    assert [q.value for q in quantities(text)] == [Fraction(v) for v in values]


@pytest.mark.parametrize("text, keys", [
    ("气压为915百帕", {915, 91_500}),  # 百帕 is hPa: 915ヘクトパスカル and 91,500 Pa both match
    ("全长5千米", {5, 5_000}), ("装机容量300万千瓦", {3_000_000, 3_000_000_000}), ("上升2个百分点", {2}),
    ("三千人", {3_000}),  # a multiplier before a plain counter stays in the number
])
def test_a_unit_that_begins_with_a_multiplier_leaves_the_number_alone(text, keys):
    (q,) = quantities(text)
    assert q.keys() == {Fraction(k) for k in keys}


def test_a_pressure_in_hectopascals_is_not_a_changed_number(pair):
    zh = "台风中心附近最大风力十七级，中心最低气压915百帕。\n"
    assert pair(zh, "台風の中心付近の最大風力は17級、中心気圧は915ヘクトパスカルだった。\n") == []
    found = pair(zh, "台風の中心付近の最大風力は17級、中心気圧は951ヘクトパスカルだった。\n")
    assert [(f.code, f.surface) for f in found] == [("BIL002", "951")]


@pytest.fixture
def pair(tmp_path):
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")

    def lint(zh: str, ja: str, **options):
        (tmp_path / "a.zh.txt").write_text(zh, encoding="utf-8")
        (tmp_path / "a.ja.txt").write_text(ja, encoding="utf-8")
        linter = Linter(str(tmp_path / "g.tsv"), **options)
        findings, _, _ = lint_one(linter, str(tmp_path / "a.ja.txt"), None, str(tmp_path / "a.zh.txt"))
        return [f for f in findings if f.code.startswith("BIL") and f.code != "BIL007"]
    return lint


ZH = ("大疆去年的销售额约为3万元，比前年增长了百分之三十。\n\n"
      "公司计划在明年推出两款新产品，并在海外开设五家门店。\n\n"
      "我国的无人机产业正在快速发展，出口额已经达到1.5亿美元。\n")
JA = ("大疆の昨年の売上高は約3万元で、前年比30パーセント増加しました。\n\n"
      "同社は来年2つの新製品を発売し、海外に5店舗を開設する計画です。\n\n"
      "中国のドローン産業は急速に発展しており、輸出額はすでに1億5000万ドルに達しています。\n")


def test_a_correct_pair_is_silent(pair):
    assert pair(ZH, JA) == []


def test_a_changed_number_is_reported_with_the_source(pair):
    found = pair(ZH, JA.replace("約3万元", "約30万元"))
    assert [(f.code, f.surface, f.suggestion) for f in found] == [("BIL002", "30万", "3万")]
    assert found[0].related[0].line == 1 and found[0].related[0].path.endswith("a.zh.txt")


def test_rejected_term_is_left_to_the_name_rule(pair, tmp_path):
    ja = JA.replace("中国のドローン産業", "我が国のドローン産業")
    assert pair(ZH, ja) == []  # BIL001 stays silent: NAM001 reports 我が国
    findings, _, _ = lint_one(Linter(str(tmp_path / "g.tsv")), str(tmp_path / "a.ja.txt"), None,
                              str(tmp_path / "a.zh.txt"))
    assert any(f.code == "NAM001" and f.surface == "我が国" for f in findings)


def test_missing_term_points_at_the_likely_words(pair):
    found = pair(ZH, JA.replace("中国のドローン産業", "わが国のドローン産業"))
    assert [(f.code, f.entity, f.suggestion) for f in found] == [("BIL001", "我国", "中国")]


def test_a_name_replaced_by_a_reference_is_only_info(pair):
    found = pair(ZH, JA.replace("大疆の昨年の売上高", "同社の昨年の売上高"))
    assert [(f.code, f.entity, f.severity) for f in found] == [("BIL001", "大疆", Severity.INFO)]


def test_more_than_between_number_and_multiplier(pair):
    zh = ZH.replace("约为3万元", "约为3万多元").replace("1.5亿美元", "一亿多美元")
    ja = JA.replace("約3万元", "3万元余り").replace("1億5000万ドル", "1億ドル以上")
    assert pair(zh, ja) == []


def test_a_decade_is_compared_as_years(pair):
    zh = "上世纪八十年代，该地区的人口增长了三倍。\n"
    ja = "1980年代、この地域の人口は3倍に増加しました。\n"
    assert pair(zh, ja) == []  # 上世纪八十年代 is 1980, not 80
    assert pair("八十年代，该地区的人口增长了三倍。\n", ja) == []
    found = pair(zh, ja.replace("1980年代", "1990年代"))
    assert [(f.code, f.surface) for f in found] == [("BIL002", "1990")]


def test_omitted_paragraph_is_info_unless_configured(pair):
    ja = JA.split("\n\n")
    short = "\n\n".join([ja[0], ja[2]])
    found = pair(ZH, short)
    assert [(f.code, f.severity, f.line) for f in found] == [("BIL004", Severity.INFO, 3)]
    stricter = pair(ZH, short, severity_overrides={"BIL004": Severity.WARNING})
    assert [(f.code, f.severity) for f in stricter] == [("BIL004", Severity.WARNING)]


def test_untranslated_sentence_is_reported_once(pair, tmp_path):
    zh = "会议讨论了国际经济合作问题。\n\n中国政府决定加强国际经济合作研究工作。\n"
    ja = "会議では国際経済協力の問題が話し合われました。\n\n中国政府决定加强国际经济合作研究工作。\n"
    pair(zh, ja)
    findings, _, _ = lint_one(Linter(str(tmp_path / "g.tsv")), str(tmp_path / "a.ja.txt"), None,
                              str(tmp_path / "a.zh.txt"))
    on_line = [f.code for f in findings if f.line == 3 and f.code in ("BIL005", "GRB001")]
    assert on_line == ["GRB001"]  # reported by the monolingual rule, not repeated by BIL005
    only_bil = Linter(str(tmp_path / "g.tsv"), select=["BIL"])
    findings, _, _ = lint_one(only_bil, str(tmp_path / "a.ja.txt"), None, str(tmp_path / "a.zh.txt"))
    assert [(f.code, f.line) for f in findings if f.code == "BIL005"] == [("BIL005", 3)]

"""BIL003 on invented pairs: a clause the translation renders without its number (85名手艺人 as 職人), a number written
in digits that counts something and that the translation has nowhere, is a warning; not a date's year left out, not
a headline condensed, not a number the translation writes in another paragraph or in a note with a currency
conversion, and not a changed number (BIL002's)."""
from __future__ import annotations

from fractions import Fraction

import pytest
from lint_helpers import rule_on_pairs

from textqa.bilingual.numbers import dated, quantities, written_keys
from textqa.findings import Severity

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\n青石村\t青石村\tplace\t\t\t\n"

ZH = ["青石村的花灯节开幕",
      "青石村位于山脚下，村里的花灯手艺已传承了三百多年。每年正月，家家户户都会挂起自己做的花灯。",
      "村委会主任说，今年村里组织了85名手艺人参加培训，还请来了省里的老师傅。培训结束后，手艺人可以在村里的作坊领取材料。",
      "花灯节期间，村里还开设了体验课，游客可以跟着手艺人学做一盏小花灯。"]
JA = ["青石村で花灯祭りが開幕",
      "青石村は山のふもとにあり、村の花灯づくりは300年余り受け継がれてきた。毎年旧暦1月になると、どの家も手作りの花灯を掲げる。",
      "村委員会の主任によると、今年は村が85人の職人の研修を行い、省から熟練の師匠も招いたという。研修を終えた職人は村の工房で材料を受け取ることができる。",
      "花灯祭りの期間中、村では体験教室も開かれ、観光客は職人に教わって小さな花灯を作ることができる。"]
DROPPED = JA[2].replace("85人の", "")


@pytest.fixture
def lint(tmp_path):
    return rule_on_pairs(tmp_path, GLOSSARY, "BIL003")


def _dropped(findings):
    return [f for f in findings if "its number" in f.message]


def test_a_clause_rendered_without_its_number_is_a_warning(lint):
    assert lint(ZH, JA) == []
    (found,) = lint(ZH, [*JA[:2], DROPPED, JA[3]])
    assert found.line == 5 and found.severity == Severity.WARNING and "its number 85" in found.message
    assert "今年村里组织了85名手艺人参加培训" in found.message


def test_a_number_of_a_unit_of_measure_too(lint):
    zh = [*ZH[:3], "村里新建了一座1200平方米的花灯博物馆，花灯节期间还开设了体验课，游客可以跟着手艺人学做一盏小花灯。"]
    ja = [*JA[:3], "村は花灯博物館を新しく建て、花灯祭りの期間中は体験教室も開かれ、観光客は職人に教わって小さな花灯を作ることができる。"]
    (found,) = _dropped(lint(zh, ja))
    assert found.line == 7 and "1200" in found.message


@pytest.mark.parametrize("museum", ["村里在2025年新建了一座花灯博物馆", "村里在85年前建了一座花灯博物馆"])
def test_a_dates_year_or_a_count_of_years_left_out_is_no_dropped_number(lint, museum):
    """Editions leave out the year of a date (and a count of years is too often rewritten: 85年前 as 戦前)."""
    zh = [*ZH[:3], f"{museum}，花灯节期间还开设了体验课，游客可以跟着手艺人学做一盏小花灯。"]
    ja = [*JA[:3], "村は花灯博物館を建て、花灯祭りの期間中は体験教室も開かれ、観光客は職人に教わって小さな花灯を作ることができる。"]
    assert _dropped(lint(zh, ja)) == []


@pytest.mark.parametrize("ja, dropped", [
    ("村委員会の主任（48）によると、村では花灯職人30人を新たに育てた。主に若者が学んでいる。", True),
    ("村委員会の主任（48）によると、ここ2年で村では花灯職人30人を新たに育てた。主に若者が学んでいる。", False),
    ("村委員会の主任（48）によると、この2年間に村では花灯職人30人を新たに育てた。主に若者が学んでいる。", False),
    ("村委員会の主任（48）によると、ここ数年で村では花灯職人30人を新たに育てた。主に若者が学んでいる。", False),
    ("村委員会の主任（48）によると、近年、村では花灯職人30人を新たに育てた。主に若者が学んでいる。", False),
])
def test_a_count_of_the_latest_years_left_out_is_a_dropped_number(lint, ja, dropped):
    """近两年 (these two years) says when, kanji digit and all: left out, it is lost, though the translation merged
    the sentence before it (its age, 48) into this one and writes a 2 in another paragraph (2つ). Said loosely
    (ここ数年, 近年), it is an edited rendering, not a number lost."""
    zh = [*ZH[:2], "村委会主任今年48岁。他介绍，近两年村里新培养了30名花灯手艺人，主要是年轻人。",
          ZH[3].replace("开设了体验课", "开设了2门体验课")]
    ja_all = [*JA[:2], ja, JA[3].replace("体験教室も開かれ", "体験教室も2つ開かれ")]
    found = _dropped(lint(zh, ja_all))
    assert [(f.line, "its number 两" in f.message) for f in found] == ([(5, True)] if dropped else [])


def test_a_headline_condensed_is_not_reported(lint):
    zh = ["青石村85名手艺人学做花灯", *ZH[1:]]
    ja = ["青石村の職人が花灯づくりを学ぶ", *JA[1:]]
    assert _dropped(lint(zh, ja)) == []


def test_a_number_written_in_another_paragraph_or_in_a_note_with_a_conversion_is_there(lint):
    moved = [*JA[:2], DROPPED, "花灯祭りの期間中（研修の参加者は85人）、" + JA[3][len("花灯祭りの期間中、"):]]
    assert _dropped(lint(ZH, moved)) == []
    noted = [*JA[:2], DROPPED.replace("研修を行い、", "研修を行い（参加者85人、1人600元〈約1万2000円〉を補助）、"), JA[3]]
    assert _dropped(lint(ZH, noted)) == []


def test_a_changed_number_is_left_to_bil002(tmp_path):
    zh = [*ZH[:2], ZH[2].replace("请来了省里的", "请来了3位省里的"), ZH[3]]
    ja = [*JA[:2], JA[2].replace("85人の", "").replace("省から", "省から5人の"), JA[3]]
    findings = rule_on_pairs(tmp_path, GLOSSARY, "BIL003")(zh, ja)
    assert _dropped(findings) == []


def test_dated_and_written_keys():
    text = "2025年3月5日，85名手艺人和十多年"
    assert [dated(text, q) for q in quantities(text)] == [True, True, True, False, True]
    assert {Fraction(85), Fraction(600), Fraction(12000)} <= written_keys("85人（1人600元〈約1万2000円〉）")
    assert Fraction(600) not in {k for q in quantities("85人（1人600元〈約1万2000円〉）") for k in q.keys()}


@pytest.mark.parametrize("title, ja, dropped", [
    (JA[0], "花灯祭りの期間中、村では1キロ当たり5元で材料が売られ、観光客は職人に教わって小さな花灯を作ることができる。", True),
    ("青石村で1夜だけの花灯祭りが開幕", "花灯祭りの期間中、村では材料が5元で売られ、観光客は職人に教わって小さな花灯を作ることができる。",
     True),
    (JA[0], "花灯祭りの期間中、村では1キロ当たり5元で材料が売られ、昨年より1元高いが、観光客は職人に教わって小さな花灯を"
     "作ることができる。", False),
])
def test_an_amount_of_money_is_not_the_digit_of_a_measure_or_a_count(lint, title, ja, dropped):
    """The clause with 1元 left out: its digit in 1キロ (a measure, in its paragraph) or in a title's 1夜 (a count,
    in another paragraph) writes no amount of money; 1元 written as money is there."""
    zh = [*ZH[:3], "花灯节期间，村里每公斤材料卖5元，比去年贵了1元，游客可以跟着手艺人学做一盏小花灯。"]
    found = [f for f in lint(zh, [title, *JA[1:3], ja]) if "比去年贵了1元" in f.message]
    assert [(f.line, f.severity) for f in found] == ([(7, Severity.WARNING)] if dropped else [])


def test_an_amount_of_money_and_a_measure_are_two_numbers():
    """1元 is not the 1 of 1斤当たり, which renders the source's 每斤: the amount is lost, the measure is no number
    of the source's changed (both sides)."""
    from textqa.bilingual.numbers import differing

    lost, extra = differing("收购价每斤9元，比去年高了1元。", "買い取り価格は1斤当たり9元だった。")
    assert ([q.surface for q in lost], extra) == (["1"], [])
    assert differing("收购价每斤9元，比去年高了1元。", "買い取り価格は1斤当たり9元で、前年より1元高い。") == ([], [])

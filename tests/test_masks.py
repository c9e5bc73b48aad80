"""File names, URLs and e-mail addresses are masked from every rule; paragraphs are blank-line blocks."""
from __future__ import annotations

import pytest

from textqa import lint_text
from textqa.document import Document
from textqa.findings import Span
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary
from textqa.masks import is_masked, masked_spans

GLOSSARY = Glossary(parse_glossary("zh\tja\ttype\n王建国\t王建国\tperson\n苏州\t蘇州\tplace\n"))


@pytest.mark.parametrize("text,masked", [
    ("写真：Wang Jianguo portrait 2019.jpg（本人提供）", "Wang Jianguo portrait 2019.jpg"),
    ("画像 File:Flag of the city of Suzhou.svg を差し替えた。", "File:Flag of the city of Suzhou.svg"),
    ("詳しくは https://example.org/wiki/Suzhou_(city) を参照。", "https://example.org/wiki/Suzhou_(city)"),
    ("（https://example.org/wang-jianguo）", "https://example.org/wang-jianguo"),
    ("連絡は wang.jianguo@example.cn まで。", "wang.jianguo@example.cn"),
    ("資料は www.example.org/suzhou-report にある。", "www.example.org/suzhou-report"),
])
def test_masked_span(text, masked):
    doc = Document(text)
    assert [doc.slice(s) for s in masked_spans(doc)] == [masked]


def test_domains_are_not_masked():
    doc = Document("通販大手のJD.comとAlibaba.comが競う。")
    assert masked_spans(doc) == []


@pytest.mark.parametrize("text", [
    "写真：Wang Jianguo portrait 2019.jpg（本人提供）",
    "画像 File:Flag of the city of Suzhou.svg を差し替えた。",
    "詳しくは https://example.org/wiki/Suzhou_(city) を参照。",
    "連絡は wang.jianguo@example.cn まで。",
    "（https://example.org/wang-jianguo）",
])
def test_no_rule_reads_masked_text(text):
    findings = lint_text(text, GLOSSARY)
    assert [(f.code, f.surface) for f in findings if f.code != "GRB011"] == []


def test_names_outside_the_mask_are_still_reported():
    findings = lint_text("Wang Jianguo氏の写真 wang.jpg を掲載した。", GLOSSARY)
    assert ("NAM007", "Wang Jianguo") in [(f.code, f.surface) for f in findings]


def test_is_masked_at_either_edge():
    doc = Document("see https://example.org now")
    assert is_masked(doc, Span(4, 9)) and is_masked(doc, Span(0, 8)) and not is_masked(doc, Span(0, 3))


def test_paragraphs_are_blocks_separated_by_blank_lines():
    doc = Document("一行目の途中で\n折り返した段落。\n\n次の段落。\n")
    assert [doc.slice(p) for p in doc.paragraphs()] == ["一行目の途中で\n折り返した段落。", "次の段落。"]
    assert doc.slice(doc.paragraph_of(9)) == "一行目の途中で\n折り返した段落。"


def test_without_blank_lines_each_line_is_a_paragraph():
    doc = Document("第一段落。\n第二段落。\r\n第三段落。")
    assert [doc.slice(p).rstrip("\r") for p in doc.paragraphs()] == ["第一段落。", "第二段落。", "第三段落。"]

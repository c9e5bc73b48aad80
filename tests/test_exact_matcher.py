"""Literal glossary forms: found by characters, with context exceptions."""
from __future__ import annotations

from textqa import lint_text
from textqa.document import Document
from textqa.glossary import Glossary
from textqa.glossary.compile import compile_glossary
from textqa.glossary.load import parse_glossary
from textqa.mentions.resolve import annotate

TSV = """zh\tja\ttype\treading\taccept\treject
马化腾\t馬化騰\tperson\tマー・ホアテン\tポニー・マー\t馬花騰
深圳\t深圳\tplace\t\t深セン\t
腾讯\t騰訊\torg\t\tテンセント\t
小米\tXiaomi\torg\t\t小米\t
长沙\t長沙\tplace\t\t\t
"""
GLOSSARY = Glossary(parse_glossary(TSV))
COMPILED = compile_glossary(GLOSSARY)


def mentions(text):
    return [(m.surface, m.entity, m.kind, m.glossed) for m in annotate(Document(text), COMPILED)]


def codes(text):
    return [(f.code, f.surface, f.suggestion) for f in lint_text(text, GLOSSARY) if f.code.startswith("NAM")]


def test_matches_inside_japanese_without_spaces():
    assert mentions("馬化騰氏は深圳で") == [("馬化騰", "马化腾", "preferred", False), ("深圳", "深圳", "preferred", False)]


def test_rejected_form_is_an_error_with_suggestion():
    (f,) = lint_text("馬花騰氏が語った。", GLOSSARY)
    assert (f.code, f.severity.value, f.surface, f.suggestion, f.entity) == ("NAM001", "error", "馬花騰", "馬化騰", "马化腾")
    assert (f.line, f.column, f.end_line, f.end_column) == (1, 1, 1, 4)


def test_reading_gloss_is_silent():
    assert codes("馬化騰（マー・ホアテン）は語った。馬化騰は笑った。") == []


def test_inconsistent_forms_suggest_the_preferred_form_when_it_is_used():
    text = "深圳の企業。\n深センでは。\n深センの市場。"
    assert codes(text) == [("NAM002", "深セン", "深圳")] * 2


def test_inconsistent_forms_report_the_minority_when_the_preferred_form_is_absent():
    text = "馬化騰氏が語った。\nポニー・マー氏は笑った。\n馬化騰氏は続けた。"
    glossary = Glossary(parse_glossary("zh\tja\taccept\n马化腾\tマー\t馬化騰|ポニー・マー\n"))
    found = [(f.code, f.surface, f.suggestion) for f in lint_text(text, glossary) if f.code == "NAM002"]
    assert found == [("NAM002", "ポニー・マー", "馬化騰")]


def test_form_glossed_by_another_form_is_not_inconsistent():
    assert codes("騰訊（テンセント）は大きい。騰訊の株。") == []
    assert codes("ポニー・マー（馬化騰）は語った。馬化騰は笑った。") == []


def test_alias_introduced_as_such_is_not_inconsistent():
    assert codes("馬化騰は、英語名はポニー・マーという。馬化騰は笑った。") == []


def test_brand_inside_product_name_is_not_inconsistent():
    assert codes("Xiaomi 14 が発売された。小米は好調。小米の株。") == []


def test_latin_forms_need_word_boundaries():
    assert mentions("XiaomiPhone") == []
    assert [m[0] for m in mentions("Xiaomi.comとXiaomi")] == ["Xiaomi", "Xiaomi"]


def test_encyclopedic_gloss_after_suffix():
    assert codes("長沙市（ちょうさし、簡体字: 长沙、拼音: Chángshā）は湖南の省都。") == []

"""Scorer evidence for two-character sound-alikes (invented sentences, glossary unrelated to the example article).

A two-character homophone of a name the document also writes correctly is a warning, with or without a name
suffix after it; a person's name where the tokenizer sees only ordinary words (王姓: the surname and the noun 姓)
is no misspelt name, and stays below warning; a surname before a word about the family (周姓, 王氏: data
``phonetics/data/family_words.tsv``) is no candidate at all.
"""
from __future__ import annotations

import pytest

from textqa import lint_text
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary
from textqa.mentions.features import Features, TokenEvidence
from textqa.mentions.kinds import MentionKind

TSV = """zh\tja\ttype\treading\taccept\treject\tnote
王兴\t王興\tperson\t\t\t\t
周星\t周星\tperson\t\t\t\t
王石\t王石\tperson\t\t\t\t
河源\t河源\tplace\t\t\t\t
合肥\t合肥\tplace\t\t\t\t
蓝港\t藍港\torg\t\t\t\t
"""
GLOSSARY = Glossary(parse_glossary(TSV))


def blocking(text: str) -> list[tuple[str, str, str, str]]:
    return [(f.code, f.surface, f.entity, f.suggestion) for f in lint_text(text, GLOSSARY)
            if f.code.startswith("NAM") and f.severity.value in ("warning", "error")]


@pytest.mark.parametrize("text, surface, entity", [
    ("河源は広東省の都市だ。河元から船で下った。", "河元", "河源"),
    ("合肥は安徽省の省都だ。河肥市には半導体工場が集まる。", "河肥", "合肥"),
    ("藍港は新作を出した。蘭港の株価が上がった。", "蘭港", "蓝港"),
    ("周星氏は語った。周興氏はさらに続けた。", "周興", "周星"),
])
def test_two_character_homophone_of_a_name_written_elsewhere_is_a_warning(text, surface, entity):
    assert ("NAM004", surface, entity, GLOSSARY.get(entity).ja) in blocking(text)


@pytest.mark.parametrize("text", [
    "王興氏は読書家として知られる。同じ王姓の経営者も多い。",
    "周星氏は読書家として知られる。同じ周姓の経営者も多い。",  # 周 is a name token: the family word decides
    "王石氏は登山家でもある。王氏は語った。",  # 王氏 (Mr Wang) reads wang shi like 王石
])
def test_a_surname_before_a_word_about_the_family_is_not_a_misspelt_name(text):
    assert blocking(text) == []


def test_a_misspelt_given_name_after_the_surname_is_still_reported():
    assert ("NAM004", "王詩", "王石", "王石") in blocking("王石氏は語った。王詩氏はさらに続けた。")


def test_person_with_no_name_tokens_is_a_feature_of_its_own():
    plain = TokenEvidence(True, 0.0, False, False, False, False, False, False)
    named = TokenEvidence(True, 1.0, False, False, False, False, True, False)
    assert Features(MentionKind.HOMOPHONE, 2, plain, person=True).vector().get("person:unnamed") == 1.0
    assert "person:unnamed" not in Features(MentionKind.HOMOPHONE, 2, named, person=True).vector()
    assert "person:unnamed" not in Features(MentionKind.HOMOPHONE, 2, plain, person=False).vector()

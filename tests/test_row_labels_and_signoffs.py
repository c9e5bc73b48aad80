"""Classes of false alarm found on the tenth development set's clean controls (own invented sentences, not the set's)."""
from __future__ import annotations

import pytest

from textqa import lint_text
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

GLOSSARY = Glossary(parse_glossary(
    "zh\tja\ttype\treading\taccept\n"
    "林志强\t林志強\tperson\tリン・ジーチアン\t\n"
    "厦门\t厦門\tplace\t\t\n"
    "乌兰察布\tウランチャブ\tplace\t\t\n"))


def warnings(text: str, glossary=GLOSSARY) -> list[tuple[str, str]]:
    return [(f.code, f.surface) for f in lint_text(text, glossary) if f.severity.value != "info"]


SILENT = {
    "infobox rows with a full-width bar": (
        "林志強\n生年｜1960年\n\n各種表記\n簡体字｜林志强\n拼音｜Lín Zhìqiáng\nラテン字｜Lin Zhiqiang\n"
        "片仮名｜リン・ジーチアン\n英語表記｜Lin Zhiqiang\n\n林志強は中国の実業家である。"),
    "a spaced row with a full-width bar": "簡体字 ｜ 林志强\n拼音 ｜ Lín Zhìqiáng\n\n林志強は実業家。",
    "a table row of full-width bars with two labelled cells": "｜簡体字｜林志强｜拼音｜Lín Zhìqiáng｜\n\n林志強は実業家。",
}


@pytest.mark.parametrize("text", SILENT.values(), ids=SILENT.keys())
def test_class_is_silent(text):
    assert warnings(text) == []


def test_a_full_width_bar_in_prose_still_reports_the_simplified_form():
    assert ("NAM003", "林志强") in warnings("林志强｜実業家として知られる。")

"""The aligner's reading of a translation left partly in Chinese, and its paragraph links put back side by side
(invented texts)."""
from __future__ import annotations

from collections import Counter

import pytest

from textqa.bilingual.align import Level, Link, Unit, _rejoined, chinese_left, length, model, target_length
from textqa.findings import Span


@pytest.mark.parametrize("text, left", [
    ("毎年秋になると、物流トラックが行き交い、一车车货物从这里发往各地。", 12),  # the end of the sentence in Chinese
    ("龙溪镇の山の斜面では苗が育っている。", 0),  # a name in its Chinese form: too short to be a clause
    ("中華人民共和国国務院が発表した。", 0),  # a long run of kanji that Japanese writes
    ("毎年秋になると、物流トラックが行き交う。", 0),
])
def test_a_run_of_chinese_inside_japanese_is_counted(text, left):
    assert chinese_left(text) == left


def test_a_run_left_in_chinese_is_as_long_as_its_source_predicts():
    text = "毎年秋になると、物流トラックが行き交い、一车车货物从这里发往各地。"
    assert target_length(text) == pytest.approx(length(text) + (model()["length"]["ratio"] - 1) * 12)


def _unit(start: int, text: str) -> Unit:
    return Unit(Span(start, start + len(text)), len(text), Counter("h:" + ch for ch in text))


SOURCE = _unit(0, "龙溪镇合作社理事长介绍，党参要在地里长满三年才能采挖。近几年，种植户越来越多。")
TARGET = _unit(0, "龙溪镇合作社理事长によると、党参は三年育ててから掘る。")
OTHER = _unit(100, "観光客は多い。")


def test_a_paragraph_left_out_beside_its_poor_translation_is_linked_to_it():
    """A paragraph link the regrouping left as 0-1 beside 1-0 whose sides share much is one paragraph that lost a half."""
    links = [Link(Level.PARAGRAPH, (), (TARGET.span,), 0.0, 0), Link(Level.PARAGRAPH, (SOURCE.span,), (), 0.0, 0)]
    (joined,) = _rejoined(links, [SOURCE, TARGET])
    assert (joined.source, joined.target) == ((SOURCE.span,), (TARGET.span,))


def test_a_paragraph_left_out_beside_an_unrelated_addition_stays_apart():
    links = [Link(Level.PARAGRAPH, (SOURCE.span,), (), 0.0, 0), Link(Level.PARAGRAPH, (), (OTHER.span,), 0.0, 0)]
    assert _rejoined(links, [SOURCE, OTHER]) == links

"""Two garble classes at a quotation's edge, on invented text: an English word right after the 「 that opens a
quotation (GRB002), and a 「 on the text's last line whose quotation holds a whole sentence and trails off on a clause
after it (GRB004). Each beside the shapes that stay silent."""
from __future__ import annotations

import pytest

from textqa import lint_text


def codes(text: str, code: str) -> list[str]:
    return [f.surface for f in lint_text(text, None) if f.code == code and f.severity.value in ("warning", "error")]


@pytest.mark.parametrize("text, word", [
    ("店主は「crispyな皮が自慢だ」と話す。", "crispy"),
    ("陶芸家は「humbleな器を作りたい」と語った。", "humble"),
])
def test_an_english_word_opening_a_quotation_is_a_leftover(text, word):
    assert codes(text, "GRB002") == [word]


@pytest.mark.parametrize("text", [
    "店主は「crispy」と英語で書いた札を掲げた。",  # the word quoted whole, as written
    "店主は『crispy bites』という本を読んだ。",  # a title
])
def test_english_quoted_whole_or_in_a_title_stays_silent(text):
    assert codes(text, "GRB002") == []


@pytest.mark.parametrize("tail", ["この港の暮らしを、守っていくために", "また皆で集まりたいから", "息子も船に乗れるように"])
def test_a_quotation_left_open_after_a_whole_sentence_on_the_last_line_is_reported(tail):
    text = f"港の朝は早い。\n\n船長は海を見て言った。「来月は、もっと遠くの漁場まで行きたい。{tail}\n"
    assert codes(text, "GRB004") == ["「"]


@pytest.mark.parametrize("text", [
    "港の朝は早い。\n\n船長はこう語った。さらに「来月は\n",  # a page cut mid-phrase
    "港の朝は早い。\n\n船長はこう語った。さらに「来月は遠くの漁場まで行きたい。そして港の\n",  # cut after a noun
    "港の朝は早い。\n\n船長は「来月は遠くへ行きたい。港は船を迎え、網を干し、沖の島へ\n",  # predicates, then cut
    "港の朝は早い。\n\n船長は「来月は遠くへ行きたい。網の目を直し、港の食い違\n",  # cut inside a word
])
def test_a_text_cut_mid_phrase_stays_silent(text):
    assert codes(text, "GRB004") == []

"""Invented test for a class fixed from real published zh/ja article pairs (pairs55, fifty-fifth session; the pages
are not committed):
- BIL001: a speaker (张海川指出) that a translation which named him before leaves unsaid where the sentence before
  announced his words (…に次のように説明した。, then his words as a paragraph of their own) is `info`, as before a
  quotation (terms.toml `speech-announcers`); with no such announcement it is still a warning.
"""
from __future__ import annotations

import pytest

from lint_helpers import pair_findings

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"
SPEAKER = "张海川\t張海川\tperson\t\t\t\t\n"
ZH = ["星河县长谈茶产业", "12月5日，星河县县长张海川在县城会见客商，介绍了全县茶产业的发展情况。",
      "张海川指出，茶叶是星河县农民增收的主要来源，近年来种植面积不断扩大。“今后将继续扩大种植面积，提高茶叶品质，让更多农民受益。”"]
WORDS = ("茶葉は星河県の農家の主な収入源であり、近年は栽培面積が広がり続けている。今後も栽培面積を広げ、品質を高め、"
         "より多くの農家が恩恵を受けられるようにする。")


@pytest.mark.parametrize("announced, severity", [
    ("星河県の張海川県長は5日、県城で商談客と会見し、県の茶産業の発展状況を次のように説明した。", "info"),
    ("星河県の張海川県長は5日、県城で商談客と会見し、県の茶産業の発展状況を紹介した。", "warning"),
])
def test_a_speaker_whose_words_were_announced_is_left_unsaid(tmp_path, announced, severity):
    (tmp_path / "g.tsv").write_text(HEADER + SPEAKER, encoding="utf-8")
    found = [(f.code, f.severity.name.lower()) for f in pair_findings(tmp_path, ZH, ["星河県長が茶産業を語る", announced, WORDS])
             if f.code == "BIL001"]
    assert found == [("BIL001", severity)]

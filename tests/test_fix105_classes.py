"""Invented tests for the class fixed after heldout105 and heldout-bilingual102 were scored (fix105):
- NAM011: a place's kanji written with the kanji's own core, which is also its last part (察 for 擦: the other part, a
  smaller radical, on its left), is a look-alike though the two read a confusable slip apart (cha for ca):
  ``lookalike._core_on_the_right``; a core on the left of its other part (金 for 欽, 欠 on the right) stays the
  near-homophone's (NAM005), and so does a kanji sharing no part with the name's.
"""
from __future__ import annotations

import pytest

from lint_helpers import graded

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"


def _warned(text, glossary):
    return [(code, surface) for code, severity, surface in graded(text, glossary) if severity != "info"]


@pytest.mark.parametrize("zh, ja, written, code", [
    ("擦河镇", "擦河鎮", "察河鎮", "NAM011"),  # the radical dropped: 察 is 擦's core and last part
    ("察河镇", "察河鎮", "擦河鎮", "NAM011"),  # the radical added
    ("钦河镇", "欽河鎮", "金河鎮", "NAM005"),  # 金 is 欽's core on its left: a slip of the ear (jin for qin)
    ("擦河镇", "擦河鎮", "茶河鎮", "NAM005"),  # no part shared: heard only (cha for ca)
])
def test_a_place_written_with_its_kanji_core_on_the_right(zh, ja, written, code):
    glossary = HEADER + f"{zh}\t{ja}\tplace\t\t\t\tinvented town\n"
    text = f"{ja}は山あいの町だ。郵便局の前には{written}のバスが止まる。{ja}の人々は郵便を待つ。"
    assert [c for c, s in _warned(text, glossary) if s == written] == [code]

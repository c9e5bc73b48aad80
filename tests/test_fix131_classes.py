"""Invented tests for classes fixed after the fifty-sixth session's last held-out pair (heldout130 and
heldout-bilingual127, development sets since):
- GRB008: one kana particle written three times right after the word it binds to, which SudachiPy reads as one
  adverb (`ことががが子ども`), is the particle written over, as it is when written twice after a particle
  (``doubled_word._misread_pair_length``); a laugh (`へへへ笑った`, an interjection) and a particle three times
  before a word in hiragana (no word opens after it for the tokenizer to have misread) are not reported.
"""
from __future__ import annotations

import pytest

from lint_helpers import graded

GLOSSARY = "zh\tja\ttype\treading\taccept\n星河镇\t星河鎮\tplace\t\t\n"


@pytest.mark.parametrize("text, surface", [
    ("星河鎮の祭りは、そのことががが子どもたちに伝わる場だ。\n", "ががが"),
    ("星河鎮では、工場ががが閉鎖された。\n", "ががが"),
])
def test_a_particle_written_three_times(text, surface):
    assert [(s, w) for code, s, w in graded(text, GLOSSARY) if code == "GRB008"] == [("warning", surface)]


@pytest.mark.parametrize("text", [
    "星河鎮の店主は、へへへ笑った。\n",  # a laugh, read as an interjection
    "星河鎮の人たちがががそろって出かけた。\n",  # no word in kanji or katakana after the run
    "星河鎮の工事現場で、ガガガと音がした。\n",  # a sound in katakana
])
def test_no_particle_three_times(text):
    assert [c for c, s, _ in graded(text, GLOSSARY) if c == "GRB008" and s != "info"] == []

"""Invented test for a class fixed after heldout129 was scored (fix130; heldout125 had it too; both development sets
since):
- NAM011 and NAM008: a person's surname written with another surname drawn in the same frame that surrounds its
  inside from the top (data/kanji_frames.tsv, arrangement ``st``: 關 and 闕, 門 over and around another part), read
  unlike it, is the surname misread by eye, reported as a look-alike (``surname._framed_alike``), not as another
  person's surname (NAM008); a surname of another frame (王 for 闕) is still a wrong surname.
"""
from __future__ import annotations

import pytest

from lint_helpers import graded

GLOSSARY = "zh\tja\ttype\treading\taccept\n阙海林\t闕海林\tperson\t\t\n"


@pytest.mark.parametrize("written, code", [("關海林", "NAM011"), ("関海林", "NAM011"), ("王海林", "NAM008")])
def test_a_surname_of_the_same_frame_is_misread_by_eye(written, code):
    text = f"闕海林さんは星河鎮で茶を育てている。{written}さんの畑は山の上にある。\n"
    assert [(c, s) for c, _, s in graded(text, GLOSSARY) if c.startswith("NAM")] == [(code, written)]

"""Invented tests for the class fixed after heldout110 was scored (fix110):
- GRB013: a glossary person's surname alone, written as the glossary's Japanese form writes it (溪 of 溪明遠, the old
  form of 渓) and followed by an honorific (溪さん), is the person named by surname in the name's own form
  (``traditional_character._glossary_surname``), in a text whose ordinary word in old forms (學校) shows a
  conversion's leftovers; with no such person in the glossary it is one of them.
"""
from __future__ import annotations

import pytest

from lint_helpers import graded

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"
PERSON = HEADER + "溪明远\t溪明遠\tperson\tシー・ミンユエン\t\t\tinvented person\n"
OTHER = HEADER + "杜明远\t杜明遠\tperson\tドゥ・ミンユエン\t\t\tinvented person\n"
TEXT = ("溪明遠さんは町のボランティア隊を率いる。毎朝、溪さんは市場でお年寄りの買い物を手伝っている。"
        "隊の活動は地元の學校でも紹介された。")  # an old form in an ordinary word: a conversion's leftover


@pytest.mark.parametrize("glossary, warned", [(PERSON, False), (OTHER, True)])
def test_a_glossary_persons_surname_in_the_names_own_form(glossary, warned):
    found = [(c, s) for c, severity, s in graded(TEXT, glossary) if c == "GRB013" and severity != "info" and s == "溪"]
    assert bool(found) is warned, found

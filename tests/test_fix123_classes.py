"""Invented tests for the class fixed after heldout-bilingual120 was scored (fix123):
- BIL002: 十 before a range's mark (到, 至) shares the counter after the range's other end, as a single digit already
  did (十到十五天 = 10日から15日; numbers._shares_counter): the source's 十 is 10, so a translation that writes
  10日から20日 changed the 15, not the 10; 十分到位 ("fully in place") is no number.
"""
from __future__ import annotations

import pytest

from lint_helpers import pair_findings
from textqa.bilingual.numbers import quantities

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"


@pytest.mark.parametrize("zh, values", [("要花十到十五天", [10, 15]), ("十至二十个人", [10, 20]), ("十分到位", [])])
def test_a_ranges_first_number_shares_its_counter(zh, values):
    assert [q.value for q in quantities(zh)] == values


def test_the_changed_end_of_a_range_is_the_one_reported(tmp_path):
    (tmp_path / "g.tsv").write_text(HEADER, encoding="utf-8")
    zh = ["修家谱", "修好的家谱，他再用新线订好，一部一般要花十到十五天。"]
    ja = ["家譜の修復", "修復が終わった家譜は、新しい糸で綴じ直す。1部につき普通10日から20日かかる。"]
    text = "\n\n".join(ja) + "\n"
    found = [text[f.span.start:f.span.end] for f in pair_findings(tmp_path, zh, ja)
             if f.severity.name in ("WARNING", "ERROR")]
    assert found == ["20"]
    right = [p.replace("20日", "15日") for p in ja]
    assert [f for f in pair_findings(tmp_path, zh, right) if f.severity.name in ("WARNING", "ERROR")] == []

"""Invented tests for the classes fixed after heldout109 and heldout-bilingual106 were scored (fix109):
- BIL002: 四周 after the thing it goes round (在果园四周种树: 果樹園の周りに木を植える) is a word of place, no number
  (bilingual/data/numbers.toml ``numeral-words``); followed by a word of time (四周后, 四周时间) it still counts weeks.
- GRB010: the space that ends a numbered step's heading, a bare number and a space opening its line
  (`3　苗を植える　畝の間に…`: a handout's step, its heading and text on one line), is no run-on clause
  (``run_on_clause._numbered_heading``); the same clauses in a line of prose still draw.
"""
from __future__ import annotations

import pytest

from lint_helpers import pair_findings, warnings

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"


@pytest.mark.parametrize("zh, ja, changed", [
    # a step's number (二、 rendered 2) read beside the sentence that follows it: 四 of 四周 is no number it changed
    ("二、种好柏树。在果园四周种一圈柏树，树距1米左右。", "2　ヒノキを植える　果樹園の周りにぐるりとヒノキを植え、間隔は1メートルほどにする。",
     False),
    ("二、种好柏树。柏树种下四周后开始浇水，每次浇透。", "2　ヒノキを植える　ヒノキを植えて2週間後から水やりを始め、毎回たっぷりやる。", True),
])
def test_a_word_of_place_that_begins_with_a_digit(tmp_path, zh, ja, changed):
    (tmp_path / "g.tsv").write_text(HEADER, encoding="utf-8")
    found = [f for f in pair_findings(tmp_path, ["种树要点", zh], ["植樹のポイント", ja]) if f.code == "BIL002"
             and f.severity.value != "info"]
    assert bool(found) is changed, [f.message for f in found]


@pytest.mark.parametrize("line, code", [
    ("3　苗を植える　畝の間に30センチおきに苗を植えます。植えたらすぐに水をやります。", None),
    ("畑では苗を植える　畝の間に30センチおきに苗を植えます。植えたらすぐに水をやります。", "GRB010"),
])
def test_a_numbered_steps_heading_spaced_off_its_text(line, code):
    text = f"家庭菜園の手順\n{line}\n"
    codes = {c for c, _ in warnings(text, None)}
    assert (code in codes) if code else "GRB010" not in codes, codes

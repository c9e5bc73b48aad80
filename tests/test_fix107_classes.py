"""Invented tests for the classes fixed after heldout107 and heldout-bilingual104 were scored (fix107):
- NAM011: the crowns of data/kanji_cores.tsv (``make_lookalike_table.CROWNS``) take in the roof 宀, the hole 穴, the
  rain 雨 and the cover 冖 beside the bamboo and the grass: a kanji under one of its own size has that kanji as its
  core (安: d:女), so 安 for 女 is a look-alike.
- BIL001: a term the paragraph's translation named before, referred back to by a part of that mention (星 after 秤星…
  in the sentence before), is rendered elsewhere, not missing (``terms._part_of_before``); the same word with no
  mention before it is still reported.
- BIL005: a run of kanji that is a whole sentence of its link (火が強すぎてはいけない。不然竹片会裂。) is still Chinese
  at ``untranslated-hanzi`` characters, as a sentence alone is, not only at the longer ``untranslated-clause``.
"""
from __future__ import annotations

import pytest

from lint_helpers import graded, pair_findings

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"


def _warned(text, glossary):
    return [(code, surface) for code, severity, surface in graded(text, glossary) if severity != "info"]


@pytest.mark.parametrize("zh, ja, written, codes", [
    ("白女镇", "白女鎮", "白安鎮", ["NAM011"]),  # 宀 over 女, of one size
    ("白安镇", "白安鎮", "白女鎮", ["NAM011"]),
])
def test_a_place_written_with_the_kanji_under_a_roof(zh, ja, written, codes):
    glossary = HEADER + f"{zh}\t{ja}\tplace\t\t\t\tinvented town\n"
    text = f"{ja}は山あいの町だ。郵便局の前には{written}のバスが止まる。{ja}の人々は郵便を待つ。"
    assert [c for c, s in _warned(text, glossary) if s == written] == codes


TERM = HEADER + "盘星\t星目盛り\tterm\t\t\t盘星\tinvented: the inlaid dots of a scale's beam\n"


@pytest.mark.parametrize("first, missing", [
    ("星目盛りは銅線を一つずつ埋め込んで作る。", False),  # named, then referred back to by 星
    ("銅線を一つずつ埋め込んで作る。", True),  # 星 with nothing before it
])
def test_a_term_referred_back_to_by_a_part_of_its_mention(tmp_path, first, missing):
    (tmp_path / "g.tsv").write_text(TERM, encoding="utf-8")
    zh = ["盘星用铜丝一颗一颗嵌进去。一杆大秤要嵌一百多颗盘星。"]
    ja = [f"{first}大きな秤には100個余りの星を埋め込む。"]
    found = [f for f in pair_findings(tmp_path, zh, ja) if f.code == "BIL001" and f.severity.value != "info"]
    assert bool(found) is missing, [f.message for f in found]


@pytest.mark.parametrize("tail, code", [
    ("不然木片会裂。", "BIL005"),  # a whole sentence of six kanji, as the source writes it
    ("木片が割れてしまう。", None),
])
def test_a_short_sentence_left_in_chinese_inside_a_link(tmp_path, tail, code):
    (tmp_path / "g.tsv").write_text(HEADER, encoding="utf-8")
    zh = ["木板先在火上烤弯，趁热卷成圆形，用竹钉钉牢。火不能太大，不然木片会裂。"]
    ja = [f"木板を火で曲げたら、熱いうちに丸く巻き、竹くぎで留める。火が強すぎてはいけない。{tail}"]
    found = sorted({f.code for f in pair_findings(tmp_path, zh, ja) if f.code in ("BIL005", "GRB001")
                    and f.severity.value != "info"})
    assert found == ([code] if code else []), found

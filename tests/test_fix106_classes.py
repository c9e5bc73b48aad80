"""Invented tests for the classes fixed after heldout106 and heldout-bilingual103 were scored (fix106):
- NAM009: a person whose surname the surname table reads one way (召 shao) and the glossary's katakana reading another
  (ジャオ, zhao: another reading of the character) is looked for by the glossary's reading first
  (``phonetics.index._surname_as_read``): Zhao + the given name in kanji is a split name, and Shao + it still is.
- NAM011: a kanji under a crown (the bamboo's ⺮, the grass's 卄) of its own size has that kanji as its core
  (data/kanji_cores.tsv, ``make_lookalike_table.CROWNS``): 等 for 寺 and 亡 for 芒 are look-alikes; a kanji under a
  larger crown (笑 over 夭) is no core's.
- BIL003: a count of people that opens a clause (两个人一推一拉: the two the sentence has named) refers back to them as a
  pronoun does (data/cuts.toml ``person-references``): a translation without the number loses none; a count of people
  inside a clause (又叫来两个人) still counts.
- glossary suggest: a numeral of one character before a place word of a character and a suffix (八/m + 重镇/ns) is the
  place's first character (``whole_names._places``); a numeral counting the word (一个重镇) is not.
"""
from __future__ import annotations

import pytest

from conftest import suggested_rows as rows
from lint_helpers import graded, pair_findings

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"


def _warned(text, glossary):
    return [(code, surface) for code, severity, surface in graded(text, glossary) if severity != "info"]


@pytest.mark.parametrize("reading, written, code", [
    ("ジャオ・ミンユエン", "Zhao明遠", "NAM009"),  # the glossary's reading of the surname (zhao)
    ("ジャオ・ミンユエン", "Shao明遠", "NAM009"),  # the surname table's (shao)
    ("", "Zhao明遠", None),  # no reading: the surname table's alone
])
def test_a_split_name_by_the_glossarys_reading_of_a_heteronym_surname(reading, written, code):
    glossary = HEADER + f"召明远\t召明遠\tperson\t{reading}\t\t\tinvented person\n"
    text = f"召明遠さんは仕立屋を営む。客によれば{written}さんの腕は確かだという。召明遠さんは笑った。"
    assert [c for c, s in _warned(text, glossary) if s == written] == ([code] if code else [])


@pytest.mark.parametrize("zh, ja, written, codes", [
    ("石寺镇", "石寺鎮", "石等鎮", ["NAM011"]),  # ⺮ over 寺, of one size
    ("白芒镇", "白芒鎮", "白亡鎮", ["NAM011"]),  # 卄 over 亡
    ("石夭镇", "石夭鎮", "石笑鎮", []),  # ⺮ over the smaller 夭: no core
])
def test_a_place_written_with_the_kanji_under_its_kanjis_crown(zh, ja, written, codes):
    glossary = HEADER + f"{zh}\t{ja}\tplace\t\t\t\tinvented town\n"
    text = f"{ja}は山あいの町だ。郵便局の前には{written}のバスが止まる。{ja}の人々は郵便を待つ。"
    assert [c for c, s in _warned(text, glossary) if s == written] == codes


JA = "木材が届くと、周さんはまず墨壺で線を引く。弟子が大鋸を引き、彼は木材を支えて向きを決める。押す手と引く手で息を合わせて、もう12年になる。"


@pytest.mark.parametrize("middle, lost", [
    ("两个人一推一拉", False),  # the two just named
    ("两人一推一拉", False),
    ("又叫来两个人一推一拉", True),  # two more people, a count
])
def test_a_count_of_people_opening_a_clause_refers_back(tmp_path, middle, lost):
    (tmp_path / "g.tsv").write_text(HEADER, encoding="utf-8")
    zh = f"木料运来以后，老周先用墨斗弹线，徒弟拉起大锯，他扶着木料掌握方向，{middle}，已经合作了十二年。"
    found = [f for f in pair_findings(tmp_path, [zh], [JA]) if f.code == "BIL003" and f.severity.value != "info"]
    assert bool(found) is lost, [f.message for f in found]


def test_a_numeral_opening_a_place_cut_off_by_jieba():
    assert rows("欢迎来到八重镇石榴园！石榴是八重镇的特色水果。",
                "八重鎮のザクロ園へようこそ。ザクロは八重鎮自慢の果物です。").get("八重镇") == ("八重鎮", "place")
    assert not rows("这里是一个重镇，商贸发达。", "ここは一つの要衝で、商業が盛んだ。")

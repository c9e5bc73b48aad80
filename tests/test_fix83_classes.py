"""Invented tests for the class fixed after heldout83 and heldout-bilingual80 were scored (fix83):
- BIL003: a clause at the end of a sentence, with no number or name lost, trimmed by a translation that adds currency
  conversions and cuts a whole sentence too (two signs of an edition for readers) is an editor's trim (`info`),
  however short it leaves its sentence; the same trim in a translation that converts nothing is still a warning;
- NAM011: 寨, 賽 and 塞 (the same top over 木, 貝 or 土) are look-alikes (PAIRS of scripts/make_lookalike_table.py;
  tested with the other fixes' pairs in tests/test_lookalike_pairs_added.py).
Each with its contrast."""
from __future__ import annotations

import pytest
from lint_helpers import rule_on_pairs

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n星河村\t星河村\tplace\t\t\t\t\n"
            "林秀梅\t林秀梅\tperson\t\t\t\t\n")
FIGURES_ZH = "星河村位于山谷深处，村里保存着二十多栋百年老屋。去年，星河村接待游客约3万人次，旅游收入达到120万元。"
FIGURES_JA = ("星河村は山あいの谷の奥にあり、築百年を超える古い家屋が二十数棟残る。昨年は延べ約3万人の観光客を迎え、"
              "観光収入は120万元{}に達した。")
# the workshop's sentence, its last clause (who may learn there) left out
WORKSHOP_ZH = ("为了保护老屋，村里去年制定了修缮规范，对木料、瓦片和油漆作出规定，并在村口建起了一座木工坊，"
               "外出打工回乡的年轻人可以在那里跟老木匠学手艺。")
WORKSHOP_JA = "村は老屋を守るため、昨年修繕の規範を定めて木材や瓦、塗料について規定し、村の入り口に木工房を建てた。"
# a host's wish, its closing remark left out (a whole sentence cut)
WISH_ZH = "林秀梅说，她希望游客不只是拍拍照，而是能坐下来，听老人讲讲村里的故事。这样，老屋里的日子才算真正被记住了。"
WISH_JA = "林秀梅さんは、観光客には写真を撮るだけでなく、腰を下ろしてお年寄りから村の話を聞いてほしいと願っている。"


@pytest.fixture
def trims(tmp_path):
    omitted = rule_on_pairs(tmp_path, GLOSSARY, "BIL003")

    def clause_severities(conversion: str) -> list[str]:
        found = omitted([FIGURES_ZH, WORKSHOP_ZH, WISH_ZH], [FIGURES_JA.format(conversion), WORKSHOP_JA, WISH_JA])
        return [f.severity.value for f in found if "part of the source sentence" in f.message]
    return clause_severities


def test_an_editions_trimmed_clause_is_a_note(trims):
    assert trims("（約2500万円）") == ["info"]


def test_the_same_trim_without_an_editions_signs_still_warns(trims):
    assert trims("") == ["warning"]

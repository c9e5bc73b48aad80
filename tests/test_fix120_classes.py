"""Invented tests for the classes fixed after heldout120 and heldout-bilingual117 were scored (fix120):
- glossary suggest: an organisation that jieba (with ``whole_names``) joins whole with the town it opens with
  (柏村镇禾丰植保专业合作社: 柏 + 村镇 "villages and towns" + …, read as one organisation), where the translation
  sets the town apart (`柏村鎮・禾豊…協同組合`), is the organisation's own name and the town, each a row
  (``glossary.long_orgs``), as for an organisation jieba leaves in pieces; written whole, it stays one row;
- the aligner reads a translated sentence's length also without the currency conversions it adds in parentheses, as
  it reads a paragraph's (``bilingual.align``, ``Unit.bare``): a sentence whose translation adds two conversions, next
  to a sentence the translation adds, is linked to its source, so a changed amount in it is BIL002's (it was left
  unlinked, an addition beside an omission); and a sentence left out beside such a link whose number that link's
  translation renders was merged into it (two sentences translated as one), so a clause lost from the merge is still
  BIL003's (``align._merged_back``).
"""
from __future__ import annotations

import pytest

from conftest import suggested_rows
from lint_helpers import pair_findings

ORG, PLACE = "org", "place"
HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"
ZH_ORG = "柏村镇禾丰植保专业合作社"


@pytest.mark.parametrize("mark", ["・", "\u3000"])
def test_an_organisation_joined_whole_with_its_town_set_apart(mark):
    rows = suggested_rows(f"{ZH_ORG}关于小麦统防统治的通知", f"柏村鎮{mark}禾豊植物防疫専業協同組合　小麦の一斉防除に関するお知らせ")
    assert rows == {"柏村镇": ("柏村鎮", PLACE), "禾丰植保专业合作社": ("禾豊植物防疫専業協同組合", ORG)}, rows


def test_an_organisation_joined_whole_and_written_whole_stays_one_row():
    rows = suggested_rows(f"{ZH_ORG}关于小麦统防统治的通知", "柏村鎮禾豊植物防疫専業協同組合　小麦の一斉防除に関するお知らせ")
    assert rows == {ZH_ORG: ("柏村鎮禾豊植物防疫専業協同組合", ORG)}, rows


def _warnings(tmp_path, zh, ja):
    (tmp_path / "g.tsv").write_text(HEADER, encoding="utf-8")
    text = "\n\n".join(ja) + "\n"
    return [(f.code, text[f.span.start:f.span.end]) for f in pair_findings(tmp_path, zh, ja)
            if f.severity.name in ("WARNING", "ERROR")]


SHOP_ZH = ["修鞋铺", "街口有一家修鞋铺，店主做这行二十年了。他每天给附近的居民修一百多双鞋。换一双鞋跟收二十元，路远的上门另加十元。"]
SHOP_JA = ["靴修理店", "通りの角に靴修理店があり、店主はこの仕事を20年続けている。毎日、近所の住民の靴を100足余り修理する。"
           "かかとの交換は1足30元（約600円）で、出張の場合は別に10元（約200円）かかる。最近は若い客も増えたという。"]


def test_an_amount_changed_in_a_sentence_with_conversions_beside_an_added_one(tmp_path):
    assert _warnings(tmp_path, SHOP_ZH, SHOP_JA) == [("BIL002", "30")]
    right = [p.replace("1足30元（約600円）", "1足20元（約400円）") for p in SHOP_JA]
    assert _warnings(tmp_path, SHOP_ZH, right) == []


STORE_ZH = ["修鞋铺", "如今，店里有师傅6人，每月修鞋1500双，还建起了两间仓库，能存放皮料300张。去年店里接单9200单，收入38万元。"]


def test_a_clause_lost_from_two_sentences_translated_as_one(tmp_path):
    merged = ["靴修理店", "現在、店の職人は6人、毎月1500足の靴を修理しており、昨年は9200件の注文を受け、収入は38万元（約800万円）だった。"]
    assert [code for code, _ in _warnings(tmp_path, STORE_ZH, merged)] == ["BIL003"]
    whole = ["靴修理店", "現在、店の職人は6人、毎月1500足の靴を修理し、倉庫を2棟建てて革300枚を保管できるようになり、"
             "昨年は9200件の注文を受け、収入は38万元（約800万円）だった。"]
    assert _warnings(tmp_path, STORE_ZH, whole) == []

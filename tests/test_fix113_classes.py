"""Invented tests for the class fixed after heldout-bilingual110 was scored (fix113), which heldout-bilingual108 showed
too (glossary suggest, ``glossary.long_orgs``):
- an organisation after its town that the translation sets apart from it (`星河鎮・青禾春雨協同組合`,
  `星河鎮　青禾…`) is proposed by its own name (青禾红薯粉条合作社), the town a row of its own; written run on
  (`星河鎮青禾…`), the name keeps the town, as before;
- an organisation jieba joined whole that opens with no place but a name of its own (松岗柞蚕专业合作社) is proposed
  with the translation's form of it (松崗サクサン専業協同組合: its first word written as it is, its own words
  translated); a word and an ending alone (养蜂合作社, a beekeepers' cooperative) is a kind, no name, and is not.
"""
from __future__ import annotations

import pytest

from conftest import suggested_rows

ORG = "org"


@pytest.mark.parametrize("mark, row", [
    ("・", "青禾红薯粉条合作社"),
    ("\u3000", "青禾红薯粉条合作社"),
    ("", "星河镇青禾红薯粉条合作社"),
])
def test_an_organisation_set_apart_from_its_town(mark, row):
    rows = suggested_rows("顾客评价：星河镇青禾红薯粉条合作社的手工粉条很好吃。",
                          f"お客様の声：星河鎮{mark}青禾手作り春雨協同組合の手作り春雨はとてもおいしい。")
    orgs = {zh for zh, (_, typ) in rows.items() if typ == ORG}
    assert orgs == {row}, rows
    assert "星河镇" in rows


def test_an_organisation_named_by_its_first_word():
    rows = suggested_rows("她是松岗柞蚕专业合作社的社员。", "彼女は松崗サクサン専業協同組合の組合員だ。")
    assert rows.get("松岗柞蚕专业合作社") == ("松崗サクサン専業協同組合", ORG), rows


def test_a_kind_of_organisation_is_no_name():
    rows = suggested_rows("全县最大的养蜂合作社共有社员213户。", "県内最大の養蜂協同組合には213世帯が加入している。")
    assert not {zh for zh, (_, typ) in rows.items() if typ == ORG}, rows

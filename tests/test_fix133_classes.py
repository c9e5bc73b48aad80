"""Invented tests for a class fixed after heldout-bilingual128 was scored (fix133; a development set since):
- glossary suggest: an organisation jieba (or ``whole_names``) joined whole, opening with a name of its own and
  ending with the longest ending of data/org_endings.tsv (种植专业合作社, rendered 栽培協同組合), whose translation
  renders the words before a shorter ending with the name's own words (青禾 + 水稻种植 + 专业合作社 as 青禾 + 稲作 +
  協同組合), is proposed with that form, as a name jieba cut is (``long_orgs._joined_already`` tries each ending the
  name ends with, the longest first); a kind of cooperative (a word and the ending: 养蜂专业合作社) is still none.
"""
from __future__ import annotations

from conftest import suggested_rows


def test_an_organisation_whose_translation_renders_a_shorter_ending():
    rows = suggested_rows("星禾水稻种植专业合作社　四月十日", "星禾稲作協同組合　4月10日")
    assert rows.get("星禾水稻种植专业合作社") == ("星禾稲作協同組合", "org"), rows


def test_a_kind_of_cooperative_is_no_name():
    rows = suggested_rows("村里的养蜂专业合作社　四月十日", "村の養蜂協同組合　4月10日")
    assert not any(zh.endswith("合作社") for zh in rows), rows

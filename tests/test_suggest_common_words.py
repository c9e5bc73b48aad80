"""`glossary suggest --source` leaves out everyday words that jieba tags as names (glossary/common_word.py): a word
whose Japanese form is one common noun (or, for a place, a common noun and an affix, or an adjectival noun), with no
type cue around it and in no list beside a name; a name the Japanese dictionary also reads as a word stays where a
cue or a list says it is a name. Invented pairs."""
from __future__ import annotations

import pytest

from textqa.document import Document
from textqa.glossary.suggest import suggest_with_source


def rows(zh: str, ja: str) -> set[str]:
    return {c.zh for c in suggest_with_source([(Document(ja, "a.ja.txt"), zh)], None) if c.verified}


@pytest.mark.parametrize("zh, ja, word", [
    ("今年的马拉松比赛吸引了很多人。", "今年のマラソン大会は多くの人を集めた。", "马拉松"),
    ("一场黄龙病疫情让果农很担心。", "黄竜病の流行に果樹農家は心配している。", "黄龙"),
    ("候鸟每年在湖边越冬，村民们很高兴。", "渡り鳥は毎年湖のほとりで越冬し、村人たちは喜んでいる。", "越冬"),
])
def test_an_everyday_word_tagged_a_name_is_no_row(zh, ja, word):
    assert word not in rows(zh, ja)


@pytest.mark.parametrize("zh, ja, word", [
    # a place to jieba whose Japanese form is two prefixes (長 + 約 of 全長約), a common noun and a suffix (山 + 坡), an
    # adjectival noun (新鮮): everyday Japanese
    ("夜幕降临，灯笼亮起。长约600米的老街上挂满灯笼。", "日が暮れると提灯がともる。全長約600メートルの古い通りには提灯が並ぶ。",
     "长约"),
    ("参园藏在山坡上的林子边。", "人参畑は山坡の林のそばにある。", "山坡"),
    ("泼水节对南方游客来说是新鲜的体验。", "水かけ祭りは南方の観光客にとって新鮮な体験だ。", "新鲜"),
])
def test_a_place_tagged_word_of_everyday_affixes_is_no_row(zh, ja, word):
    assert word not in rows(zh, ja)


@pytest.mark.parametrize("zh, ja, name", [
    # a cue around it (位于〜, 〜にある)
    ("工厂位于普洱，距离昆明很远。", "工場は普洱にあり、昆明から遠い。", "普洱"),
    # a list beside a name that is no common noun
    ("这批货物运往甘肃、青海和新疆。", "この貨物は甘粛、青海、新疆へ運ばれる。", "青海"),
])
def test_a_name_the_dictionary_reads_as_a_word_stays_by_its_cue(zh, ja, name):
    assert name in rows(zh, ja)


def test_a_generic_office_is_no_row_but_a_named_one_is():
    from textqa.glossary.common_word import generic_office

    assert generic_office("商务局") and generic_office("卫生院")
    assert not generic_office("星河县商务局") and not generic_office("商务部")  # a town's office; a national ministry
    zh = "县商务局负责人表示，今年的销售额增长了两成。"
    assert "商务局" not in rows(zh, "県商務局の責任者は、今年の売上高が2割伸びたと述べた。")

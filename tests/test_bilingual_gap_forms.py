"""Kanji whose Japanese form OpenCC's jp2t then t2s leaves as a variant no simplified text writes (研 as 硏, 衛 as
衞, 概 as 槪) are read as their simplified character (data/simplified_gap_forms.tsv), so a translation shares its
anchors with a source that writes them (卫生 for 衛生, 研究 for 研究)."""
from __future__ import annotations

import pytest

from textqa.bilingual.align import content_fit, text_anchors
from textqa.glossary.forms import simplified_form
from textqa.wordlists import data_table


@pytest.mark.parametrize(("japanese", "simplified"), [("衛生", "卫生"), ("研究", "研究"), ("概要", "概要"),
                                                      ("瓶", "瓶"), ("並行", "并行"), ("郎", "郎")])
def test_a_kanji_opencc_leaves_as_a_variant_reads_as_its_simplified_character(japanese, simplified):
    assert simplified_form(japanese) == simplified


def test_the_bulk_path_that_compiling_a_glossary_takes_gives_the_same_answers(monkeypatch):
    """simplify_all fills simplified_form's memo while a glossary compiles: a cold run (that path first) and a warm one
    (the compiled glossary loaded, each text converted alone) must read a name alike."""
    from textqa.glossary import forms

    texts = ["衛生研究院", "概況研究会", "星河地質研究所"]
    alone = [forms.simplified_form(t) for t in texts]
    monkeypatch.setattr(forms, "_SIMPLIFIED", {})
    forms.simplify_all(texts)
    assert [forms._SIMPLIFIED[t] for t in texts] == alone == [forms.simplified_form(t) for t in texts]
    assert "硏" not in "".join(alone)


def test_the_table_maps_only_to_characters_simplified_chinese_writes():
    table = data_table("simplified_gap_forms.tsv", ("leftover", "simplified"))
    assert table
    for leftover, simple in table.items():
        simple.encode("gb2312")
        with pytest.raises(UnicodeEncodeError):
            leftover.encode("gb2312")


def test_a_translation_shares_the_source_hanzi_of_such_kanji():
    source = text_anchors("卫生部门研究了概况。", japanese=False)
    target = text_anchors("衛生部門は概況を研究した。", japanese=True)
    assert {"h:卫", "h:研", "h:概"} <= set(source & target)
    assert content_fit(source, target) > 0.6


ZH = ["东山县启动老年人免费体检",
      "东山县卫生健康局日前发布通知，今年将为全县65岁以上老人提供免费体检，预计覆盖3.2万人。",
      "体检项目包括血压、血糖、心电图等12项，检查结果将录入个人健康档案。",
      "县卫健局提醒，体检前一天晚上10点后需禁食，体检当天如身体不适，应提前告知社区医生并改约时间。"]
JA = ["東山県、高齢者の無料健康診断を開始",
      "東山県衛生健康局はこのほど通知を出し、今年は県内の65歳以上の高齢者に無料の健康診断を行い、約3万2000人が対象になる見込みだと発表した。",
      "検査項目は血圧、血糖、心電図など12項目で、結果は個人の健康記録に登録される。",
      "県衛生健康局は、健診当日に体調が悪い場合は事前に地域の医師に伝え、日程を変更するよう呼びかけている。"
      "日本では後期高齢者にも同様の健診制度がある。"]


def test_a_last_paragraph_that_drops_a_clause_and_adds_a_note_is_still_its_translation(tmp_path):
    from lint_helpers import rule_on_pairs

    lint = rule_on_pairs(tmp_path, "zh\tja\ttype\treading\taccept\treject\n", "BIL003")
    found = lint(ZH, JA)
    assert [f.line for f in found] == [7] and "禁食" in found[0].message

"""Invented tests for the classes fixed after heldout89 and heldout-bilingual86 were scored (fix90):
- NAM011: 川 and 州 (three strokes, and the same three with a dot beside each) are look-alikes (PAIRS of
  scripts/make_lookalike_table.py; tested in tests/test_lookalike_pairs_added.py).
- The aligner (bilingual/align.py) reads a translation paragraph's length also without the conversions it adds in parentheses
  right after the amount they convert (3ムー（約20アール）, 2.4万元（約50万円）: numbers.without_added_conversions),
  whichever of the two fits: they render nothing of the source, and a short source paragraph whose translation
  carries two of them read as too long to be its translation, so the paragraphs after it were linked one off and a
  sentence there read as cut (BIL003, two warnings on a clean pair of heldout-bilingual86). An aside holding amounts
  of its own (1等3人（各8000元、約16万円）) renders its source's and is read as written. A sentence's length is read
  as written (read both ways, a sentence missing a clause linked one to one with the source's first sentence and the
  next source sentence was left out: heldout-bilingual87's dropped clause, found after its scoring).
With its contrast: the same pair with a clause really left out still warns."""
from __future__ import annotations

import pytest

from lint_helpers import pair_warnings

PAIR_GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\tnote\n林秀梅\t林秀梅\tperson\t\t\t\t\n"
                 "星河镇\t星河鎮\tplace\t\t\t\t\n")
ZH = ["星河镇：养蜂人林秀梅的山路",
      "清晨六点，星河镇的山谷里还飘着薄雾，林秀梅已经背着工具出门了。",
      "林秀梅今年48岁，是星河镇的一名养蜂人。",
      "“刚开始那几年，常常被蜜蜂蜇得满脸是包。现在我闭着眼睛都知道蜂箱在哪儿。”她笑着说。",
      "镇农业站一位负责人介绍，全镇现有养蜂户300多户，蜂群约1.5万箱。目前，蜂蜜已经成为全镇的重要产业。",
      "养蜂之外，林秀梅还在自家地里种了3亩核桃，去年卖核桃收入2.4万元。",
      "她说，只要还走得动，就要一直养下去。“这片山，我要看着它一年比一年好。”这也是许多星河养蜂人的心里话。"]
# an edition: the age merged into the first paragraph, conversions in parentheses, the closing remark cut
JA = ["星河鎮　養蜂家・林秀梅さんの山道",
      "午前6時、星河鎮の谷にはまだ薄い霧が漂い、林秀梅さん（48）はもう道具を背負って家を出ていた。星河鎮の養蜂家だ。",
      "「最初の数年は、よく蜂に刺されて顔中腫れた。今では目をつぶっても巣箱の場所が分かる」と笑う。",
      "鎮農業ステーションの責任者によると、鎮内の養蜂農家は300戸余り、蜂群は約1.5万箱で、蜂蜜は鎮の重要な産業になっている。",
      "養蜂のかたわら、林さんは自宅の畑でクルミを3ムー（約20アール）栽培しており、"
      "昨年はクルミの販売で2.4万元（約50万円）の収入を得た。",
      "林さんは、歩ける限り養蜂を続けるという。「この山が年々良くなっていくのを見届けたい」"]


@pytest.fixture
def omissions(tmp_path):
    return pair_warnings(tmp_path, PAIR_GLOSSARY, ("BIL003",))


def test_conversions_in_parentheses_do_not_lengthen_a_paragraph(omissions):
    assert omissions(ZH, JA) == []


def test_a_clause_left_out_beside_a_conversion_still_warns(omissions):
    cut = JA[:4] + ["養蜂のかたわら、林さんは自宅の畑でクルミを3ムー（約20アール）栽培している。"] + JA[5:]
    assert omissions(ZH, cut) == ["BIL003"]


def test_a_sentence_is_measured_as_written(omissions):
    """Only a paragraph's length is also read without its conversions: a sentence's is read as written, so a
    translation that drops a clause and runs the next sentence into the rest, with two conversions added, still has
    the clause reported (with both readings at the sentence level the two source sentences were linked one to one and
    one left out, and the clause was not reported)."""
    zh = ["星河镇的梨园",
          "如今，合作社有社员160户，梨园面积3200亩，建起了三座冷库，能储存鲜梨1500吨。去年合作社销售鲜梨9600吨，销售额4800万元。"]
    ja = ["星河鎮の梨園",
          "現在、合作社の社員は160戸、梨園の面積は3200ムー（約213ヘクタール）で、昨年は生の梨9600トンを販売し、"
          "売上高は4800万元（約10億円）だった。"]
    assert "BIL003" in omissions(zh, ja)

"""Each NAM rule on bad and good examples, with a glossary unrelated to the example article."""
from __future__ import annotations

import pytest

from textqa import lint_text
from textqa.glossary import Glossary
from textqa.glossary.load import parse_glossary

TSV = """zh\tja\ttype\treading\taccept\treject\tnote
马化腾\t馬化騰\tperson\tマー・ホアテン\tポニー・マー\t\t
邓小平\t鄧小平\tperson\t\t\t\t
任正非\t任正非\tperson\t\t\t\t
周鸿祎\t周鴻禕\tperson\t\t\t\t
张一鸣\t張一鳴\tperson\t\t\t\t
雷军\t雷軍\tperson\t\t\t\t
合肥\t合肥\tplace\t\t\t\t
厦门\t厦門\tplace\t\t\t\t
哈尔滨\tハルビン\tplace\t\t哈爾浜\t\t
腾讯\t騰訊\torg\t\tテンセント|Tencent\t\t
华为\t華為\torg\t\tファーウェイ|Huawei\t\t
比亚迪\t比亜迪\torg\t\tBYD\t\t
大疆创新\t大疆創新\torg\t\tDJI\t\t
"""
GLOSSARY = Glossary(parse_glossary(TSV))

BAD = [
    # (text, code, surface, entity)
    ("邓小平は改革を進めた。登小平の政策は続いた。", "NAM004", "登小平", "邓小平"),
    ("张一鸣氏は北京で会社を興した。", "NAM003", "张一鸣", "张一鸣"),
    ("張一鳴氏は創業者だ。張一明氏は語った。", "NAM004", "張一明", "张一鸣"),
    ("任正非氏が会見した。任正飛氏は笑った。", "NAM004", "任正飛", "任正非"),
    ("華為の創業者、仁正非氏が語った。", "NAM004", "仁正非", "任正非"),
    ("マー・ホアテン氏は騰訊を率いる。", "NAM006", "マー・ホアテン", "马化腾"),
    ("マ・ファテン氏は騰訊を率いる。", "NAM006", "マ・ファテン", "马化腾"),
    ("レイ・ジュン氏は新製品を発表した。", "NAM006", "レイ・ジュン", "雷军"),
    ("会見でDeng Xiaoping氏の言葉が引用された。", "NAM007", "Deng Xiaoping", "邓小平"),
    ("Dèng Xiǎopíngの言葉。", "NAM007", "Dèng Xiǎopíng", "邓小平"),
    ("工場はHefei市にある。", "NAM007", "Hefei", "合肥"),
    ("周鴻禕氏が登壇した。後に王鴻禕氏は辞任した。", "NAM008", "王鴻禕", "周鸿祎"),
    ("DJIの本社、つまり大疆創新は深圳にある。大江創新の製品は人気だ。", "NAM004", "大江創新", "大疆创新"),
    ("比亜迪の新車。比夜迪の販売台数が伸びた。", "NAM005", "比夜迪", "比亚迪"),
    ("馬化騰は語った。「Ma」と名乗った。化騰の故郷は潮州だ。", "NAM009", "Ma」と名乗った。化騰", "马化腾"),
]

GOOD = [
    "馬化騰（マー・ホアテン）は騰訊の創業者だ。",
    "ポニー・マー（馬化騰）は語った。",
    "騰訊（テンセント）と華為（ファーウェイ）は深圳に本社を置く。",
    "鄧小平（とう しょうへい、簡体字: 邓小平、拼音: Dèng Xiǎopíng）は改革開放を進めた。",
    "合肥市（ごうひし）は安徽省の省都である。",
    "任正非氏は華為の創業者である。任氏は軍出身だ。",
    "張一鳴氏と張勇氏は別人である。",
    "ハルビン（哈爾浜）は寒い。",
    "彼は登山と正義を愛した。",  # common words sharing syllables
    "程度の差はあるが、成果は出た。",
    "Huaweiのスマートフォンは、英語名はTencentという会社のアプリと連携する。",
]


@pytest.mark.parametrize("text,code,surface,entity", BAD)
def test_bad_examples_are_reported(text, code, surface, entity):
    findings = [f for f in lint_text(text, GLOSSARY) if f.code.startswith("NAM")]
    hits = [(f.code, f.surface, f.entity) for f in findings]
    assert (code, surface, entity) in hits, hits
    (f,) = [f for f in findings if f.surface == surface and f.code == code]
    assert f.suggestion == GLOSSARY.get(entity).ja
    assert entity in f.message or GLOSSARY.get(entity).ja in f.message


@pytest.mark.parametrize("text", GOOD)
def test_good_examples_have_no_name_warnings(text):
    findings = [f for f in lint_text(text, GLOSSARY) if f.code.startswith("NAM") and f.severity.value != "info"]
    assert findings == []


def test_near_homophone_is_reported_more_softly_than_homophone():
    # a name suffix (社) but no correct form elsewhere: with one, both are certain (confidence 1.0)
    near = [f for f in lint_text("比夜迪社の販売台数が伸びた。", GLOSSARY) if f.code == "NAM005"]
    same = [f for f in lint_text("比亜敵社の販売台数が伸びた。", GLOSSARY) if f.code == "NAM004"]
    assert near and same
    assert near[0].confidence < same[0].confidence and near[0].severity.rank < same[0].severity.rank


def test_wrong_surname_needs_the_person_elsewhere():
    assert not [f for f in lint_text("王鴻禕氏は辞任した。", GLOSSARY) if f.code == "NAM008"]


def test_short_common_word_is_at_most_info():
    # 合肥 (he fei) and 何非 share a reading; without name evidence this stays quiet or info
    findings = [f for f in lint_text("何非ということはない。", GLOSSARY) if f.code.startswith("NAM")]
    assert all(f.severity.value == "info" for f in findings)


NICKNAME = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n阿莲\t阿蓮\t\t\tアーリエン\n"))


def test_reading_in_brackets_of_the_kanji_before_it_names_no_glossary_entry():
    """katakana in a bracket right after kanji whose Mandarin reading it spells (呉蓮(ウーリエン), a table's cell)
    reads those kanji, not 阿蓮 one letter off; after other kanji it is still reported."""
    table = "姓 | 字 | 幼名 |\n林(リン) | {}(ウーリエン) | 阿蓮(アーリエン) |"
    loud = [f.surface for f in lint_text(table.format("呉蓮"), NICKNAME) if f.severity.value != "info"]
    assert loud == []
    assert [f.surface for f in lint_text(table.format("呉花"), NICKNAME) if f.code == "NAM006"] == ["ウーリエン"]


FAMILY = Glossary(parse_glossary("zh\tja\ttype\treading\taccept\n欧阳玲\t欧陽玲\tperson\t\t\n欧阳坚\t欧陽堅\tperson\t\t\n"
                                 "欧阳勇\t欧陽勇\tperson\t\t\n"))


def test_a_near_homophone_in_a_family_roll_is_one_more_relative():
    """A name one syllable off a glossary person's, differing only in its last character, in a paragraph that names two
    or more of the family right (欧陽堅, 欧陽玲, 欧陽勇): another relative; alone beside the one name it is reported."""
    roll = "欧陽堅の娘は欧陽玲、孫は欧陽勇である。叔父の欧陽林も学者として知られた。"
    assert [f for f in lint_text(roll, FAMILY) if f.code.startswith("NAM") and f.severity.value != "info"] == []
    alone = "欧陽玲は学者として知られる。その論文は広く読まれた。後に欧陽林は大学を辞した。"
    assert [f.surface for f in lint_text(alone, FAMILY) if f.code == "NAM005"] == ["欧陽林"]

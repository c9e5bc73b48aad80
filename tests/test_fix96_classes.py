"""Invented tests for the classes fixed after heldout96 and heldout-bilingual93 were scored (fix96):
- NAM011: 亻 and 扌 are look-alike parts (SWAPS of scripts/make_lookalike_table.py: 仰 and 抑, 借 and 措, 仏 and 払),
  and 営 and 栄, 華 and 筆 look-alike kanji (PAIRS; tested in tests/test_lookalike_pairs_added.py, row fix96).
- Readings: 佛 reads fo in a place name (phonetics/data/place_readings.tsv), not fu, pypinyin's first reading of it
  alone: a town's 仏 written 払 (fu, as 拂) was a homophone by that reading, and the look-alike went unreported.
- The aligner: a sentence left out beside one added in the same slot of a paragraph, one each, the added one as long
  as a translation of the other and the left-out one holding no number or glossary name, is one sentence rendered
  freely (align.toml `slot-length`), not a sentence lost (BIL003 warned) and another added.
- BIL003: sentences split in two, as machine translation splits long sentences, are no signs of editing on their own:
  a clause cut in a translation whose only such signs were those was `info` (`edited-trim`), now a warning. A sentence
  rendered freely (linked one to one, sharing almost nothing with its source) is a sign: with the slot rule above, such
  a sentence no longer counts as a cut, and a colour sentence cut at a paragraph's end of an edition that converts
  currencies stays `info` as before.
- BIL003: a notice's announcement of the list that follows (现将有关事项通知如下) is a formula editions drop
  (bilingual/data/cuts.toml `formulas`).
With contrasts: the right names and words with the look-alike kanji stay silent, and a left-out sentence with a number
stays reported; a translation edited in other ways keeps such a trim at info (tests/test_fix83_classes.py,
tests/test_bilingual_rules.py)."""
from __future__ import annotations

import pytest

from lint_helpers import pair_findings, parsed, warnings
from textqa.mentions.lookalike import lookalikes
from textqa.phonetics.pinyin import as_place, name_readings

GLOSSARY = "zh\tja\ttype\treading\taccept\treject\tnote\n"


@pytest.mark.parametrize("a, b", [("仰", "抑"), ("借", "措"), ("仏", "払"), ("但", "担"), ("低", "抵")])
def test_the_two_narrow_left_radicals_swap(a, b):
    assert b in lookalikes()[a] and a in lookalikes()[b]


def test_a_buddha_reads_fo_in_a_place_name():
    assert as_place("金佛镇", name_readings("金佛镇"))[0] == ["jin", "fo", "zhen"]


NAMES = parsed(GLOSSARY + "何仰山\t何仰山\tperson\t\t\t\t\n金佛镇\t金仏鎮\tplace\t\t\t\t\n")


def test_names_with_the_other_radical_are_look_alikes():
    text = "何仰山さんは金仏鎮で茶を作る。何抑山さんの畑は金払鎮の川沿いにある。"
    assert warnings(text, NAMES) == [("NAM011", "何抑山"), ("NAM011", "金払鎮")]


def test_the_right_names_and_words_stay_silent():
    text = "何仰山さんは金仏鎮で茶を作る。物価の上昇を抑え、代金は現金で支払った。"
    assert warnings(text, NAMES) == []


SLOT_ZH = ["星河镇的护林员", "星河镇有护林员十二名。他们每天沿山路巡查两次，记录松鼠和野鸡的数量。",
           "老护林员邵长青说：“山是大家的，树也是大家的。我能做的，就是把这片林子看好。”"]
SLOT_JA = ["星河鎮の森林保護員", "星河鎮には森林保護員が12人いる。毎日2回山道を見回り、リスとキジの数を記録している。",
           "ベテラン保護員の邵長青さんは「山はみんなのもの、木もみんなのもの。自分にできるのは、この森をしっかり見守ることだ」と話す。"]
SLOT_GLOSSARY = GLOSSARY + "星河镇\t星河鎮\tplace\t\t\t\t\n邵长青\t邵長青\tperson\t\t\t\t\n"


def _omitted(tmp_path, zh, ja, glossary=SLOT_GLOSSARY):
    from textqa.findings import Severity

    (tmp_path / "g.tsv").write_text(glossary, encoding="utf-8")
    return [(f.code, f.severity >= Severity.WARNING) for f in pair_findings(tmp_path, zh, ja)
            if f.code in ("BIL003", "BIL006")]


def test_a_sentence_rendered_freely_in_its_slot_is_its_translation(tmp_path):
    assert _omitted(tmp_path, SLOT_ZH, SLOT_JA) == []


def test_a_sentence_with_a_number_left_out_beside_an_added_one_is_reported(tmp_path):
    zh = SLOT_ZH[:2] + [SLOT_ZH[2].replace("这片林子", "这320亩林子")]
    assert ("BIL003", True) in _omitted(tmp_path, zh, SLOT_JA)


SPLIT_ZH = ["星河镇的茶园", "星河镇位于县城东部，山多地少，雾气常年不散，这里的茶叶香气浓郁。",
            "天刚亮，茶农们就背着竹篓上了山，一直采到中午才下来。",
            "如今，合作社每年收购镇上的鲜叶20多万斤，做好的绿茶装袋后销往省内外。",
            "每到春天，不少游客从市区开车过来，先到山顶看日出，再进茶园采茶、买茶。镇里顺势修了三条登山步道，还在村口建了一座茶叶展示馆。",
            "合作社负责人表示，明年计划再扩种两百亩茶园。"]
SPLIT_JA = ["星河鎮の茶園", "星河鎮は県城の東部に位置し、山が多く平地が少ない。霧が一年中晴れず、ここの茶葉は香りが濃い。",
            "夜が明けるとすぐ、茶農家たちは竹かごを背負って山に登った。昼までずっと摘み続けてから下りてくる。",
            "今では、協同組合は毎年、鎮内の生葉を20万斤余り買い取っている。出来上がった緑茶は袋詰めされて省内外に出荷される。",
            "春になると、市街地から車でやって来る観光客も多い。まず山頂で日の出を見て、それから茶園に入って茶を摘み、茶を買う。"
            "鎮はこの流れに乗って、登山道を3本整備した。",
            "協同組合の責任者によると、来年はさらに茶園を200ムー広げる計画だという。"]


def test_sentences_split_in_two_are_no_signs_of_editing(tmp_path):
    (tmp_path / "g.tsv").write_text(GLOSSARY + "星河镇\t星河鎮\tplace\t\t\t\t\n", encoding="utf-8")
    cuts = [(f.severity.name, f.line) for f in pair_findings(tmp_path, SPLIT_ZH, SPLIT_JA)
            if f.code == "BIL003" and "展示馆" in f.message]
    assert cuts == [("WARNING", 9)]


FREE_ZH = ["星河镇的茶园", "星河镇位于县城东部，山多地少，雾气常年不散，这里的茶叶香气浓郁。",
           "如今，合作社每年收购镇上的鲜叶20多万斤，一斤鲜叶能卖到30元。做好的绿茶装袋后销往省内外。",
           "当然，上山的路并不好走。每到春天，不少游客从市区开车过来，先到山顶看日出，再进茶园采茶、买茶。"
           "山上人来人往，到处都是提着竹篮采茶的游客和举着手机拍照的年轻人。",
           "合作社负责人表示，明年计划再扩种两百亩茶园。"]
FREE_JA = ["星河鎮の茶園", "星河鎮は県城の東部に位置し、山が多く平地が少なく、霧が一年中晴れないため、ここの茶葉は香りが濃い。",
           "今では、協同組合は毎年、鎮内の生葉を20万斤余り買い取っており、生葉1斤は30元（約600円）で売れる。"
           "出来上がった緑茶は袋詰めされて省内外に出荷される。",
           "もっとも、楽な道のりとは言えない。春になると、市街地から車でやって来る観光客も多く、まず山頂で日の出を見て、"
           "それから茶園に入って茶を摘み、茶を買う。",
           "協同組合の責任者によると、来年はさらに茶園を200ムー広げる計画だという。"]


@pytest.mark.parametrize("opening, severity", [("もっとも、楽な道のりとは言えない。", "INFO"),
                                               ("もちろん、山に登る道は歩きやすくはない。", "WARNING")])
def test_a_sentence_rendered_freely_is_a_sign_of_an_edition(tmp_path, opening, severity):
    (tmp_path / "g.tsv").write_text(GLOSSARY + "星河镇\t星河鎮\tplace\t\t\t\t\n", encoding="utf-8")
    ja = [*FREE_JA[:3], FREE_JA[3].replace("もっとも、楽な道のりとは言えない。", opening), FREE_JA[4]]
    assert [(f.severity.name, "人来人往" in f.message) for f in pair_findings(tmp_path, FREE_ZH, ja)
            if f.code == "BIL003"] == [(severity, True)]


@pytest.mark.parametrize("text, expected", [("现将有关事项通知如下：", True), ("现就相关安排公告如下", True),
                                            ("现将免费发放口罩", False)])
def test_a_notices_announcement_of_its_list_is_a_formula(text, expected):
    from textqa.rules.bilingual.omitted_sentence import formula

    assert formula(text.rstrip("：")) is expected

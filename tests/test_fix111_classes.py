"""Invented tests for the classes fixed after heldout110 / heldout-bilingual107 and heldout111 / heldout-bilingual108
were scored (fix111):
- BIL003: 一 before 折 and a word of "as soon as" (烤到一折就断: it snaps once bent) is no price paid in tenths
  (bilingual/data/numbers.toml ``once-then``), so the clause loses no number when rendered freely;
- BIL003: a headline's clause with no number lost (一家粉丝作坊的黄昏 as ある春雨工房の夕暮れ) is rewritten, as editions
  rewrite headlines, not lost;
- BIL003/BIL002: a sentence rendered with its count changed (二十多道工序 as 30余りの工程), sharing two hanzi with
  it, is one sentence with a wrong number (``align._count_changed``), not a sentence lost beside a note added;
- BIL003: a sentence split where its source has commas (行，就按您说的办，有什么变化…发消息给我 as three sentences) is measured
  with the rest of its translation (``split_rest``) before it is called short;
- alignment: a paragraph left out beside one added between two linked paragraphs, sharing more than almost nothing,
  is one paragraph translated poorly (``align._paragraph_slot``), so its changed number is BIL002's; a 2-1 link
  beside a paragraph added gives that paragraph the source paragraph it fits better (``align._given_back``);
- GRB009: one letter split off a compound's second word (ワインボト ル: ガス, コンロ) is a word split;
- masks: a labelled form ends where the prose's hiragana resumes (英語の記事ではMingyuan Linの名で紹介された.), so
  the sentence after it is linted; the Latin form itself stays masked.
"""
from __future__ import annotations

from collections import Counter

import pytest

from lint_helpers import graded, pair_findings
from textqa.bilingual import align
from textqa.bilingual.numbers import quantities
from textqa.findings import Span

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"
GLOSSARY = (HEADER + "宋玉林\t宋玉林\tperson\tソン・ユーリン\t\t\tinvented person\n"
            "临江镇\t臨江鎮\tplace\tリンジアンジェン\t\t\tinvented town\n")


def findings(tmp_path, zh, ja):
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")
    return [(f.code, f.severity.value, f.line) for f in pair_findings(tmp_path, zh, ja) if f.code.startswith("BIL")]


def test_one_then_is_no_price():
    assert not [q for q in quantities("饼干要烤到一折就断才能出炉装袋。") if "折" in q.surface]
    assert [q.value for q in quantities("全场商品一律八折。")] and quantities("打一折，就是一成的价钱。")


def test_a_clause_with_once_then_rendered_freely(tmp_path):
    found = findings(tmp_path, ["手工面条", "宋玉林每天清晨四点起床和面。", "面条挂在竹竿上晾一天，晾到一折就断才能装袋。"],
                     ["手打ち麺", "宋玉林さんは毎朝4時に起きて生地をこねる。",
                      "麺は竹竿に掛けて1日干し、折るとぽきっと折れるようになったら袋に詰める。"])
    assert not [f for f in found if f[0] == "BIL003"], found


def test_a_headlines_clause_rewritten(tmp_path):
    found = findings(tmp_path, ["南川市临江镇：一家粉丝作坊的黄昏", "宋玉林每天清晨四点起床和面。", "面条挂在竹竿上晾一天。"],
                     ["南川市臨江鎮　ある春雨工房の夕暮れ", "宋玉林さんは毎朝4時に起きて生地をこねる。", "麺は竹竿に掛けて1日干す。"])
    assert not [f for f in found if f[0] == "BIL003"], found


def test_a_sentence_with_its_count_changed_is_paired(tmp_path):
    found = findings(tmp_path, ["手工面条", "宋玉林16岁跟着舅舅学做面，1998年在镇上开了这家面馆，一干就是二十六年。"
                                "他说，擀一张好面皮要经过二十多道工序。", "面条做好后挂在院子里晾晒。"],
                     ["手打ち麺", "宋玉林さんは16歳で母方のおじについて麺づくりを学び、1998年に鎮でこの店を開いて以来、26年にわたって"
                                "続けてきた。良い生地を1枚のばすには30余りの工程を経るという。", "できた麺は中庭に掛けて干す。"])
    assert ("BIL002", "warning", 3) in found and not [f for f in found if f[0] in ("BIL003", "BIL006")], found


def test_a_sentence_split_at_its_commas_is_not_short(tmp_path):
    found = findings(tmp_path, ["手工面条", "宋玉林每天清晨四点起床和面。", "【留言3，15秒】行，就按您说的办，有什么变化您随时发消息给我。"],
                     ["手打ち麺", "宋玉林さんは毎朝4時に起きて生地をこねる。",
                      "【伝言3、15秒】わかりました。おっしゃる通りにします。何か変更があれば、いつでもメッセージをください。"])
    assert not [f for f in found if f[0] == "BIL003"], found


def test_a_paragraph_in_one_slot_is_translated_poorly(tmp_path):
    found = findings(tmp_path, ["手工面条", "宋玉林今年62岁，十六岁跟着母亲学做面，一做就是四十多年。",
                                "去年，她的孙子在网上替她开了一个店铺，拍她擀面的视频，现在外地的订单排到了三个月以后。",
                                "宋玉林说：“面是吃进嘴里的，一点都不能糊弄。”"],
                     ["手打ち麺", "宋玉林さんは今年62歳。16歳で母について麺づくりを学び、40年余り続けてきた。",
                      "昨年、孫がネットに店舗を開設し、宋玉林さんの麺打ちの動画を投稿した。今では外地からの注文が2か月先まで埋まっている。"
                      "動画の再生回数は合わせて100万回を超えた。", "宋玉琳さんは「麺は口に入るもの。少しも手を抜けない」と話した。"])
    assert ("BIL002", "warning", 5) in found and not [f for f in found if f[0] == "BIL004"], found


def unit(length: float, *keys: str) -> align.Unit:
    return align.Unit(Span(0, 1), length, Counter({k: 1 for k in keys}))


LONG = ("h:去", "h:年", "h:网", "h:开", "h:店", "h:视", "h:频", "h:外", "h:地")
SHORT = ("h:面", "h:吃", "h:嘴", "h:糊", "h:弄")


@pytest.mark.parametrize("added_fits, expected", [
    (True, [((0,), (0,)), ((1,), (1,))]),  # the short source paragraph is the added one's
    (False, [((0, 1), (0,)), ((), (1,))]),  # it shares nothing with the added paragraph: the link stands
])
def test_a_merged_link_gives_back_a_paragraph(added_fits, expected):
    src = [unit(45, *LONG), unit(22, *SHORT, "e:宋玉林")]
    tgt = [unit(80, *LONG, "e:宋玉林"), unit(31, *(SHORT if added_fits else ("h:海", "h:船")))]
    beads = align._given_back([((0, 1), (0,), 0.2), ((), (1,), 0.0)], src, tgt)
    assert [(s, t) for s, t, _ in beads] == expected
    mirrored = align._given_back([((), (0,), 0.0), ((0, 1), (1,), 0.2)], src[::-1], tgt[::-1])
    assert [(s, t) for s, t, _ in mirrored] == ([((0,), (0,)), ((1,), (1,))] if added_fits
                                                 else [((), (0,)), ((0, 1), (1,))])


@pytest.mark.parametrize("text, warned", [
    ("棚の奥には今も古いワインボト ルが並んでいる。", True),
    ("棚の奥には今も古いワインボトルが並んでいる。", False),
])
def test_a_letter_split_off_a_compounds_second_word(text, warned):
    found = [(c, s) for c, severity, s in graded(text, HEADER) if c == "GRB009" and severity != "info"]
    assert found == ([("GRB009", "ワインボト ル")] if warned else []), found


PERSON = HEADER + "林明远\t林明遠\tperson\tリン・ミンユエン\t\t\tinvented person\n"


def test_a_labelled_form_ends_where_the_prose_resumes():
    text = "林明遠さんは村で移動図書館を運営している。英語の記事ではMingyuan Linの名で紹介された. 記事の写真には子どもたちが写っていた。"
    found = [(c, s) for c, severity, s in graded(text, PERSON) if severity != "info"]
    assert found == [("GRB015", ".")], found  # the Latin form, labelled, stays masked (no NAM007)
    unlabelled = text.replace("英語の記事では", "記事では")
    assert ("NAM007", "Mingyuan Lin") in [(c, s) for c, _, s in graded(unlabelled, PERSON)]

"""Interviews (invented texts): the interviewee's name as a speaker's label before each answer (柯晓岚：) is the
layout's, and a translation that marks the speaker its own way (a dash, nothing) drops no name there (BIL001), once
it has named her; a name dropped from the answer's own words, or from a label before the translation ever names
her, is still a dropped name."""
from __future__ import annotations

import pytest
from lint_helpers import pair_findings

from textqa.findings import Severity

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\n柯晓岚\t柯暁嵐\tperson\t\t\t\n"
            "青岚茶叶研究所\t青嵐茶葉研究所\torg\t\t\t\n")

HEADLINE_ZH = "专访青岚茶叶研究所研究员柯晓岚：高山茶园十年扩大一倍"
INTRO_ZH = "近日，记者就高山茶园的发展情况，采访了青岚茶叶研究所研究员柯晓岚。"
QA_ZH = ["记者：今年的春茶产量怎么样？",
         "柯晓岚：今年春茶产量约为3200吨，比去年增长了一成。山上的新茶园大多是这几年开辟的。",
         "记者：茶农的收入有什么变化？",
         "柯晓岚：高山茶的收购价每斤涨了20元，不少茶农的收入比五年前翻了一番。"]
HEADLINE_JA = "青嵐茶葉研究所の研究員、柯暁嵐氏に聞く　高山の茶園、10年で倍に"
INTRO_JA = "記者はこのほど、高山の茶園の発展について、青嵐茶葉研究所の研究員、柯暁嵐氏に話を聞いた。"
QA_DASH = ["――今年の春茶の生産量はどうですか。",
           "今年の春茶の生産量は約3200トンで、前年より1割増えました。山の新しい茶園の多くはここ数年で開かれたものです。",
           "――茶農家の収入はどう変わりましたか。",
           "高山茶の買い取り価格は1斤当たり20元上がり、収入が5年前の2倍になった茶農家も少なくありません。"]


@pytest.fixture
def lint(tmp_path):
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")

    def run(zh: list[str], ja: list[str]):
        findings = pair_findings(tmp_path, zh, ja)
        return [(f.line, f.severity) for f in findings if f.code == "BIL001" and f.entity == "柯晓岚"]
    return run


def test_answer_labels_a_translation_marks_with_a_dash_are_no_dropped_name(lint):
    assert lint([HEADLINE_ZH, INTRO_ZH, *QA_ZH], [HEADLINE_JA, INTRO_JA, *QA_DASH]) == []


def test_a_title_before_the_label_is_part_of_it(lint):
    zh = [HEADLINE_ZH, INTRO_ZH, *(p.replace("柯晓岚：", "研究员柯晓岚：") for p in QA_ZH)]
    assert lint(zh, [HEADLINE_JA, INTRO_JA, *QA_DASH]) == []


def test_a_name_dropped_from_the_answers_own_words_is_still_missing(lint):
    zh = [HEADLINE_ZH, INTRO_ZH, *QA_ZH[:3], QA_ZH[3].replace("柯晓岚：", "柯晓岚说，")]
    assert lint(zh, [HEADLINE_JA, INTRO_JA, *QA_DASH]) == [(11, Severity.WARNING)]


def test_a_label_before_the_translation_names_her_is_a_dropped_name(lint):
    headline = "高山の茶園、10年で倍に"  # the headline and the introduction leave her name out
    intro = "記者はこのほど、高山の茶園の発展について、青嵐茶葉研究所の研究員に話を聞いた。"
    found = lint([HEADLINE_ZH, INTRO_ZH, *QA_ZH], [headline, intro, *QA_DASH])
    assert (7, Severity.WARNING) in found


# an answer's last sentence, with no number and no name, cut from the translation
CUT = "很多年轻人也愿意回到山上种茶了，村里的茶叶合作社这两年也热闹起来。"
QA_CUT_ZH = QA_ZH[:3] + [QA_ZH[3] + CUT]
QA_LABELLED = ["記者：今年の春茶の生産量はどうですか。",
               "柯暁嵐：今年の春茶の生産量は約3200トンで、前年より1割増えました。山の新しい茶園の多くはここ数年で開かれたものです。",
               "記者：茶農家の収入はどう変わりましたか。",
               "柯暁嵐：高山茶の買い取り価格は1斤当たり20元上がり、収入が5年前の2倍になった茶農家も少なくありません。"]


@pytest.mark.parametrize("qa, severity", [
    (QA_DASH, Severity.INFO),  # the labels marked the translation's own way: an edition, which cuts too
    (QA_LABELLED, Severity.WARNING)])  # every label rendered as machine translation does: lost
def test_a_sentence_cut_from_an_answer_is_an_editors_where_the_translation_relabels_the_interview(tmp_path, qa,
                                                                                                   severity):
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")
    found = [f.severity for f in pair_findings(tmp_path, [HEADLINE_ZH, INTRO_ZH, *QA_CUT_ZH], [HEADLINE_JA, INTRO_JA, *qa])
             if f.code == "BIL003" and "很多年轻人" in f.message]
    assert found == [severity]

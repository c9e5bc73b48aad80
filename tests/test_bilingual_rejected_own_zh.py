"""Glossary entries that reject their own zh (the source's word left untranslated in the Japanese) on invented pairs:
the source still names them, so BIL001 reports a rendering missing and BIL003 a sentence dropped with the term; the
renderings Japanese gives a term it has named once are no missing term: a katakana form inside a longer katakana word
(シイタケハウス), a word after a demonstrative that refers back to it (この病気), a term's leading words (ハウス栽培 for
ハウス栽培イチゴ); and a sentence of colour that uses a term, cut from an edited translation, is an editor's cut."""
from __future__ import annotations

import pytest
from lint_helpers import pair_findings

from textqa.findings import Severity

GLOSSARY = ("zh\tja\ttype\treading\taccept\treject\n"
            "香菇\tシイタケ\tterm\t\t椎茸\t香菇\n"
            "锈病\tさび病\tterm\t\t\t锈病|銹病\n"
            "大棚草莓\tハウス栽培イチゴ\tterm\t\t\t大棚草莓|大棚イチゴ\n"
            "青石村\t青石村\tplace\t\t\t\n"
            "陈海生\t陳海生\tperson\t\t\t\n")

OPENING = ("青石村位于山区，全村有农户320户。", "青石村は山あいにあり、村には320戸の農家がある。")
SHEDS = ("这几年，村里发展起了食用菌种植，建起了40座香菇大棚。",
         "ここ数年、村ではキノコ栽培が盛んになり、シイタケハウスが40棟建てられた。")
RUST = ("去年春天，部分大棚出现了锈病。锈病在15天内传遍了8座大棚。",
        "昨年春には一部のハウスでさび病が発生した。この病気は15日で8棟のハウスに広がった。")
BERRIES = ("除了食用菌，村里还种植大棚草莓。", "キノコのほか、村ではハウス栽培イチゴも作っている。")
GROWER = ("村民陈海生从2019年开始种大棚草莓，去年卖出了6吨。", "村民の陳海生さんがハウス栽培を始めたのは2019年で、昨年は6トンを売った。")


@pytest.fixture
def lint(tmp_path):
    (tmp_path / "g.tsv").write_text(GLOSSARY, encoding="utf-8")

    def run(paragraphs, code: str):
        findings = pair_findings(tmp_path, [zh for zh, _ in paragraphs], [ja for _, ja in paragraphs])
        return [(f.severity, f.entity) for f in findings if f.code == code]
    return run


def test_a_term_rendered_the_ways_japanese_names_it_again_is_no_missing_term(lint):
    assert lint([OPENING, SHEDS, RUST, BERRIES, GROWER], "BIL001") == []


@pytest.mark.parametrize("paragraph, entity", [
    ((SHEDS[0], SHEDS[1].replace("シイタケハウス", "温室")), "香菇"),  # no form of it in the sentence at all
    ((RUST[0], RUST[1].replace("さび病", "病気")), "锈病"),  # a general word, the term named nowhere before it
    (GROWER, "大棚草莓")])  # its leading words, the full form never written
def test_a_term_whose_own_zh_its_glossary_entry_rejects_is_found_in_the_source(lint, paragraph, entity):
    """The entry rejects its zh (香菇 left in the Japanese is wrong), yet the source names it by that zh: a
    translation that renders it nowhere is reported (before, the source lookup skipped such entries)."""
    assert (Severity.WARNING, entity) in lint([OPENING, paragraph], "BIL001")


def test_a_general_word_after_a_demonstrative_with_no_name_before_it_is_no_rendering(lint):
    """この病気 refers back to a name the paragraph's translation gave; with the first mention rendered by the same
    general word, nothing names the term, and both mentions are missing."""
    rust = (RUST[0], RUST[1].replace("さび病", "病気"))
    assert lint([OPENING, rust], "BIL001") == [(Severity.WARNING, "锈病")] * 2


def test_a_sentence_dropped_with_such_a_term_from_a_literal_translation_is_a_warning(lint):
    rust = ("去年春天，部分大棚出现了病虫害。锈病由真菌引起，传播很快。", "昨年春には一部のハウスで病虫害が発生した。")
    assert [s for s, _ in lint([OPENING, SHEDS, rust, BERRIES], "BIL003")] == [Severity.WARNING]

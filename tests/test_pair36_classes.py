"""Classes of false findings met on a fourth round of real published Japanese editions of Chinese articles
(docs/accuracy.md, "Real published pairs, fourth round"), each with an invented pair of the same shape."""
from __future__ import annotations

import json

from click.testing import CliRunner

from textqa.cli import main

HEADER = "zh\tja\ttype\treading\taccept\treject\tnote\n"


def _lint(tmp_path, zh: str, ja: str, rows: str = "") -> list:
    """The findings at warning or above on an invented pair, linted with a glossary of ``rows``."""
    from textqa import Linter
    from textqa.findings import Severity
    from textqa.runner import lint_one

    (tmp_path / "g.tsv").write_text(HEADER + rows, encoding="utf-8")
    (tmp_path / "a.zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "a.ja.txt").write_text(ja, encoding="utf-8")
    findings, _, _ = lint_one(Linter(str(tmp_path / "g.tsv")), str(tmp_path / "a.ja.txt"), None,
                              str(tmp_path / "a.zh.txt"))
    return [f for f in findings if f.severity >= Severity.WARNING]


# An agency's report and its edition: each opens with its own dateline, the edition's a day or two later
DATED_ZH = "青禾社柳塘4月6日电(记者方远)柳塘县今年春播玉米38万亩,比上年增加2万亩。\n"


def test_the_datelines_dates_are_no_changed_numbers(tmp_path):
    ja = "【青禾社柳塘4月8日】柳塘県は今年、トウモロコシ38万ムーを春まきし、前年より2万ムー増えた。\n"
    assert not [f for f in _lint(tmp_path, DATED_ZH, ja) if f.code == "BIL002"]


def test_a_number_changed_after_the_dateline_is_still_reported(tmp_path):
    ja = "【青禾社柳塘4月8日】柳塘県は今年、トウモロコシ83万ムーを春まきし、前年より2万ムー増えた。\n"
    assert [f.message for f in _lint(tmp_path, DATED_ZH, ja) if f.code == "BIL002"]


def test_the_place_of_the_sources_dateline_is_no_dropped_name(tmp_path):
    ja = "柳塘県は今年、トウモロコシ38万ムーを春まきし、前年より2万ムー増えた。\n"
    rows = "柳塘\t柳塘\tplace\t\t\t\t\n柳塘县\t柳塘県\tplace\t\t\t\t\n"
    assert not [f for f in _lint(tmp_path, DATED_ZH, ja, rows) if f.code == "BIL001"]


def test_a_name_dropped_after_the_dateline_is_still_reported(tmp_path):
    zh = "青禾社柳塘4月6日电 石湾镇今年春播玉米38万亩,比上年增加2万亩。\n"
    ja = "同町は今年、トウモロコシ38万ムーを春まきし、前年より2万ムー増えた。\n"
    rows = "石湾镇\t石湾鎮\tplace\t\t\t\t\n"
    assert [f for f in _lint(tmp_path, zh, ja, rows) if f.code == "BIL001"]


# A company's results, which the edition rounds to one decimal and writes with a middle dot for the point
RESULTS_ZH = ("青禾电机去年销售电动机320万台,出口到45个国家和地区。"
              "青禾电机去年营业收入同比增长17.04%,净利润同比增长26.38%。\n")
RESULTS_JA = "青禾電機は昨年、電動機320万台を販売し、45の国・地域に輸出した。"


def test_a_percentage_rounded_to_fewer_decimals_is_the_same_number(tmp_path):
    ja = RESULTS_JA + "青禾電機の昨年の売上高は前年比17・0%増、純利益は26・4%増だった。\n"
    assert not [f for f in _lint(tmp_path, RESULTS_ZH, ja) if f.code == "BIL002"]


def test_a_percentage_off_by_more_than_its_rounding_is_still_reported(tmp_path):
    ja = RESULTS_JA + "青禾電機の昨年の売上高は前年比17・0%増、純利益は26・8%増だった。\n"
    assert [f for f in _lint(tmp_path, RESULTS_ZH, ja) if f.code == "BIL002"]


def test_japanese_writes_ban_for_the_office_character():
    from textqa.glossary.forms import japanese_form

    assert japanese_form("县政府办公室") == "県政府弁公室"


def _suggested(tmp_path, zh: str, ja: str) -> dict:
    (tmp_path / "a.zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "a.ja.txt").write_text(ja, encoding="utf-8")
    out = CliRunner().invoke(main, ["glossary", "suggest", "--no-glossary", "--format", "json",
                                    str(tmp_path / "a.zh.txt"), str(tmp_path / "a.ja.txt")]).stdout
    return {c["zh"]: c["ja"] for c in json.loads(out)["candidates"]}


def test_a_suggested_row_keeps_the_editions_word_for_a_common_noun_in_a_name(tmp_path):
    # the row was the name's kanji form (…地区, …外匯…), and linting the edition with it reported its own rendering
    zh = ("青禾市外汇管理局称,今年前三季度青禾地区外贸企业结汇额增长12%。"
          "青禾市外汇管理局将继续为青禾地区企业提供便利。\n")
    ja = ("青禾市外貨管理局によると、今年1～9月期の青禾地域の貿易企業の外貨売却額は12%増えた。"
          "青禾市外貨管理局は引き続き青禾地域の企業に便宜を図る。\n")
    rows = _suggested(tmp_path, zh, ja)
    assert rows["青禾市外汇管理局"] == "青禾市外貨管理局"
    assert rows["青禾地区"] == "青禾地域"


def test_only_a_translated_common_noun_makes_the_editions_rendering_the_row():
    # a one-character slip in a name (a person's given name, another word for the region) is no translated common
    # noun: the row keeps the name's kanji form, and the name rules report the slip
    from textqa.glossary.suggest import _word_rendered

    assert _word_rendered("青禾地区", "青禾地域")
    assert not _word_rendered("方振遠", "方長遠")
    assert not _word_rendered("青禾地区", "青禾地帯")


# An edition that opens with its photo's caption, which the agency's text has no words for
SOWING_ZH = "记者8日从青禾县农业农村局获悉,今年青禾县春播玉米38万亩,比上年增加2万亩,播种进度快于往年。\n"
CAPTION = "トラクターで畑を耕す農家の人たち。(撮影・方遠)\n"


def test_an_editions_photo_caption_is_no_evidence_against_the_pair():
    # the caption left unlinked counted 0 in the mean fit of the paragraph links, and the edition was refused
    from textqa.bilingual.pair import attach_source
    from textqa.document import Document

    ja = CAPTION + "青禾県では今年、トウモロコシ38万ムーが春まきされ、前年より2万ムー増えた。\n"
    bitext = attach_source(Document(ja, "t.ja.txt"), Document(SOWING_ZH, "s.zh.txt"))
    assert [link.target for link in bitext.alignment.paragraphs if link.source and link.target]


def test_an_unrelated_text_with_a_caption_is_still_refused():
    import pytest

    from textqa.bilingual.pair import attach_source
    from textqa.document import Document
    from textqa.errors import InputError

    ja = CAPTION + "湖畔の図書館が改装を終え、10日から再び開館した。閲覧席は120席に増えた。\n"
    with pytest.raises(InputError, match="no content in common"):
        attach_source(Document(ja, "t.ja.txt"), Document(SOWING_ZH, "s.zh.txt"))

"""One invented test per class fixed after the scoring of heldout-bilingual53 (fixb53), each with a contrast: a time
of day written with a colon right after a full-width comma is a time (21:30，21:00 are two times: one or two digits
before a colon are no group of thousands), so a notice's closing time rendered 21時 drops no number; and a numbered
item's katakana label set apart from the item's text by a full-width space (2．コース　ナイトツアーの…) is a heading,
not one word split (GRB009)."""
import pytest


def _pair(tmp_path, zh: str, ja: str, code: str) -> list:
    from textqa import Linter
    from textqa.findings import Severity
    from textqa.runner import lint_one

    (tmp_path / "g.tsv").write_text("zh\tja\ttype\treading\taccept\treject\tnote\n", encoding="utf-8")
    (tmp_path / "a.zh.txt").write_text(zh, encoding="utf-8")
    (tmp_path / "a.ja.txt").write_text(ja, encoding="utf-8")
    findings, _, _ = lint_one(Linter(str(tmp_path / "g.tsv")), str(tmp_path / "a.ja.txt"), None,
                              str(tmp_path / "a.zh.txt"))
    return [f for f in findings if f.code == code and f.severity >= Severity.WARNING]


def test_a_time_right_after_a_full_width_comma_is_a_time():
    from textqa.bilingual.numbers import quantities

    found = [(q.surface, q.time) for q in quantities("营业时间为9:30至17:30，17:00停止售票。")]
    assert found == [("9:30", True), ("17:30", True), ("17:00", True)]
    assert [q.surface for q in quantities("销售额为1,200万元。")] == ["1,200万"]  # a group of thousands stays one


ZH = "博物馆冬季开放通知\n\n冬季每天开放，时间为9:30至17:30，17:00停止售票。\n"


@pytest.mark.parametrize("ja, reported", [
    ("博物館の冬季開館のお知らせ\n\n冬季は毎日開館し、時間は9時半～17時半です。チケットの販売は17時までとします。\n", False),
    ("博物館の冬季開館のお知らせ\n\n冬季は毎日開館し、時間は9時半～17時半です。チケットの販売は16時までとします。\n", True),
])
def test_a_closing_time_rendered_as_its_hour_drops_no_number(tmp_path, ja, reported):
    assert bool(_pair(tmp_path, ZH, ja, "BIL002") + _pair(tmp_path, ZH, ja, "BIL003")) is reported


@pytest.mark.parametrize("text, reported", [
    ("3．ルート　ガイドツアーは展示室を順に巡ります。\n", False),
    ("（2）サービス　オンラインで予約を受け付けます。\n", False),
    ("3．ルート ガイドツアーは展示室を順に巡ります。\n", True),  # a half-width space: a translation's seam
    ("展示室ではルート　ガイドツアーを毎日行います。\n", True),  # running text, no item number before it
])
def test_a_numbered_items_label_before_a_full_width_space_is_a_heading(text, reported):
    from textqa import lint_text

    assert any(f.code == "GRB009" for f in lint_text(text)) is reported

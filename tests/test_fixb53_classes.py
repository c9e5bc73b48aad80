"""One invented test per class fixed after the scoring of heldout-bilingual53 (fixb53), each with a contrast: a time
of day written with a colon right after a full-width comma is a time (21:30，21:00 are two times: one or two digits
before a colon are no group of thousands), so a notice's closing time rendered 21時 drops no number; and a numbered
item's katakana label set apart from the item's text by a full-width space (2．コース　ナイトツアーの…) is a heading,
not one word split (GRB009)."""
import pytest

from lint_helpers import pair_findings


def _warnings(tmp_path, zh: str, ja: str, codes: tuple[str, ...]) -> list:
    """The findings of ``codes`` at warning or above on an invented pair (paragraphs parted by blank lines), linted
    with an empty glossary (``lint_helpers.pair_findings``)."""
    from textqa.findings import Severity

    (tmp_path / "g.tsv").write_text("zh\tja\ttype\treading\taccept\treject\tnote\n", encoding="utf-8")
    found = pair_findings(tmp_path, zh.rstrip("\n").split("\n\n"), ja.rstrip("\n").split("\n\n"))
    return [f for f in found if f.code in codes and f.severity >= Severity.WARNING]


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
    assert bool(_warnings(tmp_path, ZH, ja, ("BIL002", "BIL003"))) is reported


@pytest.mark.parametrize("text, reported", [
    ("3．ルート　ガイドツアーは展示室を順に巡ります。\n", False),
    ("（2）サービス　オンラインで予約を受け付けます。\n", False),
    ("3．ルート ガイドツアーは展示室を順に巡ります。\n", True),  # a half-width space: a translation's seam
    ("展示室ではルート　ガイドツアーを毎日行います。\n", True),  # running text, no item number before it
])
def test_a_numbered_items_label_before_a_full_width_space_is_a_heading(text, reported):
    from textqa import lint_text

    assert any(f.code == "GRB009" for f in lint_text(text)) is reported

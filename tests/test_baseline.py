"""Baselines: record findings, then report only new ones; stale entries are BSL001 (info)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from textqa.baseline import fingerprint, load_baseline
from textqa.cli import main
from textqa.errors import InputError
from textqa.findings import Finding, Severity, Span

NAMES = "zh\tja\treject\n马化腾\t馬化騰\t馬花騰\n李彦宏\t李彦宏\t李言宏\n"
ARTICLE = ("昨日、馬花騰氏は新製品について語った。\n"
           "\n"
           "会場には多くの記者が集まった。\n"
           "李言宏氏も同じ日に講演した。\n")


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "names.tsv").write_text(NAMES, encoding="utf-8")
    (tmp_path / "textqa.toml").write_text('glossary = ["names.tsv"]\n', encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint(*args):
    result = CliRunner().invoke(main, ["lint", "--format", "json", *map(str, args)], catch_exceptions=False)
    return result, (json.loads(result.stdout) if result.stdout.strip() else None)


def test_round_trip_edit_above_a_finding(project):
    result, _ = lint("--write-baseline", "textqa-baseline.json", "docs/")
    assert result.exit_code == 0 and "Wrote 2 findings from 1 file to baseline " in result.stderr
    recorded = json.loads((project / "textqa-baseline.json").read_text(encoding="utf-8"))
    assert {(e["path"], e["code"], e["surface"]) for e in recorded["findings"]} == {
        ("docs/a.txt", "NAM001", "馬花騰"), ("docs/a.txt", "NAM001", "李言宏")}

    result, data = lint("--baseline", "textqa-baseline.json", "docs/")
    assert result.exit_code == 0 and data["findings"] == []

    # New paragraphs above both findings, and one new finding: only the new one is reported.
    art = project / "docs" / "a.txt"
    art.write_text("前書きを加えた。\n\n記者の馬花騰評は短かった。\n\n" + ARTICLE, encoding="utf-8")
    result, data = lint("--baseline", "textqa-baseline.json", "docs/")
    assert result.exit_code == 1
    assert [(f["code"], f["line"], f["surface"]) for f in data["findings"]] == [("NAM001", 3, "馬花騰")]


def test_stale_entries_are_reported_as_info(project):
    lint("--write-baseline", "textqa-baseline.json", "docs/")
    art = project / "docs" / "a.txt"
    art.write_text(ARTICLE.replace("李言宏", "李彦宏"), encoding="utf-8")
    result, data = lint("--baseline", "textqa-baseline.json", "docs/")
    assert result.exit_code == 0  # info only
    [stale] = data["findings"]
    assert stale["code"] == "BSL001" and stale["severity"] == "info" and stale["line"] is None
    assert stale["path"] == "docs/a.txt" and "'李言宏'" in stale["message"] and "line 4" in stale["message"]
    # selection applies: without BSL the stale entry is not reported
    assert lint("--baseline", "textqa-baseline.json", "--ignore", "BSL", "docs/")[1]["findings"] == []


def test_baseline_paths_do_not_depend_on_the_current_folder(project, monkeypatch):
    lint("--write-baseline", "textqa-baseline.json", "docs/a.txt")
    monkeypatch.chdir(project / "docs")
    result, data = lint("--baseline", "../textqa-baseline.json", "a.txt")
    assert result.exit_code == 0 and data["findings"] == []


def test_every_file_counts_in_the_hidden_total_and_entity_block(project):
    """The summary counts the findings the baseline hid in every file, not only the last one, and the per-entity
    block leaves out the renderings behind all of them."""
    (project / "docs" / "b.txt").write_text("馬花騰氏は翌日も語った。\n", encoding="utf-8")
    lint("--write-baseline", "b.json", "docs/")
    result = CliRunner().invoke(main, ["lint", "--baseline", "b.json", "docs/"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "3 more in the baseline." in result.stdout  # two in docs/a.txt, one in docs/b.txt
    assert "馬花騰" not in result.stdout and "李言宏" not in result.stdout


def test_fixing_one_finding_does_not_bring_back_another_on_its_line(project):
    """Two recorded findings on one line: fixing one changes the other's nearby text, which still matches its
    recorded entry (same file, code, entity and surface); only the fixed one's entry is stale."""
    art = project / "docs" / "a.txt"
    art.write_text("馬花騰氏と李言宏氏が並んで語った。\n", encoding="utf-8")
    lint("--write-baseline", "b.json", "docs/")
    art.write_text("馬化騰氏と李言宏氏が並んで語った。\n", encoding="utf-8")
    result, data = lint("--baseline", "b.json", "docs/")
    assert result.exit_code == 0
    assert [(f["code"], f["message"].split(" no longer")[0]) for f in data["findings"]] == [
        ("BSL001", "baseline entry NAM001 '馬花騰' (recorded at line 1)")]
    # a second finding of the same kind is more than the baseline recorded: it is new
    art.write_text("馬化騰氏と李言宏氏が並んで語った。李言宏氏は笑った。\n", encoding="utf-8")
    result, data = lint("--baseline", "b.json", "docs/")
    assert result.exit_code == 1
    assert [(f["code"], f["surface"]) for f in data["findings"] if f["code"] != "BSL001"] == [("NAM001", "李言宏")]


def test_identical_findings_are_counted(project):
    art = project / "docs" / "a.txt"
    art.write_text("馬花騰氏は語った。\n馬花騰氏は語った。\n", encoding="utf-8")
    lint("--write-baseline", "b.json", "docs/")
    art.write_text("馬花騰氏は語った。\n馬花騰氏は語った。\n馬花騰氏は語った。\n", encoding="utf-8")
    _, data = lint("--baseline", "b.json", "docs/")
    assert [f["code"] for f in data["findings"]] == ["NAM001"]


def test_bad_baseline_files_exit_2(project):
    result, _ = lint("--baseline", "missing.json", "docs/")
    assert result.exit_code == 2 and result.stderr.strip() == "textqa: missing.json: baseline file not found"
    (project / "bad.json").write_text('{"findings": []}', encoding="utf-8")
    result, _ = lint("--baseline", "bad.json", "docs/")
    assert result.exit_code == 2 and "bad.json: not a textqa baseline" in result.stderr
    with pytest.raises(InputError):
        load_baseline(str(project / "names.tsv"))
    result, _ = lint("--baseline", "b.json", "--write-baseline", "b.json", "docs/")
    assert result.exit_code == 2


def test_fingerprint_ignores_lines_but_not_nearby_text():
    def finding(line: int, context: str) -> Finding:
        return Finding(path="a.txt", code="NAM001", severity=Severity.ERROR, message="m", line=line, column=4,
                       entity="马化腾", surface="馬花騰", span=Span(3, 6), context=context)

    assert fingerprint(finding(1, "昨日、馬花騰氏は新製")) == fingerprint(finding(9, "昨日、馬花騰氏は新製"))
    # text on the line before does not count, text on the same line does
    assert fingerprint(finding(2, "前の行\n馬花騰氏は新製")) == fingerprint(finding(2, "別の行。\n馬花騰氏は新製"))
    assert fingerprint(finding(1, "昨日、馬花騰氏は新製")) != fingerprint(finding(1, "今日、馬花騰氏は新製"))


def test_rules_command_documents_bsl001():
    result = CliRunner().invoke(main, ["rules"])
    assert "BSL001  stale-baseline-entry" in result.stdout
    assert "## Why is this bad" in CliRunner().invoke(main, ["rule", "BSL001"]).stdout

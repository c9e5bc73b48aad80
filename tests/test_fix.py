"""--fix / --diff / --unsafe-fixes through the CLI, and the fix planner."""
from __future__ import annotations

import codecs
import json
import shutil

import pytest
from click.testing import CliRunner

from textqa.cli import main
from textqa.findings import Finding, Severity, Span
from textqa.fix import SAFE, UNSAFE, apply_edits, fix_safety, plan_edits

from conftest import CORPUS, GLOSSARY, fix_project

NAMES = "zh\tja\taccept\treject\n马化腾\t馬化騰\t\t馬花騰\n深圳\t深セン\t深圳\t\n"
ARTICLE = ("昨日、馬花騰氏は新製品について語った。\n"
           "\n"
           "深圳の企業は成長した。深センでは、深センの市場が広がった。\n"
           "馬花騰氏は笑った。\n")
FIXED = ARTICLE.replace("馬花騰", "馬化騰")


@pytest.fixture
def project(tmp_path, monkeypatch):
    art = fix_project(tmp_path, monkeypatch, NAMES, ARTICLE)
    with open(tmp_path / "textqa.toml", "a", encoding="utf-8") as toml:
        toml.write("strict-consistency = true\n")  # the mixed forms of 深圳 are a warning, fixable
    return art


def cli(*args):
    return CliRunner().invoke(main, ["lint", *map(str, args)], catch_exceptions=False)


def test_diff_prints_and_writes_nothing(project):
    result = cli("--diff", "a.txt")
    assert result.exit_code == 1
    assert project.read_text(encoding="utf-8") == ARTICLE
    assert result.stdout.startswith("--- a/a.txt\n+++ b/a.txt\n@@ ")
    assert "-昨日、馬花騰氏は新製品について語った。\n+昨日、馬化騰氏は新製品について語った。\n" in result.stdout
    assert "深圳" not in "".join(line for line in result.stdout.splitlines() if line.startswith("+"))
    assert "Would fix 2 findings in 1 file." in result.stderr
    assert cli("--diff", "--select", "NAM002", "a.txt").exit_code == 0  # nothing safe to fix


def test_fix_writes_then_reports_what_remains(project):
    result = cli("--fix", "--format", "json", "a.txt")
    assert project.read_text(encoding="utf-8") == FIXED
    assert "Fixed 2 findings in 1 file. 1 more fixable with --unsafe-fixes." in result.stderr
    remaining = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["line"], f["surface"]) for f in remaining] == [("NAM002", 3, "深圳")]
    assert result.exit_code == 1
    assert cli("--fix", "a.txt").stderr.startswith("Fixed 0 findings")  # nothing left that is safe


def test_unsafe_fixes(project):
    result = cli("--fix", "--unsafe-fixes", "a.txt")
    assert project.read_text(encoding="utf-8") == FIXED.replace("深圳の", "深センの")
    assert result.exit_code == 0 and "Fixed 3 findings" in result.stderr
    assert cli("--unsafe-fixes", "a.txt").exit_code == 2


def test_crlf_and_bom_are_kept(project):
    project.write_bytes(codecs.BOM_UTF8 + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    cli("--fix", "a.txt")
    assert project.read_bytes() == codecs.BOM_UTF8 + FIXED.replace("\n", "\r\n").encode("utf-8")


def test_failed_write_leaves_the_file_untouched(project, monkeypatch):
    import textqa.fix

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(textqa.fix.os, "replace", refuse)
    result = cli("--fix", "a.txt")
    assert result.exit_code == 2
    assert "textqa: a.txt: cannot write fixed file: Permission denied" in result.stderr
    assert project.read_text(encoding="utf-8") == ARTICLE
    assert sorted(p.name for p in project.parent.iterdir()) == ["a.txt", "names.tsv", "textqa.toml"]


def test_fix_a_copy_of_the_corpus(tmp_path, monkeypatch):
    art = tmp_path / CORPUS.name
    shutil.copy(CORPUS, art)
    monkeypatch.chdir(tmp_path)
    before = json.loads(cli("--format", "json", "--glossary", GLOSSARY, art.name).stdout)["findings"]
    safe = [f for f in before if f["code"] in ("NAM001", "NAM003")]
    diff = cli("--diff", "--glossary", GLOSSARY, art.name)
    assert diff.exit_code == 1 and diff.stdout.startswith(f"--- a/{art.name}\n")
    assert art.read_bytes() == CORPUS.read_bytes()
    result = cli("--fix", "--format", "json", "--glossary", GLOSSARY, art.name)
    after = json.loads(result.stdout)["findings"]
    assert art.read_bytes() != CORPUS.read_bytes()
    assert len(after) < len(before)
    assert not [f for f in after if f["code"] in ("NAM001", "NAM003")]
    for f in safe:  # each safe finding's line now holds the suggestion
        assert f["suggestion"] in art.read_text(encoding="utf-8").split("\n")[f["line"] - 1]
    # safety is decided on the text a run starts from: a fix that earlier fixes made safe waits for the next run
    cli("--fix", "--glossary", GLOSSARY, art.name)
    assert cli("--diff", "--glossary", GLOSSARY, art.name).stdout == ""  # nothing safe is left


def _finding(code: str, start: int, end: int, surface: str, suggestion: str, confidence: float = 1.0) -> Finding:
    return Finding(path="a.txt", code=code, severity=Severity.ERROR, message="m", surface=surface,
                   suggestion=suggestion, confidence=confidence, span=Span(start, end))


def test_safety_table():
    assert fix_safety(_finding("NAM001", 0, 2, "ab", "cd")) == SAFE
    assert fix_safety(_finding("NAM003", 0, 2, "ab", "cd")) == SAFE
    for code in ("NAM004", "NAM006", "NAM007"):
        assert fix_safety(_finding(code, 0, 2, "ab", "cd", 0.95)) == SAFE
        assert fix_safety(_finding(code, 0, 2, "ab", "cd", 0.8)) == UNSAFE
    for code in ("NAM002", "NAM005", "NAM008", "NAM009"):
        assert fix_safety(_finding(code, 0, 2, "ab", "cd")) == UNSAFE
    assert fix_safety(_finding("NAM001", 0, 2, "ab", "ab")) is None
    no_span = Finding(path="a.txt", code="NAM001", severity=Severity.ERROR, message="m", suggestion="x")
    assert fix_safety(no_span) is None


def test_overlapping_edits_apply_the_first_only():
    text = "甲乙丙丁"
    edits = plan_edits(text, [_finding("NAM001", 0, 2, "甲乙", "AB"), _finding("NAM001", 1, 3, "乙丙", "XY"),
                              _finding("NAM001", 3, 4, "丁", "D"), _finding("NAM001", 2, 3, "違", "Z")])
    assert apply_edits(text, edits) == "AB丙D"  # overlapping and out-of-date findings are left out
    assert plan_edits(text, [_finding("NAM002", 0, 2, "甲乙", "AB")]) == []
    assert len(plan_edits(text, [_finding("NAM002", 0, 2, "甲乙", "AB")], unsafe=True)) == 1


def test_each_rule_declares_its_fix_safety_and_the_docs_show_it():
    from textqa.rules.registry import RULES

    safe = {code: rule.safe_fix_from for code, rule in RULES.items() if rule.safe_fix_from is not None}
    assert safe == {"NAM001": 0.0, "NAM003": 0.0, "NAM004": 0.9, "NAM006": 0.9, "NAM007": 0.9,
                    "GRB016": 0.0}  # as the README says
    header = CliRunner().invoke(main, ["rule", "NAM004"]).stdout.splitlines()[0]
    assert header.endswith("safe fix (--fix) from confidence 0.9")
    assert "safe fix" not in CliRunner().invoke(main, ["rule", "NAM005"]).stdout.splitlines()[0]


def test_info_findings_are_never_counted_as_fixable(project):
    """A mix of forms the glossary sanctions is an `info` note (strict-consistency off), which no fix ever applies:
    neither `--statistics` (`[*]`) nor `--fix`'s "more fixable with --unsafe-fixes" counts it."""
    toml = project.parent / "textqa.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("strict-consistency = true\n", ""), encoding="utf-8")
    stats = json.loads(cli("--statistics", "--format", "json", "a.txt").stdout)
    assert {r["code"]: (r["count"], r["fixable"]) for r in stats} == {"NAM001": (2, 2), "NAM002": (1, 0)}
    assert "NAM002      inconsistent-form" in cli("--statistics", "a.txt").stdout
    assert cli("--fix", "a.txt").stderr.splitlines()[0] == "Fixed 2 findings in 1 file."
    assert project.read_text(encoding="utf-8") == FIXED
    assert cli("--fix", "--unsafe-fixes", "a.txt").stderr.startswith("Fixed 0 findings")


def test_fix_given_a_chinese_source_rewrites_its_translation_never_the_source(project, tmp_path):
    # an invented pair: the source named on its own stands for its pair (README, Pairs by name), so --fix rewrites the
    # translation beside it and leaves the source as it is
    source = "昨天，马化腾谈到了新产品。\n\n深圳的企业成长了。深圳的市场扩大了。\n马化腾笑了。\n"
    (tmp_path / "p.zh.txt").write_text(source, encoding="utf-8")
    (tmp_path / "p.ja.txt").write_text(ARTICLE, encoding="utf-8")
    result = cli("--fix", "p.zh.txt")
    assert (tmp_path / "p.ja.txt").read_text(encoding="utf-8") == FIXED
    assert (tmp_path / "p.zh.txt").read_text(encoding="utf-8") == source
    assert "Fixed 2 findings in 1 file." in result.stderr and "p.ja.txt" in result.stdout

"""GitHub Actions annotations: one workflow command per finding, then a summary line."""
from __future__ import annotations

from click.testing import CliRunner

from textqa.cli import main
from textqa.errors import InputError
from textqa.findings import Finding, Severity
from textqa.render import render
from textqa.report import Report

NAMES = "zh\tja\taccept\treject\n马化腾\t馬化騰\t\t馬花騰\n深圳\t深セン\t深圳\t\n"
ARTICLE = "昨日、馬花騰氏は新製品について語った。\n\n深圳の企業は成長した。深センでは、深センの市場が広がった。\n"


def lint_github(tmp_path, monkeypatch, *args):
    (tmp_path / "names.tsv").write_text(NAMES, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(main, ["lint", "--format", "github", "--glossary", "names.tsv", *args, "a.txt"],
                              catch_exceptions=False)


def test_annotations_through_the_cli(tmp_path, monkeypatch):
    (tmp_path / "textqa.toml").write_text("strict-consistency = true\n", encoding="utf-8")
    result = lint_github(tmp_path, monkeypatch)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == ("::error file=a.txt,line=1,col=4,endColumn=7,title=NAM001::"
                        "'馬花騰' is a rejected form of 马化腾; write '馬化騰'")
    assert lines[1].startswith("::warning file=a.txt,line=3,col=1,endColumn=3,title=NAM002::深圳 is written")
    assert lines[-1] == "textqa: Found 2 findings (1 error, 1 warning, 0 info) in 1 file."


def test_info_becomes_notice(tmp_path, monkeypatch):
    (tmp_path / "textqa.toml").write_text('[severity]\nNAM002 = "info"\n', encoding="utf-8")
    result = lint_github(tmp_path, monkeypatch, "--select", "NAM002")
    assert result.stdout.splitlines()[0].startswith("::notice file=a.txt,line=3,col=1,endColumn=3,title=NAM002::")
    assert result.exit_code == 0  # info is below the default fail-on (warning)


def test_escaping_multiline_and_errors():
    findings = [Finding(path="dir,x/a:b.txt", code="NAM001", severity=Severity.ERROR, message="50% done\nnext",
                        line=2, column=1, end_line=3, end_column=2),
                Finding(path="a.txt", code="BSL001", severity=Severity.INFO, message="stale entry")]
    out = render(Report(findings, files=["a.txt"], errors=[InputError("b.txt", "not valid UTF-8", 4)]), "github")
    lines = out.splitlines()
    assert lines[0] == "::error file=dir%2Cx/a%3Ab.txt,line=2,col=1,endLine=3,title=NAM001::50%25 done%0Anext"
    assert lines[1] == "::notice file=a.txt,title=BSL001::stale entry"
    assert lines[2] == "::error file=b.txt,line=4,title=input error::not valid UTF-8"
    assert lines[3].startswith("textqa: Found 2 findings") and "GitHub shows only" not in lines[3]


def test_summary_warns_when_github_would_hide_annotations():
    findings = [Finding(path="a.txt", code="NAM002", severity=Severity.WARNING, message=f"m{i}", line=i + 1,
                        column=1, end_line=i + 1, end_column=2) for i in range(12)]
    last = render(Report(findings, files=["a.txt"]), "github").splitlines()[-1]
    assert last.startswith("textqa: Found 12 findings (0 errors, 12 warnings, 0 info)")
    assert "GitHub shows only 10 annotations of each kind per step" in last

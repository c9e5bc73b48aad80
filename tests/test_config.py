"""Configuration end to end: [tool.textqa] / textqa.toml, selection, per-file ignores, severities, fail-on."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from textqa.cli import main

NAMES = "zh\tja\taccept\treject\n马化腾\t馬化騰\t\t馬花騰\n深圳\t深セン\t深圳\t\n"
ARTICLE = "昨日、馬花騰氏は新製品について語った。\n\n深圳の企業は成長した。深センでは、深センの市場が広がった。\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "glossary").mkdir()
    (tmp_path / "glossary" / "names.tsv").write_text(NAMES, encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "articles" / "draft.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def configure(body: str, name: str = "textqa.toml"):
        (tmp_path / name).write_text(body, encoding="utf-8")
    return configure


def lint(*args):
    result = CliRunner().invoke(main, ["lint", "--format", "json", *map(str, args)], catch_exceptions=False)
    data = json.loads(result.stdout) if result.stdout.strip() else {"findings": []}
    return result, sorted((f["path"].replace("\\", "/"), f["code"], f["severity"]) for f in data["findings"])


GLOSSARY = 'glossary = ["glossary/names.tsv"]\nstrict-consistency = true\n'  # a house that wants one form


def test_pyproject_tool_table_and_relative_glossary(project, monkeypatch, tmp_path):
    project('[project]\nname = "x"\n\n[tool.textqa]\n' + GLOSSARY, "pyproject.toml")
    monkeypatch.chdir(tmp_path / "articles")  # found in a parent folder; paths relative to it
    result, found = lint("a.txt")
    assert result.exit_code == 1
    assert found == [("a.txt", "NAM001", "error"), ("a.txt", "NAM002", "warning")]


def test_textqa_toml_wins_over_pyproject(project):
    project('[tool.textqa]\nglossary = ["missing.tsv"]\n', "pyproject.toml")
    project(GLOSSARY + 'select = ["NAM001"]\n')
    assert lint("articles/a.txt")[1] == [("articles/a.txt", "NAM001", "error")]


@pytest.mark.parametrize("select", ["NAM", "NAM0", "NAM001"])
def test_select_by_code_or_prefix(project, select):
    project(GLOSSARY + f'select = ["{select}"]\n')
    codes = {code for _, code, _ in lint("articles/a.txt")[1]}
    assert codes == ({"NAM001"} if select == "NAM001" else {"NAM001", "NAM002"})


def test_ignore_and_command_line_overrides(project):
    project(GLOSSARY + 'ignore = ["NAM001"]\n')
    assert {c for _, c, _ in lint("articles/a.txt")[1]} == {"NAM002"}
    assert {c for _, c, _ in lint("--ignore", "NAM002", "articles/a.txt")[1]} == {"NAM001"}
    project(GLOSSARY + 'select = ["NAM002"]\n')
    assert {c for _, c, _ in lint("--select", "NAM001,NAM002", "articles/a.txt")[1]} == {"NAM001", "NAM002"}


def test_per_file_ignores(project):
    project(GLOSSARY + '[per-file-ignores]\n"articles/draft*.txt" = ["NAM0"]\n')
    result, found = lint("articles/")
    assert found == [("articles/a.txt", "NAM001", "error"), ("articles/a.txt", "NAM002", "warning")]


def test_severity_overrides_and_fail_on(project):
    project(GLOSSARY + 'fail-on = "error"\n[severity]\nNAM001 = "warning"\nNAM002 = "info"\n')
    result, found = lint("articles/a.txt")
    assert found == [("articles/a.txt", "NAM001", "warning"), ("articles/a.txt", "NAM002", "info")]
    assert result.exit_code == 0
    assert lint("--fail-on", "info", "articles/a.txt")[0].exit_code == 1  # the option overrides the file
    project(GLOSSARY + 'fail-on = "never"\n')
    assert lint("articles/a.txt")[0].exit_code == 0


def test_glossary_option_overrides_the_file(project):
    project('glossary = ["missing.tsv"]\n')
    result, found = lint("--glossary", "glossary/names.tsv", "articles/a.txt")
    assert result.exit_code == 1 and found


@pytest.mark.parametrize("body, message", [
    ('glosary = "x.tsv"\n', "unknown key 'glosary'"),
    ('select = ["NAM999"]\n', "unknown rule code or prefix 'NAM999'"),
    ('ignore = ["XYZ"]\n', "unknown rule code or prefix 'XYZ'"),
    ('[per-file-ignores]\n"*.txt" = ["NAM99"]\n', "unknown rule code or prefix 'NAM99'"),
    ('[severity]\nNAM777 = "error"\n', "unknown rule code or prefix 'NAM777'"),
    ('[severity]\nNAM001 = "fatal"\n', "severity for 'NAM001' must be error, warning or info"),
    ('fail-on = "sometimes"\n', "'fail-on' must be one of error, warning, info, never"),
    ('glossary = 3\n', "'glossary' must be a string or a list of strings"),
    ('select = [\n', "invalid TOML"),
])
def test_bad_config_is_an_error_that_names_it(project, body, message):
    project(body)
    result, _ = lint("articles/a.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith("textqa: ") and "textqa.toml" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_code_on_the_command_line(project):
    project(GLOSSARY)
    result, _ = lint("--select", "NAMX", "articles/a.txt")
    assert result.exit_code == 2 and "unknown rule code or prefix 'NAMX'" in result.stderr


def test_explicit_config_option(project, tmp_path):
    (tmp_path / "ci.toml").write_text('glossary = ["glossary/names.tsv"]\nselect = ["NAM002"]\nstrict-consistency = true\n',
                                      encoding="utf-8")
    assert lint("--config", "ci.toml", "articles/a.txt")[1] == [("articles/a.txt", "NAM002", "warning")]


def test_per_file_ignores_are_relative_to_the_config_file(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from textqa.cli import main

    from conftest import GLOSSARY as GLOSSARY_PATH

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "draft.txt").write_text("深圳と深セン、深セン\n", encoding="utf-8")
    (tmp_path / "textqa.toml").write_text(
        f'glossary = ["{GLOSSARY_PATH.as_posix()}"]\n[per-file-ignores]\n"articles/draft*.txt" = ["NAM"]\n',
        encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    result = CliRunner().invoke(main, ["lint", "--select", "NAM", "../articles/draft.txt"])
    assert result.exit_code == 0, result.stdout

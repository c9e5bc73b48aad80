"""What a new user meets first: bad input on every entry point is one line naming file and line, exit 2; the
options a ruff user expects (--extend-select, --output-format) work as there.

Found by walking the README in a fresh clone (the audit of the fourth session).
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from textqa.cli import main

NAMES = "zh\tja\taccept\treject\n马化腾\t馬化騰\t\t馬花騰\n"
TEXT = "昨日、馬花騰氏は新製品について語った。\n"


@pytest.fixture
def here(tmp_path, monkeypatch):
    (tmp_path / "g.tsv").write_text(NAMES, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


def one_line_error(result, expected: str) -> None:
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("textqa: ")]
    assert expected in errors, result.stderr
    assert "Traceback" not in result.stderr and "Usage:" not in result.stderr


@pytest.mark.parametrize("body, expected", [
    ('glossary = ["g.tsv"]\nfail-on = "sometimes"\n', "textqa.toml:2: 'fail-on' must be one of"),
    ('# a comment naming jobs\n\nselect = ["NAM"]\njobs = true\n', "textqa.toml:4: 'jobs' must be"),
    ('glossary = ["g.tsv"]\n[per-file-ignores]\n"*.txt" = ["grb", "nam99"]\n',
     "textqa.toml:3: unknown rule code or prefix 'NAM99'"),
    ('glossary = ["g.tsv"]\n[severity]\nNAM001 = "fatal"\n', "textqa.toml:3: severity for 'NAM001' must be"),
    ('glossary = ["g.tsv"]\nglosary = "x.tsv"\n', "textqa.toml:2: unknown key 'glosary'"),
    ('glossary = ["g.tsv"]\nselect = [\n  "NAM",\n', "textqa.toml:3: invalid TOML: "),
    ('glossary = ["g.tsv"]\nselect = \n', "textqa.toml:2: invalid TOML: "),
])
def test_a_config_error_names_its_line(here, body, expected):
    (here / "textqa.toml").write_text(body, encoding="utf-8")
    result = run("lint", "a.txt")
    assert result.exit_code == 2
    [line] = [line for line in result.stderr.splitlines() if line.startswith("textqa: ")]
    assert line.startswith(f"textqa: {here / expected.split(':', 1)[0]}:"), line
    assert expected.split(":", 1)[1] in line and "Traceback" not in result.stderr


def test_a_pyproject_error_names_the_line_in_pyproject(here):
    (here / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.textqa]\nselectt = ["NAM"]\n',
                                         encoding="utf-8")
    result = run("lint", "a.txt")
    assert result.exit_code == 2 and f"textqa: {here / 'pyproject.toml'}:5: unknown key 'selectt'" in result.stderr


def test_a_config_that_is_not_utf8(here):
    (here / "c.toml").write_bytes(b'glossary = ["g.tsv"]\nfail-on = "\xff"\n')
    one_line_error(run("lint", "--config", "c.toml", "a.txt"), "textqa: c.toml:2: not valid UTF-8 (byte 0xFF at offset 32)")


@pytest.mark.parametrize("content, expected", [
    (b"", "textqa: b.json:1: not a textqa baseline: invalid JSON: Expecting value"),
    (b'{"textqa-baseline": 1,\n "findings": [\n}', "textqa: b.json:3: not a textqa baseline: invalid JSON: "
                                                   "Expecting value"),
    (b"\x89PNG\r\n", "textqa: b.json:1: not valid UTF-8 (byte 0x89 at offset 0): not a textqa baseline"),
])
def test_a_broken_baseline_names_its_line(here, content, expected):
    (here / "b.json").write_bytes(content)
    one_line_error(run("lint", "--glossary", "g.tsv", "--baseline", "b.json", "a.txt"), expected)


@pytest.mark.parametrize("args", [
    ["lint", "--glossary", "g.tsv", "--config", "folder", "a.txt"],
    ["lint", "--glossary", "g.tsv", "--baseline", "folder", "a.txt"],
    ["lint", "--glossary", "g.tsv", "--source", "folder", "a.txt"],
    ["align", "folder", "a.txt"],
    ["glossary", "check", "--config", "folder", "g.tsv"],
])
def test_a_folder_where_a_file_is_expected_is_one_line(here, args):
    one_line_error(run(*args), "textqa: folder: is a directory")


@pytest.mark.parametrize("option, expected", [
    ("--output", "textqa: folder: cannot write output: is a directory"),
    ("--write-baseline", "textqa: folder: cannot write baseline: is a directory"),
])
def test_a_folder_as_an_output_is_one_line(here, option, expected):
    one_line_error(run("lint", "--glossary", "g.tsv", option, "folder", "a.txt"), expected)


@pytest.mark.parametrize("option", ["--select", "--extend-select"])
def test_an_empty_selection_is_an_error_not_every_rule(here, option):
    result = run("lint", "--glossary", "g.tsv", option, "", "a.txt")
    assert result.exit_code == 2 and f"textqa: {option}: empty rule code" in result.stderr


def codes(result) -> set[str]:
    return {f["code"] for f in json.loads(result.stdout)["findings"]}


def test_extend_select_adds_to_the_selection_as_in_ruff(here):
    (here / "a.txt").write_text("昨日、馬花騰氏は新製品について語った。「開始した。\n", encoding="utf-8")
    only_garble = run("lint", "--glossary", "g.tsv", "--select", "GRB", "--format", "json", "a.txt")
    assert codes(only_garble) == {"GRB004"}
    both = run("lint", "--glossary", "g.tsv", "--select", "GRB", "--extend-select", "NAM001", "--format", "json",
               "a.txt")
    assert codes(both) == {"GRB004", "NAM001"}
    (here / "textqa.toml").write_text('glossary = ["g.tsv"]\nselect = ["GRB"]\nextend-select = ["nam001"]\n',
                                      encoding="utf-8")
    assert codes(run("lint", "--format", "json", "a.txt")) == {"GRB004", "NAM001"}
    unknown = run("lint", "--extend-select", "NAMX", "a.txt")
    assert unknown.exit_code == 2 and "unknown rule code or prefix 'NAMX'" in unknown.stderr


def test_output_format_is_another_name_for_format(here):
    result = run("lint", "--glossary", "g.tsv", "--output-format", "json", "a.txt")
    assert result.exit_code == 1 and codes(result) == {"NAM001"}


@pytest.mark.parametrize("args", [
    ["glossary", "suggest", "--no-glossary", "folder"],
    ["glossary", "stats", "g.tsv", "folder"],
])
def test_glossary_commands_warn_about_a_folder_with_nothing_to_read(here, args):
    result = run(*args)
    assert "textqa: warning: folder: no *.txt or *.md files" in result.stderr


def test_standard_input_that_is_not_text_is_one_line_and_the_files_are_still_linted(here):
    result = CliRunner().invoke(main, ["lint", "--glossary", "g.tsv", "--format", "json", "-", "a.txt"],
                                input=b"\x00\xff\xfe binary", catch_exceptions=False)
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("textqa: -:1: not valid UTF-8 (byte 0xFF at offset 1)")
    assert codes(result) == {"NAM001"}  # a.txt was linted


def test_a_glossary_saved_as_utf16_with_its_byte_order_mark_loads(here):
    (here / "g16.tsv").write_bytes(NAMES.encode("utf-16"))
    result = run("lint", "--glossary", "g16.tsv", "--output-format", "json", "a.txt")
    assert result.exit_code == 1 and codes(result) == {"NAM001"}
    assert run("glossary", "check", "g16.tsv").exit_code == 0


def test_a_tbx_glossary_is_one_line_that_says_how_to_convert_it(here):
    assert run("glossary", "convert", "g.tsv", "g.tbx").exit_code == 0
    expected = "textqa: g.tbx: a glossary here is TSV (or CSV); convert this one first: textqa glossary convert " \
               "g.tbx g.tsv"
    one_line_error(run("lint", "--glossary", "g.tbx", "a.txt"), expected)
    one_line_error(run("glossary", "check", "g.tbx"), expected)
    assert run("glossary", "convert", "g.tbx", "back.tsv").exit_code == 0  # convert still reads it
    assert run("glossary", "convert", "g.tsv", "g.yml").exit_code == 0  # prh: written, never read
    one_line_error(run("lint", "--glossary", "g.yml", "a.txt"), "textqa: g.yml: a glossary here is TSV (or CSV), and "
                   "prh files are only written (textqa glossary convert names.tsv names.yml), never read")


def test_quiet_prints_the_findings_and_errors_only_as_in_ruff(here):
    (here / "b.txt").write_bytes(b"\x80 not text")
    loud = run("lint", "a.txt", "b.txt", "folder")  # no glossary: a warning; an empty folder: a warning
    quiet = run("lint", "-q", "a.txt", "b.txt", "folder")
    assert loud.exit_code == quiet.exit_code == 2
    assert "textqa: warning:" in loud.stderr and "Found " in loud.stdout
    assert [line for line in quiet.stderr.splitlines()] == [
        line for line in loud.stderr.splitlines() if not line.startswith("textqa: warning:")]
    assert quiet.stderr.startswith("textqa: b.txt:1: ") and "Found " not in quiet.stdout
    named = run("lint", "--quiet", "--glossary", "g.tsv", "a.txt")
    assert named.exit_code == 1 and named.stdout.startswith("a.txt:1:4: NAM001 error ")
    assert "Entities with" not in named.stdout and "Found " not in named.stdout and not named.stderr


def test_a_csv_quote_never_closed_is_a_malformed_row_not_a_name_with_a_comma(here):
    (here / "g.csv").write_text('zh,ja,reject\n"马化腾,馬化騰\n马化腾,馬化騰,馬花騰\n', encoding="utf-8")
    check = run("glossary", "check", "g.csv")
    assert check.exit_code == 1
    assert check.stdout.startswith("g.csv:2:1: GLS001 error a quote that is not closed, or not at the end of its "
                                   "field")
    one_line_error(run("lint", "--glossary", "g.csv", "a.txt"),
                   "textqa: g.csv:2: a quote that is not closed, or not at the end of its field (a CSV field is quoted "
                   "whole, on one line) [GLS001]")


def test_statistics_leave_the_summary_line_out_with_no_summary_or_quiet(here):
    full = run("lint", "--glossary", "g.tsv", "--statistics", "a.txt")
    assert full.exit_code == 1 and full.stdout.splitlines()[0] == "1  NAM001  [*] rejected-form"
    assert full.stdout.splitlines()[-1].startswith("Found 1 finding ")
    for option in ("--no-summary", "-q"):
        bare = run("lint", "--glossary", "g.tsv", "--statistics", option, "a.txt")
        assert bare.exit_code == 1 and bare.stdout == "1  NAM001  [*] rejected-form\n"


def test_quiet_prints_the_findings_only_in_every_line_format(here):
    """As ruff's --quiet: a clean file prints nothing at all (not a blank line), and the github format leaves its
    summary line out too (--quiet and --no-summary)."""
    (here / "clean.txt").write_text("今日は晴れです。\n", encoding="utf-8")
    for fmt in ("text", "github"):
        for option in ("-q", "--no-summary"):
            clean = run("lint", "--glossary", "g.tsv", "--format", fmt, option, "clean.txt")
            assert clean.exit_code == 0 and clean.stdout == "", (fmt, option)
    github = run("lint", "--glossary", "g.tsv", "--format", "github", "-q", "a.txt").stdout.splitlines()
    assert len(github) == 1 and github[0].startswith("::error file=a.txt,line=1,col=4,")
    assert run("lint", "--glossary", "g.tsv", "--format", "github", "a.txt").stdout.splitlines()[-1].startswith(
        "textqa: Found 1 finding")


def test_help_names_each_value_as_the_readme_usage_does():
    """`textqa lint --help` shows each option's value as README Usage writes it (`--output FILE`, `--select CODES`),
    and no command's help falls back to click's bare PATH or TEXT for a file or a list of codes."""
    import re

    import click

    from conftest import ROOT

    usage = (ROOT / "README.md").read_text(encoding="utf-8").split("## Usage", 1)[1].split("\n- ", 1)[0]
    written = dict(re.findall(r"\[(--[\w-]+) ([A-Z]+)\]", usage))
    lint = {opt: param.metavar for param in main.commands["lint"].params for opt in param.opts}
    assert written and {opt: lint[opt] for opt in written} == written
    vague = [f"{name} {sub or ''} {param.opts[0]}"
             for name, command in main.commands.items()
             for sub, cmd in (command.commands.items() if isinstance(command, click.Group) else [(None, command)])
             for param in cmd.params
             if isinstance(param, click.Option) and not param.is_flag and param.metavar is None
             and not isinstance(param.type, click.Choice) and param.opts[0] != "--text"]
    assert vague == []


BAD_LINE_2 = "一行目\n".encode() + b"ab\xe9c\n"  # the byte 0xE9 is at 0-based offset 12, on line 2


@pytest.mark.parametrize("name, args", [
    ("a.txt", ["lint", "--glossary", "g.tsv", "a.txt"]),
    ("g.tsv", ["glossary", "check", "g.tsv"]),
    ("c.toml", ["lint", "--config", "c.toml", "a.txt"]),
    ("b.json", ["lint", "--glossary", "g.tsv", "--baseline", "b.json", "a.txt"]),
])
def test_a_byte_that_does_not_decode_is_named_by_its_value_and_its_offset(here, name, args):
    """Beside a 1-based line, the bad byte is named by its value and by its offset, said to be one (0-based from the
    file's first byte, as a hex editor counts), the same on every entry point; a byte-order mark counts too."""
    for bom, at in ((b"", 12), (b"\xef\xbb\xbf", 15)):
        if bom and name == "c.toml":
            continue  # TOML has no byte-order mark
        (here / name).write_bytes(bom + BAD_LINE_2)
        result = run(*args)
        assert result.exit_code == 2
        [line] = result.stderr.splitlines()
        assert line.startswith(f"textqa: {name}:2: not valid UTF-8 (byte 0xE9 at offset {at})")

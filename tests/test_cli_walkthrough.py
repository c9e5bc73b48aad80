"""Defects met walking the README and each use beyond it as a new user would (nineteenth session's audit): a
selection that runs nothing passes a CI gate silently; a broken symbolic link named on the command line was "no such
file"; a UTF-32 file's byte-order mark was read as UTF-16's (a wrong hint, and --fix rewrote it as UTF-16), and a
UTF-8 byte-order mark under --encoding was written back in that encoding. Invented inputs only."""
from __future__ import annotations

import codecs
import json
import os

import pytest
from click.testing import CliRunner

from textqa.cli import main

NAMES = "zh\tja\taccept\treject\n马化腾\t馬化騰\t\t馬花騰\n"
TEXT = "昨日、馬花騰氏は新製品について語った。\n"
FIXED = "昨日、馬化騰氏は新製品について語った。\n"
NAMED_TWICE = "昨日、宋剛氏は語った。宋剛氏は北京の出身だ。\n"  # a name no glossary lists: suggest proposes it


@pytest.fixture
def here(tmp_path, monkeypatch):
    (tmp_path / "g.tsv").write_text(NAMES, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


def error_lines(result) -> list[str]:
    assert "Traceback" not in result.stderr and "Usage:" not in result.stderr
    return [line for line in result.stderr.splitlines() if line.startswith("textqa: ")]


@pytest.mark.parametrize("option, codes", [("--select", "GLS"), ("--select", "gls003,NAM"),
                                           ("--extend-select", "GLS011")])
def test_lint_refuses_a_selection_of_glossary_rules(here, option, codes):
    """The GLS rules check glossary files: `lint --select GLS` ran nothing and exited 0, a gate that never fails."""
    result = run("lint", "--glossary", "g.tsv", option, codes, "a.txt")
    assert result.exit_code == 2 and result.stdout == ""
    [line] = error_lines(result)
    named = [c.upper() for c in codes.split(",") if c.upper().startswith("GLS")]
    assert line == (f"textqa: {', '.join(named)}: these rules check glossary files, not articles: "
                    "run 'textqa glossary check'")


def test_a_configured_selection_of_glossary_rules_is_refused_too(here):
    (here / "textqa.toml").write_text('glossary = ["g.tsv"]\nselect = ["NAM", "GLS"]\n', encoding="utf-8")
    result = run("lint", "a.txt")
    assert result.exit_code == 2 and error_lines(result) == [
        "textqa: GLS: these rules check glossary files, not articles: run 'textqa glossary check'"]


def test_ignoring_glossary_rules_and_selecting_all_still_lint(here):
    assert run("lint", "--glossary", "g.tsv", "--ignore", "GLS", "a.txt").exit_code == 1
    result = run("lint", "--glossary", "g.tsv", "--select", "ALL", "a.txt")
    assert result.exit_code == 1 and "NAM001" in result.stdout


@pytest.mark.parametrize("codes, named", [("NAM", "NAM"), ("nam004", "NAM004"), ("GLS,GRB", "GRB")])
def test_glossary_check_refuses_a_selection_of_article_rules(here, codes, named):
    result = run("glossary", "check", "--select", codes, "g.tsv")
    assert result.exit_code == 2 and result.stdout == ""
    assert error_lines(result) == [
        f"textqa: {named}: these rules check articles, not glossary files: run 'textqa lint'"]


def test_glossary_check_selects_its_own_rules(here):
    (here / "bad.tsv").write_text("zh\tja\n马化腾\t馬化騰 \n", encoding="utf-8")  # a trailing space: GLS007
    result = run("glossary", "check", "--select", "GLS007", "bad.tsv")
    assert result.exit_code == 1 and "GLS007" in result.stdout
    assert run("glossary", "check", "--select", "ALL", "bad.tsv").exit_code == 1


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_broken_link_named_on_the_command_line_says_so(here):
    os.symlink("gone.txt", "dangling.txt")
    os.symlink("loop-b.txt", "loop-a.txt")
    os.symlink("loop-a.txt", "loop-b.txt")
    result = run("lint", "--glossary", "g.tsv", "dangling.txt", "loop-a.txt", "a.txt")
    assert result.exit_code == 2 and "a.txt:1:4: NAM001" in result.stdout  # the other file is still linted
    lines = error_lines(result)
    assert "textqa: dangling.txt: file is a broken symbolic link (to gone.txt)" in lines
    [loop] = [line for line in lines if "loop-a.txt" in line]
    assert loop.startswith("textqa: loop-a.txt: cannot read file: ") and "no such file" not in loop
    assert len(lines) == 2


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")])
def test_a_utf32_byte_order_mark_wins_and_fix_keeps_it(here, bom, codec):
    (here / "wide.txt").write_bytes(bom + TEXT.encode(codec))
    result = run("lint", "--glossary", "g.tsv", "wide.txt")
    assert result.exit_code == 1 and "wide.txt:1:4: NAM001" in result.stdout and error_lines(result) == []
    assert run("lint", "--glossary", "g.tsv", "--fix", "wide.txt").exit_code == 0
    written = (here / "wide.txt").read_bytes()
    assert written.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) and written.decode("utf-32") == FIXED


def test_a_utf8_byte_order_mark_under_another_encoding_is_written_back_as_utf8(here):
    """The mark wins in reading (README, Encodings); --fix wrote the text back in --encoding's bytes after it."""
    (here / "marked.txt").write_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert run("lint", "--glossary", "g.tsv", "--encoding", "cp932", "--fix", "marked.txt").exit_code == 0
    assert (here / "marked.txt").read_bytes() == codecs.BOM_UTF8 + FIXED.encode("utf-8")


def test_align_writes_its_report_with_output_as_the_other_commands_do(here):
    """Every other command that prints a report takes --output FILE; align had no way but a shell redirect."""
    (here / "p.zh.txt").write_text("马化腾创办了一家公司。\n\n公司的总部在一座南方城市。\n", encoding="utf-8")
    (here / "p.ja.txt").write_text("馬化騰は会社を創業した。\n\n会社の本社は南の都市にある。\n", encoding="utf-8")
    shown = run("align", "--format", "tsv", "p.zh.txt", "p.ja.txt")
    assert shown.exit_code == 0 and shown.stdout.startswith("level\t")
    written = run("align", "--format", "tsv", "-o", "links.tsv", "p.zh.txt", "p.ja.txt")
    assert written.exit_code == 0 and written.stdout == ""
    assert (here / "links.tsv").read_text(encoding="utf-8") == shown.stdout
    refused = run("align", "--output", "p.ja.txt", "p.zh.txt", "p.ja.txt")
    assert refused.exit_code == 2 and error_lines(refused) == [
        "textqa: p.ja.txt: --output names a file this run reads; write to another file"]
    assert (here / "p.ja.txt").read_text(encoding="utf-8").startswith("馬化騰")


def test_show_settings_lists_only_the_rules_lint_runs(here):
    """--show-settings said the GLS rules were on for lint, which never runs them (glossary check does)."""
    settings = run("lint", "--glossary", "g.tsv", "--show-settings").stdout
    shown = dict(line.split(":", 1) for line in settings.splitlines())
    on, off = (set(shown[key].strip().split(", ")) for key in ("rules on", "rules off"))
    assert "NAM001" in on and "NAM012" in off and not any(c.startswith("GLS") for c in on | off)


def test_a_binary_file_is_not_a_text_file_rather_than_bad_utf8(here):
    """A word-processor file or an image named by mistake was 'not valid UTF-8 (byte 12)', which sends the user
    hunting for an --encoding; NUL bytes that no encoding reads as text say what it is."""
    (here / "article.docx").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(128, 256)) * 4)
    (here / "u16.txt").write_bytes(TEXT.encode("utf-16-le"))  # no byte-order mark: the hint stays
    result = run("lint", "--glossary", "g.tsv", "article.docx", "u16.txt", "a.txt")
    assert result.exit_code == 2 and "a.txt:1:4: NAM001" in result.stdout
    assert error_lines(result) == [
        "textqa: article.docx:1: not a text file (a NUL byte at offset 5; no encoding reads it as text)",
        "textqa: u16.txt:1: not valid UTF-8 (byte 0xE5 at offset 2); it looks like utf-16: use --encoding utf-16"]


def test_a_term_base_csv_is_one_line_saying_how_to_convert_it(here):
    """`glossary convert g.tsv g.csv` writes memoQ's term-base layout; given to lint, that CSV was one error line per
    column ('unknown column entry_id' ... nine of them). It is one line now, as for TBX and XLSX, on every command
    that reads a glossary; `glossary convert` still reads it."""
    assert run("glossary", "convert", "g.tsv", "tb.csv").exit_code == 0
    expected = ("textqa: tb.csv:1: a term-base CSV (memoQ, Trados layout), while a glossary here has the columns zh, "
                "ja, …: convert this one first: textqa glossary convert tb.csv tb.tsv")
    for args in (("lint", "--glossary", "tb.csv", "a.txt"), ("glossary", "check", "tb.csv")):
        result = run(*args)
        assert result.exit_code == 2 and error_lines(result) == [expected]
    assert run("glossary", "convert", "tb.csv", "back.tsv").exit_code == 0
    assert run("lint", "--glossary", "back.tsv", "a.txt").exit_code == 1  # NAM001 again
    (here / "own.csv").write_text("zh,ja,reject\n马化腾,馬化騰,馬花騰\n", encoding="utf-8")  # the contract's columns
    assert "NAM001" in run("lint", "--glossary", "own.csv", "a.txt").stdout


@pytest.mark.parametrize("args, expected", [
    (("--stdin-filename", "x.txt", "a.txt"), "--stdin-filename needs '-' among the paths"),
    (("--unsafe-fixes", "a.txt"), "--unsafe-fixes needs --fix or --diff"),
    (("--source", "a.txt", "a.txt", "b.txt"), "--source needs exactly one translation file to check against it"),
    (("--baseline", "b.json", "--write-baseline", "c.json", "a.txt"),
     "use either --baseline or --write-baseline, not both"),
    (("--statistics", "--format", "sarif", "a.txt"), "--statistics prints a table (text) or JSON, not --format sarif"),
    (("--statistics", "--format", "html", "a.txt"), "--statistics prints a table (text) or JSON, not --format html"),
])
def test_options_that_cannot_go_together_are_the_only_line(here, args, expected):
    """Such a mistake was said after the run's warnings (no glossary) and after the glossary compiled; it is the one
    line on stderr now."""
    result = run("lint", *args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"textqa: {expected}"]


def test_help_says_what_the_options_take():
    """--glossary takes CSV as well as TSV (README, The glossary format); glossary check's --select and --ignore are
    repeatable and comma-separated, as lint's are."""
    for command in (["lint"], ["align"]):
        assert "TSV or CSV" in " ".join(run(*command, "--help").stdout.split())
    check = " ".join(run("glossary", "check", "--help").stdout.split())
    assert check.count("(repeatable, or comma-separated)") == 2


@pytest.mark.parametrize("blank", ["", "\n\n  \n"])
def test_an_empty_translation_of_a_source_says_it_is_empty(here, blank):
    """An empty translation (a failed machine-translation run) was 'has no content in common with its source: is it
    the translation of that file?', which sends the user to check the pairing."""
    (here / "s.zh.txt").write_text("马化腾创办了一家公司。\n", encoding="utf-8")
    (here / "t.ja.txt").write_text(blank, encoding="utf-8")
    expected = "textqa: t.ja.txt: the translation is empty: nothing in it translates s.zh.txt"
    for args in (("lint", "--glossary", "g.tsv", "--source", "s.zh.txt", "t.ja.txt"),
                 ("align", "s.zh.txt", "t.ja.txt")):
        result = run(*args)
        assert result.exit_code == 2 and error_lines(result) == [expected]


@pytest.mark.parametrize("how", ["config", "option"])
def test_glossary_stats_and_suggest_read_articles_in_the_configured_encoding(here, how):
    """lint read a Shift_JIS article with `encoding = "cp932"` in textqa.toml; glossary stats and suggest ignored it
    and said 'use --encoding cp932', an option they did not take."""
    (here / "sj.txt").write_bytes(TEXT.encode("cp932"))
    if how == "config":
        (here / "textqa.toml").write_text('glossary = ["g.tsv"]\nencoding = "cp932"\n', encoding="utf-8")
    option = ("--encoding", "cp932") if how == "option" else ()
    stats = run("glossary", "stats", *option, "g.tsv", "sj.txt")
    assert stats.exit_code == 0 and error_lines(stats) == [] and "馬花騰" in stats.stdout
    (here / "sj2.txt").write_bytes(NAMED_TWICE.encode("cp932"))
    suggest = run("glossary", "suggest", "--no-glossary", *option, "sj2.txt")
    assert suggest.exit_code == 1 and error_lines(suggest) == [] and "宋剛" in suggest.stdout


def test_glossary_suggest_follows_the_configured_excludes(here):
    """suggest walked every folder whatever the config excluded (lint and stats followed `exclude`)."""
    (here / "drafts").mkdir()
    (here / "drafts" / "old.txt").write_text(NAMED_TWICE, encoding="utf-8")
    (here / "textqa.toml").write_text('extend-exclude = ["drafts"]\n', encoding="utf-8")
    result = run("glossary", "suggest", "--no-glossary", ".")
    assert "drafts/old.txt" not in result.stdout and "宋剛" not in result.stdout


def test_glossary_stats_takes_the_glossary_as_its_siblings_do(here):
    """explain and suggest took --glossary (or the configured one) while stats took only a first argument; stats takes
    either now, and the first-argument form still works. A glossary named and no article is one line, exit 2."""
    expected = run("glossary", "stats", "g.tsv", "a.txt", "--format", "json")
    assert expected.exit_code == 0 and json.loads(expected.stdout)["entries"]
    assert run("glossary", "stats", "--glossary", "g.tsv", "a.txt", "--format", "json").stdout == expected.stdout
    (here / "textqa.toml").write_text('glossary = ["g.tsv"]\n', encoding="utf-8")
    assert run("glossary", "stats", "a.txt", "--format", "json").stdout == expected.stdout
    alone = run("glossary", "stats", "g.tsv")
    assert alone.exit_code == 2 and error_lines(alone) == [
        "textqa: no article or folder to count the glossary's entries in: give PATH... after the glossary"]


def test_glossary_explain_and_suggest_take_a_first_glossary_path_as_stats_does(here):
    """stats took the glossary as a first path, explain only as --glossary: `explain g.tsv ENTRY` was click's bare
    "unexpected extra argument". Both forms now work for explain and suggest; too many entries is one line, exit 2."""
    entry = NAMES.splitlines()[1].split("\t")[0]
    expected = run("glossary", "explain", "--glossary", "g.tsv", entry, "--format", "json")
    assert expected.exit_code == 0 and json.loads(expected.stdout)
    assert run("glossary", "explain", "g.tsv", entry, "--format", "json").stdout == expected.stdout
    extra = run("glossary", "explain", "g.tsv", entry, "未知")
    assert extra.exit_code == 2 and error_lines(extra) == [
        f"textqa: one entry at a time, after the glossary: textqa glossary explain [GLOSSARY] ENTRY (or --glossary "
        f"FILE ENTRY); got 2: {entry} 未知"]
    (here / "b.txt").write_text(NAMED_TWICE, encoding="utf-8")
    suggested = run("glossary", "suggest", "--glossary", "g.tsv", "b.txt")
    assert suggested.exit_code == 1 and "宋剛" in suggested.stdout
    assert run("glossary", "suggest", "g.tsv", "b.txt").stdout == suggested.stdout
    both = run("glossary", "suggest", "--no-glossary", "g.tsv", "b.txt")
    assert both.exit_code == 2 and error_lines(both) == [
        "textqa: --no-glossary ignores every glossary, yet g.tsv is named first: drop one of them"]
    alone = run("glossary", "suggest", "g.tsv")
    assert alone.exit_code == 2 and error_lines(alone) == [
        "textqa: no article or folder to find names in: give PATH... after the glossary"]

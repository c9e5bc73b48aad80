"""Everyday use (issue 12): safe defaults, discovery, Markdown, encodings, suppression, output, stdin, API."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from textqa.cli import main

from conftest import GLOSSARY

NAMES = "zh\tja\taccept\treject\n马化腾\t馬化騰\t\t馬花騰\n深圳\t深セン\t深圳\t\n"
BAD = "昨日、馬花騰氏は新製品について語った。\n"


@pytest.fixture
def run(monkeypatch, tmp_path):
    monkeypatch.delenv("CI", raising=False)

    def _run(*args, cwd=tmp_path, input=None, env=None):
        monkeypatch.chdir(cwd)
        return CliRunner().invoke(main, [str(a) for a in args], input=input, env=env, catch_exceptions=False)
    return _run


@pytest.fixture
def names(tmp_path):
    p = tmp_path / "names.tsv"
    p.write_text(NAMES, encoding="utf-8")
    return p


def codes(result) -> list[str]:
    return [f["code"] for f in json.loads(result.stdout)["findings"]]


# -- 1. no glossary -----------------------------------------------------------------------------------
def test_no_glossary_is_said_on_stderr(run, write):
    write("a.txt", BAD)
    result = run("lint", "a.txt")
    assert "no glossary: the name rules (NAM) cannot run" in result.stderr
    assert result.exit_code == 0


def test_no_glossary_is_an_error_with_select_nam_or_in_ci(run, write):
    write("a.txt", BAD)
    assert run("lint", "--select", "NAM", "a.txt").exit_code == 2
    result = run("lint", "a.txt", env={"CI": "true"})
    assert result.exit_code == 2 and "CI is set" in result.stderr
    assert "--ignore NAM lints without them" in result.stderr  # the way out it names works
    assert run("lint", "--ignore", "NAM", "a.txt", env={"CI": "true"}).exit_code == 0  # the other rules: nothing
    assert run("lint", "--select", "GRB", "a.txt", env={"CI": "true"}).exit_code == 0


def test_a_glossary_with_no_entries_is_as_good_as_none(run, write):
    """A header and no rows (a glossary just started, or emptied) cannot pass a CI gate silently either."""
    write("a.txt", BAD)
    write("empty.tsv", "zh\tja\ttype\n# names to come\n")
    said = "empty.tsv: the glossary has no entries: the name rules (NAM) cannot run; add one row per name"
    result = run("lint", "--glossary", "empty.tsv", "a.txt")
    assert result.exit_code == 0 and f"textqa: warning: {said}\n" in result.stderr
    for args, env in ((["--select", "NAM"], None), ([], {"CI": "true"})):
        result = run("lint", "--glossary", "empty.tsv", *args, "a.txt", env=env)
        assert result.exit_code == 2 and result.stderr.startswith(f"textqa: {said}")


# -- 2, 3. discovery ----------------------------------------------------------------------------------
def test_hidden_and_gitignored_folders_are_skipped(run, write, names):
    for name in ("a.txt", ".venv/lib/x.txt", ".git/y.md", "build/z.txt", "venv/v.txt", "keep/b.md"):
        write(name, BAD)
    write(".gitignore", "build/\n")
    result = run("lint", "--format", "json", "--glossary", names, ".")
    paths = sorted({f["path"] for f in json.loads(result.stdout)["findings"]})
    assert paths == ["a.txt", "keep/b.md"]


def test_exclude_options_and_force_exclude(run, write, names):
    write("a.txt", BAD)
    write("drafts/b.txt", BAD)
    write("textqa.toml", 'extend-exclude = ["drafts"]\nglossary = ["names.tsv"]\n')
    result = run("lint", "--format", "json", ".")
    assert {f["path"] for f in json.loads(result.stdout)["findings"]} == {"a.txt"}
    result = run("lint", "--format", "json", "--exclude", "a.txt", ".")
    assert json.loads(result.stdout)["findings"] == []
    # a file named explicitly is linted, unless --force-exclude
    assert codes(run("lint", "--format", "json", "drafts/b.txt")) == ["NAM001"]
    assert codes(run("lint", "--format", "json", "--force-exclude", "drafts/b.txt")) == []


def test_folder_with_nothing_to_lint_warns(run, write, names):
    write("docs/notes.json", "{}")
    result = run("lint", "--glossary", names, "docs")
    assert result.exit_code == 0 and "docs: no *.txt or *.md files to lint" in result.stderr


# -- 4. Markdown ----------------------------------------------------------------------------------------
MARKDOWN = """---
title: Yi Lihua
---
# 記事

本文では `馬花騰` と書かず、[馬化騰](https://example.org/馬花騰)と書く。

```
馬花騰 code block
```

<!-- 馬花騰 in a comment -->
昨日、**馬花騰氏**は語った。
"""


def test_markdown_lints_prose_only_with_file_positions(run, write, names):
    write("a.md", MARKDOWN)
    result = run("lint", "--format", "json", "--glossary", names, "a.md")
    [f] = json.loads(result.stdout)["findings"]
    assert (f["code"], f["line"], f["column"], f["surface"]) == ("NAM001", 13, 6, "馬花騰")
    assert "13:6" in run("lint", "--glossary", names, "a.md").stdout


def test_english_markdown_is_not_linted_as_japanese(run, write, names):
    write("README.md", "# Tool\n\nThis tool checks names such as 馬花騰 in translations. Use it daily.\n")
    result = run("lint", "--format", "json", "--glossary", names, "README.md")
    assert json.loads(result.stdout)["findings"] == []


# -- 5. encodings -------------------------------------------------------------------------------------
def test_encoding_option_config_and_hint(run, write, names):
    write("sjis.txt", BAD.encode("cp932"))
    result = run("lint", "--glossary", names, "sjis.txt")
    assert result.exit_code == 2 and "use --encoding cp932" in result.stderr and "Traceback" not in result.stderr
    assert codes(run("lint", "--format", "json", "--glossary", names, "--encoding", "cp932", "sjis.txt")) == ["NAM001"]
    write("textqa.toml", 'encoding = "cp932"\n')
    assert codes(run("lint", "--format", "json", "--glossary", names, "sjis.txt")) == ["NAM001"]
    write("utf8.txt", BAD + "日本語の文章です。\n")  # one UTF-8 file among the configured cp932 ones: named as such
    result = run("lint", "--glossary", names, "sjis.txt", "utf8.txt")
    assert result.exit_code == 2 and result.stderr.splitlines() == [
        "textqa: utf8.txt:1: not valid cp932 (byte 0x81 at offset 8); it looks like utf-8: use --encoding utf-8"]
    write("textqa.toml", 'encoding = "sjis2"\n')
    assert run("lint", "--glossary", names, "sjis.txt").stderr.endswith(
        "textqa.toml:1: unknown encoding 'sjis2' (try utf-8, cp932, euc_jp, gb18030, utf-16)\n")


def test_utf16_with_bom_is_detected(run, write, names):
    write("u16.txt", BAD.encode("utf-16"))
    assert codes(run("lint", "--format", "json", "--glossary", names, "u16.txt")) == ["NAM001"]


def test_fix_keeps_the_encoding(run, write, names):
    p = write("sjis.txt", BAD.encode("cp932"))
    run("lint", "--glossary", names, "--encoding", "cp932", "--fix", "sjis.txt")
    assert p.read_bytes().decode("cp932") == BAD.replace("馬花騰", "馬化騰")


# -- 6. inline suppression ------------------------------------------------------------------------------
def test_html_comment_suppression_in_txt_and_md(run, write, names):
    text = ("<!-- textqa-disable nam001 -->\n" + BAD + "<!-- textqa-enable -->\n" + BAD
            + "<!-- textqa-disable-next-line NAM -->\n" + BAD + BAD)
    for name in ("a.txt", "a.md"):
        write(name, text)
        result = run("lint", "--format", "json", "--glossary", names, name)
        assert [(f["code"], f["line"]) for f in json.loads(result.stdout)["findings"]] == [("NAM001", 4), ("NAM001", 7)]


def test_plain_text_suppression_and_unused(run, write, names):
    write("a.txt", "# textqa-disable-next-line NAM001\n" + BAD + "textqa-disable-next-line GRB002\n" + BAD
          + "<!-- textqa-disable XYZ9 -->\n")
    result = run("lint", "--format", "json", "--glossary", names, "a.txt")
    found = [(f["code"], f["line"], f["severity"]) for f in json.loads(result.stdout)["findings"]]
    assert found == [("SUP001", 3, "info"), ("NAM001", 4, "error"), ("SUP001", 5, "info")]
    assert "unknown code 'XYZ9'" in result.stdout
    assert "SUP001" in run("rule", "SUP001").stdout


def test_suppression_of_a_rule_not_run_is_not_unused(write, names):
    from textqa import Linter

    text = "<!-- textqa-disable-next-line NAM001 -->\n" + BAD
    assert Linter(None).lint_text(text) == []  # NAM001 cannot run without a glossary


# -- 7. baseline ----------------------------------------------------------------------------------------
def test_baseline_summary_counts_and_entity_block_drops_recorded(run, write, names):
    write("a.txt", BAD)
    run("lint", "--glossary", names, "--write-baseline", "b.json", "a.txt")
    write("a.txt", BAD + "今日も馬花騰氏が来た。\n")
    result = run("lint", "--glossary", names, "--baseline", "b.json", "a.txt")
    assert "1 more in the baseline." in result.stdout
    block = result.stdout.split("Entities with variant renderings", 1)[1]
    assert "×1   a.txt: 2\n" in block  # line 1 is in the baseline


# -- 8. stacked findings ----------------------------------------------------------------------------------
def test_stacked_findings_once_in_text_marked_in_json(run, write, tmp_path):
    names = write("n.tsv", "zh\tja\n湖南\t湖南\n")
    write("a.txt", "この計画は、湖南省の新しい産業政策の中心である。\n2019 年に Hunan Smart Government が発足した。\n")
    data = json.loads(run("lint", "--format", "json", "--glossary", names, "a.txt").stdout)
    on_hunan = [f for f in data["findings"] if f["line"] == 2 and f["column"] <= 10 < f["end_column"]]
    assert len(on_hunan) >= 2
    kept = [f for f in on_hunan if "stacked_under" not in f]
    assert [f["code"] for f in kept] == ["NAM007"]
    text = run("lint", "--glossary", names, "a.txt").stdout
    assert "NAM007" in text and "a.txt:2:10: GRB002" not in text and "not shown (see --format json)" in text


# -- 10. statistics, entity block, progress --------------------------------------------------------------
def test_statistics(run, write, names):
    write("a.txt", BAD * 3)
    result = run("lint", "--glossary", names, "--statistics", "a.txt")
    assert result.stdout.splitlines()[0].split() == ["3", "NAM001", "[*]", "rejected-form"]
    data = json.loads(run("lint", "--glossary", names, "--statistics", "--format", "json", "a.txt").stdout)
    assert data == [{"code": "NAM001", "name": "rejected-form", "count": 3, "fixable": 3}]


def test_one_entity_block_for_the_run_and_none_with_select_grb(run, write, names):
    write("a.txt", BAD)
    write("b.txt", BAD)
    out = run("lint", "--glossary", names, ".").stdout
    assert out.count("Entities with variant renderings") == 1 and out.count("馬花騰    ") == 1
    assert "×2   a.txt: 1; b.txt: 1" in out
    assert "Entities" not in run("lint", "--glossary", names, "--select", "GRB", ".").stdout


def test_progress_bar_only_when_asked_or_on_a_terminal(run, write, names):
    write("a.txt", BAD)
    assert "Linting" not in run("lint", "--glossary", names, "a.txt").stderr  # not a terminal
    result = run("lint", "--glossary", names, "--progress", "a.txt")
    assert "Linting" in result.stderr and "Linting" not in result.stdout


# -- 11. settings ------------------------------------------------------------------------------------------
def test_show_settings(run, write):
    write("textqa.toml", 'glossary = ["names.tsv"]\nignore = ["GRB011"]\nextend-exclude = ["drafts"]\n'
                         '[severity]\nNAM003 = "error"\n')
    result = run("lint", "--show-settings", ".")
    assert result.exit_code == 0
    out = result.stdout
    assert "textqa.toml" in out and "names.tsv" in out and "NAM003=error" in out and "drafts" in out
    assert "GRB011" in out.split("rules off:", 1)[1].splitlines()[0]
    assert run("lint", "--show-settings").stdout == out  # as ruff: no path needed to see the settings
    bare = run("lint")
    assert bare.exit_code == 2 and "Missing argument 'PATHS...'." in bare.stderr  # but to lint


# -- 12. stdin ----------------------------------------------------------------------------------------------
def test_stdin_with_stdin_filename(run, write, names):
    result = run("lint", "--glossary", names, "--stdin-filename", "drafts/x.txt", "-", input=BAD.encode())
    assert result.exit_code == 1 and "drafts/x.txt:1:4: NAM001" in result.stdout and "昨日、馬花騰氏" in result.stdout
    write("textqa.toml", 'glossary = ["names.tsv"]\n[per-file-ignores]\n"drafts/*.txt" = ["NAM"]\n')
    assert run("lint", "--stdin-filename", "drafts/x.txt", "-", input=BAD.encode()).exit_code == 0
    assert run("lint", "--fix", "-", input=BAD.encode()).exit_code == 2


# -- 9. fixes leave no stray space ------------------------------------------------------------------------------
def test_fix_leaves_no_stray_space(run, write):
    names = write("n.tsv", "zh\tja\ttype\n王芳\t王芳\tperson\n")
    p = write("a.txt", "2015 年に、Wang Fang 氏は会社を作った。王芳氏は語った。\n")
    run("lint", "--glossary", names, "--fix", "a.txt")
    assert p.read_text(encoding="utf-8").startswith("2015 年に、王芳氏は")


# -- 13. API --------------------------------------------------------------------------------------------------
def test_lint_text_select_ignore_prefixes_any_case(names):
    import textqa

    text = BAD + "深圳と深センと深セン。\n"
    assert {f.code for f in textqa.lint_text(text, [str(names)], select=["nam001"])} == {"NAM001"}
    assert "NAM001" not in {f.code for f in textqa.lint_text(text, [str(names)], ignore="Nam0")}
    assert "Linter" in dir(textqa) and "lint_text" in dir(textqa)
    assert textqa.Linter is textqa.api.Linter


# -- 9. every message says what to write instead -------------------------------------------------------------
@pytest.mark.parametrize("code, text, suggestion", [
    ("GRB004", "市は企業を支援した。新しい計画」と述べた。\n", None),
    ("GRB006", "その計画は「青い鳥」と呼ばれた。」西安の企業連合は発表した。\n", "。"),
    ("GRB007", "売上は伸びています。 、そして来年には増える。\n", "。"),
    ("GRB008", "発表された数字は、は正確だ。\n", "は"),
    ("GRB010", "新しい工場はすでに完成している 大阪の拠点は来年閉鎖される。\n", None),
])
def test_garble_messages_say_what_to_write(code, text, suggestion):
    import textqa

    [f] = [f for f in textqa.lint_text(text, select=[code])]
    assert "write" in f.message and f.suggestion == suggestion


def test_suppressed_renderings_stay_out_of_the_entity_block(run, write, names):
    write("a.txt", "<!-- textqa-disable-next-line NAM001 -->\n" + BAD + "今日も馬花騰氏が来た。\n")
    block = run("lint", "--glossary", names, "a.txt").stdout.split("Entities with variant renderings", 1)[1]
    assert "×1   a.txt: 3\n" in block


def test_a_stray_space_before_an_honorific_is_offered_as_a_fix():
    import textqa

    [f] = textqa.lint_text("昨日、王芳 氏は語った。\n", select=["GRB007"])
    assert (f.surface, f.suggestion) == ("芳 氏", "芳氏") and "write '芳氏'" in f.message
    assert textqa.lint_text("昨日、Wang Fang 氏は語った。\n", select=["GRB007"]) == []


def test_correct_japanese_markdown_of_every_construct_is_silent(linter):
    """Front matter, headings, emphasis, links (inline and by reference), lists, inline code, tables,
    quotes, fenced code and HTML blocks: no markup reaches the rules, and the prose is correct."""
    from conftest import DATA

    path = DATA / "markdown" / "travel.ja.md"
    assert linter.lint_text(path.read_text(encoding="utf-8"), str(path)) == []


def test_markdown_english_lines_and_sides_of_bilingual_headings_are_left_out():
    from textqa.markdown import prose

    src = ("## Installing / インストール\n\n* [Maven](https://maven.apache.org/) - Dependency Management\n"
           "This project is licensed under the MIT License.\nこのプロジェクトは MIT ライセンスです。\n")
    text = prose(src).text
    assert "Installing" not in text and "インストール" in text and "Maven" not in text and "licensed" not in text
    assert text.count("\n") == src.count("\n") and "このプロジェクトは MIT ライセンスです。" in text

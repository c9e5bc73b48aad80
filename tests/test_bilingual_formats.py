"""XLIFF 1.2, XLIFF 2.0, TMX 1.4 and PO files built from one pair give the plain pair's findings, at their lines."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from textqa.cli import main

from conftest import ROOT

BIL = ROOT / "tests" / "bilingual"
FORMATS = ("xlf", "xliff", "tmx", "po")


def lint_json(monkeypatch, *args):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["lint", "--format", "json", "--glossary", str(BIL / "glossary.tsv"),
                                       *map(str, args)], catch_exceptions=False)
    return result, json.loads(result.stdout)


@pytest.fixture(scope="module")
def plain():
    from textqa import Linter
    from textqa.runner import lint_one

    findings, _, _ = lint_one(Linter(str(BIL / "glossary.tsv")), str(BIL / "pairs" / "drones.ja.txt"), None,
                              str(BIL / "pairs" / "drones.zh.txt"))
    return findings


@pytest.mark.parametrize("ext", FORMATS)
def test_same_findings_at_the_right_lines(monkeypatch, plain, ext):
    path = BIL / "formats" / f"drones.{ext}"
    _, data = lint_json(monkeypatch, path)
    found = data["findings"]
    assert sorted((f["code"], f["surface"], f["message"]) for f in found) == \
        sorted((f.code, f.surface, f.message) for f in plain)
    lines = path.read_text(encoding="utf-8").split("\n")
    for f in found:
        assert f["unit"] and f["unit"].startswith("p")
        if f["surface"]:  # the reported line and column hold the reported text, in the file itself
            line = lines[f["line"] - 1]
            assert line[f["column"] - 1:].startswith(f["surface"]), (ext, f)
        for rel in f["related"]:
            assert rel["path"] == f["path"] and rel["line"] < f["line"] + 2  # the source sits just above


def test_folder_lints_bilingual_files(monkeypatch):
    _, data = lint_json(monkeypatch, BIL / "formats")
    assert {f["path"].rsplit(".", 1)[1] for f in data["findings"]} == set(FORMATS)
    paths = sorted({f["path"] for f in data["findings"]})
    result = CliRunner().invoke(main, ["lint", "--glossary", str(BIL / "glossary.tsv"), *paths])
    assert f"; … {len(paths) - 3} more file\n" in result.stdout  # the entity block lists 3 files, then counts


@pytest.mark.parametrize("ext", FORMATS)
def test_fix_leaves_bilingual_files_and_promises_no_unsafe_fix_there(monkeypatch, tmp_path, ext):
    path = tmp_path / f"drones.{ext}"
    path.write_bytes((BIL / "formats" / f"drones.{ext}").read_bytes())
    for args in (["--fix"], ["--fix", "--unsafe-fixes"]):
        result, data = lint_json(monkeypatch, *args, path)
        assert path.read_bytes() == (BIL / "formats" / f"drones.{ext}").read_bytes()
        assert data["findings"] and result.stderr.splitlines()[-1] == "Fixed 0 findings in 0 files."


@pytest.mark.parametrize("name, content, problem", [
    ("bad.xlf", '<?xml version="1.0"?>\n<xliff version="1.2"><file><body><trans-unit id="1"><source>一</source>'
     '<target>一</target></trans-unit>\n</body></file>', "bad.xlf:3: malformed XLIFF"),
    ("bad.xlf", '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
     '<xliff version="1.2"><file><body><trans-unit id="1"><source>&e;</source></trans-unit></body></file></xliff>',
     "bad.xlf:2: XLIFF with an entity declaration is refused (nothing is fetched or expanded)"),
    ("bad.xlf", '<?xml version="1.0"?>\n<xliff version="1.2"><file><body></body></file></xliff>\n',
     "no translation units"),
    ("bad.po", 'msgid "我们今天去北京参观了故宫博物院。"\nmsgstr "私たちは今日北京へ行き、故宮博物院を見学しました。\n',
     "bad.po:2: malformed PO: a string with no closing quote"),
])
def test_bad_bilingual_file_is_one_line_and_exit_2(monkeypatch, tmp_path, name, content, problem):
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["lint", str(bad), str(BIL / "pairs" / "xian.ja.txt")], catch_exceptions=False)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("textqa: ") and "warning:" not in line]
    assert len(errors) == 1 and problem in errors[0] and str(bad) in errors[0], result.stderr
    assert "Traceback" not in result.output


def test_source_in_the_wrong_language_is_an_error(monkeypatch, tmp_path):
    text = (BIL / "formats" / "drones.tmx").read_text(encoding="utf-8")
    swapped = text.replace('xml:lang="zh-CN"', 'xml:lang="xx"').replace('xml:lang="ja-JP"', 'xml:lang="zh-CN"')
    (tmp_path / "swapped.tmx").write_text(swapped, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["lint", "swapped.tmx"], catch_exceptions=False)
    assert result.exit_code == 2 and "is not Chinese" in result.stderr

"""End to end through click's CliRunner, as a user runs it."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from textqa import __version__
from textqa.cli import main

from conftest import CORPUS, GLOSSARY, ROOT


@pytest.fixture
def run(monkeypatch):
    def _run(*args, cwd=ROOT):
        monkeypatch.chdir(cwd)
        return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return _run


def corpus_json(run, *extra):
    result = run("lint", "--format", "json", "--glossary", GLOSSARY, CORPUS, *extra)
    return result, json.loads(result.stdout)


def test_corpus_json_contract(run):
    result, data = corpus_json(run)
    assert result.exit_code == 1
    assert data["version"] == __version__
    keys = {"path", "line", "column", "end_line", "end_column", "code", "severity", "message", "entity", "suggestion"}
    assert data["findings"] and all(keys <= set(f) for f in data["findings"])
    found = {(f["code"], f["line"], f["surface"], f["suggestion"]) for f in data["findings"]}
    assert ("NAM002", 15, "深セン", "深圳") in found
    for e in data["entities"]:
        assert set(e) >= {"zh", "preferred", "renderings"}
        assert all(set(r) >= {"surface", "kind", "count", "lines"} for r in e["renderings"])


def test_corpus_with_shipped_config(run):
    result = run("lint", "corpus/")
    assert result.exit_code == 1
    assert "corpus/hunan-blockchain.ja.txt:15:10: NAM002 info" in result.stdout  # forms the glossary all accepts
    assert result.stdout.rstrip().splitlines()[-1].startswith("Found ")


def test_fail_on_never_and_error(run):
    assert run("lint", "--fail-on", "never", "corpus/").exit_code == 0
    result, data = corpus_json(run, "--fail-on", "error")
    assert result.exit_code == (1 if any(f["severity"] == "error" for f in data["findings"]) else 0)


def test_output_file(run, tmp_path):
    out = tmp_path / "r.json"
    result = run("lint", "--format", "json", "--output", out, "corpus/")
    assert result.stdout == "" and json.loads(out.read_text(encoding="utf-8"))["findings"]


def test_missing_and_non_utf8_inputs_other_files_still_linted(run, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("深圳\n".encode() + "深セン".encode("shift_jis"))
    result = run("lint", "--format", "json", tmp_path / "missing.txt", bad, CORPUS)
    assert result.exit_code == 2
    assert f"textqa: {tmp_path / 'missing.txt'}: no such file or folder" in result.stderr
    assert f"textqa: {bad}:2: not valid UTF-8" in result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)["findings"]  # the good file was still linted


def test_malformed_glossary_exit_2(run, tmp_path):
    g = tmp_path / "g.tsv"
    g.write_text("zh\ttype\n长沙\tcity\n", encoding="utf-8")
    result = run("lint", "--glossary", g, CORPUS)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"textqa: {g}:2: unknown type 'city' (expected one of person, place, org, term or empty) [GLS001]"


def test_folder_means_txt_and_md_sorted(run, tmp_path):
    (tmp_path / "b.md").write_text("深センと深圳、深圳\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("深センと深圳、深圳\n", encoding="utf-8")
    (tmp_path / "c.json").write_text("深センと深圳、深圳\n", encoding="utf-8")
    result = run("lint", "--format", "json", "--glossary", GLOSSARY, tmp_path)
    paths = [f["path"] for f in json.loads(result.stdout)["findings"]]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "b.md")]


def test_config_file_and_unknown_key(run, tmp_path):
    (tmp_path / "art.txt").write_text("深圳と深セン、深セン\n", encoding="utf-8")
    (tmp_path / "textqa.toml").write_text(f'glossary = ["{GLOSSARY.as_posix()}"]\nstrict-consistency = true\n',
                                          encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    result = run("lint", "../art.txt", cwd=sub)
    assert result.exit_code == 1 and "NAM002" in result.stdout
    (tmp_path / "textqa.toml").write_text('glosary = "x.tsv"\n', encoding="utf-8")
    result = run("lint", "../art.txt", cwd=sub)
    assert result.exit_code == 2 and "unknown key 'glosary'" in result.stderr


def test_glossary_option_replaces_configured(run, tmp_path):
    (tmp_path / "art.txt").write_text("深圳と深セン、深セン\n", encoding="utf-8")
    (tmp_path / "textqa.toml").write_text('glossary = ["missing.tsv"]\nstrict-consistency = true\n', encoding="utf-8")
    result = run("lint", "--glossary", GLOSSARY, "art.txt", cwd=tmp_path)
    assert result.exit_code == 1


def test_input_files_are_never_written(run, tmp_path):
    art = tmp_path / "art.txt"
    art.write_text("深圳と深セン、深セン\n", encoding="utf-8")
    before = (art.read_bytes(), os.stat(art).st_mtime_ns)
    run("lint", "--glossary", GLOSSARY, art)
    assert (art.read_bytes(), os.stat(art).st_mtime_ns) == before


def test_python_m_textqa():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "textqa", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and __version__ in out.stdout


def test_the_command_ends_with_its_whole_output_and_exit_code(run):
    """The command leaves without tearing the interpreter down (``cli.entry``): its output is still all written
    (a report larger than a pipe's buffer) and its exit codes are lint's."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "textqa", "lint", "--format", "json", "--glossary", str(GLOSSARY), str(CORPUS)]
    out = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 1 and len(out.stdout) > 1 << 16
    assert out.stdout == run("lint", "--format", "json", "--glossary", GLOSSARY, CORPUS).stdout
    missing = subprocess.run([*command[:-1], "no-such-file.txt"], capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode == 2 and "no-such-file.txt" in missing.stderr and json.loads(missing.stdout)["errors"]


def test_rules_and_rule(run):
    result = run("rules")
    assert result.exit_code == 0 and "NAM001  rejected-form" in result.stdout
    result = run("rule", "NAM001")
    assert "## What it does" in result.stdout and "## Use instead" in result.stdout
    assert "found by: src/textqa/mentions/exact.py; scored by src/textqa/mentions/score.py" in result.stdout
    assert "confidence.toml [NAM001]): common-word 0.5" in result.stdout
    assert "confidence.toml [GRB002]): pinyin-and-english-long 0.85" in run("rule", "GRB002").stdout
    assert "found by" not in (gls := run("rule", "GLS005").stdout) and "confidence: 1.0" in gls
    assert run("rule", "XXX999").exit_code == 2

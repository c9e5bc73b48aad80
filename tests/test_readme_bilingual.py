"""The README's bilingual examples are real: every line of them appears in today's output."""
from __future__ import annotations

import re

from click.testing import CliRunner

from textqa.cli import main

from conftest import ROOT

PAIRS = "tests/bilingual/pairs"


def blocks() -> list[list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Bilingual mode", 1)[1].split("\n## ", 1)[0]
    return [code.split("\n") for lang, code in re.findall(r"```(\w*)\n(.*?)```", section, re.S) if not lang]


def stale(lines: list[str], output: str) -> list[str]:
    return [line for line in lines if line.strip() not in ("", "…") and line not in output]


def test_lint_excerpt_is_current(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["lint", "--source", f"{PAIRS}/ecommerce.zh.txt", f"{PAIRS}/ecommerce.ja.txt",
                                       "--glossary", "tests/bilingual/glossary.tsv"])
    assert result.exit_code == 1
    assert stale(blocks()[0], result.stdout) == []


def test_align_excerpt_is_current(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["align", f"{PAIRS}/drones.zh.txt", f"{PAIRS}/drones.ja.txt",
                                       "--glossary", "tests/bilingual/glossary.tsv"])
    assert result.exit_code == 0
    assert stale(blocks()[1], result.stdout) == []

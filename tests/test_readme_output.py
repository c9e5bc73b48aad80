"""The README's output excerpt is real: every line of it appears in today's output on the corpus."""
from __future__ import annotations

import re

from click.testing import CliRunner

from textqa.cli import main

from conftest import ROOT


def test_readme_output_excerpt_is_current(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["lint", "--jobs", "1", "corpus/"])
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Output", 1)[1].split("`--format json` gives", 1)[0]
    lines = [line for code in re.findall(r"```\n(.*?)```", block, re.S) for line in code.split("\n")]
    stale = [line for line in lines if line.strip() not in ("", "…") and line not in result.stdout]
    assert result.exit_code == 1 and not stale

"""The README stays true: its rule table, its commands and CI agree with the code."""
from __future__ import annotations

import re
import runpy

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_rule_table_matches_the_registry():
    table = runpy.run_path(str(ROOT / "scripts" / "rules_table.py"))["table"]()
    assert table in README, "regenerate with: python scripts/rules_table.py"


def test_quick_start_has_two_commands_and_ci_runs_the_test_one():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", quick)
    assert commands == ["pip install . && textqa lint corpus/", 'pip install ".[test]" && python -m pytest -q']
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")

"""GRB rule docs: complete, listed by the CLI, and their own examples behave as documented."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from textqa import lint_text
from textqa.cli import main
from textqa.rules.base import SECTIONS
from textqa.rules.garble import FAMILY

SNIPPET = re.compile(r"`([^`]+)`")


@pytest.mark.parametrize("rule", FAMILY, ids=[r.code for r in FAMILY])
def test_doc_has_every_section_and_a_short_summary(rule):
    assert re.fullmatch(r"GRB\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
    assert set(rule.sections()) == set(SECTIONS)
    assert 20 < len(rule.summary()) <= 110 and rule.summary().endswith((".", ")"))


@pytest.mark.parametrize("rule", FAMILY, ids=[r.code for r in FAMILY])
def test_doc_example_is_reported_and_its_fix_is_not(rule):
    bad = SNIPPET.findall(rule.sections()["Example"])
    good = SNIPPET.findall(rule.sections()["Use instead"])
    assert bad and good
    for text in bad:
        assert rule.code in {f.code for f in lint_text(text)}, text
    for text in good:
        assert rule.code not in {f.code for f in lint_text(text)}, text


def test_cli_lists_and_documents_every_rule():
    runner = CliRunner()
    listing = runner.invoke(main, ["rules"]).output
    for rule in FAMILY:
        line = next(x for x in listing.splitlines() if x.startswith(rule.code))
        assert rule.name in line and rule.severity.value in line and rule.summary() in line
        doc = runner.invoke(main, ["rule", rule.code.lower()])
        assert doc.exit_code == 0
        assert f"{rule.code} ({rule.name}), default severity: {rule.severity.value}" in doc.output
        assert "## Use instead" in doc.output

"""Renderers are tested on one shared list of findings."""
from __future__ import annotations

import json

from textqa.errors import InputError
from textqa.findings import Finding, Severity
from textqa.render import render
from textqa.report import EntitySummary, Rendering, Report

FINDINGS = [
    Finding(path="a.txt", code="NAM001", severity=Severity.ERROR, message="'馬花騰' is a rejected form of 马化腾; write '馬化騰'",
            line=2, column=3, end_line=2, end_column=6, entity="马化腾", suggestion="馬化騰", surface="馬花騰"),
    Finding(path="a.txt", code="XYZ999", severity=Severity.INFO, message="whole document"),
]
REPORT = Report(FINDINGS, [EntitySummary("马化腾", "馬化騰", [Rendering("a.txt", "馬花騰", "rejected", [2, 2])])],
                ["a.txt"], [InputError("b.txt", "no such file")])
LINES = {("a.txt", 2): "昨日、馬花騰氏は語った。"}


def test_text_renderer_compiler_style():
    out = render(REPORT, "text", lines_of=lambda p, n: LINES[(p, n)])
    lines = out.splitlines()
    assert lines[0] == "a.txt:2:3: NAM001 error '馬花騰' is a rejected form of 马化腾; write '馬化騰'"
    assert lines[1] == "    2 | 昨日、馬花騰氏は語った。"
    assert lines[2] == "      |     ^^^^^^"  # wide characters take two columns
    assert lines[3] == "a.txt: XYZ999 info whole document"
    assert "  马化腾 → 馬化騰" in lines
    assert lines[-1] == "Found 2 findings (1 error, 0 warnings, 1 info) in 1 file. 1 input error."


def test_json_renderer_contract():
    data = json.loads(render(REPORT, "json"))
    assert set(data) >= {"version", "findings", "entities"}
    first = data["findings"][0]
    assert {k: first[k] for k in ("path", "line", "column", "end_line", "end_column", "code", "severity",
                                  "message", "entity", "suggestion")} == {
        "path": "a.txt", "line": 2, "column": 3, "end_line": 2, "end_column": 6, "code": "NAM001",
        "severity": "error", "message": FINDINGS[0].message, "entity": "马化腾", "suggestion": "馬化騰"}
    assert data["findings"][1]["line"] is None
    assert data["entities"] == [{"zh": "马化腾", "preferred": "馬化騰", "renderings": [
        {"surface": "馬花騰", "kind": "rejected", "count": 2, "lines": [2], "path": "a.txt"}]}]

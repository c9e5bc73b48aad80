"""SARIF 2.1.0 output: schema-valid, rule metadata from the docstrings, stable fingerprints."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from textqa.cli import main
from textqa.findings import Finding, Severity
from textqa.render import render
from textqa.report import Report
from textqa.rules.registry import RULES

from conftest import CORPUS, GLOSSARY, ROOT, SHARED

SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
NAMES = "zh\tja\taccept\treject\n马化腾\t馬化騰\t\t馬花騰\n深圳\t深セン\t深圳\t\n"
ARTICLE = "昨日、馬花騰氏は新製品について語った。\n\n深圳の企業は成長した。深センでは、深センの市場が広がった。\n"


def validate(data: dict) -> None:
    if not SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SCHEMA} (CI keeps shared/ beside the clone)")
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, errors[0]


@pytest.fixture
def sarif(monkeypatch):
    def _sarif(*args, cwd=ROOT):
        monkeypatch.chdir(cwd)
        result = CliRunner().invoke(main, ["lint", "--format", "sarif", *map(str, args)], catch_exceptions=False)
        return result, json.loads(result.stdout)
    return _sarif


def test_corpus_sarif_validates_against_the_schema(sarif):
    result, data = sarif("--glossary", GLOSSARY, CORPUS.relative_to(ROOT))
    assert result.exit_code == 1
    validate(data)
    run = data["runs"][0]
    assert data["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    assert run["results"] and run["invocations"][0]["executionSuccessful"] is True
    first = run["results"][0]["locations"][0]["physicalLocation"]
    assert first["artifactLocation"] == {"uri": "corpus/hunan-blockchain.ja.txt", "uriBaseId": "%SRCROOT%"}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == ROOT.as_uri() + "/"
    assert run["properties"]["glossary"]["hash"] and run["properties"]["textqa"]


def test_rule_metadata_comes_from_the_rule_docs(sarif):
    _, data = sarif("--glossary", GLOSSARY, CORPUS)
    rules = data["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(RULES)
    level = {"error": "error", "warning": "warning", "info": "note"}
    for r in rules:
        rule = RULES[r["id"]]
        assert r["name"] == rule.name
        assert r["shortDescription"]["text"] == rule.summary()
        assert r["fullDescription"]["text"].startswith(" ".join(rule.sections()["What it does"].split()))
        assert r["help"]["markdown"] == rule.doc()
        assert r["defaultConfiguration"]["level"] == level[rule.severity.value]
    for res in data["runs"][0]["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]


def test_regions_are_code_points_and_fixes_carry_the_suggestion(sarif, tmp_path):
    (tmp_path / "names.tsv").write_text(NAMES, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    _, data = sarif("--glossary", "names.tsv", "a.txt", cwd=tmp_path)
    validate(data)
    res = {r["ruleId"]: r for r in data["runs"][0]["results"]}
    region = res["NAM001"]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": 4, "endLine": 1, "endColumn": 7, "snippet": {"text": "馬花騰"}}
    assert res["NAM001"]["level"] == "error" and res["NAM002"]["level"] == "note"  # forms the glossary accepts
    replacement = res["NAM001"]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == "馬化騰"


def test_fingerprints_survive_lines_added_above(sarif, tmp_path):
    (tmp_path / "names.tsv").write_text(NAMES, encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")

    def prints():
        _, data = sarif("--glossary", "names.tsv", "a.txt", cwd=tmp_path)
        return {r["ruleId"]: (r["partialFingerprints"]["textqa/v1"],
                              r["locations"][0]["physicalLocation"]["region"]["startLine"])
                for r in data["runs"][0]["results"]}

    before = prints()
    art.write_text("新しい段落を冒頭に加えた。\n\nもう一つ加えた。\n" + ARTICLE, encoding="utf-8")
    after = prints()
    assert set(before) == set(after) == {"NAM001", "NAM002"}
    for code in before:
        assert after[code][0] == before[code][0]
        assert after[code][1] == before[code][1] + 3


def test_input_errors_and_document_findings_stay_valid(sarif, tmp_path):
    result, data = sarif("--glossary", GLOSSARY, tmp_path / "missing.txt", cwd=tmp_path)
    assert result.exit_code == 2
    validate(data)
    run = data["runs"][0]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert "no such file" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]
    # a document-level finding (no line) and a file outside the current folder
    report = Report([Finding(path="/elsewhere/a.txt", code="BSL001", severity=Severity.INFO, message="stale")],
                    files=["/elsewhere/a.txt"])
    data = json.loads(render(report, "sarif"))
    validate(data)
    loc = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert loc == {"artifactLocation": {"uri": "file:///elsewhere/a.txt"}}
    assert data["runs"][0]["results"][0]["level"] == "note"

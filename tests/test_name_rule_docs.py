"""NAM rule docs: the Example each rule's doc gives (`textqa rule CODE`) is reported by that rule at `warning` or above,
as a new user who tries it would expect, and its Use instead text is not."""
from __future__ import annotations

import pytest

from textqa import Linter, load_glossary
from textqa.findings import Severity
from textqa.rules.names import FAMILY

# each doc's example, with the glossary the doc names, written as a glossary file
GLOSSARIES = {
    "NAM001": "zh\tja\treject\n邓小平\t鄧小平\t登小平\n",
    "NAM002": "zh\tja\taccept\n腾讯\t騰訊\tテンセント\n",
    "NAM003": "zh\tja\n张一鸣\t張一鳴\n",
    "NAM004": "zh\tja\n邓小平\t鄧小平\n",
    "NAM005": "zh\tja\n比亚迪\t比亜迪\n",
    "NAM006": "zh\tja\ttype\n马化腾\t馬化騰\tperson\n",
    "NAM007": "zh\tja\ttype\n邓小平\t鄧小平\tperson\n",
    "NAM008": "zh\tja\ttype\n周鸿祎\t周鴻禕\tperson\n",
    "NAM009": "zh\tja\ttype\n马化腾\t馬化騰\tperson\n",
    "NAM010": "zh\tja\ttype\n李明华\t李明華\tperson\n",
    "NAM011": "zh\tja\ttype\n林徽音\t林徽音\tperson\n",
    "NAM012": "zh\tja\ttype\n李林\t李林\tperson\n",  # an entry for another name: the example's is not listed
}
STRICT = {"NAM002"}  # examples that need `strict-consistency = true` (their doc says so) to be warnings
GATED = {"NAM012"}  # info rules whose doc says how to make them a gate (`[severity]` `NAM012 = "warning"`)
ELIDED = {"NAM002": "騰訊の決算は…。テンセントでは…。テンセントの株価は…",  # as the doc writes them
          "NAM008": "周鴻禕氏が登壇した。…後に王鴻禕氏は辞任した。"}
EXAMPLES = {  # the first snippet of the Example section, with its "…" written out where the doc elides text
    "NAM001": "登小平は改革を進めた。",
    "NAM002": "騰訊の決算は良かった。テンセントでは新製品を出した。テンセントの株価は上がった。",
    "NAM003": "张一鸣氏が創業した。",
    "NAM004": "登小平氏は改革開放を進めた。",
    "NAM005": "比亜迪は電池も作る。比夜迪の新車が売れた。",
    "NAM006": "マ・ファテン氏はゲーム事業に投資した。",
    "NAM007": "1978 年、Deng Xiaoping は改革開放を始めた。",
    "NAM008": "周鴻禕氏が登壇した。後に王鴻禕氏は辞任した。",
    "NAM009": "馬化騰は語った。「Ma」と名乗った。化騰の故郷は潮州だ。",
    "NAM010": "李明華は市場を訪れた。李李明華はそこで店主と話した。",
    "NAM011": "林徽音の詩を読み、林微音の生涯を調べた。",
    "NAM012": "鄭明遠氏は会見で語った。鄭明遠氏によれば、ジェン・ミンユエン氏の会社は伸びている。",
}


@pytest.mark.parametrize("rule", FAMILY, ids=[r.code for r in FAMILY])
def test_doc_example_is_reported_at_warning_or_above(rule, tmp_path):
    text = EXAMPLES[rule.code]
    assert f"`{ELIDED.get(rule.code, text)}`" in rule.sections()["Example"].replace("\n    ", " ")
    glossary = tmp_path / "g.tsv"
    glossary.write_text(GLOSSARIES[rule.code], encoding="utf-8")
    strict = rule.code in STRICT
    gate = {rule.code: Severity.WARNING} if rule.code in GATED else None
    findings = Linter(load_glossary([str(glossary)]), select=["NAM", rule.code], strict_consistency=strict,
                      severity_overrides=gate).lint_text(text, "a.txt")
    assert any(f.code == rule.code and f.severity.value in ("warning", "error") for f in findings), findings
    if gate:  # by default the rule is info, and its doc says how to make it a gate
        findings = Linter(load_glossary([str(glossary)]), select=["NAM", rule.code]).lint_text(text, "a.txt")
        assert {f.severity.value for f in findings if f.code == rule.code} == {"info"}
        assert f'`{rule.code} = "warning"`' in rule.doc()
    if strict:  # the doc says: by default, a mix of forms the glossary all sanctions is only info
        findings = Linter(load_glossary([str(glossary)]), select=["NAM", rule.code]).lint_text(text, "a.txt")
        assert {f.severity.value for f in findings if f.code == rule.code} == {"info"}
        assert "`strict-consistency = true`" in rule.sections()["Example"].replace("\n    ", " ")


@pytest.mark.parametrize("rule", FAMILY, ids=[r.code for r in FAMILY])
def test_doc_use_instead_is_silent(rule, tmp_path):
    import re

    [text, *_] = re.findall(r"`([^`]+)`", rule.sections()["Use instead"])
    text = text.replace("…", "")
    glossary = tmp_path / "g.tsv"
    glossary.write_text(GLOSSARIES[rule.code], encoding="utf-8")
    findings = Linter(load_glossary([str(glossary)]), select=["NAM", rule.code]).lint_text(text, "a.txt")
    assert [f for f in findings if f.code == rule.code] == []

"""Invented tests for the class fixed after heldout81 and heldout-bilingual78 were scored (fix81):
- BIL003: the policy a notice follows (按照“安全第一、预防为主”的方针, 坚持…的原则 after 按照: a `formulas` entry of
  bilingual/data/cuts.toml, beside the documents and instructions of fix76) is a formula a translated notice leaves
  out.
With its contrast: a clause that gives facts or the measure itself is still no formula."""
from __future__ import annotations

import pytest

from textqa.rules.bilingual.omitted_sentence import formula


@pytest.mark.parametrize("clause", ["按照“安全第一、预防为主”的方针，", "依照“属地管理”的原则，", "按照有关方针，"])
def test_the_policy_a_notice_follows_is_a_formula(clause):
    assert formula(clause)


@pytest.mark.parametrize("clause", ["按照方针，全县停课三天。", "根据气象部门预报，", "按照计划，大桥明年通车。"])
def test_a_measure_or_a_plan_is_no_formula(clause):
    assert not formula(clause)

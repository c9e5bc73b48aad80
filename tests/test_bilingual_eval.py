"""The development pairs: strict BIL recall, no false warnings, and a clean pair with no warnings at all."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def score():
    name = "textqa_evaluate_bilingual"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "evaluate_bilingual.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while the class is made
        spec.loader.exec_module(module)
    module = sys.modules[name]
    return module.evaluate(module.SETS["bilingual"]).as_dict()


def test_strict_recall(score):
    assert score["strict"]["annotated"] >= 15
    assert score["strict"]["recall"] >= 0.95, score["missed"]
    for kind in ("term", "number", "omission", "untranslated"):
        assert score["kinds"][kind]["annotated"] >= 3


def test_info_kinds_found(score):
    assert score["info_kinds"]["detected"] == score["info_kinds"]["annotated"] >= 4, score["missed"]


def test_no_false_warnings_and_clean_pair_silent(score):
    assert score["false_warning_list"] == []
    assert score["clean_warning_list"] == []

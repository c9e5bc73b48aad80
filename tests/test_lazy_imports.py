"""Heavy libraries are imported only by the code that needs them (issue 14: cold start and memory).

Each case runs textqa in a fresh interpreter and reads its ``sys.modules`` at the end.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import CORPUS, GLOSSARY

# never needed to start, to print help or the version
HEAVY = ("jieba", "opencc", "spacy", "sudachipy", "pypinyin", "pkg_resources", "jinja2", "dask", "distributed",
         "defusedxml", "polib", "openpyxl", "rapidfuzz", "ahocorasick")
# never needed to lint plain Japanese text with a glossary to JSON
NOT_FOR_PLAIN_LINT = ("jieba", "spacy", "pkg_resources", "jinja2", "dask", "distributed", "defusedxml", "polib",
                      "openpyxl")

RUN = """
import contextlib, io, json, runpy, sys
sys.argv = ["textqa", *json.loads(sys.argv[1])]
out = io.StringIO()
try:
    with contextlib.redirect_stdout(out):
        runpy.run_module("textqa", run_name="__main__")
except SystemExit:
    pass
print(json.dumps([sorted({name.split(".")[0] for name in sys.modules}), out.getvalue()]))
"""


def run_textqa(*args: str) -> tuple[set[str], str]:
    """(the top-level modules loaded, the output) of ``textqa ARGS`` run in a new interpreter."""
    out = subprocess.run([sys.executable, "-c", RUN, json.dumps(args)], capture_output=True, text=True, check=True)
    modules, output = json.loads(out.stdout.splitlines()[-1])
    return set(modules), output


def test_import_textqa_loads_no_heavy_module():
    code = "import json, sys, textqa; print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert set(json.loads(out.stdout)) & set(HEAVY) == set()
    assert "textqa" in json.loads(out.stdout)


@pytest.mark.parametrize("args", [("--version",), ("--help",), ("lint", "--help"), ("glossary", "--help"),
                                  ("rules",)])
def test_help_and_version_load_no_heavy_module(args):
    loaded, output = run_textqa(*args)
    assert output.strip()  # the command ran
    assert loaded & set(HEAVY) == set()


def test_plain_lint_loads_only_what_it_needs(write):
    path = write("plain.txt", "深圳の会社が新しい製品を発表した。担当者は来月から販売すると話した。\n")
    loaded, output = run_textqa("lint", str(path), "--glossary", str(GLOSSARY), "--format", "json", "--jobs", "1")
    assert json.loads(output)["entities"][0]["zh"] == "深圳"  # it really linted, with the glossary
    assert loaded & set(NOT_FOR_PLAIN_LINT) == set()


def test_untranslated_chinese_loads_jieba_without_pkg_resources():
    loaded, _ = run_textqa("lint", str(CORPUS), "--glossary", str(GLOSSARY), "--format", "json", "--jobs", "1",
                         "--select", "GRB001")
    assert "jieba" in loaded  # the example article has runs of untranslated Chinese to segment
    assert "pkg_resources" not in loaded

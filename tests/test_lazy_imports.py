"""Heavy libraries are imported only by the code that needs them (issue 14: cold start and memory).

Each case runs textqa in a fresh interpreter and reads its ``sys.modules`` at the end.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import CORPUS, GLOSSARY

# never needed to start, to print help or the version
HEAVY = ("jieba", "opencc", "spacy", "sudachipy", "pypinyin", "pkg_resources", "jinja2", "dask", "distributed",
         "defusedxml", "polib", "openpyxl", "rapidfuzz", "ahocorasick")
# never needed to lint plain Japanese text with a glossary to JSON (with one job: no worker processes)
NOT_FOR_PLAIN_LINT = ("jieba", "spacy", "pkg_resources", "jinja2", "dask", "distributed", "defusedxml", "polib",
                      "openpyxl", "multiprocessing", "concurrent")

RUN = """
import contextlib, io, json, sys
sys.argv = ["textqa", *json.loads(sys.argv[1])]
out = io.StringIO()
from textqa.cli import main  # what the command runs (the command then leaves at once: cli.entry)
try:
    with contextlib.redirect_stdout(out):
        main()
except SystemExit:
    pass
print(json.dumps([sorted(sys.modules), out.getvalue()]))
"""


def run_textqa(*args: str) -> tuple[set[str], str]:
    """(the modules loaded: top-level packages and textqa's own modules, the output) of ``textqa ARGS`` run in a
    new interpreter."""
    out = subprocess.run([sys.executable, "-c", RUN, json.dumps(args)], capture_output=True, text=True, check=True)
    modules, output = json.loads(out.stdout.splitlines()[-1])
    return {m.split(".")[0] for m in modules} | {m for m in modules if m.startswith("textqa.")}, output


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
    assert not {m for m in loaded if m.startswith(("textqa.bilingual.", "textqa.render.html"))} - {
        "textqa.bilingual.files"}  # no source: the BIL rules stop before importing alignment and numbers



# patterns that only some texts reach (a question mark in Japanese, a half-width full stop after Japanese, a Chinese
# lesson's lines, a spaced name before an honorific, old kana spellings): each names the kanji ranges, which cost
# about 1.5 ms of compiling apiece
RARE_PATTERNS = (("textqa.rules.garble.encoding_loss", "LOST"), ("textqa.rules.garble.encoding_loss", "KANJI_BEFORE"),
                 ("textqa.rules.garble.halfwidth_period", "PERIOD"), ("textqa.charclass", "KANJI_CHAR"),
                 ("textqa.labels", "KANALESS_QUOTE"), ("textqa.labels", "CHINESE_THEN_TRANSLATION"),
                 ("textqa.rules.garble.stray_punctuation", "SPACED_NAME"),
                 ("textqa.rules.garble.traditional_character", "HISTORICAL_KANA"))
COMPILED_RARE = """
import contextlib, importlib, io, json, sys
rare = json.loads(sys.argv[2])
sys.argv = ["textqa", *json.loads(sys.argv[1])]
from textqa.cli import main
try:
    with contextlib.redirect_stdout(io.StringIO()):
        main()
except SystemExit:
    pass
print(json.dumps([name for module, name in rare if "search" in vars(getattr(importlib.import_module(module), name))]))
"""


def test_plain_lint_compiles_no_pattern_it_never_runs(write):
    path = write("plain.txt", "深圳の会社が新しい製品を発表した。担当者は来月から販売すると話した。\n")
    args = ("lint", str(path), "--glossary", str(GLOSSARY), "--format", "json", "--jobs", "1")
    out = subprocess.run([sys.executable, "-c", COMPILED_RARE, json.dumps(args), json.dumps(RARE_PATTERNS)],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.splitlines()[-1]) == []


def test_lazy_pattern_answers_as_the_compiled_pattern():
    import re

    from textqa.charclass import KANJI_RANGE, LazyPattern

    source, flags = rf"(?<=[{KANJI_RANGE}])\?+|^[{KANJI_RANGE}]+$", re.M
    text = "福?市\n山田\n日本政府?各界"
    lazy, compiled = LazyPattern(source, flags), re.compile(source, flags)
    assert lazy.pattern == compiled.pattern and "search" not in vars(lazy)  # nothing compiled yet
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)] == [
        (1, 2), (4, 6), (11, 12)]
    assert "search" in vars(lazy)  # compiled once, its methods kept
    assert lazy.search(text, 3).span() == compiled.search(text, 3).span()
    assert lazy.findall(text) == compiled.findall(text) and lazy.sub("", text) == compiled.sub("", text)
    assert lazy.groups == compiled.groups

def test_untranslated_chinese_loads_jieba_without_pkg_resources():
    loaded, _ = run_textqa("lint", str(CORPUS), "--glossary", str(GLOSSARY), "--format", "json", "--jobs", "1",
                         "--select", "GRB001")
    assert "jieba" in loaded  # the example article has runs of untranslated Chinese to segment
    assert "pkg_resources" not in loaded
    assert {"hashlib", "_hashlib"} & loaded == set()  # OpenSSL (about 4 MB resident): jieba gets the built-in md5


HMM_RUN = """
import json, sys
from textqa.lazy import jieba
j = jieba()
emit = j.finalseg.emit_P
print(json.dumps([type(emit["B"]).__name__, [j.lcut(t) for t in json.loads(sys.argv[1])],
                  {s: [[ch, emit[s].get(ch, -1.5)] for ch in json.loads(sys.argv[2])] for s in "BMES"}]))
"""


def test_jieba_hmm_emissions_from_the_cache_cut_as_jiebas_own(tmp_path, monkeypatch):
    """jieba's HMM emissions come from the cache folder from the second run on (``lazy.Emissions``, not jieba's
    3 MB module of dicts): every value the same float, and runs of words its table lacks cut the same."""
    import importlib.util

    texts = ["小明硕士毕业于中国科学院计算所", "他来到了网易杭研大厦", "李小福是创新办主任也是云计算方面的专家",
             "湖南省娄底市区块链产业园", "韩玉赏鉴了一番"]
    chars = sorted(set("".join(texts))) + ["x", "", "\U0002a6d6"]
    env = dict(os.environ, TEXTQA_CACHE_DIR=str(tmp_path))
    env.pop("TEXTQA_NO_CACHE", None)

    def run():
        out = subprocess.run([sys.executable, "-c", HMM_RUN, json.dumps(texts), json.dumps(chars)],
                             capture_output=True, text=True, check=True, env=env)
        return json.loads(out.stdout.splitlines()[-1])

    own, kept = run(), run()
    assert (own[0], kept[0]) == ("dict", "Emissions") and list(tmp_path.glob("jieba-hmm*"))
    assert kept[1:] == own[1:]
    spec = importlib.util.find_spec("jieba")
    module = importlib.util.spec_from_file_location(
        "prob_emit", os.path.join(os.path.dirname(spec.origin), "finalseg", "prob_emit.py"))
    real = importlib.util.module_from_spec(module)
    module.loader.exec_module(real)
    from textqa.lazy import HMM_STATES, _kept_emissions

    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(tmp_path))
    table = _kept_emissions().P
    for state in HMM_STATES:
        assert len(table[state].chars) == len(real.P[state])
        assert all(table[state].get(ch) == value for ch, value in real.P[state].items())


def test_lint_loads_no_openssl_for_its_digests(write):
    """The cache keys' SHA-256 is the interpreter's built-in one: the same digests, without mapping libcrypto."""
    import hashlib

    from textqa.lazy import sha256

    for data in (b"", b"abc", "易理华".encode() * 1000):
        assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    h = sha256()
    h.update(b"a")
    assert h.digest() == hashlib.sha256(b"a").digest()
    loaded, output = run_textqa("lint", str(CORPUS), "--glossary", str(GLOSSARY), "--format", "json", "--jobs", "1")
    assert json.loads(output)["findings"] and {"hashlib", "_hashlib"} & loaded == set()


# -- tables derived from OpenCC are cached: a warm run loads no s2t dictionary (0.25 s, 25 MB) ------------------

RECORD_OPENCC = """
import json, sys
import opencc
loaded = []
class Recording(opencc.OpenCC):
    def __init__(self, config, *args):
        loaded.append(config)
        super().__init__(config, *args)
opencc.OpenCC = Recording
from textqa.cli import main
try:
    main([*json.loads(sys.argv[1])])
except SystemExit:
    pass
print(json.dumps(loaded), file=sys.stderr)
"""


def opencc_configs_loaded(*args: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", RECORD_OPENCC, json.dumps(args)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stderr.splitlines()[-1])


def test_warm_run_loads_no_s2t_dictionary(write):
    # untranslated Chinese (which characters are simplified only) and a glossary name (organisation suffixes)
    path = write("mixed.txt", "深圳の会社が新製品を発表した。担当者は「区块链技术」の時代だと述べた。\n")
    args = ("lint", str(path), "--glossary", str(GLOSSARY), "--format", "json", "--jobs", "1")
    opencc_configs_loaded(*args)  # the first run may build the cached tables
    assert "s2t" not in opencc_configs_loaded(*args)


def test_cached_s2t_table_agrees_with_opencc(tmp_path, monkeypatch):
    from textqa.glossary import forms

    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(tmp_path))
    forms._s2t_changed.cache_clear()
    try:
        sample = "国会说龙龍币幣铁鐵个個々丶乂丼俥𠀋𡈽𪚲你好﨑髙"  # both scripts, Extension B and compatibility forms
        expected = [forms.convert(ch, "s2t") != ch for ch in sample]
        assert [forms.s2t_changes(ch) for ch in sample] == expected
        assert list(tmp_path.glob("opencc-s2t-changed-*.json"))  # written ...
        forms._s2t_changed.cache_clear()
        assert [forms.s2t_changes(ch) for ch in sample] == expected  # ... and read back
        # the table is one string of characters in code-point order: every character of the blocks answers as
        # OpenCC does
        every = [chr(c) for lo, hi in forms.CJK_BLOCKS for c in range(lo, hi + 1)]
        assert [forms.s2t_changes(ch) for ch in every] == [forms.convert(ch, "s2t") != ch for ch in every]
    finally:
        forms._s2t_changed.cache_clear()


def test_derived_table_that_fails_validation_is_rebuilt(tmp_path, monkeypatch):
    from textqa.glossary import forms
    from textqa.cachefiles import write_checked

    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(tmp_path))
    words = ("有限公司", "集团")
    first = forms.japanese_forms(words)
    assert first == {w: forms.japanese_form(w) for w in words}
    [path] = tmp_path.glob("opencc-japanese-forms-*.json")
    write_checked(path, forms.DERIVED_FORMAT, json.dumps({"有限公司": 1}).encode())  # valid checksum, wrong shape
    assert forms.japanese_forms(words) == first
    path.write_bytes(b"garbage")
    assert forms.japanese_forms(words) == first

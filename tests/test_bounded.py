"""Bounded cost (issue 13, items 17-19): work and memory that grow with the input only as they must.

No timings: work is counted, and memory is the peak resident set of a child process.
"""
from __future__ import annotations

import random
import subprocess
import sys

import pytest

from textqa import Linter

from conftest import GLOSSARY

KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポー"


def test_katakana_matcher_work_is_linear_in_a_long_line(monkeypatch):
    """A 200,000-character katakana line took 27 s (all suffixes of every unknown word were tokenized)."""
    from textqa.mentions import features, katakana

    linter = Linter(str(GLOSSARY))
    linter.lint_text("テスト")
    rng = random.Random(2)
    for n in (1000, 4000):
        text = "".join(rng.choice(KATAKANA) for _ in range(n)) + "\n"
        tokenized = []
        real = features.tokenize
        monkeypatch.setattr(features, "tokenize", lambda t, *a: tokenized.append(len(t)) or real(t, *a))
        features.is_dictionary_word.cache_clear()
        katakana.surface_key.cache_clear()
        linter.lint_text(text)
        assert sum(tokenized) <= 100 * n, (n, sum(tokenized))  # quadratic work would be n * n / 2
        assert katakana.surface_key.cache_info().currsize <= 60 * n


def _peak_mb(args, env=None) -> tuple[int, int]:
    code = ("import resource, subprocess, sys; rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)"
            ".returncode; print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300, env=env)
    rc, mb = out.stdout.split()
    return int(rc), int(mb)


def test_a_glossary_entry_of_absurd_length_stays_cheap(tmp_path):
    """A glossary entry with a 1,200-character zh took 10.7 s and 2.6 GB."""
    import os

    rng = random.Random(1)
    hanzi = "易理华娄底曾国藩途牛马化腾深圳长沙李林王张刘陈杨黄赵周吴徐孙胡朱高何郭罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅"
    long_zh = "".join(rng.choice(hanzi) for _ in range(1200))
    (tmp_path / "g.tsv").write_text(f"zh\tja\n{long_zh}\t\n马化腾\t馬化騰\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("馬花騰氏は語った。\n", encoding="utf-8")
    rc, mb = _peak_mb([sys.executable, "-m", "textqa", "lint", "--glossary", str(tmp_path / "g.tsv"),
                       str(tmp_path / "a.txt")], env={**os.environ, "TEXTQA_NO_CACHE": "1"})
    assert rc in (0, 1) and mb < 500, mb


def test_memory_grows_with_the_text_not_faster(tmp_path):
    """Peak memory of one large file: a bounded working set plus a small multiple of the text (bench/memory.py
    shows the full sizes). Scaled down for CI: 0.1 MB and 0.4 MB of articles."""
    from conftest import CORPUS

    unit = CORPUS.read_bytes()
    peaks = []
    for copies in (1, 4):
        path = tmp_path / f"big{copies}.txt"
        path.write_bytes(unit * copies)
        rc, mb = _peak_mb([sys.executable, "-m", "textqa", "lint", "--jobs", "1", "--format", "json", "--glossary",
                           str(GLOSSARY), str(path)])
        assert rc == 1
        peaks.append(mb)
    grown_per_mb = (peaks[1] - peaks[0]) / (3 * len(unit) / 2**20)
    assert grown_per_mb < 150, peaks  # MB of memory per MB of text


def _lint_traced(linter, text: str) -> tuple[int, object]:
    """(peak bytes that Python allocated while linting ``text``, the document the rules read)."""
    import tracemalloc

    tracemalloc.start()
    try:
        doc = linter.lint_source(text, "big.txt")[1]
        return tracemalloc.get_traced_memory()[1], doc
    finally:
        tracemalloc.stop()


def test_memory_per_character_of_text_is_small():
    """Tokens were kept as objects for the whole file: about 200 bytes of memory per character of text (70 MB
    per MB of UTF-8), so a 10 MB file needed 1 GB. Now each paragraph's tokens are packed in flat arrays and Token
    objects live only while a rule holds them, and the kanji runs the sound-alike finders share are two arrays of
    offsets (they were a tuple of (Span, str) pairs: 69 bytes per character in all), findings and mentions have
    slots, and findings share repeated strings. The working set grows by well under 45 bytes per character."""
    from conftest import CORPUS

    linter = Linter(str(GLOSSARY))
    unit = CORPUS.read_text(encoding="utf-8") + "\n"
    linter.lint_text(unit)  # glossary, tokenizer and lazy tables loaded; their caches warm
    small, _ = _lint_traced(linter, unit)
    large, doc = _lint_traced(linter, unit * 3)
    per_char = (large - small) / (2 * len(unit))
    assert per_char < 45, per_char  # about 37 here; 69 with the runs as objects, 143 with tokens as objects
    packs = doc.memo["tokens.packed"]
    assert packs.tokenized >= 3 * 10  # every copy's paragraphs were tokenized ...
    assert all(not isinstance(v, list) for v in doc.memo.values())  # ... and none is held as Token objects


def _small_windows(monkeypatch, tokens_held: int = 4000) -> None:
    """Token and paragraph windows as small as a long file's are against its length."""
    from textqa import tokens

    monkeypatch.setattr(tokens.PackWindow.__init__, "__defaults__", (tokens_held,))
    monkeypatch.setattr(tokens, "WINDOW_CHARS", tokens_held // 2)


def _articles() -> str:
    """The shipped article and the test articles, as bench/memory.py joins them."""
    from conftest import CORPUS

    return "\n".join(p.read_text(encoding="utf-8")
                     for p in [CORPUS, *sorted((CORPUS.parents[1] / "tests" / "corpus" / "articles").glob("*.txt"))])


def _growth_past_the_window(monkeypatch) -> tuple[float, object]:
    """(bytes of working set per character, the document) between one and three copies of the articles, with
    windows small enough that three copies are a long file."""
    _small_windows(monkeypatch)
    linter = Linter(str(GLOSSARY))
    unit = _articles() + "\n"
    linter.lint_text(unit)
    # the lower of two runs each: a process-wide cache that an earlier test left half full may grow (and a dict
    # double its table) during the first run only, which is not growth with the length of the file
    small = min(_lint_traced(linter, unit)[0] for _ in range(2))
    (large, doc), (again, _) = _lint_traced(linter, unit * 3), _lint_traced(linter, unit * 3)
    return (min(large, again) - small) / (2 * len(unit)), doc


@pytest.mark.slow
def test_memory_per_character_stays_small_past_the_window(monkeypatch):
    """Growth per character of text is bounded once a file is longer than the working set: the packed tokens of
    every paragraph were kept to the end (about 11 bytes a character) and the garble rules shared a slice of every
    paragraph (a second copy of the text, 3 more). Now the packs held are those of the paragraphs read last, up
    to a number of tokens, and the rules that walk paragraph tokens run one window of paragraphs at a time; slices
    are made as they are read. The windows are made small here, so that three copies of the articles are a long
    file: before, the working set grew by 29 bytes a character; now by about 16."""
    per_char, doc = _growth_past_the_window(monkeypatch)
    assert per_char < 22, per_char
    window = doc.memo["tokens.packed"]
    assert window.held <= 4000 + max(map(len, window.packs.values()))  # one long paragraph may pass the bound
    assert window.tokenized > len(window)  # the window moved on: packs were dropped


@pytest.mark.parametrize("windowed", [False, True])
def test_each_paragraph_is_tokenized_once(monkeypatch, windowed):
    """Time stays linear: rules that walk the document again rebuild tokens from the packs, never re-tokenize, also
    when the file is longer than the window of packs (the rules that read paragraph tokens run window by window).
    A paragraph text that repeats is tokenized by SudachiPy once (``tokens.SharedPacks``)."""
    from textqa import tokens

    if windowed:
        _small_windows(monkeypatch, 400)
    monkeypatch.setattr(tokens, "_SHARED", tokens.SharedPacks())
    calls: list[str] = []
    real = tokens.tokenize_columns
    monkeypatch.setattr(tokens, "tokenize_columns", lambda text, offset=0: calls.append(text) or real(text, offset))
    lines = [f"発表された数字は、は正確だ 大阪の拠点は来年閉鎖される{i}。\n" for i in range(25)]
    text = "".join(lines * 2)  # doubled word and run-on clause: both walk tokens
    findings, doc = Linter().lint_source(text)
    assert {f.code for f in findings} >= {"GRB008", "GRB010"}
    assert doc.memo["tokens.packed"].tokenized == 50  # each paragraph packed once in the document ...
    assert sorted(calls) == sorted(line.rstrip("\n") for line in lines)  # ... and each text tokenized once


def test_findings_are_compact(tmp_path):
    """A name misspelt the same way all through a long file gives one finding a place, but they share one message,
    surface, suggestion and confidence object (each was its own), and findings and mentions keep no per-object
    dict."""
    (tmp_path / "g.tsv").write_text("zh\tja\n马化腾\t馬化騰\n", encoding="utf-8")
    findings = Linter(str(tmp_path / "g.tsv")).lint_text("馬花騰氏は語った。\n" * 200)
    named = [f for f in findings if f.entity == "马化腾"]
    assert len(named) == 200
    for field in ("message", "surface", "suggestion", "confidence"):
        assert len({id(getattr(f, field)) for f in named}) == 1, field
    assert not hasattr(named[0], "__dict__")
    from textqa.findings import Mention

    assert "__slots__" in vars(Mention)


def test_json_report_is_written_in_pieces():
    """The JSON report was built whole in memory (a dict per finding, then the text, then its bytes): about 1.5 KB
    per finding on top of the findings. Now each finding's dict is made as it is written, and the output comes in
    pieces of about 64 KB that join to the same text: what rendering holds grows by a few bytes a finding."""
    import json
    import tracemalloc

    from textqa import __version__
    from textqa.findings import Finding, Severity, Span
    from textqa.render import render_chunks
    from textqa.render.json_format import finding_dict
    from textqa.report import Report

    def report(n: int) -> Report:
        return Report(findings=[Finding(f"a{i % 7}.txt", "NAM001", Severity.WARNING, f"'馬花騰' is not 馬化騰 ({i})",
                                        i + 1, 3, i + 1, 6, "马化腾", "馬化騰", 0.9, Span(10 * i, 10 * i + 3), "馬花騰")
                                for i in range(n)])

    small, large = report(2000), report(8000)
    whole = json.dumps({"version": __version__, "findings": [finding_dict(f) for f in small.findings],
                        "entities": [], "errors": []}, ensure_ascii=False, indent=2) + "\n"
    assert "".join(render_chunks(small, "json")) == whole
    peaks = []
    for r in (small, large):
        tracemalloc.start()
        try:
            pieces = [len(c) for c in render_chunks(r, "json")]
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        assert len(pieces) > 10 and max(pieces) < 2**17
    per_finding = (peaks[1] - peaks[0]) / 6000
    assert per_finding < 150, per_finding  # the text alone is about 700 bytes a finding


PIECES_MEASURE = """
import sys, tracemalloc
from textqa.findings import Finding, Severity, Span
from textqa.render import render, render_chunks
from textqa.report import Report

fmt = sys.argv[1]


def report(n):
    return Report(findings=[Finding(f"a{i % 7}.txt", "NAM001", Severity.WARNING, f"'馬花騰' is not 馬化騰 ({i})",
                                    i + 1, 3, i + 1, 6, "马化腾", "馬化騰", 0.9, Span(10 * i, 10 * i + 3), "馬花騰")
                            for i in range(n)], files=[f"a{i}.txt" for i in range(7)])


small, large = report(2000), report(8000)
assert "".join(render_chunks(small, fmt)) == render(small, fmt)
peaks = []
for r in (small, large):
    tracemalloc.start()
    try:
        pieces = [len(c) for c in render_chunks(r, fmt)]
        peaks.append(tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()
    assert len(pieces) > 1 and max(pieces) < 2**17
print((peaks[1] - peaks[0]) / 6000)
"""


@pytest.mark.slow
@pytest.mark.parametrize("fmt,bound", [("text", 40), ("sarif", 400), ("github", 40)])
def test_text_sarif_and_github_reports_are_written_in_pieces(fmt, bound):
    """The text, SARIF and GitHub reports were built whole (every line, or every result's dict, then the joined
    text: about 480 bytes a finding for text, 610 for GitHub and 15 KB for SARIF, measured here). Now, as the JSON report, they come in pieces
    of about 64 KB, each finding's lines or result made as it is written: rendering holds a few bytes a finding
    (SARIF: its count of each fingerprint, which numbers identical findings). Measured in a process of its own, as a
    run renders: in the test suite's worker, after the files run before it, SARIF measured 506 bytes a finding
    (twice, in the fortieth session's full runs; 25 in a process of its own, and the file alone passed), what those
    tests left in the worker counted with it."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", PIECES_MEASURE, fmt], capture_output=True, text=True, check=True)
    per_finding = float(done.stdout)
    assert per_finding < bound, per_finding


@pytest.mark.slow
def test_document_wide_layers_are_compact_past_the_window(monkeypatch):
    """What outlives the window grew by about 15 bytes a character of text (this test, on the code before): the
    mentions layer held a Mention object, a Span and its numbers for every mention (about 300 bytes each); the
    finders' own layers and their token evidence were kept to the end of the file though only finders read them;
    the bracket index held a tuple per pair and a dict entry for every offset inside glossing parentheses; the
    paragraphs were a list of Span tuples. Now the mentions are records in flat arrays (a Mention is made as it is
    read), the finders' layers and evidence are let go once the mentions layer is written, bracket pairs and
    paragraphs are arrays of offsets, the glossing parentheses runs of offsets with one owner each and the gloss
    groups a mapping over arrays; findings share equal line numbers and confidences: about 6.5 bytes a character,
    most of it the findings. Then the name finders ran window by window and a document's findings became packed
    records (``PackedFindings``): about 3.4 (the bound fails on the code before)."""
    from textqa.mentions.layer import MentionLayer

    per_char, doc = _growth_past_the_window(monkeypatch)
    assert per_char < 5, per_char
    layer = doc.layers["mentions"]
    assert isinstance(layer, MentionLayer) and len(layer) > 100 and not hasattr(layer, "__dict__")
    assert [k for k in doc.layers if k.startswith("mentions.")] == [] and "token-evidence" not in doc.memo
    first = layer[0]
    assert layer.overlapping(first.span)[-1] == first and list(layer)[0] == first


def _mentions_phase_growth(monkeypatch) -> float:
    """Bytes a character by which the peak while the mentions layer is written grows, between one and three copies
    of the articles, with windows small enough that three copies are a long file."""
    import tracemalloc

    from textqa import lint

    _small_windows(monkeypatch)
    linter = Linter(str(GLOSSARY))
    unit = _articles() + "\n"
    linter.lint_text(unit)
    real = lint.annotate
    peaks: list[int] = []

    def annotate(doc, compiled):
        tracemalloc.start()
        try:
            return real(doc, compiled)
        finally:
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()

    monkeypatch.setattr(lint, "annotate", annotate)
    for text in (unit, unit, unit * 3, unit * 3):  # the lower of two runs each (see _growth_past_the_window)
        linter.lint_source(text, "big.txt")
    return (min(peaks[2:]) - min(peaks[:2])) / (2 * len(unit))


def test_name_finders_run_window_by_window(monkeypatch):
    """The name finders searched the whole document at once: every finder's candidates, their features and token
    evidence were held until all were scored, and the peak while the mentions layer was written grew by about 13
    bytes a character (this test, on the code before). Now they search one window of paragraphs at a time, keeping
    what a candidate needs of the whole document in counters (entities written literally anywhere, entities
    mentioned, the first and last window of each entity's candidates): what is held grows by the compact
    mentions layer and the per-window pieces it is joined from (about 1.6 bytes a character here)."""
    per_char = _mentions_phase_growth(monkeypatch)
    assert per_char < 5, per_char


@pytest.mark.parametrize("tokens_held", [400, 4000])
def test_name_finders_window_by_window_give_the_whole_documents_answers(monkeypatch, tokens_held):
    """Stretch by stretch, the mentions layer and the findings are those of the whole document at once, also where
    an entity's only candidates in one stretch are echoed by a later one (that stretch is searched again)."""
    from textqa.mentions import resolve

    _small_windows(monkeypatch, tokens_held)
    linter = Linter(str(GLOSSARY))
    text = _articles() * 2 + "\n"
    searched = []
    real = resolve.completed
    monkeypatch.setattr(resolve, "completed", lambda *a, **k: searched.append(1) or real(*a, **k))
    windowed, doc = linter.lint_source(text, "big.txt")
    stretches = len(resolve._stretches(doc))
    assert stretches > 10 and len(searched) > stretches  # stretch by stretch, and some searched again
    mentions = list(doc.layers["mentions"])
    monkeypatch.setattr(resolve, "_stretches", lambda doc: [])
    whole, doc = linter.lint_source(text, "big.txt")
    assert len(mentions) > 300 and mentions == list(doc.layers["mentions"])
    assert windowed == whole


def test_findings_are_packed_records():
    """A document's findings were objects to the end of the file: a Finding with its span, numbers and a context
    string each, about 400 bytes besides the strings they share. Now a document's findings are packed records
    (``PackedFindings``: numbers, offsets, a table of distinct values and the context's bytes but for the surface in
    it), made into Finding objects one at a time as they are read: a few times smaller, and read back the same."""
    import tracemalloc

    from textqa.findings import PackedFindings

    linter = Linter(str(GLOSSARY))
    packed = linter.lint_source(_articles() * 2, "big.txt")[0]
    assert isinstance(packed, PackedFindings) and len(packed) > 300
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        objects = list(packed)
        as_objects = tracemalloc.get_traced_memory()[0] - before
        before = tracemalloc.get_traced_memory()[0]
        again = PackedFindings(objects)
        as_records = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert as_records < 0.5 * as_objects, (as_records / len(packed), as_objects / len(packed))
    assert again == objects and [(f.span, f.context, f.line, f.end_column) for f in again] == \
        [(f.span, f.context, f.line, f.end_column) for f in objects]
    assert again[-1] == objects[-1] and again[3:6] == objects[3:6]
    from textqa.findings import Finding, Severity

    whole_file = Finding("a.txt", "BIL004", Severity.INFO, "no span", confidence=1, context="x")
    assert [(f, f.span, f.line, f.context, type(f.confidence)) for f in PackedFindings([whole_file])] == \
        [(whole_file, None, None, "x", int)]


def test_lines_for_excerpts_are_kept_only_for_the_text_format(tmp_path):
    """The lines that findings point at were kept for every file in every format (about 40% of a long file's text
    again, for the articles), though only the text format shows them. Now the command line keeps them only for it."""
    from click.testing import CliRunner

    from textqa import runner
    from textqa.cli import main

    from conftest import CORPUS

    kept = []
    real = runner._file_lines
    article = tmp_path / "a.txt"
    article.write_text(CORPUS.read_text(encoding="utf-8"), encoding="utf-8")
    for fmt in ("json", "text"):
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(runner, "_file_lines", lambda *a: kept.append(fmt) or real(*a))
            result = CliRunner().invoke(main, ["lint", "--jobs", "1", "--format", fmt, "--glossary", str(GLOSSARY),
                                               str(article)])
        assert result.exit_code == 1, result.output
    assert kept == ["text"]
    assert f"    2 | {CORPUS.read_text(encoding='utf-8').splitlines()[1]}\n" in result.output  # line 2's excerpt


class _CountingText(str):
    """A document's text that counts the code points of every slice taken of it (a slice is a copy)."""

    sliced = 0

    def __getitem__(self, key):
        piece = super().__getitem__(key)
        _CountingText.sliced += len(piece)
        return piece


def _work(linter, text: str, whole_file: bool = False) -> tuple[dict, int]:
    """(calls of each function, code points sliced from the document's text) while the pipeline lints ``text`` (a
    file's text, suppression comments and all, with ``whole_file``)."""
    import cProfile
    import pstats

    from textqa.document import Document

    _CountingText.sliced = 0
    profile = cProfile.Profile()
    profile.enable()
    try:
        if whole_file:
            linter.lint_source(_CountingText(text), "big.txt")
        else:
            linter.lint_document(Document(_CountingText(text), "big.txt"))
    finally:
        profile.disable()
    calls = {f"{path.split('/textqa/')[-1]}:{line}:{name}": stat[1]
             for (path, line, name), stat in pstats.Stats(profile).stats.items() if "/textqa/" in path}
    return calls, _CountingText.sliced


def test_work_grows_in_proportion_to_the_text(monkeypatch):
    """Time was not linear in size: 10 MB took 55 s and 50 MB was still running after 11.7 minutes. Some checks
    did work for each finding or name in proportion to the whole document: GRB009's quoted-title test and GRB004's
    quoted and cited tests scanned every bracket pair of the document (now pairs that hold a span are looked up by
    bisection: ``Brackets.enclosing``), pairing quotes across paragraphs and mismatched marks scanned every
    paragraph and removed marks from long lists one by one, NAM002's quoted-post test sliced the text before each
    name (``text[:start]``) and read it back to the last blank line (``PostHeaders``), and a headline test sliced
    the text before each line (this test fails on the code before). Work is counted, not timed: between one and
    four copies of the articles (windows small enough that four copies are a long file), no function of textqa is
    called more than in proportion, and the text sliced grows in proportion too."""
    _assert_work_in_proportion(monkeypatch, _articles() + "\n")


def test_suppression_comments_cost_in_proportion_to_the_text(monkeypatch):
    """A file with a suppression comment every few lines: each finding was checked against every comment's regions,
    and each line comment against every HTML comment (work growing with the square of the file), and the text the
    rules read was mapped back to the file by a list of every offset (36 bytes a character; now ``KeptOffsets``,
    a pair of offsets for each stretch between comments). This test fails on the code before."""
    lines = (_articles() + "\n").splitlines(keepends=True)
    comments = ["<!-- textqa-disable-next-line GRB002 -->\n", "# textqa-disable-next-line NAM\n",
                "<!-- textqa-disable GRB009 -->\n", "<!-- textqa-enable -->\n"]
    unit = "".join(comments[n // 8 % 4] + line if n % 8 == 0 else line for n, line in enumerate(lines))
    _assert_work_in_proportion(monkeypatch, unit, whole_file=True)


def _assert_work_in_proportion(monkeypatch, unit: str, whole_file: bool = False) -> None:
    _small_windows(monkeypatch)
    linter = Linter(str(GLOSSARY))
    linter.lint_text(unit * 2)  # glossary, tokenizer and lazy tables loaded; the process-wide memos warm
    (few, few_sliced), (many, many_sliced) = _work(linter, unit, whole_file), _work(linter, unit * 4, whole_file)
    faster = {f: (few.get(f, 0), n) for f, n in many.items() if n > 4 * 1.25 * few.get(f, 0) + 50}
    assert not faster, faster  # (calls for one copy, calls for four)
    assert many_sliced <= 4 * 1.25 * few_sliced, (few_sliced, many_sliced)


def test_markdown_prose_is_mapped_back_in_stretches():
    """The prose of a Markdown file was mapped back to the file by a list of every kept offset, after a list of a
    bool a character: what it held grew by about 24 bytes a character of this text (39 for bench Markdown, where a
    12 MB file peaked at 608 MB; the bound fails on the code before). Now which characters are kept is a byte each
    and the map a pair of offsets a stretch of kept characters (``KeptOffsets``): about 3 bytes, most of it the
    prose itself."""
    import tracemalloc

    from textqa.document import KeptOffsets
    from textqa.markdown import prose

    lines = [line for line in _articles().splitlines() if line.strip()]
    unit = "".join(f"## 見出し{i}\n\n- **{line[:4]}** {line[4:]} [リンク](https://example.com/linktarget{i}) `code`\n\n"
                   for i, line in enumerate(lines))
    prose(unit)  # the parser made, its tables loaded
    held = []
    for text in (unit, unit * 4):
        tracemalloc.start()
        try:
            p = prose(text)
            held.append(tracemalloc.get_traced_memory()[0])
        finally:
            tracemalloc.stop()
    assert isinstance(p.kept, KeptOffsets) and len(p.kept) == len(p.text) > len(text) // 2
    per_char = (held[1] - held[0]) / (3 * len(unit))
    assert per_char < 6, per_char
    assert all(text[p.kept[i]] == p.text[i] for i in range(0, len(p.text), 7))


class _CountedScans(str):
    """A text that counts the code points its ``count()`` calls scan."""

    scanned = 0

    def count(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        _CountedScans.scanned += max(0, end - start)
        return super().count(sub, start, end)


def test_tbx_entry_lines_are_counted_once_through():
    """A TBX glossary's entry lines (for its problems' line numbers) were each counted from the top of the file: work
    growing with the square of a large glossary. Now each entry's line is counted on from the one before: the text
    is scanned once."""
    from textqa.glossary.formats.tbx import entry_starts

    entry = "<conceptEntry id='c{}'>\n  <langSec xml:lang='zh'><termSec><term>马化腾</term></termSec></langSec>\n" \
            "</conceptEntry>\n"
    text = _CountedScans("<tbx>\n<body>\n" + "".join(entry.format(i) for i in range(2000)) + "</body>\n</tbx>\n")
    _CountedScans.scanned = 0
    assert entry_starts(text)[:3] == [3, 6, 9] and len(entry_starts(text)) == 2000
    assert _CountedScans.scanned <= 2 * len(text)


def test_bilingual_alignment_searches_a_band(monkeypatch):
    """The aligner filled a table of every source unit against every target unit (a translation of 80 articles in
    one file took minutes, its memory growing with the square of the file). Now it searches a band of ``band``
    units around the diagonal (align.toml): bead costs grow in proportion to the units; within the band (every text
    of up to ``band`` units a side) the answer is that of the whole table, and a dropped unit is still found far
    along."""
    from collections import Counter

    from textqa.bilingual import align
    from textqa.findings import Span

    def units(n: int, skip: int = -1) -> list:
        return [align.Unit(Span(i, i + 1), 20, Counter({f"e:{i}": 2, f"n:{i % 7}": 1})) for i in range(n) if i != skip]

    def band(width: int) -> None:
        data = align.model()
        monkeypatch.setattr(align, "model", lambda: {**data, "cost": {**data["cost"], "band": width}})

    costs = []
    real = align.bead_cost
    monkeypatch.setattr(align, "bead_cost", lambda *a: costs.append(1) or real(*a))
    band(10)
    for n in (100, 400):
        costs.clear()
        beads = align.align_units(units(n), units(n, skip=n - 30))
        assert [s for s, t, _ in beads if not t] == [(n - 30,)]  # the one dropped unit, near the end
        assert len(costs) <= 5 * 21 * n * 1.1, (n, len(costs))  # shapes x band width x units
    small_src, small_tgt = units(9), units(9, skip=4)
    band(10**6)
    whole = align._programme(small_src, small_tgt)
    band(10)
    assert align._programme(small_src, small_tgt) == whole

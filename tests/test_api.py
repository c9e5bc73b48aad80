"""The Python API: lint_text, load_glossary, Linter; and a cheap ``import textqa``."""
from __future__ import annotations

import subprocess
import sys

import textqa
from textqa import Finding, Linter, Severity, lint_text, load_glossary

from conftest import CORPUS, GLOSSARY

TEXT = "深センの企業は成長した。深圳では、深圳の市場が広がった。"


def test_lint_text_with_glossary_paths():
    findings = lint_text(TEXT, [str(GLOSSARY)])
    assert findings and all(isinstance(f, Finding) for f in findings)
    assert {(f.code, f.surface, f.suggestion) for f in findings} >= {("NAM002", "深セン", "深圳")}
    f = next(f for f in findings if f.surface == "深セン")
    assert (f.line, f.column, f.end_column, f.path) == (1, 1, 4, "<text>")
    assert TEXT[f.span.start:f.span.end] == "深セン"


def test_load_glossary_and_lint_with_a_glossary_object():
    glossary = load_glossary([GLOSSARY])
    entry = glossary.get("深圳")
    assert len(glossary) > 10 and entry.ja in ("深圳", "深セン") and set(entry.correct_forms) >= {"深圳", "深セン"}
    assert lint_text(TEXT, glossary) == lint_text(TEXT, str(GLOSSARY))
    assert lint_text("今日は晴れです。", glossary) == []


def test_linter_loads_once_and_lints_many():
    linter = Linter(str(GLOSSARY), codes={"NAM002"})
    compiled = linter.compiled
    first = linter.lint_text(TEXT)
    second = linter.lint_text(TEXT, path="b.txt")
    assert linter.compiled is compiled
    assert [f.code for f in first] == ["NAM002"] and second[0].path == "b.txt"
    from_file = linter.lint_file(str(CORPUS))
    assert from_file and {f.code for f in from_file} == {"NAM002"}


def test_severity_overrides_and_no_glossary():
    linter = Linter(str(GLOSSARY), codes={"NAM002"}, severity_overrides={"NAM002": Severity.ERROR},
                    strict_consistency=True)
    assert {f.severity for f in linter.lint_text(TEXT)} == {Severity.ERROR}
    # without a glossary, the rules that need one are skipped rather than failing
    assert all(not f.code.startswith("NAM") for f in Linter().lint_text(TEXT))


def test_bad_input_raises_the_errors_the_cli_prints(tmp_path):
    """Each error's str() is the command line's one line: path, line, problem."""
    import pytest

    (tmp_path / "dup.tsv").write_text("zh\tja\n娄底\t婁底\n娄底\t婁底\n", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff\xfe\x81")
    with pytest.raises(textqa.InputErrors) as many:
        load_glossary([tmp_path / "dup.tsv"])
    assert [str(e) for e in many.value.errors] == [f"{tmp_path / 'dup.tsv'}:3: 'zh' '娄底' is already defined on line 2 "
                                                   "[GLS003]"]
    with pytest.raises(textqa.InputError, match=r"bin.txt:1: not valid UTF-8 \(byte 0xFF at offset 1\)"):
        Linter(None).lint_file(str(tmp_path / "bin.txt"))
    with pytest.raises(ValueError, match="unknown rule code or prefix 'XYZ'"):
        lint_text("今日は晴れです。", select=["XYZ"])


def test_import_is_cheap():
    heavy = ["sudachipy", "spacy", "opencc", "pypinyin", "jieba"]
    code = ("import sys, textqa; textqa.__version__; "
            f"print(','.join(m for m in {heavy!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
    assert set(textqa.__all__) >= {"lint_text", "load_glossary", "Linter", "Finding"}


def test_glossary_files_go_through_the_compiled_cache(tmp_path, monkeypatch):
    """``Linter`` given files reads them as the command line does (``load_compiled``): a warm cache is read without
    parsing the files again, and a malformed file raises the same errors as ``load_glossary``."""
    import pytest

    from textqa.glossary import cache, load

    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(tmp_path / "cache"))
    cache.clear_memo()
    glossary = tmp_path / "g.tsv"
    glossary.write_text("zh\tja\ttype\n星河县\t星河県\tplace\n", encoding="utf-8")
    first = Linter([glossary]).lint_text("星河縣の町。", "a.txt")
    assert first  # 縣 for 県
    cache.clear_memo()  # a new process: the disk cache only

    def parsed(*args, **kwargs):
        raise AssertionError("the glossary was parsed again")

    monkeypatch.setattr(load, "read_file", parsed)
    again = Linter(str(glossary))
    assert [(f.code, f.message) for f in again.lint_text("星河縣の町。", "a.txt")] == [(f.code, f.message) for f in first]
    assert again.compiled.glossary is again.glossary
    monkeypatch.undo()
    (tmp_path / "dup.tsv").write_text("zh\tja\n娄底\t婁底\n娄底\t婁底\n", encoding="utf-8")
    with pytest.raises(textqa.InputErrors) as many:
        Linter([tmp_path / "dup.tsv"])
    assert [str(e) for e in many.value.errors] == [f"{tmp_path / 'dup.tsv'}:3: 'zh' '娄底' is already defined on line 2 "
                                                   "[GLS003]"]

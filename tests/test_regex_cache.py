"""Regular expressions kept in the cache folder (textqa.regex_cache): what a later run reads is the pattern ``re``
would compile, a bad file is ignored, and a lint's patterns are the same in every process (issue 14: cold start)."""
from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from re import _compiler

import pytest

from conftest import CORPUS, GLOSSARY
from textqa import regex_cache
from textqa.cachefiles import write_checked
from textqa.charclass import JAPANESE_RANGE, KANJI_RANGE

# patterns of the kinds textqa writes: the kanji ranges (a big character set), named groups, flags, lookbehinds,
# bytes
PATTERNS = ((rf"(?P<name>[{KANJI_RANGE}]{{2,4}})(?:さん|氏)", 0),
            (rf"(?<=[{JAPANESE_RANGE}])\.(?=[「『]|$)", re.M),
            (r"^[a-z]+(?:-[a-z]+)*$", re.I | re.M), (rb"[\x80-\xff]+", 0))
TEXTS = ("林志强さんは王氏に会った。", "深圳.「星河」\nabc.", "Abc-def\nx-y-z", b"ab\xe3\x81\x82cd")


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache of compiled patterns for ``re`` and for the module, and an empty cache folder."""
    monkeypatch.setattr(re, "_cache", {})
    if hasattr(re, "_cache2"):
        monkeypatch.setattr(re, "_cache2", {})
    monkeypatch.setattr(regex_cache, "_FILE", {})
    monkeypatch.setattr(regex_cache, "_USED", set())
    monkeypatch.setattr(regex_cache, "_UNWRITABLE", set())
    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("TEXTQA_NO_CACHE", raising=False)
    return tmp_path


def forget():
    """What a new process knows: no compiled pattern."""
    re._cache = {}
    if hasattr(re, "_cache2"):
        re._cache2 = {}
    regex_cache._FILE.clear()
    regex_cache._USED.clear()
    regex_cache._UNWRITABLE.clear()


def compile_all():
    return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def test_a_pattern_read_from_the_file_is_the_one_re_compiles(fresh):
    assert regex_cache.load() == 0  # no file yet
    compiled = compile_all()
    assert regex_cache.save() and regex_cache._path().is_file()
    forget()
    assert regex_cache.load() == len(PATTERNS)
    for (pattern, flags), before, text in zip(PATTERNS, compiled, TEXTS):
        first = re._cache2 if hasattr(re, "_cache2") else re._cache
        assert (type(pattern), pattern, flags) not in first  # made only when re asks for it
        cached = re.compile(pattern, flags)
        assert first[type(pattern), pattern, flags] is cached  # made from the file's code, not compiled
        assert re.compile(pattern, flags) is cached  # found ready, not made again
        # equal compiled patterns: the same pattern, flags and code for the engine
        assert cached == _compiler.compile(pattern, flags) == before
        assert (cached.groups, cached.groupindex) == (before.groups, before.groupindex)
        assert [m.span() for m in cached.finditer(text)] == [m.span() for m in before.finditer(text)]
    assert not regex_cache.save()  # nothing new: the file is not written again


def test_save_adds_new_patterns_to_those_of_the_file(fresh):
    re.compile(*PATTERNS[0])
    assert regex_cache.save()
    forget()
    assert regex_cache.load() == 1
    re.compile(*PATTERNS[1])
    assert regex_cache.save()
    forget()
    assert regex_cache.load() == 2


@pytest.mark.parametrize("damage", ["garbage", "not rows", "bad code", "wrong shape"])
def test_a_bad_file_is_ignored_and_written_again(fresh, damage):
    compile_all()
    regex_cache.save()
    path = regex_cache._path()
    pattern, flags = PATTERNS[0]
    if damage == "garbage":
        path.write_bytes(b"garbage")
    elif damage == "not rows":
        write_checked(path, regex_cache.FORMAT, marshal.dumps({"a": 1}))  # a valid checksum over what is no list
    elif damage == "bad code":  # code the engine refuses, found when re asks for the pattern
        row = marshal.dumps([pattern, flags, flags, [999, 1, 2], 0, {}, ()])
        write_checked(path, regex_cache.FORMAT, marshal.dumps([[pattern, flags, row]]))
    else:
        write_checked(path, regex_cache.FORMAT, marshal.dumps([[pattern, flags]]))
    forget()
    assert regex_cache.load() == (1 if damage == "bad code" else 0)
    assert re.compile(pattern, flags) == _compiler.compile(pattern, flags)  # compiled as always
    assert regex_cache.save()  # written again, whole
    forget()
    assert regex_cache.load() == 1


def test_only_the_patterns_a_run_asks_for_are_made_and_the_file_keeps_the_others(fresh):
    """A file holds the patterns of many runs: a run makes only those it asks for, and a run that compiles a new one
    writes the file with the others still in it, the ones it used after those it did not."""
    compile_all()
    assert regex_cache.save()
    forget()
    assert regex_cache.load() == len(PATTERNS)
    used = re.compile(*PATTERNS[1])
    assert regex_cache._USED == {(type(PATTERNS[1][0]), *PATTERNS[1])} and used == _compiler.compile(*PATTERNS[1])
    re.compile(r"[a-c]{3}\d", 0)  # new
    assert regex_cache.save()
    forget()
    assert regex_cache.load() == len(PATTERNS) + 1
    order = [key[1] for key in regex_cache._FILE]
    assert order[-2:] == [PATTERNS[1][0], r"[a-c]{3}\d"]
    assert set(order[:-2]) == {p for p, _ in PATTERNS} - {PATTERNS[1][0]}
    for pattern, flags in PATTERNS:
        assert re.compile(pattern, flags) == _compiler.compile(pattern, flags)


def test_a_process_that_saves_again_makes_no_row_twice(fresh, monkeypatch):
    """A process that lints again (the API, a test's many runs) writes only the patterns it compiled since its last
    save: the code of the others is not made again (it took about a second a run with ``re``'s 512 patterns)."""
    compile_all()
    assert regex_cache.save()
    made, real = [], regex_cache._row
    monkeypatch.setattr(regex_cache, "_row", lambda key: made.append(key) or real(key))
    assert not regex_cache.save() and made == []  # nothing compiled since: nothing made, nothing written
    re.compile(r"[d-f]{2}\d", 0)
    assert regex_cache.save() and [key[1] for key in made] == [r"[d-f]{2}\d"]
    forget()
    assert regex_cache.load() == len(PATTERNS) + 1


def test_patterns_left_out_of_a_full_file_are_no_longer_the_files(fresh, monkeypatch):
    """The file keeps the last ``re._MAXCACHE`` patterns: those left out are not counted as in it afterwards, and a
    save with nothing new compiled since still makes nothing."""
    monkeypatch.setattr(re, "_MAXCACHE", 3)
    compile_all()  # four patterns: re keeps the last three
    assert regex_cache.save()
    re.compile(r"[g-i]{2}\d", 0)
    assert regex_cache.save()
    on_disk = {(type(p), p, f) for p, f, _ in regex_cache._rows(regex_cache._path())}
    assert len(on_disk) == 3 and set(regex_cache._FILE) == on_disk
    made, real = [], regex_cache._row
    monkeypatch.setattr(regex_cache, "_row", lambda key: made.append(key) or real(key))
    assert not regex_cache.save() and made == []


def test_a_folder_it_cannot_write_is_left_alone(fresh, monkeypatch):
    """No file can be written: the code of the patterns is not made again for nothing."""
    made = []
    monkeypatch.setattr(regex_cache, "_row", lambda key: made.append(key))
    monkeypatch.setattr(regex_cache.os, "access", lambda path, mode: False)
    compile_all()
    assert not regex_cache.save() and made == [] and not list(fresh.iterdir())


def test_no_cache_means_no_file(fresh, monkeypatch):
    monkeypatch.setenv("TEXTQA_NO_CACHE", "1")
    compile_all()
    assert regex_cache.load() == 0 and not regex_cache.save()
    assert not list(fresh.iterdir())


def test_a_lint_compiles_the_same_patterns_in_every_process(tmp_path):
    """A second run, with another string hash seed, finds every pattern it compiles in the file the first wrote (a
    pattern built from a set in hash order would differ from process to process, and the file be written again at
    every run), and reports the same."""
    args = ["lint", str(CORPUS), "--glossary", str(GLOSSARY), "--format", "json", "--jobs", "1"]

    def run(seed: str):
        env = dict(os.environ, TEXTQA_CACHE_DIR=str(tmp_path), PYTHONHASHSEED=seed)
        env.pop("TEXTQA_NO_CACHE", None)
        out = subprocess.run([sys.executable, "-m", "textqa", *args], capture_output=True, text=True, env=env)
        assert out.returncode in (0, 1), out.stderr
        return json.loads(out.stdout)

    first = run("1")
    [path] = tmp_path.glob("regex-*.marshal")
    written = path.stat().st_mtime_ns, path.read_bytes()
    assert run("2") == first
    assert (path.stat().st_mtime_ns, path.read_bytes()) == written

"""Bounded cost (issue 13, items 17-19): work and memory that grow with the input only as they must.

No timings: work is counted, and memory is the peak resident set of a child process.
"""
from __future__ import annotations

import random
import subprocess
import sys

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

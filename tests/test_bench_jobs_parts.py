"""bench/jobs_parts.py (the CPU of `--jobs N`'s parent and workers) hooks textqa's pool by name and reads what each
process reports as it exits: run it on three small files so that a renamed hook or a worker that no longer reports
fails here, not when someone next measures issue 14; its timeline comes in the order the run makes it. No timing is
asserted."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

from conftest import ROOT


def _bench_inputs(tmp_path, articles: int) -> None:
    """The inputs jobs_parts.py reads under BENCH_OUT: a corpus of the first test articles and the 100-entry glossary."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))[:articles]:
        shutil.copy(article, corpus)
    shutil.copy(ROOT / "tests" / "corpus" / "glossary.tsv", tmp_path / "glossary-100.tsv")


def test_jobs_parts_reports_the_parent_and_each_worker(tmp_path):
    _bench_inputs(tmp_path, 3)
    src = str(ROOT / "src")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "jobs_parts.py"), f"{src}:1", f"{src}:2"],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "BENCH_OUT": str(tmp_path), "RUNS": "1"})
    assert done.returncode == 0, done.stderr
    one, two = done.stdout.splitlines()
    parts = {key: float(value) for key, value in re.findall(r"(\w+) ([\d.]+) s", two)}
    assert parts["before_fork"] > 0 and parts["parent"] >= parts["before_fork"]  # printed to 0.01 s: a fast machine
    # may leave the parent's CPU after the fork below the rounding
    assert parts["workers"] >= parts["busier"] > 0  # the workers reported (a busy machine may leave one idle: its
    # CPU, a fork's, rounds to nothing)
    assert "ideal ratio" in two and "ideal ratio" not in one
    assert float(re.search(r"parent ([\d.]+) s", one).group(1)) > 0
    at = [parts[key] for key in ("pool_at", "first_start", "last_end", "joined_at", "end_at")]
    assert 0 < at[0] and at == sorted(at)  # the pool, the first batch, the last, run() returned, the end
    assert parts["during"] > 0 and parts["first_cpu"] > 0 and parts["steady_cpu"] > 0
    assert "pool_at" not in one  # one job makes no pool


def test_jobs_parts_timeline_lists_each_workers_batches(tmp_path):
    _bench_inputs(tmp_path, 4)
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "jobs_parts.py"), f"{ROOT / 'src'}:2"],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "BENCH_OUT": str(tmp_path), "RUNS": "1", "TIMELINE": "1"})
    assert done.returncode == 0, done.stderr
    batches = re.findall(r"^  worker \d+: (.*)$", done.stderr, re.M)
    assert 1 <= len(batches) <= 2  # a line for each worker that took a batch (a busy machine may leave one idle)
    sizes = [int(n) for line in batches for n in re.findall(r"/(\d+)(?: |$)", line)]
    assert sum(sizes) == 4  # every file in some batch, once

"""bench/jobs_parts.py (the CPU of `--jobs N`'s parent and workers) hooks textqa's pool by name and reads what each
process reports as it exits: run it on three small files so that a renamed hook or a worker that no longer reports
fails here, not when someone next measures issue 14. No timing is asserted."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

from conftest import ROOT


def test_jobs_parts_reports_the_parent_and_each_worker(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))[:3]:
        shutil.copy(article, corpus)
    shutil.copy(ROOT / "tests" / "corpus" / "glossary.tsv", tmp_path / "glossary-100.tsv")
    src = str(ROOT / "src")
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "jobs_parts.py"), f"{src}:1", f"{src}:2"],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "BENCH_OUT": str(tmp_path), "RUNS": "1"})
    assert done.returncode == 0, done.stderr
    one, two = done.stdout.splitlines()
    parts = {key: float(value) for key, value in re.findall(r"(\w+) ([\d.]+) s", two)}
    assert parts["before_fork"] > 0 and parts["parent"] > parts["before_fork"]
    assert parts["workers"] > parts["busier"] > 0  # both workers reported
    assert "ideal ratio" in two and "ideal ratio" not in one
    assert float(re.search(r"parent ([\d.]+) s", one).group(1)) > 0

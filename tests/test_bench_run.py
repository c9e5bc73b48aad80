"""bench/run.py's `--jobs 2` against `--jobs 1` takes the median of alternating runs: the run it reports is the one
of median wall time, with the median CPU time of all (one run of each moved the ratio by 0.1 between quiet runs)."""
from __future__ import annotations

import importlib.util

from conftest import ROOT


def _bench_run():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_median_of_keeps_the_median_run_and_the_median_cpu():
    median_of = _bench_run().median_of
    runs = [{"seconds": 3.0, "cpu_s": 1.0, "stdout": b"slow"}, {"seconds": 1.0, "cpu_s": 5.0, "stdout": b"fast"},
            {"seconds": 2.0, "cpu_s": 2.5, "stdout": b"middle"}]
    assert median_of(runs) == {"seconds": 2.0, "cpu_s": 2.5, "stdout": b"middle"}
    assert median_of(runs[:2]) == {"seconds": 1.0, "cpu_s": 3.0, "stdout": b"fast"}  # even: the faster middle one

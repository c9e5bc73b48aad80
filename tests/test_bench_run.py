"""bench/run.py's `--jobs 2` against `--jobs 1` takes the median of alternating runs: the run it reports is the one
of median wall time, with the median CPU time of all (one run of each moved the ratio by 0.1 between quiet runs).
The glossary scaling row does the same with the sizes linted in turn (one run of each moved the 100,000-entry ratio
from 1.54x to 1.74x)."""
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


def test_scaling_results_take_each_size_s_median_and_the_highest_peak():
    scaling_results = _bench_run().scaling_results
    def run(seconds: float, peak: float) -> dict:
        return {"seconds": seconds, "cpu_s": seconds, "peak_mb": peak}

    rounds = [{100: run(4.0, 190.0), 100000: run(7.0, 320.0)}, {100: run(5.0, 200.0), 100000: run(6.0, 330.0)},
              {100: run(4.2, 195.0), 100000: run(9.0, 310.0)}]
    got = scaling_results(rounds)
    assert got[100] == {"lint_s": 4.2, "peak_mb": 200.0, "vs_smallest": 1.0, "runs": 3}
    assert got[100000] == {"lint_s": 7.0, "peak_mb": 330.0, "vs_smallest": 7.0 / 4.2, "runs": 3}

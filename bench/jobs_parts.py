"""CPU time of the parts of `textqa lint --jobs N --format json` on the bench corpus: the parent before the pool is
made (start-up and warm-up: serial), the parent in all, each worker; several builds, alternating, median of RUNS.

    python bench/jobs_parts.py SRC:JOBS [SRC:JOBS ...]   # e.g. /work/main/src:1 /work/main/src:2 src:2
    RUNS=5 python bench/jobs_parts.py ...

SRC is a source folder put first on PYTHONPATH (another worktree's build against this one). On a loaded machine the
wall times say little; the ideal wall ratio is computed from CPU as in the issue: `--jobs 1`'s CPU over the
parent's CPU (all of it counted as serial: an upper bound on its share) plus the busier worker's. Run bench/run.py
once first (it builds bench/out/corpus and the glossaries; BENCH_OUT=folder to use another worktree's); the corpus is copied to a temporary folder, since
bench/out is ignored by git and so by textqa's discovery. Writes nothing into the repository.
"""
from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(os.environ.get("BENCH_OUT", Path(__file__).resolve().parent / "out"))  # another worktree's bench/out

# run in each textqa process: reports its own CPU when it ends (a forked worker ends through os._exit)
PROBE = """
import atexit, os, resource, sys, time
import textqa.parallel as parallel
made = []
make_pool = parallel._pool
def _pool(*args, **kwargs):
    made.append(time.process_time())
    return make_pool(*args, **kwargs)
parallel._pool = _pool
def report():
    own = resource.getrusage(resource.RUSAGE_SELF)
    sys.stderr.write(f"PARTS {os.getpid()} {made[0] if made else 0.0} {own.ru_utime + own.ru_stime}\\n")
exit_now = os._exit
def _exit(code):
    report()
    exit_now(code)
os._exit = _exit
atexit.register(report)
from textqa.cli import main
sys.exit(main(sys.argv[1:]))
"""


def measure(src: str, jobs: int, corpus: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": src, "TEXTQA_CACHE_DIR": str(OUT / "cache")}
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", PROBE, "lint", str(corpus), "--glossary", str(OUT / "glossary-100.tsv"),
                           "--jobs", str(jobs), "--format", "json"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)
    wall = time.perf_counter() - start
    parts = [(int(pid), float(made), float(cpu)) for pid, made, cpu in
             re.findall(r"^PARTS (\d+) ([\d.]+) ([\d.]+)$", proc.stderr, re.M)]
    parent = parts[-1]  # the last to report: it waits for its workers
    workers = sorted(cpu for pid, _, cpu in parts if pid != parent[0])
    return {"wall": wall, "before_fork": parent[1], "parent": parent[2], "workers": sum(workers),
            "busier": max(workers, default=0.0)}


def main() -> None:
    builds = [(src, int(jobs)) for src, jobs in (arg.rsplit(":", 1) for arg in sys.argv[1:])]
    runs = int(os.environ.get("RUNS", "3"))
    results: dict[tuple[str, int], list[dict]] = {b: [] for b in builds}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        shutil.copytree(OUT / "corpus", corpus)
        for _ in range(runs):
            for src, jobs in builds:
                r = measure(src, jobs, corpus)
                results[src, jobs].append(r)
                print(f"{src}:{jobs} " + " ".join(f"{k} {v:.3f}" for k, v in r.items()) +
                      f" load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
    one = [statistics.median(r["parent"] for r in rs) for (_, jobs), rs in results.items() if jobs == 1]
    for (src, jobs), rs in results.items():
        med = {k: statistics.median(r[k] for r in rs) for k in rs[0]}
        line = f"{src}:{jobs} median of {runs}: " + ", ".join(f"{k} {v:.2f} s" for k, v in med.items())
        if jobs > 1 and one:
            line += f"; ideal ratio {one[0] / (med['parent'] + med['busier']):.2f}x"
        print(line)


if __name__ == "__main__":
    main()

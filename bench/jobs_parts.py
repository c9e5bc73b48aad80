"""CPU time of the parts of `textqa lint --jobs N --format json` on the bench corpus: the parent before the pool is
made (start-up and warm-up: serial), the parent in all, each worker; several builds, alternating, median of RUNS.

    python bench/jobs_parts.py SRC:JOBS [SRC:JOBS ...]   # e.g. /work/main/src:1 /work/main/src:2 src:2
    RUNS=5 python bench/jobs_parts.py ...

SRC is a source folder put first on PYTHONPATH (another worktree's build against this one). On a loaded machine the
wall times say little; the ideal wall ratio is computed from CPU as in the issue: `--jobs 1`'s CPU over the
parent's CPU (all of it counted as serial: an upper bound on its share) plus the busier worker's. Run bench/run.py
once first (it builds bench/out/corpus and the glossaries; BENCH_OUT=folder to use another worktree's); the corpus is copied to a temporary folder, since
bench/out is ignored by git and so by textqa's discovery. Writes nothing into the repository.

The timeline (wall seconds from the command's start, each process's clock read against the same epoch): when the
pool is made (`pool_at`: the serial start-up), when each worker starts its first batch and ends its last (`tail`:
the later end less the earlier one, one worker idle meanwhile), when the parent's `run` returns (`joined_at`) and
when the command ends (`end_at`: the report after the last result). CPU: each worker's first batch (`first_cpu`:
the memos it fills, as its own linting of the same number of files later shows, `steady_cpu`: the median batch's
CPU scaled to the first batch's number of files). TIMELINE=1 prints every batch of each run.
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
TIMELINE = bool(os.environ.get("TIMELINE"))  # print every batch of each run

# run in each textqa process: reports its own CPU when it ends (a forked worker ends through os._exit)
PROBE = """
import atexit, os, resource, sys, time
T0 = float(os.environ["JOBS_PARTS_T0"])  # the epoch time the command was started at
PARENT = os.getpid()
from textqa.cli import main  # first: it reads the cached regular expressions (textqa.regex_cache) before a module
# compiles them; imported after another of textqa's modules, the run compiles those itself and writes the file again
import textqa.parallel as parallel
import textqa.runner as runner
cpu_at, marks = {}, {}  # the process's CPU and the wall time at the pool's making and run()'s return
make_pool = parallel._pool
def _pool(*args, **kwargs):
    cpu_at.setdefault("pool", time.process_time())
    marks.setdefault("pool_at", time.time() - T0)
    return make_pool(*args, **kwargs)
parallel._pool = _pool
call_batch = parallel._call_batch
def _call_batch(items):  # in a worker: each batch's wall start and end, its CPU and size
    start, cpu = time.time() - T0, time.process_time()
    out = call_batch(items)
    sys.stderr.write(f"BATCH {os.getpid()} {start} {time.time() - T0} {time.process_time() - cpu} {len(items)}\\n")
    return out
_call_batch.__module__, _call_batch.__qualname__ = call_batch.__module__, call_batch.__qualname__  # pickled by name
parallel._call_batch = _call_batch
lint_run = runner.run
def run(*args, **kwargs):
    out = lint_run(*args, **kwargs)
    marks["joined_at"] = time.time() - T0  # every result read, the workers joined
    cpu_at["joined"] = time.process_time()
    return out
runner.run = run
def report():
    own = resource.getrusage(resource.RUSAGE_SELF)
    sys.stderr.write(f"PARTS {os.getpid()} {cpu_at.get('pool', 0.0)} {cpu_at.get('joined', 0.0)} "
                     f"{own.ru_utime + own.ru_stime}\\n")
    if os.getpid() == PARENT:
        sys.stderr.write("MARKS " + " ".join(f"{k} {v}" for k, v in marks.items()) + f" end_at {time.time() - T0}\\n")
exit_now = os._exit
def _exit(code):
    report()
    exit_now(code)
os._exit = _exit
atexit.register(report)
sys.exit(main(sys.argv[1:]))
"""


def measure(src: str, jobs: int, corpus: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": src, "TEXTQA_CACHE_DIR": str(OUT / "cache"), "JOBS_PARTS_T0": repr(time.time())}
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", PROBE, "lint", str(corpus), "--glossary", str(OUT / "glossary-100.tsv"),
                           "--jobs", str(jobs), "--format", "json"], env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, check=False)
    wall = time.perf_counter() - start
    parts = [(int(pid), float(pool), float(joined), float(cpu)) for pid, pool, joined, cpu in
             re.findall(r"^PARTS (\d+) ([\d.]+) ([\d.]+) ([\d.]+)$", proc.stderr, re.M)]
    parent = parts[-1]  # the last to report: it waits for its workers
    workers = sorted(cpu for pid, _, _, cpu in parts if pid != parent[0])
    out = {"wall": wall, "before_fork": parent[1], "parent": parent[3], "workers": sum(workers),
           "busier": max(workers, default=0.0)}
    if jobs > 1:  # the parent's CPU while the workers run, and after its run() returned (the report); the timeline
        out.update(during=parent[2] - parent[1], after=parent[3] - parent[2], **timeline(proc.stderr))
    return out


def timeline(stderr: str) -> dict:
    """The run's timeline (module docstring) from the probe's BATCH and MARKS lines."""
    batches: dict[int, list[tuple[float, float, float, int]]] = {}
    for pid, start, end, cpu, n in re.findall(r"^BATCH (\d+) ([\d.e-]+) ([\d.e-]+) ([\d.e-]+) (\d+)$", stderr, re.M):
        batches.setdefault(int(pid), []).append((float(start), float(end), float(cpu), int(n)))
    marks = dict(re.findall(r"(\w+_at) ([\d.e-]+)", next(iter(re.findall(r"^MARKS .*$", stderr, re.M)), "")))
    if TIMELINE:
        for pid, rows in sorted(batches.items()):
            print(f"  worker {pid}: " + " ".join(f"{s:.2f}-{e:.2f}/{c * 1000:.0f}ms/{n}" for s, e, c, n in rows),
                  file=sys.stderr)
    ends = sorted(max(e for _, e, _, _ in rows) for rows in batches.values())
    firsts = [min(rows) for rows in batches.values()]
    per_file = statistics.median(c / n for rows in batches.values() for _, _, c, n in rows[1:]) if \
        any(len(rows) > 1 for rows in batches.values()) else 0.0
    return {"pool_at": float(marks.get("pool_at", 0.0)),
            "first_start": min((s for s, _, _, _ in firsts), default=0.0),
            "tail": ends[-1] - ends[0] if ends else 0.0,
            "last_end": ends[-1] if ends else 0.0,
            "joined_at": float(marks.get("joined_at", 0.0)), "end_at": float(marks.get("end_at", 0.0)),
            "first_cpu": statistics.mean(c for _, _, c, _ in firsts) if firsts else 0.0,
            "steady_cpu": per_file * statistics.mean(n for _, _, _, n in firsts) if firsts else 0.0}


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

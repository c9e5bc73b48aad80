"""Peak memory and time of `textqa lint` on one large file, by size: memory grows slowly with the text, time
in proportion to it. Time is the run's CPU time (user and system, the process's children included): on a shared,
loaded machine the time on the clock (shown too) measures the other processes as much as this one.

    python bench/memory.py 1 5 10        # sizes in MB; prints one row per size

Each size is a file made of the shipped article and the test articles, repeated; every run is its own
process, and its peak resident set comes from getrusage. Writes nothing into the repository.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "corpus" / "hunan-blockchain.ja.txt", *sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))]
GLOSSARY = ROOT / "glossary" / "hunan-blockchain.names.tsv"


def make_file(path: Path, megabytes: float) -> int:
    text = "\n".join(p.read_text(encoding="utf-8") for p in SOURCES if p.exists())
    unit = text.encode("utf-8")
    want = int(megabytes * 2**20)
    with open(path, "wb") as f:
        written = 0
        while written < want:
            f.write(unit)
            written += len(unit)
    return written


def peak_of(args: list[str]) -> tuple[int, float, float, int]:
    """(peak RSS in MB, CPU seconds, seconds on the clock, exit code) of one run in a fresh process."""
    code = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode; "
            "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(u.ru_maxrss // 1024, u.ru_utime + u.ru_stime, time.perf_counter() - t, rc)")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True).stdout
    mb, cpu, seconds, rc = out.split()
    return int(mb), float(cpu), float(seconds), int(rc)


def main(sizes: list[float]) -> None:
    print("| file | peak memory | CPU time | CPU time per MB | time on the clock | exit code |\n"
          "| --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"big-{size}.txt"
            n = make_file(path, size)
            mb, cpu, seconds, rc = peak_of([sys.executable, "-m", "textqa", "lint", "--jobs", "1", "--format",
                                            "json", "--glossary", str(GLOSSARY), str(path)])
            print(f"| {n / 2**20:.1f} MB | {mb} MB | {cpu:.1f} s | {cpu / (n / 2**20):.2f} s | {seconds:.1f} s "
                  f"| {rc} |", flush=True)


if __name__ == "__main__":
    main([float(a) for a in sys.argv[1:]] or [1, 5, 10])

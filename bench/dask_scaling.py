"""Scaling on Dask: `textqa lint --scheduler` with 1 and 2 workers against `--jobs 1` and `--jobs 2`.

    python bench/dask_scaling.py [--files 200] [--min-mb 2] [--out bench/dask_results.json]

Needs `pip install -e ".[dask]"`. Uses the corpus of bench/run.py (regenerated under bench/out/corpus) and the
example article's glossary with a warm cache. Every run is `textqa lint ... --format json` as its own process;
all outputs must be identical. Two kinds of Dask rows: `local:N` (the command starts and stops its own LocalCluster,
so worker start-up is included) and a cluster started beforehand (`tcp://...`, as on a real cluster, where the
workers are already up but still load the tokenizer on their first task).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import ARTICLE_GLOSSARY, OUT, TEXTQA, build_corpus, environment, run_measured  # noqa: E402


def lint(files: list[Path], env: dict, *extra: str) -> dict:
    # the files by name: bench/out/ is git-ignored, so walking it would skip them
    return run_measured([*TEXTQA, "lint", *map(str, files), "--glossary", str(ARTICLE_GLOSSARY), "--format", "json",
                         *extra], env)


def main() -> None:
    from distributed import Client, LocalCluster

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--min-mb", type=float, default=2.0)
    parser.add_argument("--out", type=Path, default=OUT.parent / "dask_results.json")
    args = parser.parse_args()
    files, corpus_bytes = build_corpus(OUT / "corpus", args.files, int(args.min_mb * 2**20))
    env = environment(OUT / "cache")
    lint(files, env, "--jobs", "1")  # warms the glossary cache
    rows: list[tuple[str, dict]] = [("--jobs 1", lint(files, env, "--jobs", "1")),
                                    ("--jobs 2", lint(files, env, "--jobs", "2"))]
    for n in (1, 2):
        rows.append((f"--scheduler local:{n}", lint(files, env, "--scheduler", f"local:{n}")))
    for n in (1, 2):
        with LocalCluster(n_workers=n, threads_per_worker=1, dashboard_address=None, silence_logs=40) as cluster, \
                Client(cluster):
            rows.append((f"--scheduler tcp:// ({n} worker{'s' * (n > 1)} already up)",
                         lint(files, env, "--scheduler", cluster.scheduler_address)))
    base = rows[0][1]
    identical = all(r["stdout"] == base["stdout"] for _, r in rows)
    print(f"Corpus: {args.files} files, {corpus_bytes / 2**20:.2f} MB; {os.cpu_count()} CPUs; identical output: "
          f"{identical}\n")
    print("| Run | Wall time | Speed-up against --jobs 1 | MB/s |\n| --- | --- | --- | --- |")
    for name, r in rows:
        print(f"| `{name}` | {r['seconds']:.1f} s | {base['seconds'] / r['seconds']:.2f}x | "
              f"{corpus_bytes / 2**20 / r['seconds']:.2f} |")
    args.out.write_text(json.dumps({"files": args.files, "bytes": corpus_bytes, "identical": identical,
                                    "rows": {name: r["seconds"] for name, r in rows}}, indent=2) + "\n")
    if not identical:
        sys.exit("outputs differ")


if __name__ == "__main__":
    main()

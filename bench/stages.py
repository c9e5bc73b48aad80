"""CPU time of each stage of `textqa lint --format json` on one large file, by size: which stage's cost per MB
rises with the file (time should be linear in size; a stage whose cost per MB grows does work that grows faster).

    python bench/stages.py 2 5 10 20     # sizes in MB; one process per size; prints seconds per MB of each stage

Stages are timed with process CPU time, each without the stages it calls: reading the file, SudachiPy
(tokenizing), the mentions layer (name finders, scoring, claims), each rule, the findings (packing, dropping,
sorting), the per-entity summaries, the JSON rendering, and the rest (start-up excluded: a warm-up file is linted
first). The files are bench/memory.py's (the articles repeated). Writes nothing into the repository.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from memory import GLOSSARY, make_file

SPENT: dict[str, float] = defaultdict(float)
CALLS: dict[str, int] = {}  # calls of each wrapped function: one never called is what the code no longer calls
_INNER: list[float] = []  # per open timed call: CPU time spent in timed calls inside it


def _timed(name: str, fn, target: str):
    CALLS.setdefault(target, 0)

    def call(*args, **kwargs):
        CALLS[target] += 1
        start = time.process_time()
        _INNER.append(0.0)
        try:
            return fn(*args, **kwargs)
        finally:
            spent, inner = time.process_time() - start, _INNER.pop()
            SPENT[name] += spent - inner
            if _INNER:
                _INNER[-1] += spent
    return call


def _timed_steps(name: str, generator_function, target: str):
    """A generator function whose every step is timed (a rule's findings are made as they are read)."""
    step = _timed(name, next, f"{target} (steps)")

    def steps(*args, **kwargs):
        it = iter(_timed(name, generator_function, target)(*args, **kwargs))
        while True:
            try:
                yield step(it)
            except StopIteration:
                return
    return steps


def _wrap(owner, attr: str, stage: str, *, steps: bool = False) -> None:
    """Time ``owner.attr`` (a module's function or a class's method) as part of ``stage``."""
    target = f"{getattr(owner, '__name__', owner)}.{attr}"
    setattr(owner, attr, (_timed_steps if steps else _timed)(stage, getattr(owner, attr), target))


def instrument() -> None:
    from textqa import api, findings, lint, report, runner, tokens
    from textqa.render import json_format
    from textqa.rules.registry import RULES, default_codes

    _wrap(api, "read_text", "read")
    _wrap(tokens, "_tokenize_piece", "tokens (SudachiPy)")
    _wrap(lint, "annotate", "mentions layer")
    for code, rule in RULES.items():
        if code in default_codes():  # an opt-in rule does not run in the default lint the bench times
            _wrap(rule, "check", f"rule {code}", steps=True)
    for method in ("extend", "take", "column"):  # no Finding is made for the JSON report (report.stacked reads columns)
        _wrap(findings.PackedFindings, method, "findings")
    for name in ("_drop_covered", "in_order"):
        _wrap(lint, name, "findings")
    _wrap(runner, "summarise_mentions", "summaries")
    _wrap(report, "stacked", "rendering")
    _wrap(json_format, "render_chunks", "rendering", steps=True)


def one(size: float) -> dict:
    """CPU seconds of each stage linting a file of ``size`` MB, in this process."""
    from click.testing import CliRunner

    from textqa.cli import main

    instrument()
    with tempfile.TemporaryDirectory() as tmp:
        def lint(path: Path) -> float:
            args = ["lint", "--jobs", "1", "--format", "json", "--no-progress", "--glossary", str(GLOSSARY),
                    "--output", str(Path(tmp) / "out.json"), str(path)]
            start = time.process_time()
            CliRunner().invoke(main, args, catch_exceptions=False)
            return time.process_time() - start

        warm = Path(tmp) / "warm.txt"
        make_file(warm, 0.05)
        lint(warm)
        SPENT.clear()
        path = Path(tmp) / "big.txt"
        n = make_file(path, size)
        total = lint(path)
    out = dict(SPENT)
    out["other"] = total - sum(SPENT.values())
    return {"mb": n / 2**20, "total": total, "stages": out, "calls": dict(CALLS)}


def main(sizes: list[float]) -> None:
    runs = []
    for size in sizes:
        done = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True,
                              check=True)
        runs.append(json.loads(done.stdout))
        idle = sorted(target for target, n in runs[-1]["calls"].items() if not n)
        if idle:
            sys.exit(f"bench/stages.py: never called, so not timed: {', '.join(idle)} (the code no longer calls "
                     "what instrument() wraps: wrap what it calls now)")
        print(f"{runs[-1]['mb']:.1f} MB: {runs[-1]['total']:.1f} s of CPU", file=sys.stderr, flush=True)
    stages = sorted({s for r in runs for s in r["stages"]}, key=lambda s: -runs[-1]["stages"].get(s, 0))
    print("| CPU seconds per MB | " + " | ".join(f"{r['mb']:.3g} MB" for r in runs) + " |")
    print("| --- |" + " --- |" * len(runs))
    for s in ["total", *stages]:
        cells = [(r["total"] if s == "total" else r["stages"].get(s, 0.0)) / r["mb"] for r in runs]
        if max(cells) < 0.0005:
            continue
        print(f"| {s} | " + " | ".join(f"{c:.3f}" for c in cells) + " |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(one(float(sys.argv[2]))))
    else:
        main([float(a) for a in sys.argv[1:]] or [2, 5, 10, 20])

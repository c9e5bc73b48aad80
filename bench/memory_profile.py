"""Where memory that grows with the text lives: tracemalloc snapshots, grouped by traceback, of linting one and
COPIES copies of the articles that bench/memory.py repeats, taken when a document's findings are all gathered
(the peak); prints the difference per character of the added text, by the three innermost textqa frames.

    python bench/memory_profile.py 3            # windows of 4,000 tokens: three copies are a long file
    python bench/memory_profile.py 3 --window 0 # textqa's own windows (2^18 tokens)

Slow under tracemalloc (about a minute for 3 copies on a quiet machine); writes nothing.
"""
from __future__ import annotations

import argparse
import linecache
import tracemalloc

from memory import GLOSSARY, SOURCES


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("copies", type=int, nargs="?", default=3)
    parser.add_argument("--window", type=int, default=4000, help="tokens held (0: textqa's own)")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()

    from textqa import Linter, lint, tokens

    if args.window:
        tokens.PackWindow.__init__.__defaults__ = (args.window,)
        tokens.WINDOW_CHARS = args.window // 2
    unit = "\n".join(p.read_text(encoding="utf-8") for p in SOURCES) + "\n"
    linter = Linter(str(GLOSSARY))
    linter.lint_text(unit)  # glossary, tokenizer and lazy tables loaded
    taken = {}
    gathered = lint._drop_covered  # called once a document's findings are all gathered

    def snapshot(findings):
        taken["at"] = tracemalloc.take_snapshot()
        return gathered(findings)

    lint._drop_covered = snapshot
    runs = {}
    for n in (1, args.copies):
        text = unit * n
        tracemalloc.start(12)
        linter.lint_source(text, "big.txt")
        runs[n] = (taken.pop("at"), tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    chars = (args.copies - 1) * len(unit)
    print(f"{len(unit)} characters a copy; peak grew {(runs[args.copies][1] - runs[1][1]) / chars:.1f} bytes a character")
    by_place: dict[tuple, list[int]] = {}
    for stat in runs[args.copies][0].compare_to(runs[1][0], "traceback"):
        frames = tuple((f.filename, f.lineno) for f in stat.traceback if "textqa" in f.filename)[::-1][:3]
        place = by_place.setdefault(frames or ((stat.traceback[-1].filename, stat.traceback[-1].lineno),), [0, 0])
        place[0] += stat.size_diff
        place[1] += stat.count_diff
    for frames, (size, count) in sorted(by_place.items(), key=lambda kv: -kv[1][0])[:args.top]:
        where = " <- ".join(f"{name.split('/textqa/')[-1]}:{line}" for name, line in frames)
        source = linecache.getline(*frames[0]).strip()[:60]
        print(f"{size / chars:6.2f} B/char {count / (args.copies - 1):8.0f} a copy  {where}  {source}")

if __name__ == "__main__":
    main()

"""Bare SudachiPy (mode C) over every line of every file: the throughput yardstick.

    python bench/sudachi_bare.py FOLDER
"""
import sys
from pathlib import Path

from sudachipy import Dictionary, SplitMode

tokenizer = Dictionary(dict="core").create(SplitMode.C)
count = 0
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            count += len(tokenizer.tokenize(line))
print(count)

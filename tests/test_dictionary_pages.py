"""SudachiPy's dictionary: the pages its loading reads are let go, and tokenizing is unchanged by it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from textqa import tokens

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/smaps (Linux)")

TEXT = "湖南省の省都である長沙市は、二〇二〇年に新しいブロックチェーン産業園を開いた。"


def dictionary_resident_kb() -> int:
    """Resident kilobytes of this process's mappings of dictionary files."""
    total, in_dic = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
            in_dic = line.rstrip().endswith(".dic")
        elif in_dic and head[:1] == ["Rss:"]:
            total += int(head[1])
    return total


def test_loading_the_dictionary_leaves_its_pages_out_of_the_resident_set():
    before = [(t.surface, t.pos, t.reading) for t in tokens.tokenize(TEXT)]
    tokens._tokenizer.cache_clear()
    tokens._dictionary.cache_clear()
    tokens._pos_table.cache_clear()
    tokens._dictionary()  # loading reads 72 MB of the entries section; those pages are let go
    assert dictionary_resident_kb() < 16 * 1024
    assert [(t.surface, t.pos, t.reading) for t in tokens.tokenize(TEXT)] == before

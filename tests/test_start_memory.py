"""What a cold start holds (issue 14: one article, peak <= 150 MB): tables read in a compact form answer as the
tables they stand for. No timing or memory bound here (bench/run.py measures the peak)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from textqa.glossary.cache import read_checked, write_checked
from textqa.phonetics import pinyin


def test_the_character_table_answers_as_pypinyins_json():
    """pypinyin's character table as sorted arrays and one string (about 0.6 MB; 6 MB as a dict of strings)."""
    path = Path(importlib.util.find_spec("pypinyin").origin).with_name("pinyin_dict.json")
    rows = json.loads(path.read_text(encoding="utf-8"))
    table = pinyin._char_table()
    assert isinstance(table, pinyin.CharTable) and len(table.points) == len(rows)
    assert all(table.readings(int(k)) == v for k, v in rows.items())
    assert all(table.readings(cp) == "" for cp in [0, 65, 0x3000, 0x10FFFF, *range(0x4E00, 0xA000)]
               if str(cp) not in rows)
    shuffled = pinyin.CharTable.of(reversed([(int(k), v) for k, v in rows.items()]))
    assert (shuffled.points, shuffled.ends, shuffled.text) == (table.points, table.ends, table.text)


def test_a_mapped_cache_file_is_checked_as_a_read_one(tmp_path):
    """A large cache table (jieba's words, sorted: 4 MB) is mapped and its pages let go once its checksum is
    checked, not read into the heap: the same payload, and the same refusal of a damaged or empty file."""
    head = b"textqa-test 1\n"
    path = tmp_path / "table.bin"
    payload = bytes(range(256)) * 5000
    assert write_checked(path, head, payload)
    assert read_checked(path, head, mapped=True) == read_checked(path, head) == payload
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    assert read_checked(path, head, mapped=True) is None and read_checked(path, head) is None
    path.write_bytes(b"")
    assert read_checked(path, head, mapped=True) is None and read_checked(path, head) is None
    assert read_checked(tmp_path / "absent.bin", head, mapped=True) is None

"""What a cold start holds (issue 14: one article, peak <= 150 MB): tables read in a compact form answer as the
tables they stand for. No timing or memory bound here (bench/run.py measures the peak)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from textqa.cachefiles import read_checked, write_checked
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



def test_the_character_table_is_read_back_from_the_cache_folder(tmp_path, monkeypatch):
    """A cold start reads the table's arrays from the cache folder instead of decoding pypinyin's JSON again; a file
    that is damaged, or checksummed but not a table, is made again from the JSON."""
    monkeypatch.setenv("TEXTQA_CACHE_DIR", str(tmp_path))
    path = Path(importlib.util.find_spec("pypinyin").origin).with_name("pinyin_dict.json")
    expected = pinyin._json_char_table(path)
    columns = (expected.points, expected.ends, expected.text)
    pinyin._char_table.cache_clear()
    try:
        first = pinyin._char_table()  # made from the JSON and written
        [cached] = tmp_path.glob("pinyin-chars-*.bin")
        pinyin._char_table.cache_clear()
        second = pinyin._char_table()  # read back
        assert (first.points, first.ends, first.text) == (second.points, second.ends, second.text) == columns
        head = cached.read_bytes()[:len(pinyin.CHARS_FORMAT)]
        assert head == pinyin.CHARS_FORMAT
        for bad in (b"", (3).to_bytes(4, "little") + b"\0" * 24,  # three characters, all code point 0
                    expected.to_bytes()[:-1]):  # a character short of the text
            assert pinyin.CharTable.from_bytes(bad) is None
            data = cached.read_bytes()
            full_head = data[:data.index(b"\n", len(pinyin.CHARS_FORMAT)) + 1]
            write_checked(cached, full_head, bad)  # a valid checksum over what is not the table
            pinyin._char_table.cache_clear()
            table = pinyin._char_table()
            assert (table.points, table.ends, table.text) == columns
            assert pinyin.CharTable.from_bytes(read_checked(cached, full_head)) is not None  # written again
    finally:
        pinyin._char_table.cache_clear()

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

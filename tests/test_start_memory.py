"""What a cold start holds (issue 14: one article, peak <= 150 MB): tables read in a compact form answer as the
tables they stand for. No timing or memory bound here (bench/run.py measures the peak)."""
from __future__ import annotations

import importlib.util
import json
import random
import re
from pathlib import Path

import pytest

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

def test_a_cache_file_checked_a_piece_at_a_time_is_checked_as_a_read_one(tmp_path):
    """A large cache table (jieba's words, sorted: 3.4 MB) is opened and checked a piece at a time, not read into
    the heap or mapped: the same payload, and the same refusal of a damaged, cut-short, empty or absent file."""
    from textqa.cachefiles import CHECK_PIECE, open_checked

    head = b"textqa-test 1\n"
    path = tmp_path / "table.bin"
    payload = bytes(range(256)) * (CHECK_PIECE // 100)  # several pieces and a part of one
    assert write_checked(path, head, payload)
    file, base, length = open_checked(path, head)
    with file:
        assert (base, length) == (len(head) + 4, len(payload))
        file.seek(base)
        assert file.read() == bytes(read_checked(path, head)) == payload
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    for bad in (bytes(data), bytes(data[:len(head) + 2]), b""):
        path.write_bytes(bad)
        assert open_checked(path, head) is None and read_checked(path, head) is None
    assert open_checked(tmp_path / "absent.bin", head) is None


def _jieba_table():
    from textqa.lazy import jieba as import_jieba
    from textqa.rules.garble import _hanzi

    try:
        jieba = import_jieba()
    except ImportError:
        pytest.skip("jieba is not installed")
    return jieba, _hanzi, *_hanzi._word_table(jieba)


def test_jiebas_word_table_answers_as_its_dict():
    """jieba's word table as sorted words and arrays (about 0.6 MB; 4 MB as a dict) answers ``in``, ``[]`` and ``get``
    as the dict it is made from: for every word and prefix of it, and for strings that are none (invented: random
    strings of its characters, empty, other scripts); read back from its bytes, it is the same table."""
    _, _hanzi, freq, total = _jieba_table()
    table = _hanzi.WordCounts.of(freq)
    back, back_total = _hanzi.WordCounts.from_bytes(memoryview(table.to_bytes(total)))
    assert back_total == total and len(back) == len(table) == len(freq)
    rng = random.Random(14)
    chars = "".join(dict.fromkeys("".join(freq))) + "abあア 　"
    others = ["", " ", "a", "ア", "区块链商业观察", *("".join(rng.choice(chars) for _ in range(rng.randint(1, 5)))
                                                 for _ in range(20_000))]
    for word in [*freq, *others]:
        for t in (table, back):
            assert (word in t) == (word in freq)
            assert t.get(word) == freq.get(word) and t.get(word, -1) == freq.get(word, -1)
            if word in freq:
                assert t[word] == freq[word]
            else:
                with pytest.raises(KeyError):
                    t[word]


def test_jieba_cuts_as_with_its_dict():
    """A jieba tokenizer over the compact table cuts as one over the dict: every run of two or more kanji of the
    example article and of invented phrases."""
    jieba, _hanzi, freq, total = _jieba_table()
    with_dict, compact = jieba.Tokenizer(), jieba.Tokenizer()
    with_dict.FREQ, with_dict.total = freq, total
    compact.FREQ, compact.total = _hanzi.WordCounts.of(freq), total
    with_dict.initialized = compact.initialized = True
    article = (Path(__file__).parents[1] / "corpus" / "hunan-blockchain.ja.txt").read_text(encoding="utf-8")
    runs = [*dict.fromkeys(re.findall(r"[\u3400-\u9fff]{2,}", article)),
            "我们今天去北京大学参观", "区块链商业观察", "这个项目什么时候开始", "腌鮮湯", "郑国强館長", "采茶人"]
    assert [compact.lcut(r) for r in runs] == [with_dict.lcut(r) for r in runs]


def test_a_damaged_jieba_table_is_refused():
    """Bytes with a valid checksum that are not the table ``to_bytes`` wrote read as None (the table is made again):
    cut short, a count below 0, a total of 0, first characters that are not the words'."""
    _hanzi = _jieba_table()[1]
    table = _hanzi.WordCounts.of({"乙": 3, "甲": 0, "甲乙": 5, "丙丁": 1})
    good = table.to_bytes(9)
    assert _hanzi.WordCounts.from_bytes(good)[1] == 9
    n = len(table)
    negative = good[:16] + (-1).to_bytes(8, "little", signed=True) + good[24:]
    first_char_at = 16 + 8 * n + 4 * n  # the first characters' array
    wrong_first = good[:first_char_at] + ord("丁").to_bytes(4, "little") + good[first_char_at + 4:]
    for bad in (b"", good[:-1], good[:20], good[:8] + (0).to_bytes(8, "little") + good[16:], negative, wrong_first,
                b"\xff" * len(good)):
        assert _hanzi.WordCounts.from_bytes(memoryview(bad)) is None, bad

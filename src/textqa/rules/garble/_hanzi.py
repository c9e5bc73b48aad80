"""Which characters Chinese writes and Japanese does not use, and how jieba splits a run into words (the simplified-only
characters: glossary.forms.is_simplified_only)."""
from __future__ import annotations

import functools
import logging
import pickle
from pathlib import Path


@functools.lru_cache(maxsize=None)
def is_chinese_only(ch: str) -> bool:
    """True when ``ch`` is a character Chinese writes in everyday words and Japanese does not use at all
    (data/chinese_only_chars.txt: 奶, 晾, 榨; not a simplified form, which ``is_simplified_only`` tells)."""
    return ch in _chinese_only()


@functools.lru_cache(maxsize=1)
def _chinese_only() -> frozenset[str]:
    from ...wordlists import word_list  # noqa: PLC0415

    return frozenset(line.split("\t")[0] for line in word_list("chinese_only_chars.txt"))


TOP_WORDS = 30_000  # jieba's most frequent words: loads in a tenth of the time, segments runs as well
WORDS_FORMAT = b"textqa-jieba-words 1\n"


def _word_table(jieba) -> tuple[dict[str, int], int]:
    """(frequencies with every word prefix, total) of jieba's most frequent words, as jieba builds them."""
    source = Path(jieba.__file__).with_name("dict.txt")
    rows = [line.split() for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows.sort(key=lambda r: -int(r[1]))
    freq: dict[str, int] = {}
    for word, count, *_ in rows[:TOP_WORDS]:
        freq[word] = int(count)
        for i in range(1, len(word)):
            freq.setdefault(word[:i], 0)
    return freq, sum(int(r[1]) for r in rows[:TOP_WORDS])


def _valid_table(table) -> bool:
    if not (isinstance(table, tuple) and len(table) == 2):
        return False
    freq, total = table
    return (isinstance(freq, dict) and type(total) is int and total > 0
            and all(type(w) is str and type(n) is int and n >= 0 for w, n in freq.items()))


def _cached_word_table(jieba) -> tuple[dict[str, int], int]:
    """The word table from textqa's cache folder (checksummed, validated, rebuilt when bad), or built now."""
    from ...cachefiles import cache_dir, read_checked, write_checked  # noqa: PLC0415

    folder = cache_dir()
    path = folder / f"jieba-top{TOP_WORDS}-{jieba.__version__}.pickle" if folder is not None else None
    head = WORDS_FORMAT + str(Path(jieba.__file__).with_name("dict.txt").stat().st_size).encode() + b"\n"
    if path is not None:
        payload = read_checked(path, head)
        if payload is not None:
            try:
                table = pickle.loads(payload)
            except Exception:  # noqa: BLE001 - any unpickling failure means a bad cache file
                table = None
            if _valid_table(table):
                return table
    table = _word_table(jieba)
    if path is not None:
        write_checked(path, head, pickle.dumps(table, protocol=5))  # a read-only folder: skipped quietly
    return table


@functools.lru_cache(maxsize=1)
def _jieba():
    """A jieba tokenizer over the word table, quiet; jieba's own cache files are never read or written."""
    from ...lazy import jieba as import_jieba  # noqa: PLC0415

    jieba = import_jieba()
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total = _cached_word_table(jieba)
    tokenizer.initialized = True
    return tokenizer


@functools.lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """jieba's segmentation of ``text`` (no empty or blank pieces; kept: the same runs recur from document to
    document)."""
    return tuple(w for w in _jieba().lcut(text) if w.strip())

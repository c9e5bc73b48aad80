"""Which characters Chinese writes and Japanese does not use, and how jieba splits a run into words (the simplified-only
characters: glossary.forms.is_simplified_only)."""
from __future__ import annotations

import functools
import logging
import operator
from array import array
from bisect import bisect_left
from itertools import accumulate, islice
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


@functools.lru_cache(maxsize=None)
def is_chinese_form(ch: str) -> bool:
    """True when ``ch`` is a form that simplified and traditional Chinese both write and Japanese writes otherwise
    (data/traditional_forms.tsv, OpenCC leaving it as it is both ways: 收 for 収, 黑 for 黒): no sign of a conversion
    to traditional characters, as a traditional-only form (國) is, but of Chinese itself."""
    from ...glossary.forms import convert  # noqa: PLC0415
    from ...wordlists import data_table  # noqa: PLC0415

    japanese = data_table("traditional_forms.tsv", ("traditional", "japanese")).get(ch)
    return japanese is not None and japanese != ch and convert(ch, "t2s") == ch and convert(ch, "s2t") == ch


def is_word(text: str) -> bool:
    """``text`` is one of jieba's words (its most frequent ``TOP_WORDS``), not a prefix of one only."""
    return bool(text) and bool(_jieba().FREQ.get(text, 0))


TOP_WORDS = 30_000  # jieba's most frequent words: loads in a tenth of the time, segments runs as well
WORDS_FORMAT = b"textqa-jieba-words 2\n"


class WordCounts:
    """jieba's word table (its ``FREQ``: a word's count, 0 for a prefix of a word that is not one) as one string of
    the words in order with arrays of their ends and counts, and the words by first character (the first characters
    in order, and where the words of each start). About 0.6 MB where a dict of the same 34,561 words took 4 MB (a
    cold start of one article loads it to segment a run it reports). Answers what jieba's ``Tokenizer`` asks of
    ``FREQ`` when it cuts: ``in``, ``[]`` and ``get``, several times for each piece of a run, so the words of a first
    character (found by a bisection in C among the first characters) are made a dict, word -> count, the first time
    one of them is asked (``_group``) and kept: a bisection among the words in Python for every ask cost jieba's
    cutting about half its time; a document's runs touch the groups of their characters only."""

    __slots__ = ("text", "ends", "counts", "firsts", "starts", "_groups")

    def __init__(self, text: str, ends: array, counts: array, firsts: array, starts: array) -> None:
        self.text, self.ends, self.counts = text, ends, counts  # word i: text[ends[i - 1]:ends[i]]
        self.firsts, self.starts = firsts, starts  # the words starting with firsts[k]: starts[k] to starts[k + 1]
        self._groups: dict[str, dict[str, int]] = {}  # first character -> its words and their counts, once asked

    def _group(self, first: str) -> dict[str, int]:
        """The words that begin with the character ``first``, with their counts (empty: none)."""
        group = self._groups.get(first)
        if group is None:
            k = bisect_left(self.firsts, ord(first))
            group = {}
            if k < len(self.firsts) and self.firsts[k] == ord(first):
                text, ends, counts = self.text, self.ends, self.counts
                group = {text[ends[i - 1] if i else 0:ends[i]]: counts[i]
                         for i in range(self.starts[k], self.starts[k + 1])}
            self._groups[first] = group
        return group

    @classmethod
    def of(cls, freq: dict[str, int]) -> "WordCounts":
        words = sorted(freq)
        starts = array("I", (i for i, w in enumerate(words) if not i or w[0] != words[i - 1][0]))
        firsts = array("I", (ord(words[i][0]) for i in starts))
        starts.append(len(words))
        return cls("".join(words), array("I", accumulate(map(len, words))), array("q", map(freq.__getitem__, words)),
                   firsts, starts)

    def __contains__(self, word: str) -> bool:
        return bool(word) and word in self._group(word[0])

    def __getitem__(self, word: str) -> int:
        if not word:
            raise KeyError(word)
        return self._group(word[0])[word]

    def get(self, word: str, default=None):
        return self._group(word[0]).get(word, default) if word else default

    def __len__(self) -> int:
        return len(self.ends)

    def to_bytes(self, total: int) -> bytes:
        """The table and jieba's total count as bytes for the cache folder: the numbers of words and of first
        characters, the total, the counts, the ends, the first characters, their starts, the words in UTF-8."""
        return b"".join((len(self.ends).to_bytes(4, "little"), len(self.firsts).to_bytes(4, "little"),
                         total.to_bytes(8, "little"), self.counts.tobytes(), self.ends.tobytes(),
                         self.firsts.tobytes(), self.starts.tobytes(), self.text.encode()))

    @classmethod
    def from_bytes(cls, data) -> "tuple[WordCounts, int] | None":
        """(table, total) as ``to_bytes`` wrote them; None when ``data`` is not such a table: no words, wrong
        lengths, a count below 0, a total of 0, ends that do not reach the text's end, first characters out of order
        or not those of the words their starts point at. The words' order within a first character is the
        writer's (``of``), under the file's checksum: checking it would take longer than the rest of the reading."""
        try:
            n, heads, total = (int.from_bytes(data[i:j], "little") for i, j in ((0, 4), (4, 8), (8, 16)))
            counts, ends, firsts, starts = array("q"), array("I"), array("I"), array("I")
            at = 16
            for column, length in ((counts, n), (ends, n), (firsts, heads), (starts, heads + 1)):
                column.frombytes(data[at:at + length * column.itemsize])
                at += length * column.itemsize
            text = bytes(data[at:]).decode()
        except (ValueError, UnicodeDecodeError):
            return None
        if not (n and heads and total) or (len(counts), len(ends), len(firsts), len(starts)) != (n, n, heads, heads + 1) \
                or ends[0] <= 0 or ends[-1] != len(text) or not _rising(ends) or min(counts) < 0 \
                or starts[0] != 0 or starts[-1] != n or not _rising(starts) or not _rising(firsts):
            return None
        if [ord(text[ends[i - 1] if i else 0]) for i in islice(starts, heads)] != firsts.tolist():
            return None
        return cls(text, ends, counts, firsts, starts), total


def _rising(column: array) -> bool:
    return all(map(operator.lt, column, islice(column, 1, None)))


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


def _cached_word_table(jieba) -> tuple[WordCounts, int]:
    """The word table from textqa's cache folder (checksummed, validated, rebuilt when bad), or built now."""
    from ...cachefiles import cache_dir, read_checked, write_checked  # noqa: PLC0415

    folder = cache_dir()
    path = folder / f"jieba-top{TOP_WORDS}-{jieba.__version__}.bin" if folder is not None else None
    head = WORDS_FORMAT + str(Path(jieba.__file__).with_name("dict.txt").stat().st_size).encode() + b"\n"
    if path is not None:
        payload = read_checked(path, head)
        table = WordCounts.from_bytes(payload) if payload is not None else None
        if table is not None:
            return table
    freq, total = _word_table(jieba)
    table = WordCounts.of(freq)
    if path is not None:
        write_checked(path, head, table.to_bytes(total))  # a read-only folder: skipped quietly
    return table, total


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


PLACE_TAG = "ns"  # jieba's part of speech for a place's name (颐和园 ns)


@functools.lru_cache(maxsize=1)
def _dictionary_text() -> str:
    """jieba's dictionary as text, a newline before its first row: read once, when a run first asks
    ``is_place_name``."""
    from ...lazy import jieba as import_jieba  # noqa: PLC0415

    return "\n" + Path(import_jieba().__file__).with_name("dict.txt").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1024)
def is_place_name(word: str) -> bool:
    """jieba's dictionary tags ``word`` (simplified) as a place's name (颐和园 ns): a name, whose Japanese spelling is
    its characters in Japanese forms, not a word of the language to translate."""
    text = _dictionary_text()
    start = text.find(f"\n{word} ")
    if start < 0:
        return False
    end = text.find("\n", start + 1)
    row = text[start + 1:end if end >= 0 else len(text)].split()
    return len(row) >= 3 and row[2] == PLACE_TAG


@functools.lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """jieba's segmentation of ``text`` (no empty or blank pieces; kept: the same runs recur from document to
    document)."""
    return tuple(w for w in _jieba().lcut(text) if w.strip())

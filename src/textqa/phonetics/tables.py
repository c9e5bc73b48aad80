"""Loaders for the general tables in ``phonetics/data`` (read once, on first use)."""
from __future__ import annotations

import functools
import mmap
import operator
import os
import re
from array import array
from bisect import bisect_right
from pathlib import Path

from ..wordlists import package_text


def _rows(name: str):
    text = package_text(__package__, "data", name)
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _unique(name: str, pairs) -> dict:
    """A table keyed by its first column(s), which tests itself as it loads: a key given twice is an error in the
    data (ValueError), where a dict would keep the later row silently."""
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"phonetics/data/{name} gives {key!r} twice")
        out[key] = value
    return out


@functools.lru_cache(maxsize=None)
def kana_romaji() -> dict[str, str]:
    return _unique("kana_romaji.tsv", ((k, v) for k, v in _rows("kana_romaji.tsv")))


@functools.lru_cache(maxsize=None)
def pinyin_romaji() -> dict[tuple[str, str], tuple[str, ...]]:
    """(part, pinyin) -> romaji variants; part is initial, final or syllable."""
    return _unique("pinyin_romaji.tsv", (((part, py), tuple(v.split("|"))) for part, py, v in _rows("pinyin_romaji.tsv")))


COMPOUND_SURNAME = 2  # characters of a compound surname (欧阳), the longest ``pinyin.surname_length`` gives


@functools.lru_cache(maxsize=None)
def surnames() -> dict[str, tuple[str, ...]]:
    """Simplified surname -> its readings as a surname, each its syllables joined by spaces, the usual one first
    (覃: 'qin', 'tan'); empty when the character's usual reading is the surname's."""
    return _unique("surnames.tsv", ((row[0], tuple(r for r in (row[1] if len(row) > 1 else "").split("|") if r))
                                    for row in _rows("surnames.tsv")))


@functools.lru_cache(maxsize=None)
def surname_glyphs() -> dict[str, str]:
    """Japanese glyph of a surname that OpenCC does not map back (呉) -> the simplified surname (吴)."""
    return _unique("surname_glyphs.tsv", ((row[0], row[1]) for row in _rows("surname_glyphs.tsv")))


@functools.lru_cache(maxsize=None)
def place_readings() -> dict[str, str]:
    """Simplified character -> its reading in place names, where pypinyin's first reading is another (都 du)."""
    return _unique("place_readings.tsv", ((row[0], row[1]) for row in _rows("place_readings.tsv")))


@functools.lru_cache(maxsize=None)
def place_suffix_words() -> dict[str, tuple[str, ...]]:
    """A place's administrative suffix -> the English words a translation puts for it (县: County)."""
    return _unique("place_suffix_words.tsv", ((row[0], tuple(row[1].split("|"))) for row in _rows("place_suffix_words.tsv")))


@functools.lru_cache(maxsize=None)
def confusable(merged: bool = False) -> dict[str, tuple[frozenset[str], ...]]:
    """part (initial, final) -> groups of pinyin sounds that are confused with one another; with ``merged``, only
    the groups marked so (a surname changed within one is the surname misheard, not another surname)."""
    out: dict[str, list[frozenset[str]]] = {}
    for part, group, *mark in _rows("confusable.tsv"):
        if mark == ["merged"] or not merged:
            out.setdefault(part, []).append(frozenset(group.split("|")))
    return {part: tuple(groups) for part, groups in out.items()}


@functools.lru_cache(maxsize=None)
def name_context() -> dict[str, tuple[str, ...]]:
    return _unique("name_context.tsv", ((typ, tuple(v.split("|"))) for typ, v in _rows("name_context.tsv")))


@functools.lru_cache(maxsize=None)
def place_suffixes() -> tuple[str, ...]:
    """Administrative suffixes of Chinese place names (市, 县, 旗, 自治州), longest first."""
    return tuple(sorted((row[0] for row in _rows("place_suffixes.tsv")), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def place_qualifiers() -> dict[str, tuple[str, ...]]:
    """Suffix -> the qualifiers that may stand between a place's stem and it (旗: 右 of 苏尼特右旗, 左翼 and 中 of a
    左翼中旗), longest first: the second column of ``place_suffixes.tsv``."""
    return _unique("place_suffixes.tsv", ((row[0], tuple(sorted(_qualifiers(row[1]), key=len, reverse=True)))
                                          for row in _rows("place_suffixes.tsv") if len(row) > 1))


def _qualifiers(cell: str) -> list[str]:
    """The qualifiers of a cell of ``place_suffixes.tsv``: its |-separated forms, a table of this folder standing
    for every form of every row it lists (``ethnic_groups.tsv``)."""
    out = []
    for q in cell.split("|"):
        out += [form for row in _rows(q) for cell in row for form in cell.split("|")] if q.endswith(".tsv") else [q]
    return out


@functools.lru_cache(maxsize=None)
def org_suffixes() -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in _rows("org_suffixes.tsv")), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def pinyin_syllables() -> frozenset[str]:
    """Toneless Hanyu Pinyin syllables (ü written v)."""
    return frozenset(row[0] for row in _rows("pinyin_syllables.tsv") if row[0] != "syllable")


@functools.lru_cache(maxsize=None)
def family_words() -> frozenset[str]:
    """Words that after a surname talk about the family or the surname (王姓, 周家), not about one person."""
    return frozenset(row[0] for row in _rows("family_words.tsv") if row[0] != "word")


@functools.lru_cache(maxsize=None)
def place_words() -> frozenset[str]:
    """Words that after a place's name make a word about the place (星河語, 星川人, 星河料理)."""
    return frozenset(row[0] for row in _rows("place_words.tsv") if row[0] != "word")


@functools.lru_cache(maxsize=1)
def _lexicon_path() -> Path | None:
    """jieba's Chinese dictionary, ``dict.txt`` (one ``word frequency tag`` a line; real words and names, places
    among them), found without importing jieba (slow to start); None when jieba is not installed."""
    import importlib.util  # noqa: PLC0415

    spec = importlib.util.find_spec("jieba")
    return None if spec is None or spec.origin is None else Path(spec.origin).with_name("dict.txt")


@functools.lru_cache(maxsize=1)
def _chinese_lexicon() -> bytes | mmap.mmap:
    """jieba's Chinese dictionary mapped read-only: nothing is read or decoded until a word is looked up, and the
    pages stay file cache, not heap; empty when jieba is not installed."""
    path = _lexicon_path()
    if path is None:
        return b""
    try:
        with path.open("rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable or empty
        return b""


@functools.lru_cache(maxsize=65536)
def chinese_word(word: str) -> bool:
    """``word`` (simplified characters) is a word or name of a Chinese dictionary (jieba's): 台州 and 沧州 are
    real cities, so a sound-alike of a glossary's 泰州 or 常州 written so is not a slip of the pen, as 太州 is."""
    if not word:
        return False
    key = word.encode()
    words = _sorted_words()
    if words is not None and b" " not in key and b"\n" not in key:
        return words.has(key)
    return _lexicon_line(word) >= 0


def _lexicon_line(word: str) -> int:
    """Where the line of ``word`` starts in jieba's dictionary (``word freq tag``), or -1 when it has none."""
    lexicon, key = _chinese_lexicon(), word.encode() + b" "
    if lexicon[:len(key)] == key:
        return 0
    at = lexicon.find(b"\n" + key)
    return at + 1 if at >= 0 else -1


@functools.lru_cache(maxsize=4096)
def chinese_word_tag(word: str) -> str | None:
    """The part-of-speech tag jieba's dictionary gives ``word`` (simplified characters): ``nr`` (a person), ``ns`` (a
    place), ``n`` (a noun), ``l`` (a set phrase: 你好) ...; None when the dictionary has no such word (a slower look-up
    than ``chinese_word``, for the few words a glossary tool weighs)."""
    if not word or "\n" in word:
        return None
    start = _lexicon_line(word)
    if start < 0:
        return None
    lexicon = _chinese_lexicon()
    end = lexicon.find(b"\n", start)
    fields = bytes(lexicon[start:len(lexicon) if end < 0 else end]).split()
    return fields[2].decode() if len(fields) > 2 else ""


SORTED_WORDS_FORMAT = b"textqa-chinese-words 2\n"
WORDS_BLOCK = 4096  # bytes of words, at least, in a block of SortedWords (a block ends after the word that fills it)


class SortedWords:
    """The words of jieba's dictionary (what comes before the first space of each line), sorted, one a line, in blocks
    of about 4 KB, with the first word of each block held in memory: a word is found by a bisection among those (in
    C), then searched for in its block, read from the cache file (about 4.4 MB, never mapped: the kernel maps pages of
    a mapped file in large pieces, and a bisection over the whole file mapped about 2.9 MB of it for 10 words)."""

    __slots__ = ("heads", "starts", "source", "base")

    def __init__(self, heads: list[bytes], starts: array, source, base: int) -> None:
        self.heads, self.starts = heads, starts  # block i: bytes starts[i] to starts[i + 1] from base in source
        self.source, self.base = source, base

    @staticmethod
    def payload(lexicon, block: int = WORDS_BLOCK) -> bytes:
        """The sorted words as bytes for the cache folder: the numbers of blocks and of bytes of their first words,
        where each block starts (and the end), the first words (one a line), the blocks (each word then a line
        feed)."""
        words = re.findall(rb"^([^ \n]*) ", lexicon, re.MULTILINE)  # what comes before each line's first space
        words.sort()  # the file is nearly sorted already: quick
        heads, starts, size = [], array("I"), 0
        for word in words:
            if not starts or size - starts[-1] >= block:
                heads.append(word)
                starts.append(size)
            size += len(word) + 1
        starts.append(size)
        firsts = b"\n".join(heads)
        return b"".join((len(heads).to_bytes(4, "big"), len(firsts).to_bytes(4, "big"), starts.tobytes(), firsts,
                         b"".join(word + b"\n" for word in words)))

    @classmethod
    def read(cls, source, base: int, length: int) -> "SortedWords | None":
        """The words ``payload`` wrote, ``length`` bytes from ``base`` in ``source`` (bytes, or a file opened
        unbuffered: only the first words and the starts are read now, a block when a lookup falls in it); None when
        the bytes are not such words (lengths or starts that do not hold together)."""
        counts = _read(source, base, 8)
        count, size = int.from_bytes(counts[:4], "big"), int.from_bytes(counts[4:], "big")
        starts = array("I")
        blocks = 8 + (count + 1) * starts.itemsize + size
        try:
            starts.frombytes(_read(source, base + 8, (count + 1) * starts.itemsize))
        except ValueError:
            return None
        heads = _read(source, base + blocks - size, size).split(b"\n")
        if not count or len(starts) != count + 1 or len(heads) != count or starts[0] != 0 \
                or starts[-1] != length - blocks or not all(map(operator.lt, starts, starts[1:])) \
                or not all(map(operator.le, heads, heads[1:])):
            return None
        return cls(heads, starts, source, base + blocks)

    def has(self, key: bytes) -> bool:
        at = bisect_right(self.heads, key) - 1
        if at < 0:
            return False
        start = self.starts[at]
        block = b"\n" + _read(self.source, self.base + start, self.starts[at + 1] - start)
        return block.find(b"\n" + key + b"\n") >= 0


def _read(source, offset: int, n: int) -> bytes:
    """``n`` bytes at ``offset`` of bytes or of a file opened unbuffered (fewer at its end). A file is read at a
    position (``os.pread``), never through its shared offset: ``--jobs`` workers forked after it was opened share it;
    seek and read only where there is no ``pread`` (Windows, where workers are not forked)."""
    if isinstance(source, (bytes, memoryview)):
        return bytes(source[offset:offset + n])
    if hasattr(os, "pread"):
        return os.pread(source.fileno(), n, offset)
    source.seek(offset)
    return source.read(n)


@functools.lru_cache(maxsize=1)
def _sorted_words() -> SortedWords | None:
    """jieba's words sorted, kept in textqa's cache folder (built once per installation of jieba: about 0.2 s);
    None without a cache folder or jieba, where the dictionary file is searched instead."""
    import sys  # noqa: PLC0415

    from ..cachefiles import cache_dir, open_checked, write_checked  # noqa: PLC0415
    from ..lazy import sha256  # noqa: PLC0415

    folder, source = cache_dir(), _lexicon_path()
    if folder is None or source is None or array("I").itemsize != 4:
        return None
    try:
        st = os.stat(source)
    except OSError:
        return None
    lexicon = _chinese_lexicon()
    if not len(lexicon):
        return None
    stamp = f"{source}\0{st.st_size}\0{st.st_mtime_ns}\0{sys.byteorder}".encode()
    path = folder / f"chinese-words-{sha256(SORTED_WORDS_FORMAT + stamp).hexdigest()[:32]}.bin"
    checked = open_checked(path, SORTED_WORDS_FORMAT)
    if checked is not None:
        file, base, length = checked
        words = SortedWords.read(file, base, length)
        if words is not None:
            return words
        file.close()
    data = SortedWords.payload(lexicon)
    write_checked(path, SORTED_WORDS_FORMAT, data)
    return SortedWords.read(data, 0, len(data))

"""Loaders for the general tables in ``phonetics/data`` (read once, on first use)."""
from __future__ import annotations

import functools
import mmap
import os
import re
from importlib import resources
from pathlib import Path


def _rows(name: str):
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
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
    return _unique("place_suffixes.tsv", ((row[0], tuple(sorted(row[1].split("|"), key=len, reverse=True)))
                                          for row in _rows("place_suffixes.tsv") if len(row) > 1))


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
    lexicon, key = _chinese_lexicon(), key + b" "
    return lexicon[:len(key)] == key or lexicon.find(b"\n" + key) >= 0


SORTED_WORDS_FORMAT = b"textqa-chinese-words 1\n"


class SortedWords:
    """The words of jieba's dictionary (what comes before the first space of each line), sorted, in one blob with
    an array of their offsets: a word is found by bisection (about 20 comparisons) instead of a search through the
    5 MB file (dict.txt itself is not quite sorted)."""

    __slots__ = ("blob", "ends")

    def __init__(self, payload: memoryview):
        count = int.from_bytes(payload[:4], "big")
        self.ends = payload[4:4 + 4 * count].cast("I")  # word i is blob[ends[i - 1]:ends[i]]
        self.blob = payload[4 + 4 * count:]

    @staticmethod
    def payload(lexicon) -> bytes:
        from array import array  # noqa: PLC0415
        from itertools import accumulate  # noqa: PLC0415

        words = re.findall(rb"^([^ \n]*) ", lexicon, re.MULTILINE)  # what comes before each line's first space
        words.sort()  # the file is nearly sorted already: quick
        ends = array("I", accumulate(map(len, words)))
        return len(words).to_bytes(4, "big") + ends.tobytes() + b"".join(words)

    def word(self, i: int) -> bytes:
        return self.blob[self.ends[i - 1] if i else 0:self.ends[i]].tobytes()

    def has(self, key: bytes) -> bool:
        lo, hi = 0, len(self.ends)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.word(mid) < key:
                lo = mid + 1
            else:
                hi = mid
        return lo < len(self.ends) and self.word(lo) == key


@functools.lru_cache(maxsize=1)
def _sorted_words() -> SortedWords | None:
    """jieba's words sorted, kept in textqa's cache folder (built once per installation of jieba: about 0.2 s);
    None without a cache folder or jieba, where the dictionary file is searched instead."""
    import sys  # noqa: PLC0415
    from array import array  # noqa: PLC0415

    from ..cachefiles import cache_dir, read_checked, write_checked  # noqa: PLC0415
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
    payload = read_checked(path, SORTED_WORDS_FORMAT, mapped=True)
    if payload is None:
        data = SortedWords.payload(lexicon)
        write_checked(path, SORTED_WORDS_FORMAT, data)
        payload = memoryview(data)
    return SortedWords(payload)

"""Loaders for the general tables in ``phonetics/data`` (read once, on first use)."""
from __future__ import annotations

import functools
import mmap
from importlib import resources


def _rows(name: str):
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@functools.lru_cache(maxsize=None)
def kana_romaji() -> dict[str, str]:
    return {k: v for k, v in _rows("kana_romaji.tsv")}


@functools.lru_cache(maxsize=None)
def pinyin_romaji() -> dict[tuple[str, str], tuple[str, ...]]:
    """(part, pinyin) -> romaji variants; part is initial, final or syllable."""
    return {(part, py): tuple(v.split("|")) for part, py, v in _rows("pinyin_romaji.tsv")}


@functools.lru_cache(maxsize=None)
def surnames() -> dict[str, str]:
    """Simplified surname -> its reading as a surname ('' when the usual reading)."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in _rows("surnames.tsv")}


@functools.lru_cache(maxsize=None)
def surname_glyphs() -> dict[str, str]:
    """Japanese glyph of a surname that OpenCC does not map back (呉) -> the simplified surname (吴)."""
    return {row[0]: row[1] for row in _rows("surname_glyphs.tsv")}


@functools.lru_cache(maxsize=None)
def confusable() -> dict[str, tuple[frozenset[str], ...]]:
    """part (initial, final) -> groups of pinyin sounds that are confused with one another."""
    out: dict[str, list[frozenset[str]]] = {}
    for part, group in _rows("confusable.tsv"):
        out.setdefault(part, []).append(frozenset(group.split("|")))
    return {part: tuple(groups) for part, groups in out.items()}


@functools.lru_cache(maxsize=None)
def name_context() -> dict[str, tuple[str, ...]]:
    return {typ: tuple(v.split("|")) for typ, v in _rows("name_context.tsv")}


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


@functools.lru_cache(maxsize=1)
def _chinese_lexicon() -> bytes | mmap.mmap:
    """jieba's Chinese dictionary (``dict.txt``: one ``word frequency tag`` a line; real words and names, places
    among them), mapped read-only: nothing is read or decoded until a word is looked up, and the pages stay file
    cache, not heap. Found without importing jieba (slow to start); empty when jieba is not installed."""
    import importlib.util  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return b""
    path = Path(spec.origin).with_name("dict.txt")
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
    lexicon, key = _chinese_lexicon(), f"{word} ".encode()
    return lexicon[:len(key)] == key or lexicon.find(b"\n" + key) >= 0

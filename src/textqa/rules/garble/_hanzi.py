"""Which characters are simplified Chinese only, and how jieba splits a run into words."""
from __future__ import annotations

import functools
import logging
import os
from pathlib import Path


@functools.lru_cache(maxsize=None)
def is_simplified_only(ch: str) -> bool:
    """True when OpenCC turns ``ch`` into another traditional character and Japanese (JIS X 0208) lacks it."""
    from ...glossary.forms import convert  # noqa: PLC0415

    if convert(ch, "s2t") == ch:
        return False
    try:
        ch.encode("shift_jis")
    except UnicodeEncodeError:
        return True
    return False


TOP_WORDS = 30_000  # jieba's most frequent words: loads in a tenth of the time, segments runs as well


def _small_dictionary(jieba) -> str | None:
    """A dictionary of jieba's most frequent words, derived once into the cache folder."""
    from ...glossary.cache import cache_dir  # noqa: PLC0415

    folder = cache_dir()
    if folder is None:
        return None
    target = folder / f"jieba-top{TOP_WORDS}-{jieba.__version__}.txt"
    if not target.exists():
        source = Path(jieba.__file__).with_name("dict.txt")
        rows = [line.split() for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows.sort(key=lambda r: -int(r[1]))
        folder.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text("".join(" ".join(r) + "\n" for r in rows[:TOP_WORDS]), encoding="utf-8")
        os.replace(tmp, target)
    return str(target)


@functools.lru_cache(maxsize=1)
def _jieba():
    """A jieba tokenizer, quiet, caching in textqa's folder (loaded on first use)."""
    import jieba  # noqa: PLC0415

    jieba.setLogLevel(logging.WARNING)
    try:
        dictionary = _small_dictionary(jieba)
    except OSError:
        dictionary = None
    tokenizer = jieba.Tokenizer(dictionary=dictionary) if dictionary else jieba.Tokenizer()
    if dictionary:
        tokenizer.tmp_dir = str(Path(dictionary).parent)
    return tokenizer


def words(text: str) -> list[str]:
    """jieba's segmentation of ``text`` (no empty or blank pieces)."""
    return [w for w in _jieba().lcut(text) if w.strip()]

"""Which characters are simplified Chinese only, and how jieba splits a run into words."""
from __future__ import annotations

import functools
import logging


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


@functools.lru_cache(maxsize=1)
def _jieba():
    import jieba  # heavy: loaded on first use

    jieba.setLogLevel(logging.WARNING)
    try:
        from platformdirs import user_cache_dir  # noqa: PLC0415

        jieba.dt.tmp_dir = user_cache_dir("textqa")
        import os  # noqa: PLC0415

        os.makedirs(jieba.dt.tmp_dir, exist_ok=True)
    except OSError:
        jieba.dt.tmp_dir = None  # fall back to the temp folder
    return jieba


def words(text: str) -> list[str]:
    """jieba's segmentation of ``text`` (no empty or blank pieces)."""
    return [w for w in _jieba().lcut(text) if w.strip()]

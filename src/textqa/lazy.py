"""Heavy third-party modules, imported on first use by the code that needs them.

``import textqa``, ``textqa --version`` and ``textqa lint --help`` load none of jieba, OpenCC or spaCy
(tests/test_lazy_imports.py keeps it so).
"""
from __future__ import annotations

import functools
import sys


def jieba():
    """The jieba module, imported without ``pkg_resources``.

    jieba 0.42 imports ``pkg_resources`` only to open its own data files, and opens them by path when that
    import fails; ``pkg_resources`` scans every installed distribution on import (about 0.4 s and 15 MB). It
    imports ``hashlib`` for ``md5`` alone, to name its own cache file (never written here: textqa gives it its
    word table): it gets the built-in ``md5``, without OpenSSL (about 4 MB resident).
    """
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes `import pkg_resources` fail
        stand_in = _built_in_md5() if "hashlib" not in sys.modules else None
        if stand_in is not None:
            sys.modules["hashlib"] = stand_in
        try:
            import jieba  # noqa: PLC0415
        finally:
            if sys.modules.get("pkg_resources", 0) is None:
                del sys.modules["pkg_resources"]
            if stand_in is not None and sys.modules.get("hashlib") is stand_in:
                del sys.modules["hashlib"]
    import jieba  # noqa: PLC0415

    return jieba


@functools.lru_cache(maxsize=None)
def pypinyin():
    """The pypinyin module (its character tables load as it is imported)."""
    import pypinyin  # noqa: PLC0415

    return pypinyin


def _built_in_md5():
    """A stand-in ``hashlib`` module holding only the interpreter's built-in ``md5`` (None without one)."""
    import types  # noqa: PLC0415

    try:
        from _md5 import md5  # noqa: PLC0415
    except ImportError:
        return None
    module = types.ModuleType("hashlib")
    module.md5 = md5
    return module


def sha256(data: bytes = b""):
    """``hashlib.sha256(data)`` without loading OpenSSL (``hashlib`` maps libcrypto: about 4 MB resident at every
    start): the interpreter's built-in SHA-256 gives the same digests."""
    try:
        from _sha256 import sha256 as built_in  # noqa: PLC0415 - Python 3.11 and before
    except ImportError:
        try:
            from _sha2 import sha256 as built_in  # noqa: PLC0415 - Python 3.12 and later
        except ImportError:
            from hashlib import sha256 as built_in  # noqa: PLC0415 - a build without the built-in module
    return built_in(data)

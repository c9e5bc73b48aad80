"""Heavy third-party modules, imported on first use by the code that needs them.

``import textqa``, ``textqa --version`` and ``textqa lint --help`` load none of jieba, OpenCC or spaCy
(tests/test_lazy_imports.py keeps it so).
"""
from __future__ import annotations

import functools
import sys

from .charclass import sorted_place


def jieba():
    """The jieba module, imported without ``pkg_resources``.

    jieba 0.42 imports ``pkg_resources`` only to open its own data files, and opens them by path when that
    import fails; ``pkg_resources`` scans every installed distribution on import (about 0.4 s and 15 MB). It
    imports ``hashlib`` for ``md5`` alone, to name its own cache file (never written here: textqa gives it its
    word table): it gets the built-in ``md5``, without OpenSSL (about 4 MB resident). Its HMM's emissions come
    from textqa's cache folder as ``Emissions`` (kept there from jieba's own module by the first run).
    """
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes `import pkg_resources` fail
        stand_in = _built_in_md5() if "hashlib" not in sys.modules else None
        if stand_in is not None:
            sys.modules["hashlib"] = stand_in
        emissions = _kept_emissions() if HMM_EMISSIONS not in sys.modules else None
        if emissions is not None:
            sys.modules[HMM_EMISSIONS] = emissions
        try:
            import jieba  # noqa: PLC0415
        finally:
            if sys.modules.get("pkg_resources", 0) is None:
                del sys.modules["pkg_resources"]
            if stand_in is not None and sys.modules.get("hashlib") is stand_in:
                del sys.modules["hashlib"]
        if emissions is None:
            _keep_emissions(jieba)
    import jieba  # noqa: PLC0415

    return jieba


HMM_EMISSIONS = "jieba.finalseg.prob_emit"
EMISSIONS_FORMAT = b"textqa-jieba-hmm 1\n"
HMM_STATES = "BMES"


class Emissions:
    """One state's emission log-probabilities of jieba's HMM (``jieba.finalseg``, which cuts the runs of characters
    its word table lacks) as its characters in code-point order (one string) and their values (an array of
    doubles, the same floats): answers ``get`` as the module's dict does, all that jieba asks of it. jieba's
    module of them (``prob_emit``: 35,000 entries written as a dict in Python) took about 3 MB of the heap and 5 ms
    to import; these, 0.4 MB, read from textqa's cache folder."""

    __slots__ = ("chars", "values")

    def __init__(self, chars: str, values) -> None:
        self.chars, self.values = chars, values

    def get(self, ch: str, default=None):
        at = sorted_place(self.chars, ch) if len(ch) == 1 else -1
        return default if at < 0 else self.values[at]


def _emissions_file():
    """(path of the kept emissions in the cache folder, the head naming jieba's module of them by size and time), or
    None without a cache folder or jieba."""
    import importlib.util  # noqa: PLC0415

    from .cachefiles import cache_dir  # noqa: PLC0415

    folder = cache_dir()
    spec = importlib.util.find_spec("jieba") if folder is not None else None
    if spec is None or not spec.origin:
        return None
    import os  # noqa: PLC0415

    try:
        st = os.stat(os.path.join(os.path.dirname(spec.origin), "finalseg", "prob_emit.py"))
    except OSError:
        return None
    return folder / "jieba-hmm.bin", EMISSIONS_FORMAT + f"{st.st_size} {st.st_mtime_ns}\n".encode()


def _kept_emissions():
    """A module standing in for ``jieba.finalseg.prob_emit``, its ``P`` the kept ``Emissions`` of each state (None
    when none are kept, or the file fails a check: jieba then imports its own)."""
    import marshal  # noqa: PLC0415
    import operator  # noqa: PLC0415
    import types  # noqa: PLC0415
    from array import array  # noqa: PLC0415

    from .cachefiles import read_checked  # noqa: PLC0415

    where = _emissions_file()
    payload = read_checked(*where) if where is not None else None
    if payload is None:
        return None
    try:
        kept = marshal.loads(payload)
        table = {}
        for state in HMM_STATES:
            chars, data = kept[state]
            values = array("d")
            values.frombytes(data)
            if not isinstance(chars, str) or len(values) != len(chars) \
                    or not all(map(operator.lt, chars, chars[1:])):
                return None
            table[state] = Emissions(chars, values)
    except (EOFError, ValueError, TypeError, KeyError):
        return None
    module = types.ModuleType(HMM_EMISSIONS)
    module.P = table
    return module


def _keep_emissions(jieba) -> None:
    """Write the emissions of jieba's HMM, as its module holds them, to the cache folder (a run that cannot: nothing
    written, quietly)."""
    import marshal  # noqa: PLC0415
    from array import array  # noqa: PLC0415

    from .cachefiles import write_checked  # noqa: PLC0415

    where = _emissions_file()
    emit = getattr(getattr(jieba, "finalseg", None), "emit_P", None)
    if where is None or not isinstance(emit, dict) or set(emit) != set(HMM_STATES) \
            or not all(isinstance(emit[state], dict) for state in HMM_STATES):
        return
    kept = {}
    for state in HMM_STATES:
        chars = sorted(ch for ch in emit[state] if isinstance(ch, str) and len(ch) == 1)
        if len(chars) != len(emit[state]):
            return  # a key of other than one character: not kept
        kept[state] = ("".join(chars), array("d", map(emit[state].__getitem__, chars)).tobytes())
    write_checked(*where, marshal.dumps(kept))


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

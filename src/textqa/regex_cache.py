"""Regular expressions compiled by an earlier run, kept in textqa's cache folder as ``re`` compiles them.

``re`` compiles a pattern in Python: about 0.1 s of CPU for the 250 patterns a plain lint of one article compiles,
a quarter of its cold start, most of it marking the 27,000 code points of each class of the kanji ranges one by one
(``charclass.LazyPattern``). The compiled form is the code list ``re`` hands to its C engine (``_sre.compile``),
which depends on the pattern, its flags and the interpreter only. So a run keeps the code of every pattern it
compiled in one cache file, named for the interpreter's version and its engine's ``MAGIC``; the next run hands that
code to the engine and puts the patterns into ``re``'s own cache of compiled patterns, before importing the modules
that compile them: ``re.compile`` then finds each ready, a pattern identical to the one it would make (the same
code, flags, groups; compiled patterns compare equal by them: tests/test_regex_cache.py). A pattern the file lacks is
compiled as always. A file that fails a check, or code the engine refuses, is ignored and written again.
``TEXTQA_NO_CACHE=1`` turns it off with the rest of the cache.
"""
from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys

from .cachefiles import cache_dir, read_checked, write_checked

FORMAT = b"textqa-regex 1\n"
_KNOWN: set[tuple] = set()  # keys of re's cache once the file was read: what a new file would hold anyway
_READ: set[tuple] = set()  # keys whose code was read from the file and taken by the engine


def _path():
    import _sre  # noqa: PLC0415

    folder = cache_dir()
    if folder is None:
        return None
    version = "-".join(map(str, sys.version_info[:3]))
    return folder / f"regex-{sys.implementation.name}{version}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _cache() -> dict | None:
    """``re``'s cache of compiled patterns, keyed by (type of pattern, pattern, flags); None when this interpreter's
    ``re`` keeps none that this module knows (CPython's, from 3.11)."""
    cache = getattr(re, "_cache", None)
    known = sys.implementation.name == "cpython" and hasattr(re, "_MAXCACHE") and hasattr(re, "_compiler")
    return cache if known and isinstance(cache, dict) else None


def _rows(path) -> list:
    """The rows of the cache file (an empty list when it is absent or fails a check)."""
    payload = read_checked(path, FORMAT)
    if payload is None:
        return []
    try:
        rows = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return []
    return rows if isinstance(rows, list) else []


def load() -> int:
    """Put the patterns of the cache file into ``re``'s cache (as many as it has room for); the number put there."""
    import _sre  # noqa: PLC0415

    cache, path = _cache(), _path()
    if cache is None or path is None:
        return 0
    seeded = 0
    for row in _rows(path)[:max(re._MAXCACHE - len(cache), 0)]:
        try:
            pattern, flags, final_flags, code, groups, groupindex, indexgroup = row
            key = (type(pattern), pattern, flags)
            if key not in cache:
                cache[key] = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
                _READ.add(key)
                seeded += 1
        except (TypeError, ValueError, RuntimeError, OverflowError):  # not a row, or code the engine refuses
            break
    _KNOWN.update(cache)
    return seeded


def _row(key: tuple):
    """What ``re`` hands its engine for the pattern of ``key``: the same steps as ``re._compiler.compile``."""
    from re import _compiler, _parser  # noqa: PLC0415

    _, pattern, flags = key
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are named int constants
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return [pattern, int(flags), int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup)]


def _writable(folder) -> bool:
    """The cache folder exists or can be made, and files can be written in it: else each run would make the code of
    every pattern again (about as long as compiling them) for a file it cannot write."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def save() -> bool:
    """Write the file again when this process compiled patterns that it did not hold: every pattern in ``re``'s
    cache now (at most ``re._MAXCACHE``, as ``re`` keeps them), the code of those the file held read from it again
    (not kept in memory meanwhile) when the engine took it, the others' made now. True when written."""
    cache, path = _cache(), _path()
    if cache is None or path is None:
        return False
    keys = [key for key in list(cache) if isinstance(key, tuple) and len(key) == 3 and key[0] in (str, bytes)
            and isinstance(key[2], int) and not key[2] & re.DEBUG]
    if not set(keys) - _KNOWN or not _writable(path.parent):
        return False
    held = {}
    for row in _rows(path):
        with contextlib.suppress(TypeError, ValueError, IndexError):
            if (type(row[0]), row[0], row[1]) in _READ:
                held[type(row[0]), row[0], row[1]] = row
    rows = []
    for key in keys:
        try:
            rows.append(held.get(key) or _row(key))
        except Exception:  # noqa: BLE001 - a pattern this interpreter's compiler steps do not take: left out
            continue
    try:
        payload = marshal.dumps(rows)
    except ValueError:  # a value marshal does not take: the file is left as it is
        return False
    return write_checked(path, FORMAT, payload)

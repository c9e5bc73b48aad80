"""Regular expressions compiled by an earlier run, kept in textqa's cache folder as ``re`` compiles them.

``re`` compiles a pattern in Python: about 0.1 s of CPU for the 250 patterns a plain lint of one article compiles,
a quarter of its cold start, most of it marking the 27,000 code points of each class of the kanji ranges one by one
(``charclass.LazyPattern``). The compiled form is the code list ``re`` hands to its C engine (``_sre.compile``),
which depends on the pattern, its flags and the interpreter only. So a run keeps the code of every pattern it
compiled in one cache file, named for the interpreter's version and its engine's ``MAGIC``, each pattern's row
marshalled apart; the next run, before importing the modules that compile theirs, makes ``re``'s first cache of
compiled patterns one that hands a pattern's code to the engine when ``re`` first asks for the pattern (``_Seeded``):
``re.compile`` then finds each ready, a pattern identical to the one it would make (the same code, flags, groups;
compiled patterns compare equal by them: tests/test_regex_cache.py), and the patterns of the file that a run never
asks for (other texts', other commands') cost it only their bytes. A pattern the file lacks is compiled as always. A
file that fails a check is ignored, a row whose code the engine refuses is compiled as always, and both are written
again.
``TEXTQA_NO_CACHE=1`` turns it off with the rest of the cache.
"""
from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys

from .cachefiles import cache_dir, read_checked, write_checked

FORMAT = b"textqa-regex 2\n"
_FILE: dict[tuple, bytes | None] = {}  # key -> its row in the cache file, marshalled; None once the engine took it
_USED: set[tuple] = set()  # keys whose row was taken by the engine in this process, or written by it
_UNWRITABLE: set[tuple] = set()  # keys whose row this interpreter's compiler steps or marshal do not take


def _path():
    import _sre  # noqa: PLC0415

    folder = cache_dir()
    if folder is None:
        return None
    version = "-".join(map(str, sys.version_info[:3]))
    return folder / f"regex-{sys.implementation.name}{version}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _cache_name() -> str | None:
    """The name of the dict in ``re`` that ``re._compile`` looks a pattern up in first, by ``[key]`` (``_cache2``
    from 3.12, ``_cache`` in 3.11); None when this interpreter's ``re`` keeps none that this module knows."""
    known = sys.implementation.name == "cpython" and hasattr(re, "_MAXCACHE") and hasattr(re, "_compiler")
    for name in ("_cache2", "_cache"):
        if isinstance(getattr(re, name, None), dict):
            return name if known else None
    return None


def _cache() -> dict | None:
    """``re``'s cache of compiled patterns that this run's new ones go to (``re._cache``, keyed by (type of
    pattern, pattern, flags)); None when this interpreter's ``re`` keeps none that this module knows."""
    return re._cache if _cache_name() is not None and isinstance(getattr(re, "_cache", None), dict) else None


class _Seeded(dict):
    """``re``'s first cache of compiled patterns, which, asked for a pattern it lacks, makes it from the cache file's
    row if the file holds it (``__missing__``: ``re._compile`` reads the dict by ``[key]`` and compiles the pattern
    itself on a KeyError). Only the patterns a run uses are decoded and handed to the engine: a file written by
    runs over many texts holds hundreds more (decoding them all took about 10 MB of a cold start's heap)."""

    __slots__ = ("limit",)

    def __missing__(self, key):
        blob = _FILE.get(key)
        if blob is None:  # not in the file, or taken already and dropped by re since: compiled as always
            raise KeyError(key)
        import _sre  # noqa: PLC0415

        try:
            pattern, flags, final_flags, code, groups, groupindex, indexgroup = marshal.loads(blob)
            if (type(pattern), pattern, flags) != key:
                raise ValueError("a row of another pattern")
            compiled = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
        except (EOFError, TypeError, ValueError, RuntimeError, OverflowError):  # not a row, or code the engine refuses
            del _FILE[key]  # compiled as always, and written again
            raise KeyError(key) from None
        if len(self) >= self.limit:  # as re drops its oldest when full
            with contextlib.suppress(StopIteration, RuntimeError, KeyError):
                del self[next(iter(self))]
        self[key] = compiled
        _USED.add(key)
        _FILE[key] = None  # read from the file again if it is written again
        return compiled


def _rows(path) -> list:
    """The rows of the cache file, [pattern, flags, row marshalled] (an empty list when it is absent or fails a
    check)."""
    payload = read_checked(path, FORMAT)
    if payload is None:
        return []
    try:
        rows = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return []
    if not isinstance(rows, list) or not all(
            isinstance(row, list) and len(row) == 3 and isinstance(row[0], (str, bytes)) and isinstance(row[1], int)
            and isinstance(row[2], bytes) for row in rows):
        return []
    return rows


def load() -> int:
    """Make ``re``'s first cache one that takes the patterns of the cache file when ``re`` first asks for them; the
    number the file holds."""
    name, path = _cache_name(), _path()
    if name is None or path is None:
        return 0
    _FILE.update(((type(pattern), pattern, flags), blob) for pattern, flags, blob in _rows(path))
    first = getattr(re, name)
    if _FILE and type(first) is not _Seeded:
        seeded = _Seeded(first)
        seeded.limit = getattr(re, "_MAXCACHE2", re._MAXCACHE) if name == "_cache2" else re._MAXCACHE
        setattr(re, name, seeded)
    return len(_FILE)


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
    """Write the file again when this process compiled patterns that it did not hold: the rows of the file, then
    those of the patterns this run took from it (read from the file again: not kept in memory meanwhile), then those
    it compiled (the code of each made now), the last ``re._MAXCACHE`` of them (the ones no recent run used go
    first). True when written. The patterns written are then the file's, as if taken from it: a process that lints
    again (the API, a test's many runs) writes only patterns it compiled since, and makes no row twice (making the
    code of the 512 patterns ``re`` keeps took about a second each run)."""
    cache, path = _cache(), _path()
    if cache is None or path is None:
        return False
    new = [key for key in list(cache) if isinstance(key, tuple) and len(key) == 3 and key[0] in (str, bytes)
           and isinstance(key[2], int) and not key[2] & re.DEBUG and key not in _FILE and key not in _UNWRITABLE]
    if not new or not _writable(path.parent):
        return False
    kept = sorted(_FILE, key=_USED.__contains__)  # the unused first, each part in the file's order
    held = {(type(pattern), pattern, flags): blob for pattern, flags, blob in _rows(path)} if _USED else {}
    rows = []
    for key in kept:
        blob = _FILE[key] or held.get(key)
        if blob is not None:
            rows.append([key[1], key[2], blob])
        else:
            new.append(key)  # gone from the file meanwhile: made again
    made = []
    for key in new:
        try:
            rows.append([key[1], key[2], marshal.dumps(_row(key))])
            made.append(key)
        except Exception:  # noqa: BLE001 - a pattern this interpreter's compiler steps do not take, or a value
            _UNWRITABLE.add(key)  # marshal does not take: left out, and not made again
    rows = rows[-re._MAXCACHE:]
    if not write_checked(path, FORMAT, marshal.dumps(rows)):
        return False
    written = {(type(pattern), pattern, flags) for pattern, flags, _ in rows}
    for key in [key for key in _FILE if key not in written]:  # the oldest, left out of the file
        del _FILE[key]
    for key in made:
        if key in written:  # compiled here, so the engine holds it: as a row taken from the file
            _FILE[key] = None
            _USED.add(key)
    return True

"""Compiled glossaries: memoised in this process and cached on disk between runs.

Compiling (glyph variants, phonetic indexes, the automaton) is the slow part of
loading a glossary, so a glossary is compiled straight into the user cache
folder as a SQLite store (``textqa.glossary.store``), one index at a time, that
this run and later ones read in place, looking up only the keys their documents
touch. The key covers the glossary
files (paths and bytes, so a warm run skips even parsing) or a loaded glossary's
content hash, plus textqa's version and code and the installed files of the
libraries that derive forms. A file that fails any check is ignored and rebuilt,
never trusted.

``TEXTQA_CACHE_DIR`` moves the folder; ``TEXTQA_NO_CACHE=1`` turns the disk cache off.
"""
from __future__ import annotations

import contextlib
import copy
import functools
import gc
import os
import time
from pathlib import Path

from ..cachefiles import cache_dir
from ..lazy import sha256
from .compile import CompiledGlossary, compile_files_to_store, compile_glossary, compile_to_store
from .model import Glossary
from .store import FORMAT as STORE_FORMAT

FORMAT = STORE_FORMAT.encode() + b"\n"
KEEP = 8  # cache files kept; older ones are removed when a new one is written
IN_USE_SECONDS = 3600  # a store read or written this recently is never removed: a run may still hold it (a forked
# --jobs worker opens it again by name), even while other runs (other glossaries, textqa versions) write theirs
DERIVING_MODULES = ("opencc", "pypinyin", "ahocorasick")  # found, not imported

_MEMO: dict[str, CompiledGlossary] = {}  # by cache key
_BY_GLOSSARY: dict[int, CompiledGlossary] = {}  # by id() of the Glossary it holds (kept alive by it)


@functools.lru_cache(maxsize=1)
def code_version() -> bytes:
    """textqa's version and source/data files, and the files of the libraries that derive forms (size, mtime)."""
    from importlib.util import find_spec

    from .. import __version__

    h = sha256(FORMAT + __version__.encode())
    package = Path(__file__).resolve().parent.parent
    files = sorted(p for p in package.rglob("*") if p.suffix in (".py", ".tsv", ".txt", ".json"))
    for name in DERIVING_MODULES:
        spec = find_spec(name)
        if spec is not None and spec.origin:
            files.append(Path(spec.origin))
    for path in files:
        st = path.stat()
        h.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.digest()


def files_key(paths: list[str], datas: list[bytes]) -> str:
    h = sha256(code_version())
    for path, data in zip(paths, datas):
        h.update(b"file\0" + str(path).encode() + b"\0" + sha256(data).digest())
    return h.hexdigest()


def glossary_key(glossary: Glossary) -> str:
    return sha256(code_version() + b"content\0" + glossary.content_hash.encode()).hexdigest()


@contextlib.contextmanager
def _no_gc():
    """Building or unpickling millions of small objects is several times faster without the cyclic GC."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _path(folder: Path, key: str) -> Path:
    return folder / f"glossary-{key[:40]}.sqlite"


def read_cache(key: str) -> CompiledGlossary | None:
    """The cached compiled glossary for ``key``, or None if absent, corrupt, stale or malformed."""
    from . import store  # noqa: PLC0415

    folder = cache_dir()
    if folder is None:
        return None
    path = _path(folder, key)
    try:
        compiled = store.load(path, key)
    except (OSError, store.StoreError):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # in use: _prune keeps it
    return compiled


def _write_store(key: str, fill) -> Path | None:
    """``fill(path)`` writes a store into a temporary file, moved into place when complete; None when it cannot."""
    import sqlite3  # noqa: PLC0415

    folder = cache_dir()
    if folder is None:
        return None
    target, tmp = _path(folder, key), None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        import tempfile  # noqa: PLC0415 - only to write a store

        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        os.close(fd)  # SQLite takes an empty file as an empty database
        fill(Path(tmp))
        os.replace(tmp, target)
        tmp = None
    except (OSError, sqlite3.Error, TypeError):
        return None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    with contextlib.suppress(OSError):
        _prune(folder)
    return target


def _prune(folder: Path) -> None:
    """Remove all but the KEEP newest stores, except those in use (read or written in the last IN_USE_SECONDS)."""
    files = sorted(folder.glob("glossary-*"), key=lambda p: p.stat().st_mtime, reverse=True)
    now = time.time()
    for old in files[KEEP:]:
        with contextlib.suppress(OSError):
            if now - old.stat().st_mtime > IN_USE_SECONDS:
                old.unlink()


def _compile(glossary: Glossary) -> CompiledGlossary:
    with _no_gc():
        compiled = compile_glossary(glossary)
        compiled.automaton()  # built now so that it is cached too
    return compiled


def _compile_and_cache(key: str, glossary: Glossary | None = None, files: tuple | None = None) -> CompiledGlossary:
    """Compile ``glossary`` (or read, check and compile the glossary ``files``: (paths, their bytes)) straight
    into the disk cache and read it back from there (memory holds one index at a time, never the whole compiled
    glossary); in memory when there is no cache or it cannot be written."""
    def fill(path: Path) -> None:
        with _no_gc():
            if files is None:
                compile_to_store(glossary, path, key)
            else:
                compile_files_to_store(*files, path, key)

    if _write_store(key, fill) is not None:
        compiled = read_cache(key)
        if compiled is not None:
            return compiled
    if files is not None:
        from .load import load_glossary  # noqa: PLC0415

        glossary = load_glossary(*files)
    return _compile(glossary)


def _remember(key: str, compiled: CompiledGlossary) -> CompiledGlossary:
    _MEMO[key] = compiled
    _BY_GLOSSARY[id(compiled.glossary)] = compiled
    return compiled


def compiled_glossary(glossary: Glossary) -> CompiledGlossary:
    """The compiled form of an already loaded glossary (from memory, disk, or compiled now)."""
    known = _BY_GLOSSARY.get(id(glossary))
    if known is not None and known.glossary is glossary:
        return known
    key = glossary_key(glossary)
    compiled = _MEMO.get(key) or read_cache(key) or _compile_and_cache(key, glossary)
    if compiled.glossary is not glossary:  # same content: answer with the caller's entries
        compiled = copy.copy(compiled)
        compiled.glossary = glossary
    return _remember(key, compiled)


def load_compiled(paths) -> CompiledGlossary:
    """Load glossary files ready for linting; a warm cache skips parsing and compiling.

    Raises InputErrors like ``load_glossary`` for missing or invalid files.
    """
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    from ..errors import InputError, InputErrors
    from ..files import read_bytes

    datas, errors = [], []
    for p in paths:  # each file is read once: a pipe (<(cat g.tsv)) has nothing left for a second reading
        try:
            datas.append(read_bytes(str(p), "glossary file"))
        except InputError as exc:
            errors.append(exc)
    if errors:
        raise InputErrors(errors)
    key = files_key([str(p) for p in paths], datas)
    compiled = _MEMO.get(key) or read_cache(key) or _compile_and_cache(key, files=(paths, datas))
    return _remember(key, compiled)


def clear_memo() -> None:
    """Forget compiled glossaries held in this process (the disk cache stays)."""
    _MEMO.clear()
    _BY_GLOSSARY.clear()
    code_version.cache_clear()

"""A compiled glossary on disk as one SQLite file, read in place: a run reads only the pages it looks up.

Every mapping of a ``CompiledGlossary`` (literal forms, each phonetic index, the entries by ``zh``) and every
large set (the scan's prefixes, the persons) is a table keyed by its key, with the insertion order kept in a
column; small values (tuples, small sets, the glossary's paths) and the pickled literal automaton sit in a
``meta`` table. Loading opens the file and answers lookups as they come (``StoredMap``, ``StoredSet``,
``StoredGlossary``), remembering each answer; nothing is read whole but the automaton, on first use.

The file is checked before it is trusted: SQLite's application id says it is ours, a CRC-32 of the whole file
(with that slot zeroed) sits in the header's user-version slot, and ``meta`` holds this format's name and the
cache key. Opened read-only and immutable, it needs no lock and no journal, so a read-only cache folder works.
A process that forks reopens the file in the child; a pickled object (Dask) carries its contents, not the file.
"""
from __future__ import annotations

import os
import pickle
import sqlite3
import zlib
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path

from .model import Entry, Glossary

FORMAT = "textqa-compiled-glossary 2"
APPLICATION_ID = 0x74717167  # "tqqg"
CRC_OFFSET = 60  # SQLite's user-version slot (4 bytes, big-endian), free for applications
LARGE_SET = 1000  # sets with more members than this are tables, smaller ones live in meta
_ABSENT = object()  # a key the table does not hold
_UNKNOWN = object()  # a key not looked up yet


class StoreError(Exception):
    """The file is not a valid store for this key (absent, damaged, foreign or stale)."""


def _file_crc(path: Path) -> tuple[int, int]:
    """(CRC-32 of the file with the CRC slot read as zeros, the CRC the slot holds)."""
    with open(path, "rb") as f:
        head = f.read(100)
        if len(head) < 100 or not head.startswith(b"SQLite format 3\0"):
            raise StoreError("not a SQLite file")
        stored = int.from_bytes(head[CRC_OFFSET:CRC_OFFSET + 4], "big")
        crc = zlib.crc32(head[:CRC_OFFSET] + b"\0\0\0\0" + head[CRC_OFFSET + 4:])
        while chunk := f.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc, stored


class Store:
    """An open store file: lookups by table and key, reopened after a fork."""

    def __init__(self, path: Path, key: str):
        self.path = Path(path)
        crc, stored = _file_crc(self.path)
        if crc != stored:
            raise StoreError("checksum mismatch")
        self._pid, self._con = None, None
        try:
            meta = dict(self.con.execute("SELECT name, value FROM meta"))
            if self.con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID \
                    or meta.get("format") != FORMAT.encode() or meta.get("key") != key.encode():
                raise StoreError("foreign or stale store")
            self.meta = {name: pickle.loads(value) for name, value in meta.items()
                         if name not in ("format", "key") and not name.startswith("blob:")}
            self.tables = set(self.meta["tables"])
            for table in self.tables:  # each table exists with the columns asked for (nothing is read)
                self.con.execute(f"SELECT key, n, value FROM {_name(table)} LIMIT 0")
            if set(self.meta["codecs"].values()) - set(CODECS) or not set(self.meta["codecs"]) <= self.tables:
                raise StoreError("unknown value encoding")
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001 - whatever a damaged or foreign file raises: not a store
            raise StoreError(str(exc)) from None

    @property
    def con(self) -> sqlite3.Connection:
        if self._pid != os.getpid():  # a connection never crosses a fork
            uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
            self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._con.execute("PRAGMA mmap_size = 1073741824")
            self._pid = os.getpid()
        return self._con

    def lookup(self, sql: str, key):
        """The value ``sql`` (from ``query``) finds for ``key``, or _ABSENT."""
        row = self.con.execute(sql, (key,)).fetchone()
        return _ABSENT if row is None else row[0]

    @staticmethod
    def query(table: str) -> str:
        return f"SELECT value FROM {_name(table)} WHERE key = ?"

    def rows(self, table: str):
        return self.con.execute(f"SELECT key, value FROM {_name(table)} ORDER BY n")

    def blob(self, name: str):
        """A large value kept in meta, read only when asked for."""
        (value,) = self.con.execute("SELECT value FROM meta WHERE name = ?", ("blob:" + name,)).fetchone()
        return pickle.loads(value)


SEP, PAIR = "\x1f", "\x1e"  # unit and record separators: in no glossary cell


CODECS = ("list", "tuple", "pickle")


def _name(table: str) -> str:
    if not table.isidentifier():
        raise StoreError(f"bad table name {table!r}")
    return table


def _encoded(content: Mapping) -> tuple[str, dict]:
    """How a table's values are written, and the written values: as separated text when they are all non-empty
    lists (or all tuples) of strings holding no separator (most buckets: a fraction of a pickle's size), else
    pickled."""
    values = content.values()
    for kind in (list, tuple):
        if all(type(v) is kind for v in values):
            try:
                out = {k: SEP.join(v) for k, v in content.items()}
            except TypeError:  # not all strings
                break
            if all(v and text.count(SEP) == len(v) - 1 for v, text in zip(values, out.values())):
                return kind.__name__, out
            break
    return "pickle", {k: pickle.dumps(v, protocol=5) for k, v in content.items()}


def _decoder(codec: str):
    if codec == "list":
        return lambda text: text.split(SEP)
    if codec == "tuple":
        return lambda text: tuple(text.split(SEP))
    return pickle.loads


class StoredMap(Mapping):
    """A read-only mapping answered from a store table, each answer remembered."""

    def __init__(self, store: Store, table: str, decode=None):
        self._store, self._table, self._memo, self._sql = store, table, {}, store.query(table)
        read = _decoder(store.meta["codecs"][table])
        self._decode = read if decode is None else (lambda value: decode(read(value)))

    def __getitem__(self, key):
        value = self._memo.get(key, _UNKNOWN)
        if value is _UNKNOWN:
            blob = self._store.lookup(self._sql, key) if isinstance(key, str) else _ABSENT
            value = self._memo[key] = _ABSENT if blob is _ABSENT else self._decode(blob)
        if value is _ABSENT:
            raise KeyError(key)
        return value

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key) -> bool:
        return self.get(key, _ABSENT) is not _ABSENT

    def __len__(self) -> int:
        return self._store.meta["counts"][self._table]

    def __iter__(self):
        return (key for key, _ in self._store.rows(self._table))

    def items(self):
        return [(key, self._decode(value)) for key, value in self._store.rows(self._table)]

    def values(self):
        return [value for _, value in self.items()]

    def __reduce__(self):  # pickled (for Dask workers) as the plain dict it stands for
        return dict, (self.items(),)


class StoredSet:
    """A read-only set of strings answered from a store table, each answer remembered."""

    def __init__(self, store: Store, table: str):
        self._store, self._table, self._memo, self._sql = store, table, {}, store.query(table)

    def __contains__(self, key) -> bool:
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = isinstance(key, str) and self._store.lookup(self._sql, key) is not _ABSENT
        return found

    def __len__(self) -> int:
        return self._store.meta["counts"][self._table]

    def __iter__(self):
        return (key for key, _ in self._store.rows(self._table))

    def __eq__(self, other) -> bool:
        return frozenset(self) == other if isinstance(other, (set, frozenset, StoredSet)) else NotImplemented

    __hash__ = None

    def __reduce__(self):
        return frozenset, (list(self),)


def write_store(path: Path, key: str, tables: dict, small: dict, blobs: dict) -> None:
    """Write a store to ``path`` (a new file): ``tables`` maps a name to a dict or a set of strings, ``small``
    holds the values read at open, ``blobs`` the large ones read when asked for. The CRC goes in last."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB)")
        counts, codecs = {}, {}
        for name, content in tables.items():
            con.execute(f"CREATE TABLE {name} (key TEXT PRIMARY KEY, n INTEGER, value) WITHOUT ROWID")
            if not all(type(k) is str for k in content):
                raise TypeError(f"{name}: keys must be strings")
            position = {k: n for n, k in enumerate(content)}
            if isinstance(content, Mapping):
                codecs[name], values = _encoded(content)
                rows = ((k, position[k], values[k]) for k in sorted(position))
            else:
                rows = ((k, position[k], None) for k in sorted(position))
            # inserted in key order, the B-tree is written once with full pages
            con.executemany(f"INSERT INTO {_name(name)} VALUES (?, ?, ?)", rows)
            counts[name] = len(content)
        meta = {**small, "tables": sorted(tables), "counts": counts, "codecs": codecs, "blobs": sorted(blobs)}
        con.executemany("INSERT INTO meta VALUES (?, ?)",
                        [("format", FORMAT.encode()), ("key", key.encode()),
                         *(("blob:" + name, pickle.dumps(value, protocol=5)) for name, value in blobs.items()),
                         *((name, pickle.dumps(value, protocol=5)) for name, value in meta.items())])
        con.commit()
    finally:
        con.close()
    crc, _ = _file_crc(path)
    with open(path, "r+b") as f:
        f.seek(CRC_OFFSET)
        f.write(crc.to_bytes(4, "big"))



ENTRY_FIELDS = tuple(f.name for f in fields(Entry))


class StoredGlossary(Glossary):
    """A ``Glossary`` answered from a store: ``by_zh`` looks entries up as asked; iterating reads them all."""

    def __init__(self, store: Store):  # no dataclass init: nothing is read yet
        self._store = store
        self.paths = list(store.meta["paths"])
        self.by_zh = StoredMap(store, "entries", _entry)
        self._entries = None

    @property
    def entries(self) -> list[Entry]:
        if self._entries is None:
            rows = self._store.blob("entries") if "entries" in self._store.meta["blobs"] else None
            self._entries = [_entry(r) for r in rows] if rows is not None else list(self.by_zh.values())
        return self._entries

    def __len__(self) -> int:
        return self._store.meta["size"]

    @property
    def content_hash(self) -> str:
        return self._store.meta["content_hash"]

    def __reduce__(self):  # pickled as the plain glossary it stands for
        return Glossary, (self.entries, self.paths)


def _entry_row(e: Entry) -> tuple:
    return tuple(getattr(e, name) for name in ENTRY_FIELDS)


def _entry(row: tuple) -> Entry:
    return Entry(*row)


def _holder(text: str) -> tuple:
    from ..mentions.kinds import MentionKind

    zh, kind = text.rsplit(PAIR, 1)
    return zh, MentionKind(kind)


def save(path: Path, key: str, compiled) -> None:
    """Write ``compiled`` (a ``CompiledGlossary``) as a store: its mappings and large sets become tables."""
    g = compiled.glossary
    forms = {surface: [PAIR.join(pair) for pair in holders] for surface, holders in compiled.forms.items()}
    tables = {"forms": forms, "entries": {zh: _entry_row(e) for zh, e in g.by_zh.items()}}
    small = {"paths": list(g.paths), "size": len(g), "content_hash": g.content_hash, "index": {}, "maps": []}
    for f in fields(compiled.indexes):
        value = getattr(compiled.indexes, f.name)
        if isinstance(value, Mapping) or (isinstance(value, (set, frozenset)) and len(value) > LARGE_SET):
            tables["ix_" + f.name] = value
            if isinstance(value, Mapping):
                small["maps"].append(f.name)
        else:
            small["index"][f.name] = value
    automaton, _ = compiled.automaton()
    blobs = {"automaton": automaton}
    if len(g.by_zh) != len(g.entries):  # a zh defined twice (a glossary built in code): keep the list as it is
        blobs["entries"] = [_entry_row(e) for e in g.entries]
    write_store(path, key, tables, small, blobs)


def load(path: Path, key: str):
    """The ``CompiledGlossary`` stored at ``path`` for ``key``, read as it is used; StoreError if not valid."""
    from ..phonetics.index import PhoneticIndex
    from .compile import CompiledGlossary

    store = Store(path, key)
    parts = {}
    try:
        for f in fields(PhoneticIndex):
            table = "ix_" + f.name
            if table in store.tables:
                kind = StoredMap if f.name in store.meta["maps"] else StoredSet
                parts[f.name] = kind(store, table)
            elif f.name in store.meta["index"]:
                parts[f.name] = store.meta["index"][f.name]
            else:
                raise StoreError(f"no {f.name} index")
        forms = StoredMap(store, "forms", lambda holders: [_holder(h) for h in holders])
        glossary = StoredGlossary(store)
        if not {"forms", "entries"} <= store.tables or "automaton" not in store.meta["blobs"] \
                or not isinstance(store.meta["size"], int) or not isinstance(store.meta["content_hash"], str):
            raise StoreError("incomplete store")
    except (KeyError, TypeError, AttributeError) as exc:
        raise StoreError(f"malformed store: {exc}") from None
    return CompiledGlossary(glossary, forms, PhoneticIndex(**parts), _load_automaton=lambda: store.blob("automaton"))

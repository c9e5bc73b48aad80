"""A compiled glossary on disk as one SQLite file, read in place: a run reads only the pages it looks up.

Every mapping of a ``CompiledGlossary`` (literal forms, each phonetic index, the entries by ``zh``) and every
large set (the scan's prefixes, the persons) is a table of hash buckets: a key's bucket is the CRC-32 of its
UTF-8 bytes modulo the table's bucket count, and a bucket's row holds its keys, their insertion positions and
their values (about PER_BUCKET keys a row, PAIRED_BUCKET times as many pairs in a paired table: a million keys are written as 60,000 rows, which is what makes a large
glossary quick to compile). A row of strings (a set's, or a map's whose values are tuples of strings, most of
the phonetic keys, or all lists of strings, the entities' syllables) is written as text, its strings joined by separators, and its positions as an array of
integers (``_text_row``): quicker to make and smaller than a pickle of the same lists (the 100,000-entry bench
glossary's store 154 -> 132 MB); other rows are pickled. Small values (tuples, small sets, the glossary's paths)
and the pickled literal automaton sit in a ``meta`` table. The index of the kanji forms with one place left open
(``textqa.glossary.open_place``) is one more table, made from the literal forms as they are written. Loading opens the file and answers lookups as they come
(``StoredMap``, ``StoredSet``, ``StoredGlossary``), remembering each answer; nothing is read whole at once but the
automaton (its bytes while the file is checked, unpickled on first use). A table is read a bucket at a time until
a run has asked for 1/WHOLE_SHARE of its buckets, then its rows' bytes all at once (a large glossary's lint asks for
most buckets of the tables its readings' entities are in); a text row answers the key asked without being decoded
whole.

The file is checked before it is trusted: SQLite's application id says it is ours, a CRC-32 of the whole file
(with that slot zeroed) sits in the header's user-version slot (checked in a thread while the file is opened:
nothing read from it is unpickled before), and ``meta`` holds this format's name and the
cache key. Opened read-only and immutable, it needs no lock and no journal, so a read-only cache folder works.
A process that forks reopens the file in the child; a pickled object (Dask) carries its contents, not the file.
"""
from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sqlite3
import sys
import zlib
from array import array
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import fields
from itertools import chain, count, repeat
from operator import attrgetter, itemgetter, mod
from pathlib import Path

from .model import Entry, Glossary
from .open_place import CHARS, LENGTHS, OPEN_PLACE_TABLE, OpenPlaces, open_place_fills
from .pairs import Pairs

FORMAT = "textqa-compiled-glossary 8"
APPLICATION_ID = 0x74717167  # "tqqg"
CRC_OFFSET = 60  # SQLite's user-version slot (4 bytes, big-endian), free for applications
LARGE_SET = 1000  # sets with more members than this are tables, smaller ones live in meta
PER_BUCKET = 16  # keys in a table's row, on average
PAIRED_BUCKET = 4  # a paired table's row (``Pairs``) holds this many times PER_BUCKET pairs (about 44 distinct keys):
# the katakana keys' 1.6 million pairs with 100,000 entries are 25,000 rows, not 100,000, each a fixed cost to make
PAGE_SIZE = 16384  # SQLite's page: a paired table's row (about 2.4 KB) shares it with others, where a 4 KB page holds one
SMALL_TABLE = 4096  # a table of at most this many keys is read whole on its first miss (one query, not one a key)
READ_BUCKETS = 8192  # buckets kept as read (about 16 keys each, all tables together) before they are let go
WHOLE_SHARE = 8  # a table whose buckets were read one query at a time as many times as 1/WHOLE_SHARE of its buckets
# is read whole at the next (its rows' bytes, in one query): a query costs several times a row's share of the scan
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


_WRITTEN: set[tuple] = set()  # the stores this process has written and not opened since (device, inode, size, mtime)


def _identity(path: Path) -> tuple:
    st = os.stat(path)
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


class _Check:
    """The check that the file's CRC is the one its header holds, made in a thread while the file is opened
    (reading the file and ``zlib.crc32`` let go of the interpreter lock): ``wait`` raises StoreError (or the
    OSError of reading it) unless it matches. Nothing read from the file is unpickled before ``wait``. A store that
    this process (or its ``Helper``) has just written (``_WRITTEN``; moving it keeps its identity) is not read
    again the first time it is opened: the compile opens the store it wrote at once, and its CRC was made from the
    file as written."""

    __slots__ = ("_thread", "_error")

    def __init__(self, path: Path):
        self._thread, self._error = None, None
        with contextlib.suppress(OSError, KeyError):
            _WRITTEN.remove(_identity(path))
            return
        import threading  # noqa: PLC0415

        self._thread = threading.Thread(target=self._run, args=(path,), daemon=True)
        self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            crc, stored = _file_crc(path)
            if crc != stored:
                self._error = StoreError("checksum mismatch")
        except (OSError, StoreError) as exc:
            self._error = exc

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if self._error is not None:
            raise self._error


class Store:
    """An open store file: lookups by table and key, reopened after a fork."""

    def __init__(self, path: Path, key: str, prefetch: tuple[str, ...] = ()):
        """``prefetch``: blobs read (not unpickled) while the file's CRC is checked, for ``blob`` to unpickle."""
        self.path = Path(path)
        check = _Check(self.path)
        self._pid, self._con = None, None
        self._read: dict[tuple[str, int], dict | bytes] = {}  # (table, bucket) -> its row as read (``_bucket``)
        self._whole: dict[str, dict[int, bytes]] = {}  # table -> its rows' bytes by bucket, for a table read whole
        self._queried: dict[str, int] = {}  # table -> buckets read from it one query at a time
        self._prefetched: dict[str, bytes] = {}
        try:
            try:  # SQLite reads a damaged file without harm; what it gives is unpickled only once the CRC matched
                meta = dict(self.con.execute("SELECT name, value FROM meta WHERE substr(name, 1, 5) != 'blob:'"))
                application = self.con.execute("PRAGMA application_id").fetchone()[0]
                for name in prefetch:
                    row = self.con.execute("SELECT value FROM meta WHERE name = ?", ("blob:" + name,)).fetchone()
                    if row is not None:
                        self._prefetched[name] = row[0]
            finally:
                check.wait()
            if application != APPLICATION_ID or meta.get("format") != FORMAT.encode() or meta.get("key") != key.encode():
                raise StoreError("foreign or stale store")
            self.meta = {name: pickle.loads(value) for name, value in meta.items() if name not in ("format", "key")}
            self.tables = set(self.meta["tables"])
            self.buckets = dict(self.meta["buckets"])
            self.paired = frozenset(self.meta["paired"])  # tables written as pairs (``Pairs``), grouped as read
            if not self.paired <= self.tables or set(self.buckets) != self.tables or not all(type(n) is int and n > 0 for n in self.buckets.values()):
                raise StoreError("bad bucket counts")
            self._sql = {}
            for table in self.tables:  # each table exists with the columns asked for (nothing is read)
                self.con.execute(f"SELECT bucket, data FROM {_name(table)} LIMIT 0")
                self._sql[table] = f"SELECT data FROM {table} WHERE bucket = ?"
        except (StoreError, OSError):
            raise
        except Exception as exc:  # noqa: BLE001 - whatever a damaged or foreign file raises: not a store
            raise StoreError(str(exc)) from None

    @property
    def con(self) -> sqlite3.Connection:
        if self._pid != os.getpid():  # a connection never crosses a fork
            uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
            self._con = sqlite3.connect(uri, uri=True, check_same_thread=False)
            # read through SQLite's own small page cache, not a mapping: lookups spread over a large store, and
            # the kernel maps the cached pages around each one touched, so a mapping grew the resident set by
            # the whole file (150 MB with 100,000 entries) for no CPU time saved
            self._con.execute("PRAGMA mmap_size = 0")
            self._pid = os.getpid()
        return self._con

    def find(self, table: str, key: str):
        """The value stored for ``key`` (None in a set), or _ABSENT. A bucket is read once: the other keys of a
        bucket already read (about 16) are answered from memory, found or not, with no query. A text row is kept
        as its bytes and only the key asked is read out of it (``_text_find``); a pickled row is kept unpickled.
        A table read whole answers from its rows' bytes at once (most keys of a large glossary's lint are asked of
        such tables, each once: no call of ``_bucket`` for a text row); its pickled rows are read as any other."""
        encoded = key.encode("utf-8", "surrogatepass")
        bucket = zlib.crc32(encoded) % self.buckets[table]  # bucket_of
        rows = self._whole.get(table)
        if rows is not None:
            row = rows.get(bucket)
            if row is None:
                return _ABSENT
            if row[:1] in TEXT_MARKS:
                return _text_find(row, encoded, table in self.paired) if encoded in row else _ABSENT
        where = (table, bucket)
        row = self._read.get(where)
        if row is None:
            row = self._bucket(where)
        if type(row) is bytes:  # most keys asked are in no row: a key whose bytes are nowhere in the row is in none
            # of its items (one scan in C, where splitting the row and seeking the key among its items is several)
            return _text_find(row, encoded, table in self.paired) if encoded in row else _ABSENT
        return row.get(key, _ABSENT)

    def _bucket(self, where: tuple[str, int]) -> dict | bytes:
        """A bucket's row: a text row's bytes, or a pickled row's keys and values as a dict ({} for no row). A
        table's rows are read one query a bucket until it has been asked 1/WHOLE_SHARE of its buckets, then all at
        once (a lint with a large glossary asks most buckets of the tables of its names' entities and readings: a
        query and a row unpickled or decoded whole for each key asked was about 25 us, a scan of a row's bytes 1)."""
        table, bucket = where
        rows = self._whole.get(table)
        if rows is None:
            queried = self._queried[table] = self._queried.get(table, 0) + 1
            if queried * WHOLE_SHARE >= self.buckets[table]:
                rows = self._whole[table] = dict(self.con.execute(f"SELECT bucket, data FROM {table}"))
        if rows is None:
            found = self.con.execute(self._sql[table], (bucket,)).fetchone()
            data = None if found is None else found[0]
        else:
            data = rows.get(bucket)
        if data is None:
            row = {}
        elif data[:1] in TEXT_MARKS:
            if rows is not None:  # held by the table's rows: nothing to keep
                return data
            row = data
        else:
            keys, values = _keys_values(data)
            row = _grouped_row(keys, values) if table in self.paired else \
                dict(zip(keys, repeat(None) if values is None else values))
        if len(self._read) >= READ_BUCKETS:
            self._read.clear()
        self._read[where] = row
        return row

    def rows(self, table: str) -> list[tuple]:
        """Every (key, value) of a table, in the order they were written."""
        out = []
        for (data,) in self.con.execute(f"SELECT data FROM {_name(table)}"):
            keys, positions, values = _row(data)
            out += zip(positions, keys, repeat(None) if values is None else values)
        out.sort(key=_first)
        if table in self.paired:  # each key where its first pair was made, with the values of all its pairs
            return list(_grouped_row([key for _, key, _ in out], [value for _, _, value in out]).items())
        return [(key, value) for _, key, value in out]

    def blob(self, name: str):
        """A large value kept in meta, read only when asked for (or prefetched, once)."""
        value = self._prefetched.pop(name, None)
        if value is None:
            (value,) = self.con.execute("SELECT value FROM meta WHERE name = ?", ("blob:" + name,)).fetchone()
        return pickle.loads(value)


PAIR = "\x1e"  # record separator: in no glossary cell


def _grouped_row(keys: list[str], values: list[tuple]) -> dict:
    """The pairs of a paired table's row (``Pairs``: each value a 1-tuple) grouped: key -> the distinct values of
    its pairs, in their order (as ``phonetics.index._grouped`` groups them)."""
    out: dict = {}
    get = out.get
    for key, value in zip(keys, values):
        held = get(key)
        if held is None:
            out[key] = value
        elif value[0] not in held:
            out[key] = held + value
    return out


def _first(row: tuple):
    return row[0]


def bucket_of(key: str, buckets: int) -> int:
    """A key's bucket: stable across processes and platforms (unlike ``hash``)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % buckets


def _name(table: str) -> str:
    if not table.isidentifier():
        raise StoreError(f"bad table name {table!r}")
    return table


def _bucket_rows(keys: list[str], values: list | None, buckets: int, distinct: list[int] | None = None):
    """(bucket, row of (keys, positions, values)) rows, in bucket order; positions keep the insertion order. A row
    is text (``_text_row``) when it holds a set's keys or a map's whose values are tuples of strings, else a pickle.

    The keys' positions are dealt into their buckets (``bucket_of``) in one pass, which keeps them ascending within
    a bucket: the rows of a stable sort by bucket, with no sort and no reordered copies of the keys and values.
    The pass is one call over the table (this runs for millions of keys), then each row is made from its bucket's
    keys and values at once (each object is read once, while it is in the processor's cache). ``distinct``: the
    keys of a paired table repeat (``Pairs``: its values are given as the strings of their 1-tuples); each row's
    number of distinct keys is added to its one item."""
    try:
        groups = _dealt(map(str.encode, keys), buckets)
    except UnicodeEncodeError:  # a key holds a lone surrogate, which only "surrogatepass" encodes
        groups = _dealt(map(str.encode, keys, repeat("utf-8"), repeat("surrogatepass")), buckets)
    for b, group in enumerate(groups):
        if not group:
            continue
        if len(group) == 1:
            picked_keys, picked = (keys[group[0]],), None if values is None else (values[group[0]],)
        else:
            pick = itemgetter(*group)
            picked_keys, picked = pick(keys), None if values is None else pick(values)
        if distinct is not None:
            distinct[0] += len(set(picked_keys)) if len(group) > 1 else 1
            row = _pairs_row(picked_keys, group, picked)
            if row is None:
                picked = tuple(map(_one, picked))
        else:
            row = _text_row(picked_keys, group, picked)
        yield b, row if row is not None else pickle.dumps(
            (list(picked_keys), group, None if picked is None else list(picked)), protocol=5)


def _dealt(encoded, buckets: int) -> list[list[int]]:
    """The positions of the keys whose UTF-8 bytes are ``encoded`` (an iterator: the keys are encoded as they are
    dealt, never all held) dealt into their buckets (``bucket_of``). The keys are encoded without an error
    handler, a step cheaper; only a key with a lone surrogate needs "surrogatepass" (the same bytes otherwise)."""
    groups: list[list[int]] = [[] for _ in range(buckets)]
    deque(map(list.append, map(groups.__getitem__, map(mod, map(zlib.crc32, encoded), repeat(buckets))), count()),
          maxlen=0)
    return groups


def _one(value) -> tuple:
    return (value,)


TEXT_ROW = b"\x01"  # the first byte of a row written as text (a pickle's is 0x80)
TEXT_LISTS = b"\x02"  # the same, for a row whose values are lists of strings (an entity's syllables), not tuples
TEXT_MARKS = (TEXT_ROW, TEXT_LISTS)
ITEM, PART = "\x1c", "\x1d"  # in a text row: between its strings (keys, then values); between a value's strings
_TUPLES, _LISTS = {tuple}, {list}


def _text_row(keys: tuple, positions: list[int], values: tuple | None) -> bytes | None:
    """A row as TEXT_ROW (TEXT_LISTS when its values are lists), the number of keys (4 bytes), their positions (4
    bytes each) and the UTF-8 text of the keys then the values (each value's strings joined by PART), joined by
    ITEM; little-endian. None when it cannot be text: a value is not a non-empty tuple of strings (or every value a
    non-empty list of strings), or a string holds a separator."""
    n = len(keys)
    mark = TEXT_ROW
    if values is None:
        text, parts = ITEM.join(keys), 0
    elif (kinds := set(map(type, values))) in (_TUPLES, _LISTS) and all(values):
        mark = TEXT_ROW if kinds == _TUPLES else TEXT_LISTS
        try:
            text = ITEM.join((ITEM.join(keys), ITEM.join(map(PART.join, values))))
        except TypeError:  # a value holds something other than strings
            return None
        parts = sum(map(len, values)) - n
    else:
        return None
    if text.count(ITEM) != (n if values is None else 2 * n) - 1 or text.count(PART) != parts:
        return None
    return _text_bytes(mark, n, positions, text)


def _text_bytes(mark: bytes, n: int, positions: list[int], text: str) -> bytes:
    at = array("I", positions)
    if sys.byteorder == "big":
        at.byteswap()
    return mark + n.to_bytes(4, "little") + at.tobytes() + text.encode("utf-8", "surrogatepass")


def _pairs_row(keys: tuple, positions: list[int], values: tuple) -> bytes | None:
    """``_text_row`` of a paired table's row (``Pairs``) from the strings of its values' 1-tuples: the same
    bytes, made without a tuple a value; None when it cannot be text (a value is not a string, or a string holds
    a separator)."""
    n = len(keys)
    try:
        text = ITEM.join((ITEM.join(keys), ITEM.join(values)))
    except TypeError:
        return None
    if text.count(ITEM) != 2 * n - 1 or PART in text:
        return None
    return _text_bytes(TEXT_ROW, n, positions, text)


def _keys_values(data: bytes) -> tuple[list[str], list | None]:
    """A row's keys and values (None for a set's row)."""
    if data[:1] not in TEXT_MARKS:
        keys, _, values = pickle.loads(data)
        return keys, values
    n = int.from_bytes(data[1:5], "little")
    items = data[5 + 4 * n:].decode("utf-8", "surrogatepass").split(ITEM)
    if len(items) == n:
        return items, None
    values = map(str.split, items[n:], repeat(PART))
    return items[:n], list(values if data[:1] == TEXT_LISTS else map(tuple, values))


_ITEM_BYTES = ITEM.encode()  # no byte of another character's UTF-8 is this one


def _text_find(data: bytes, key: bytes, paired: bool):
    """What ``_keys_values`` of a text row gives for ``key`` (its UTF-8 bytes): None in a set's row, its value in a
    map's, its pairs' values grouped in a paired table's (as ``_grouped_row``), or _ABSENT; only that value is
    decoded (a row holds about 16 keys, and most keys are asked once)."""
    n = int.from_bytes(data[1:5], "little")
    items = data[5 + 4 * n:].split(_ITEM_BYTES)
    try:
        at = items.index(key, 0, n)
    except ValueError:
        return _ABSENT
    if len(items) == n:
        return None
    value = items[n + at].decode("utf-8", "surrogatepass").split(PART)
    if data[:1] == TEXT_LISTS:
        return value
    value = tuple(value)
    while paired:
        try:
            at = items.index(key, at + 1, n)
        except ValueError:
            break
        more = tuple(items[n + at].decode("utf-8", "surrogatepass").split(PART))
        if more[0] not in value:
            value += more
    return value


def _row(data: bytes) -> tuple[list[str], list[int], list | None]:
    """A row's keys, their positions and values (None for a set's row), as written."""
    if data[:1] not in TEXT_MARKS:
        return pickle.loads(data)
    n = int.from_bytes(data[1:5], "little")
    at = array("I")
    at.frombytes(data[5:5 + 4 * n])
    if sys.byteorder == "big":
        at.byteswap()
    keys, values = _keys_values(data)
    return keys, at.tolist(), values


class StoredMap(Mapping):
    """A read-only mapping answered from a store table, each answer remembered."""

    def __init__(self, store: Store, table: str, decode=None):
        self._store, self._table, self._memo, self._decode = store, table, {}, decode
        self._whole: bool | None = None  # the memo holds the whole table (a small one, read on the first miss)

    def _value(self, key):
        """The remembered answer for ``key``: its value, or _ABSENT (no exception for a miss: most lookups miss)."""
        value = self._memo.get(key, _UNKNOWN)
        if value is _UNKNOWN:
            if self._whole:
                return _ABSENT
            found = self._store.find(self._table, key) if isinstance(key, str) else _ABSENT
            if found is _ABSENT and self._whole is None:
                self._whole = self._read_whole()  # a table that misses is asked again and again: read it once
            value = self._memo[key] = found if found is _ABSENT or self._decode is None else self._decode(found)
        return value

    def _read_whole(self) -> bool:
        """Read a small table into the memo at once (answers already remembered are kept as they are)."""
        if len(self) > SMALL_TABLE:
            return False
        for key, value in self._store.rows(self._table):
            if key not in self._memo:
                self._memo[key] = value if self._decode is None else self._decode(value)
        return True

    # the remembered answer is read inline, the store only asked on a miss (entries, forms and index keys are looked
    # up for every mention and candidate: one call less each)
    def __getitem__(self, key):
        value = self._memo.get(key, _UNKNOWN)
        if value is _UNKNOWN:
            value = self._value(key)
        if value is _ABSENT:
            raise KeyError(key)
        return value

    # a table read whole answers a miss of its memo at once (most lookups miss: the homophone finder's keys, the
    # look-alike finder's windows), without a call to ``_value``
    def get(self, key, default=None):
        value = self._memo.get(key, _UNKNOWN)
        if value is _UNKNOWN:
            if self._whole:
                return default
            value = self._value(key)
        return default if value is _ABSENT else value

    def __contains__(self, key) -> bool:
        value = self._memo.get(key, _UNKNOWN)
        if value is _UNKNOWN:
            return not self._whole and self._value(key) is not _ABSENT
        return value is not _ABSENT

    def __len__(self) -> int:
        return self._store.meta["counts"][self._table]

    def __iter__(self):
        return (key for key, _ in self._store.rows(self._table))

    def items(self):
        decode = self._decode or (lambda value: value)
        return [(key, decode(value)) for key, value in self._store.rows(self._table)]

    def values(self):
        return [value for _, value in self.items()]

    def __reduce__(self):  # pickled (for Dask workers) as the plain dict it stands for
        return dict, (self.items(),)


class StoredSet:
    """A read-only set of strings answered from a store table, each answer remembered."""

    def __init__(self, store: Store, table: str):
        self._store, self._table, self._memo = store, table, {}
        self._whole: frozenset[str] | bool | None = None  # a small table read whole on its first miss; False: large

    def __contains__(self, key) -> bool:
        if self._whole:
            return key in self._whole
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = isinstance(key, str) and self._store.find(self._table, key) is not _ABSENT
            if not found and self._whole is None:
                self._whole = len(self) <= SMALL_TABLE and frozenset(k for k, _ in self._store.rows(self._table))
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


def write_store(path: Path, key: str, tables, small: dict, blobs: dict, parts: list | None = None) -> None:
    """Write a store to ``path`` (a new file): ``tables`` maps a name to a dict, a set of strings or ``Pairs``
    (written as they are, grouped as they are read) (or is an iterable of such pairs, consumed one at a time, so
    that memory holds one table at once: it may add to
    ``small``, ``blobs`` and ``parts`` as it goes), ``small`` holds the values read at open, ``blobs`` the large
    ones read when asked for (a ``bytes`` blob is taken as already pickled), ``parts`` the paths of stores
    written by other processes for the same key, whose tables, blobs and index values are copied in once
    ``tables`` is consumed. The CRC goes in last."""
    small.setdefault("paired", [])
    con = sqlite3.connect(path)
    try:
        con.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB)")
        counts, buckets = {}, {}
        for name, content in (tables.items() if isinstance(tables, Mapping) else tables):
            con.execute(f"CREATE TABLE {_name(name)} (bucket INTEGER PRIMARY KEY, data BLOB)")
            paired = isinstance(content, Pairs)
            keys = content.keys if paired else list(content)
            if not set(map(type, keys)) <= {str}:
                raise TypeError(f"{name}: keys must be strings")
            values = content.values if paired else list(content.values()) if isinstance(content, Mapping) else None
            content = None  # the caller's table can go as soon as the caller lets it go
            distinct = [0] if paired else None
            per = PER_BUCKET * PAIRED_BUCKET if paired else PER_BUCKET
            counts[name], buckets[name] = len(keys), max(1, -(-len(keys) // per))
            con.executemany(f"INSERT INTO {name} VALUES (?, ?)", _bucket_rows(keys, values, buckets[name], distinct))
            if paired:
                counts[name] = distinct[0]
                small["paired"].append(name)
            keys = values = None
        for part in parts or ():
            _copy_part(con, part, key, counts, buckets, small, blobs)
        meta = {**small, "tables": sorted(counts), "counts": counts, "buckets": buckets, "blobs": sorted(blobs)}
        con.executemany("INSERT INTO meta VALUES (?, ?)",
                        [("format", FORMAT.encode()), ("key", key.encode()),
                         *(("blob:" + name, value if isinstance(value, bytes) else pickle.dumps(value, protocol=5))
                           for name, value in blobs.items()),
                         *((name, pickle.dumps(value, protocol=5)) for name, value in meta.items())])
        con.commit()
    finally:
        con.close()
    crc, _ = _file_crc(path)
    with open(path, "r+b") as f:
        f.seek(CRC_OFFSET)
        f.write(crc.to_bytes(4, "big"))
    _WRITTEN.add(_identity(path))


def _copy_part(con: sqlite3.Connection, part: Path, key: str, counts: dict, buckets: dict, small: dict,
               blobs: dict) -> None:
    """Copy the tables, blobs and index values of the store at ``part`` (written by ``write_store`` for ``key``)
    into the store being written on ``con``; rows are copied as they are, by SQLite."""
    theirs = Store(part, key)
    counts.update(theirs.meta["counts"])
    buckets.update(theirs.buckets)
    small["index"].update(theirs.meta["index"])
    small["maps"] += theirs.meta["maps"]
    small["paired"] += theirs.meta["paired"]
    for name in theirs.meta["blobs"]:
        (blobs[name],) = theirs.con.execute("SELECT value FROM meta WHERE name = ?", ("blob:" + name,)).fetchone()
    theirs.con.close()
    con.execute("ATTACH DATABASE ? AS part", (str(part),))
    try:
        for table in sorted(theirs.tables):
            con.execute(f"CREATE TABLE main.{_name(table)} (bucket INTEGER PRIMARY KEY, data BLOB)")
            con.execute(f"INSERT INTO main.{table} SELECT bucket, data FROM part.{table}")
        con.commit()
    finally:
        con.execute("DETACH DATABASE part")


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


_entry_row = attrgetter(*ENTRY_FIELDS)  # an Entry's fields as a tuple, in order (one C call an entry)


def _entry(row: tuple) -> Entry:
    return Entry(*row)


def _holder(text: str) -> tuple:
    from ..mentions.kinds import MentionKind

    zh, kind = text.rsplit(PAIR, 1)
    return zh, MentionKind(kind)


def save(path: Path, key: str, compiled) -> None:
    """Write ``compiled`` (a ``CompiledGlossary``) as a store: its mappings and large sets become tables."""
    automaton, _ = compiled.automaton()
    forms = [("forms", (compiled.forms, automaton)), ("entries", None)]
    save_parts(path, key, compiled.glossary,
               [lambda: [*forms, *((f.name, getattr(compiled.indexes, f.name)) for f in fields(compiled.indexes))]])


def save_parts(path: Path, key: str, glossary: Glossary, shares: list, helpers: list | None = None) -> None:
    """Write a store from the parts of a compiled glossary, made as they are written. Each share is a callable
    that yields (name, value) parts: ``("forms", (literal forms, automaton or its pickle))``, ``("entries",
    None)`` (the glossary's entries) or (field of ``PhoneticIndex``, value); each part is written and let go
    before the next is asked for. The first share is made here; each other one by its ``Helper`` (a forked
    process writing it into a store of its own at the same time, whose rows are copied in at the end), or here
    after the first when it has none or its helper failed."""
    g = glossary
    small = {"paths": list(g.paths), "size": len(g), "content_hash": g.content_hash, "index": {}, "maps": [],
             "paired": []}
    blobs, parts = {}, []
    if len(g.by_zh) != len(g.entries):  # a zh defined twice (a glossary built in code): keep the list as it is
        blobs["entries"] = [_entry_row(e) for e in g.entries]
    helpers = helpers or []

    def tables():
        yield from _share_tables(g, shares[0](), small, blobs)
        for n, share in enumerate(shares[1:]):
            part = helpers[n].result() if n < len(helpers) else None
            if part is not None:
                parts.append(part)
            else:
                yield from _share_tables(g, share(), small, blobs)

    write_store(path, key, tables(), small, blobs, parts)


def _share_tables(g: Glossary | None, share: Iterable, small: dict, blobs: dict):
    """The (table name, table) pairs of one share's parts, for ``write_store``; small values go to ``small``."""
    for name, value in share:
        if name == "forms":
            forms, blobs["automaton"] = value
            value = None  # noqa: PLW2901
            yield "forms", {surface: tuple(map(PAIR.join, holders)) for surface, holders in forms.items()}
            fills, small[LENGTHS], small[CHARS] = open_place_fills(forms)
            forms = None
            yield OPEN_PLACE_TABLE, fills
            fills = None
        elif name == "entries":
            yield "entries", {zh: _entry_row(e) for zh, e in g.by_zh.items()}
        elif isinstance(value, (Mapping, Pairs)) or (isinstance(value, (set, frozenset)) and len(value) > LARGE_SET):
            if isinstance(value, (Mapping, Pairs)):
                small["maps"].append(name)
            if name in FLAT_INDEXES:
                flat = FLAT_INDEXES[name][0]
                value = {key: flat(held) for key, held in value.items()}  # noqa: PLW2901
            yield "ix_" + name, value
        else:
            small["index"][name] = value
        value = None  # noqa: PLW2901 - let the table go before the next one is made


def _flat_triples(value: tuple) -> tuple[str, ...]:
    """A ``near`` index value, (entity, position, syllable) triples, as one tuple of strings: a text row, whose
    value is read for the key asked alone (``_text_find``); a pickled row is unpickled whole (with 100,000 entries
    an ``ix_near`` row held about 1.8 KB, 80 us to unpickle, and most lookups only ask whether a key is there). Written
    by the compile's helper: about 0.06 s more for 100,000 entries than the pickled rows."""
    if len(value) == 1:  # most keys: a tuple made directly (about four times quicker)
        ((zh, position, syllable),) = value
        return zh, str(position), syllable
    return tuple([part for zh, position, syllable in value for part in (zh, str(position), syllable)])


def _triples(flat: tuple[str, ...]) -> tuple[tuple[str, int, str], ...]:
    """The value ``_flat_triples`` flattened."""
    return tuple(zip(flat[0::3], map(int, flat[1::3]), flat[2::3]))


# index tables written as tuples of strings: name -> (the value flattened, the flat value read back)
FLAT_INDEXES = {"near": (_flat_triples, _triples)}


SENT = b"\x01"  # the byte a Helper writes to its pipe once what it sends is in its file


class Helper:
    """A forked process writing one share of a store (no "entries" part) into a store of its own beside the
    target; ``share(send)`` is called in that process (it may read the glossary itself, and ``send`` one
    picklable value to this process: ``received()``). What is sent is written to a file beside the part, then one
    byte to a pipe that says it is there: a pipe alone holds 64 KB, so the helper would wait until this process
    asked for the value (the names' readings, several megabytes). Use as a context manager: on leaving, a helper
    not waited for is killed, and its files removed. Where no process can be forked (no ``os.fork``, or threads
    running: forking a threaded process can deadlock), it does nothing and ``result()`` and ``received()`` are
    None, so the share is made by ``save_parts`` in this process."""

    def __init__(self, path: Path, n: int, key: str, share):
        import threading  # noqa: PLC0415

        self.part, self.pid, self._waited = Path(path).with_name(f"{Path(path).name}.part{n}"), 0, False
        self.sent = self.part.with_name(self.part.name + ".sent")
        self._pipe: int | None = None
        if not hasattr(os, "fork") or threading.active_count() > 1:
            return
        try:
            read, write = os.pipe()
        except OSError:
            return
        try:
            self.pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if self.pid == 0:  # the child: write the share and leave at once (no atexit handlers, no parent's buffers)
            code = 1
            try:
                os.close(read)

                def send(value) -> None:
                    with open(self.sent, "wb") as f:
                        pickle.dump(value, f, protocol=5)
                    with open(write, "wb") as pipe:
                        pipe.write(SENT)

                small, blobs = {"index": {}, "maps": [], "paired": []}, {}
                write_store(self.part, key, _share_tables(None, share(send), small, blobs), small, blobs)
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        self._pipe = read

    def received(self):
        """What the helper sent (waiting until it has), or None if it sent nothing or never ran."""
        if self._pipe is None:
            return None
        with open(self._pipe, "rb") as pipe:
            self._pipe = None
            if pipe.read(1) != SENT:  # a helper that died before it sent: nothing was sent
                return None
        try:
            with open(self.sent, "rb") as f:
                return pickle.load(f)
        except Exception:  # noqa: BLE001 - a file that cannot be read whole: nothing was sent
            return None
        finally:
            self.sent.unlink(missing_ok=True)

    def result(self) -> Path | None:
        """Wait for the helper: the path of the store it wrote, or None if it failed or never ran."""
        if not self.pid or self._waited:
            return None
        self._waited = True
        _, status = os.waitpid(self.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            return None
        with contextlib.suppress(OSError):  # written and checksummed by the helper: not read again to be checked
            _WRITTEN.add(_identity(self.part))
        return self.part

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self._pipe is not None:
            os.close(self._pipe)
            self._pipe = None
        if self.pid and not self._waited:  # the compile failed before it waited: the share is not needed
            os.kill(self.pid, signal.SIGKILL)
            self.result()
        self.part.unlink(missing_ok=True)
        self.sent.unlink(missing_ok=True)


def load(path: Path, key: str):
    """The ``CompiledGlossary`` stored at ``path`` for ``key``, read as it is used; StoreError if not valid."""
    from ..phonetics.index import PhoneticIndex
    from .compile import CompiledGlossary

    store = Store(path, key, prefetch=("automaton",))  # every lint reads it: read while the file is checked
    parts = {}
    try:
        for f in fields(PhoneticIndex):
            table = "ix_" + f.name
            if table in store.tables:
                parts[f.name] = StoredMap(store, table, FLAT_INDEXES.get(f.name, (None, None))[1]) \
                    if f.name in store.meta["maps"] else StoredSet(store, table)
            elif f.name in store.meta["index"]:
                parts[f.name] = store.meta["index"][f.name]
            else:
                raise StoreError(f"no {f.name} index")
        forms = StoredMap(store, "forms", lambda holders: [_holder(h) for h in holders])
        glossary = StoredGlossary(store)
        if not {"forms", "entries", OPEN_PLACE_TABLE} <= store.tables or "automaton" not in store.meta["blobs"] \
                or not isinstance(store.meta["size"], int) or not isinstance(store.meta["content_hash"], str):
            raise StoreError("incomplete store")
        open_places = OpenPlaces(StoredMap(store, OPEN_PLACE_TABLE), store.meta[LENGTHS], forms, store.meta[CHARS])
    except (KeyError, TypeError, AttributeError) as exc:
        raise StoreError(f"malformed store: {exc}") from None
    return CompiledGlossary(glossary, forms, PhoneticIndex(**parts), _load_automaton=lambda: store.blob("automaton"),
                            _open_places=open_places)

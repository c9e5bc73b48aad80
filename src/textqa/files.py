"""Reading inputs once and writing outputs atomically.

Every file textqa reads (articles, glossaries, configs, baselines) is read
through ``read_bytes``: once, so that pipes (``/dev/stdin``, ``<(cat a.txt)``)
work; never hanging on a FIFO without a writer; refusing devices; with a size cap
for streams. Every file textqa writes (``--fix``, ``--output``, baselines) is
written by ``write_atomic``: a temporary file beside the target, flushed to disk,
then renamed over it, so a crash or a full disk leaves the old file or the new
one, never a truncated mix. Failures are ``InputError``: one line, exit code 2.
"""
from __future__ import annotations

import contextlib
import json
import math
import os
import re
import stat
from pathlib import Path

from .charclass import SURROGATE_RANGE
from .errors import InputError

STDIN = "-"  # the path that names standard input
MAX_STREAM_BYTES = 256 * 2**20  # pipes and other streams are read up to this size
TEMP_PREFIX = ".textqa-"  # temporary files beside a target: .textqa-NAME.XXXXXXXX.tmp
TEMP_SUFFIX = ".tmp"


_LONE_SURROGATE = re.compile(f"[{SURROGATE_RANGE}]")


def json_text(data, **options) -> str:
    """JSON with non-ASCII text as is; a file name that is not UTF-8 (its bytes kept as lone surrogates by
    Python) is written as \\udcXX escapes, so the output is always valid UTF-8 and reads back the same."""
    return _escape_surrogates(json.dumps(data, ensure_ascii=False, **options))


def _escape_surrogates(text: str) -> str:
    try:
        text.encode("utf-8")  # fails only on a lone surrogate: a fifth of the time of searching for one
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


def json_chunks(data, size: int = 1 << 16, **options):
    """``json_text(data, **options)`` in pieces of about ``size`` characters, the same text when joined: a list
    in ``data`` may be a ``LazyList``, whose items are made only as they are written."""
    if set(options) == {"indent"} and isinstance(options["indent"], int):
        pieces = _indented(data, options["indent"])
    else:
        pieces = json.JSONEncoder(ensure_ascii=False, **options).iterencode(data)
    return map(_escape_surrogates, in_pieces(pieces, size))


class JSONText(str):
    """Text already written as the JSON of a value at its place (its level of indentation): ``json_chunks``
    writes it as it is (a report's findings made from their records, each distinct value written once)."""


def json_value(indent: int):
    """``dump(o, level)``: the JSON text of ``o`` written at ``level`` of an ``indent``-space indentation, as
    ``json_chunks`` writes it there (no lone surrogate escaped yet: ``json_chunks`` does that on its pieces)."""
    encode = json.encoder.encode_basestring

    def scalar(o) -> str | None:
        if isinstance(o, str):
            return encode(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):  # as the encoder's floatstr writes it (allow_nan)
            if o != o:
                return "NaN"
            return "Infinity" if o == math.inf else "-Infinity" if o == -math.inf else float.__repr__(o)
        return None

    def key(k) -> str:
        if isinstance(k, str):
            return encode(k)
        if isinstance(k, (float, int)) or k is None:  # bool is an int: true, false
            return encode(scalar(k))
        raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")

    def dump(o, level: int) -> str:
        kind = type(o)
        if kind is str:  # the common types first, by exact type; subclasses, bool and None go through scalar
            return encode(o)
        if kind is JSONText:
            return o
        if kind is not dict and kind is not list:
            text = scalar(o)
            if text is not None:
                return text
        inner = "\n" + " " * (indent * (level + 1))
        if isinstance(o, (list, tuple)):
            if not o:
                return "[]"
            return "[" + inner + ("," + inner).join([dump(v, level + 1) for v in o]) + "\n" + " " * (indent * level) + "]"
        if isinstance(o, dict):
            if not o:
                return "{}"
            return "{" + inner + ("," + inner).join([key(k) + ": " + dump(v, level + 1) for k, v in o.items()]) \
                + "\n" + " " * (indent * level) + "}"
        return "".join(json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(o))  # raises TypeError

    dump.key = key  # a dict key's text
    return dump


def _indented(data, indent: int):
    """The text of ``json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(data)``, character for
    character, made faster: the standard library's indenting encoder is a chain of Python generators, one per
    level (a tenth of linting a corpus went into writing its report). Containers near the top, long ones and
    those that hold a ``LazyList`` are written piece by piece, each of their items as one string, so that a
    ``LazyList`` is still made one item at a time and the pieces stay about their size."""
    dump = json_value(indent)
    key = dump.key

    def stream(o, level: int):
        """A container piece by piece when it is near the top, long, or holds a ``LazyList``; any other value as
        one string. A ``LazyList``'s items are read once, as they are written."""
        if not isinstance(o, (list, tuple, dict)) or not o or not (
                level < 2 or len(o) > STREAMED_LENGTH or isinstance(o, LazyList) or _holds_lazy(o)):
            yield dump(o, level)
            return
        inner = "\n" + " " * (indent * (level + 1))
        is_dict = isinstance(o, dict)
        flat = isinstance(o, LazyList) and o.flat and level >= 1  # its items are written whole (no test for lazy)
        yield ("{" if is_dict else "[") + inner
        first = True
        for item in (o.items() if is_dict else o):
            if not first:
                yield "," + inner
            first = False
            if is_dict:
                yield key(item[0]) + ": "
                item = item[1]
            if flat and (not isinstance(item, (list, tuple, dict)) or len(item) <= STREAMED_LENGTH):
                yield dump(item, level + 1)
            else:
                yield from stream(item, level + 1)
        yield "\n" + " " * (indent * level) + ("}" if is_dict else "]")

    return stream(data, 0)


def in_pieces(strings, size: int = 1 << 16):
    """``strings`` joined into pieces of about ``size`` characters (the last one may be empty): the same text."""
    held: list[str] = []
    n = 0
    for s in strings:
        held.append(s)
        n += len(s)
        if n >= size:
            yield "".join(held)
            held, n = [], 0
    yield "".join(held)


STREAMED_LENGTH = 16  # a list or dict longer than this is written item by item (pieces stay about their size)


def _holds_lazy(o) -> bool:
    """``o`` holds a ``LazyList`` at some depth (not itself read: its items are made only once, when written)."""
    values = o.values() if isinstance(o, dict) else o
    return any(isinstance(v, LazyList) or (isinstance(v, (list, tuple, dict)) and _holds_lazy(v)) for v in values)


class LazyList(list):
    """A list for ``json_chunks`` whose items are ``make(i, item)`` of ``items``, made one at a time as the
    encoder reaches them (a report's findings as dicts are never all in memory at once). ``flat``: each item is a
    dict or list that holds no ``LazyList`` (a finding's dict), so each is written whole, as it would be."""

    def __init__(self, items, make, flat: bool = False):
        super().__init__()
        self.items, self.make, self.flat = items, make, flat

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self):
        return (self.make(i, item) for i, item in enumerate(self.items))


def _describe(exc: OSError) -> str:
    return exc.strerror or str(exc)


def read_bytes(path: str, what: str = "file") -> bytes:
    """The bytes of ``path``; raise InputError("{what} not found", "is a directory", ...) naming it."""
    path = str(path)
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(path, "is a directory")
        if (stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode)) and not _is_terminal(path):
            raise InputError(path, "is a device, not a text file")
        fifo = stat.S_ISFIFO(st.st_mode)
        # a named FIFO without a writer would block open(): open without waiting, then read normally
        fd = os.open(path, os.O_RDONLY | (os.O_NONBLOCK if fifo else 0))
        if fifo:
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as f:
            if stat.S_ISREG(st.st_mode):
                return f.read()
            data = f.read(MAX_STREAM_BYTES + 1)
    except FileNotFoundError:
        if os.path.islink(path):  # listed by a folder walk, or by `ls`, yet not there
            raise InputError(path, f"{what} is a broken symbolic link (to {os.readlink(path)})") from None
        raise InputError(path, f"{what} not found") from None
    except InputError:
        raise
    except OSError as exc:
        raise InputError(path, f"cannot read {what}: {_describe(exc)}") from None
    except MemoryError:
        raise InputError(path, f"{what} is too large to read into memory") from None
    if len(data) > MAX_STREAM_BYTES:
        raise InputError(path, f"{what} is larger than {MAX_STREAM_BYTES // 2**20} MB (read from a stream)")
    return data


def _is_terminal(path: str) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


def temp_files_of(target: Path) -> list[Path]:
    """Temporary files that ``write_atomic`` may have left beside ``target`` (killed before the rename)."""
    pattern = f"{TEMP_PREFIX}{target.name}.*{TEMP_SUFFIX}"
    return [p for p in target.parent.glob(pattern) if len(p.name) == len(pattern) - 1 + 8]


def write_atomic(path: str, data, what: str = "file", *, like: os.stat_result | None = None) -> None:
    """Replace ``path`` with ``data`` (bytes, or an iterable of bytes written as they come): temp file, fsync,
    rename. On failure ``path`` is untouched.

    ``like`` (the stat of the file being replaced) gives the new file the old one's mode and owner.
    A target that is not a regular file (``/dev/stdout``, a FIFO) is written directly.
    """
    target = Path(path)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise InputError(path, f"cannot write {what}: {_describe(exc)}") from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            raise InputError(path, f"cannot write {what}: is a directory")
        try:
            with open(target, "wb") as out:
                out.writelines([data] if isinstance(data, bytes) else data)
        except OSError as exc:
            raise InputError(path, f"cannot write {what}: {_describe(exc)}") from None
        return
    tmp = None
    try:
        import tempfile  # noqa: PLC0415 - only to write a file

        fd, tmp = tempfile.mkstemp(dir=target.parent or ".", prefix=f"{TEMP_PREFIX}{target.name}.",
                                   suffix=TEMP_SUFFIX)
        with os.fdopen(fd, "wb") as out:
            out.writelines([data] if isinstance(data, bytes) else data)
            out.flush()
            os.fsync(out.fileno())
        like = like or st
        if like is not None:
            os.chmod(tmp, stat.S_IMODE(like.st_mode))
            if hasattr(os, "getuid") and (like.st_uid, like.st_gid) != (os.getuid(), os.getgid()):
                os.chown(tmp, like.st_uid, like.st_gid)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise InputError(path, f"cannot write {what}: {_describe(exc)}") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

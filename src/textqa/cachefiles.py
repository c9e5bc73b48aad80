"""textqa's cache folder and its files: each starts with a head naming its format and a CRC-32 of the rest, is
written atomically, and is ignored (then rebuilt) when any check fails.

``TEXTQA_CACHE_DIR`` moves the folder; ``TEXTQA_NO_CACHE=1`` turns the disk cache off. A module of its own, light to
import: the regular expressions kept in the folder (``textqa.regex_cache``) are read before the modules that compile
theirs are imported.
"""
from __future__ import annotations

import contextlib
import os
import zlib
from pathlib import Path


def cache_dir() -> Path | None:
    """The disk cache folder, or None when disabled."""
    if os.environ.get("TEXTQA_NO_CACHE", "") not in ("", "0"):
        return None
    override = os.environ.get("TEXTQA_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("textqa"))


def read_checked(path: Path, head: bytes) -> memoryview | None:
    """The payload of a cache file that starts with ``head`` and a CRC-32 of the rest; None if absent or bad."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if data[:len(head)] != head or len(data) < len(head) + 4:
        return None
    checksum, payload = data[len(head):len(head) + 4], memoryview(data)[len(head) + 4:]
    if zlib.crc32(payload).to_bytes(4, "big") != checksum:
        return None
    return payload


CHECK_PIECE = 1 << 16  # bytes read at a time to check a file opened by open_checked (below malloc's mmap threshold)


def open_checked(path: Path, head: bytes):
    """A cache file as ``read_checked`` checks it, opened unbuffered and checked a piece at a time, never read whole
    or mapped: (the file, where its payload starts, the payload's length), or None if absent or bad. For a large
    table of which a run reads a few pieces (jieba's words, sorted)."""
    try:
        file = path.open("rb", buffering=0)
    except OSError:
        return None
    try:
        start = file.read(len(head) + 4)
        if start[:len(head)] != head or len(start) < len(head) + 4:
            raise ValueError("not a cache file of this kind")
        crc, length, piece = 0, 0, memoryview(bytearray(CHECK_PIECE))
        while n := file.readinto(piece):
            crc, length = zlib.crc32(piece[:n], crc), length + n
        if crc.to_bytes(4, "big") != start[len(head):]:
            raise ValueError("checksum")
    except (OSError, ValueError):
        file.close()
        return None
    return file, len(head) + 4, length


def write_checked(path: Path, head: bytes, payload: bytes) -> bool:
    """Write ``head``, a CRC-32 and ``payload`` atomically (temp file + os.replace); False when it cannot."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # noqa: PLC0415 - only to write: a run that only reads loads no tempfile (shutil, ...)

        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as f:
            tmp = f.name
            f.write(head + zlib.crc32(payload).to_bytes(4, "big"))
            f.write(payload)
        os.replace(tmp, path)
        tmp = None
        return True
    except OSError:
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

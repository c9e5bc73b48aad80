"""textqa's cache folder and its files: each starts with a head naming its format and a CRC-32 of the rest, is
written atomically, and is ignored (then rebuilt) when any check fails.

``TEXTQA_CACHE_DIR`` moves the folder; ``TEXTQA_NO_CACHE=1`` turns the disk cache off. A module of its own, light to
import: the regular expressions kept in the folder (``textqa.regex_cache``) are read before the modules that compile
theirs are imported.
"""
from __future__ import annotations

import contextlib
import mmap
import os
import tempfile
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


def read_checked(path: Path, head: bytes, mapped: bool = False) -> memoryview | None:
    """The payload of a cache file that starts with ``head`` and a CRC-32 of the rest; None if absent or bad.
    ``mapped``: the file is mapped into memory, not read, and its pages are let go once checked (Linux), so only
    the pages read later count in the resident set (a large table looked up by bisection)."""
    try:
        if mapped:
            with path.open("rb") as f:
                data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        else:
            data = path.read_bytes()
    except (OSError, ValueError):  # ValueError: an empty file cannot be mapped
        return None
    if data[:len(head)] != head or len(data) < len(head) + 4:
        return None
    checksum, payload = data[len(head):len(head) + 4], memoryview(data)[len(head) + 4:]
    if zlib.crc32(payload).to_bytes(4, "big") != checksum:
        return None
    if mapped and hasattr(mmap, "MADV_DONTNEED"):
        data.madvise(mmap.MADV_DONTNEED)  # a read-only mapping: the pages come back from the page cache
    return payload


def write_checked(path: Path, head: bytes, payload: bytes) -> bool:
    """Write ``head``, a CRC-32 and ``payload`` atomically (temp file + os.replace); False when it cannot."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
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

"""Fixes: replace a finding's span with its suggestion, then write the file atomically.

A finding with a ``suggestion`` and a ``span`` is fixable. Whether the fix is
safe is decided by its rule (``Rule.safe_fix_from``, in the rule's module) from the confidence.
"""
from __future__ import annotations

import contextlib
import difflib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .charclass import HASHTAG
from .errors import InputError
from .files import temp_files_of, write_atomic
from .findings import Finding, Severity, Span

try:
    import fcntl
except ImportError:  # not on POSIX: no lock, the before-and-after comparison still guards edits
    fcntl = None

SAFE, UNSAFE = "safe", "unsafe"
MAX_PASSES = 5  # a fix can make another one possible (overlapping edits wait for the next pass)


def fix_safety(f: Finding) -> str | None:
    """SAFE, UNSAFE, or None when the finding cannot be fixed."""
    if f.span is None or not f.suggestion or f.suggestion == f.surface:
        return None
    own = getattr(f, "fix_safety", None)  # a rule may decide for itself
    if own in (SAFE, UNSAFE):
        return own
    from .rules.registry import RULES

    rule = RULES.get(f.code)
    threshold = rule.safe_fix_from if rule is not None else None
    return UNSAFE if threshold is None or f.confidence < threshold else SAFE


def applies(f: Finding, unsafe: bool = False) -> bool:
    """True when --fix (with --unsafe-fixes: ``unsafe``) applies the finding's suggestion; never for an info finding,
    nor in a bilingual file (XLIFF, TMX, PO: reported, never rewritten)."""
    from .bilingual.files import is_bilingual_file

    safety = fix_safety(f)
    return (f.severity.rank >= Severity.WARNING.rank and (safety == SAFE or (unsafe and safety == UNSAFE))
            and not is_bilingual_file(f.path))


@dataclass(frozen=True)
class Edit:
    span: Span
    text: str
    code: str


def plan_edits(text: str, findings, unsafe: bool = False) -> list[Edit]:
    """Edits for the fixable findings, leaving out any that overlap one already taken."""
    wanted = [f for f in findings if applies(f, unsafe)]
    wanted.sort(key=lambda f: (f.span.start, fix_safety(f) != SAFE, -f.confidence, f.span.end))
    edits: list[Edit] = []
    tags = [m.span() for m in HASHTAG.finditer(text)] if "#" in text or "＃" in text else []
    for f in wanted:
        if text[f.span.start:f.span.end] != f.surface:
            continue  # the finding is about another version of the text
        if any(start < f.span.end and f.span.start < end for start, end in tags):
            continue  # a hashtag is an identifier: rewriting it breaks the link it makes
        if any(e.span.overlaps(f.span) or e.span == f.span for e in edits):
            continue
        edits.append(Edit(absorb_spaces(text, f.span, f.suggestion), f.suggestion, f.code))
    return sorted(edits, key=lambda e: e.span)


def _japanese(ch: str) -> bool:
    from .charclass import is_kana, is_kanji

    return bool(ch) and (is_kanji(ch) or is_kana(ch))


def absorb_spaces(text: str, span: Span, suggestion: str) -> Span:
    """``span`` widened over a half-width space that the fix leaves between two Japanese characters.

    Latin text needs spaces around it in Japanese; kanji do not: `Wang Fang 氏` becomes `王芳氏`, not `王芳 氏`.
    """
    start, end = span
    if _japanese(suggestion[-1:]) and text[end:end + 1] == " " and _japanese(text[end + 1:end + 2]):
        end += 1
    if _japanese(suggestion[:1]) and start >= 2 and text[start - 1] == " " and _japanese(text[start - 2]):
        start -= 1
    return Span(start, end)


def apply_edits(text: str, edits: list[Edit]) -> str:
    out, at = [], 0
    for e in sorted(edits, key=lambda e: e.span):
        out += [text[at:e.span.start], e.text]
        at = e.span.end
    return "".join(out) + text[at:]


def _fix_key(f: Finding) -> tuple:
    """A fix as the first pass rated it: later passes apply only fixes with the same key and no higher rating."""
    return f.code, f.surface, f.suggestion, fix_safety(f)


def fix_text(text: str, lint, unsafe: bool = False) -> tuple[str, int]:
    """(fixed text, number of edits); ``lint(text)`` returns the findings to fix."""
    fixed = 0
    allowed = None  # safety is decided once, on the original text: earlier edits must not raise a confidence
    for _ in range(MAX_PASSES):
        findings = lint(text)
        if allowed is None:
            allowed = {_fix_key(f) for f in findings}
        edits = plan_edits(text, [f for f in findings if _fix_key(f) in allowed], unsafe)
        if not edits:
            break
        text = apply_edits(text, edits)
        fixed += len(edits)
    return text, fixed


class NotFixed(InputError):
    """A file that was read and linted but could not be rewritten safely."""


@contextlib.contextmanager
def locked(path: str, shown: str | None = None):
    """Hold an exclusive lock on ``path``; yield (fd, stat) of the locked file.

    Concurrent ``--fix`` runs wait for each other. A run that waited finds the file replaced by
    the one before it (another inode), so it locks and reads the new file instead.
    """
    while True:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError as exc:
            raise InputError(shown or path, f"cannot read file: {exc.strerror or exc}") from None
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)
            st = os.fstat(fd)
            try:
                current = os.stat(path)
            except FileNotFoundError:
                current = None
            if current is None or (current.st_dev, current.st_ino) == (st.st_dev, st.st_ino):
                yield fd, st
                return
        finally:
            os.close(fd)


def _read_fd(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def _unchanged(path: str, st: os.stat_result, data: bytes) -> bool:
    """True when ``path`` still holds what was read: same file, size, mtime and bytes."""
    try:
        now = os.stat(path)
        with open(path, "rb") as f:
            same = f.read() == data
    except OSError:
        return False
    return same and (now.st_ino, now.st_size, now.st_mtime_ns) == (st.st_ino, st.st_size, st.st_mtime_ns)


def unified_diff(path: str, old: str, new: str) -> str:
    name = Path(path).as_posix()
    lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                 fromfile=f"a/{name}", tofile=f"b/{name}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


@dataclass
class FileFix:
    path: str
    old: str
    new: str
    fixed: int


@dataclass
class FixResult:
    files: list[FileFix] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)  # files that could not be read
    write_errors: list[InputError] = field(default_factory=list)

    @property
    def fixed(self) -> int:
        return sum(f.fixed for f in self.files)

    def diff(self) -> str:
        return "".join(unified_diff(f.path, f.old, f.new) for f in self.files)


def fix_paths(paths, linter, per_file_ignores=None, *, excludes=None, unsafe: bool = False, write: bool = True,
              baseline=None, discovered: bool = False) -> FixResult:
    """Fix every file under ``paths`` (or, with ``discovered``, the files ``paths``); with ``write`` False only
    compute the changes."""
    from .runner import discover, ignored_codes

    from .bilingual.files import is_bilingual_file

    files, errors = (list(paths), []) if discovered else discover(paths, excludes)
    files = [f for f in files if not is_bilingual_file(f)]  # XLIFF, TMX, PO: reported, never rewritten
    result = FixResult(errors=list(errors))
    for path in files:
        skip = ignored_codes(path, per_file_ignores or {})

        def lint(text: str, path=path, skip=skip) -> list[Finding]:
            found = [f for f in linter.lint_text(text, path) if f.code not in skip]
            return baseline.split(path, found)[0] if baseline is not None else found

        if not write:
            try:
                old = linter.read(path)
            except InputError as exc:
                result.errors.append(exc)
                continue
            new, fixed = fix_text(old, lint, unsafe)
            if new != old:
                result.files.append(FileFix(path, old, new, fixed))
            continue
        try:
            fixed_file = _fix_in_place(path, lint, unsafe, linter.encoding)
        except InputError as exc:
            (result.write_errors if isinstance(exc, NotFixed) else result.errors).append(exc)
            continue
        if fixed_file is not None:
            result.files.append(fixed_file)
    return result


def _fix_in_place(path: str, lint, unsafe: bool, encoding: str | None = None) -> FileFix | None:
    """Fix one file under its lock; raise InputError when it cannot be read, NotFixed when not rewritten."""
    from .api import bom_encoding, decode, preloaded

    if preloaded(path):
        raise NotFixed(path, "not fixed: standard input cannot be rewritten (use --diff)")
    real = os.path.realpath(path)  # a symlink is followed: the target is rewritten, the link kept
    try:
        if not stat.S_ISREG(os.stat(real).st_mode):
            raise NotFixed(path, "not fixed: --fix rewrites only regular files")
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from None
    with locked(real, path) as (fd, st):
        for stale in temp_files_of(Path(real)):  # left by a run killed before its rename
            with contextlib.suppress(OSError):
                stale.unlink()
        data = _read_fd(fd)
        old = decode(data, path, encoding)
        new, fixed = fix_text(old, lint, unsafe)
        if new == old:
            return None
        if st.st_nlink > 1:
            raise NotFixed(path, f"not fixed: it has {st.st_nlink} hard links, which a rewrite would break")
        if not _unchanged(real, st, data):
            raise NotFixed(path, "not fixed: the file changed while it was being fixed; run again")
        # written back as it was read: a byte-order mark (UTF-8, UTF-16, UTF-32) wins, then --encoding
        try:
            write_atomic(real, new.encode(bom_encoding(data) or encoding or "utf-8"), "fixed file", like=st)
        except InputError as exc:
            raise NotFixed(path, exc.message) from None
        return FileFix(path, old, new, fixed)

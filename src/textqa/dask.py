"""Lint a whole archive on a Dask cluster: ``textqa lint --scheduler ADDRESS`` and ``lint_paths``.

Files are discovered on the client (local paths exactly as a local run finds them; fsspec URLs such as
``s3://bucket/articles`` by listing them), dealt into batches sized to take roughly half a second each, and read
and linted on the workers. A translation and its Chinese source are read by the same task, so pairs stay together.

The linter, with its glossary compiled on the client, is pickled once and installed on every worker by a worker
plugin (also on a worker that joins later or replaces a dead one); a task names it by a token, so neither the
glossary nor its compiled indexes travel with the tasks. At most ``TASKS_PER_THREAD`` batches per worker thread are
in flight, so memory stays flat whatever the archive's size, and results come back in input order into the same
report assembly as a local run (``textqa.runner.run``): the output is identical to ``--jobs 1``.

A task whose worker dies is rerun by Dask elsewhere; its result is taken once, so no file is lost or counted twice.
A batch that keeps killing its workers is split and each file retried alone; a file that still kills its worker is
an error entry. Interrupting the run (Ctrl-C) cancels every task still queued or running.

Needs ``pip install "textqa[dask]"``; ``import textqa`` never imports this module.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import re
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from distributed import Client, LocalCluster, wait
from distributed.diagnostics.plugin import WorkerPlugin

from .api import Linter, decode
from .bilingual.files import BILINGUAL_SUFFIXES, source_name, target_name
from .discovery import SUFFIXES, discover, hidden
from .errors import InputError
from .report import Report
from .runner import FileResult, lint_for_report, run, worker_died

URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
LOCAL = re.compile(r"local(?::(\d+))?\Z")
TASK_SECONDS = 0.5  # aimed-at duration of one task: long enough to amortise scheduling, short enough to balance
BYTES_PER_SECOND = 200_000  # one core's lint throughput (README, Performance: about 0.23 MB/s)
MIN_BATCH_BYTES = 20_000  # about 0.1 s of work
MAX_BATCH_FILES = 500
FILE_BYTES = 2_000  # the fixed cost of a file (opening, layers set up), counted as this many bytes
TASKS_PER_THREAD = 4  # batches in flight per worker thread; also the fewest batches per thread a run is split into
CONNECT_TIMEOUT = "10s"

_SHIPPED: dict[str, bytes] = {}  # on a worker: token -> the pickled linter, as the plugin delivered it
_LINTERS: dict[str, Linter] = {}  # on a worker: token -> the linter, unpickled by the first task that needs it
_LOCK = threading.Lock()


def is_url(path: str) -> bool:
    return bool(URL.match(str(path)))


# -- discovery on the client ----------------------------------------------------------------------
@dataclass
class Found:
    """Files behind fsspec URLs: the files to lint in order, their sources, their sizes, and input errors."""

    files: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    errors: list[InputError] = field(default_factory=list)


def _url_source(url: str, pattern) -> str | None:
    head, _, name = url.rpartition("/")
    src = source_name(name, pattern)
    return f"{head}/{src}" if src and src != name else None


def _url_target(url: str, pattern, fs) -> str | None:
    """The translation beside a Chinese source named by URL (``NAME.zh.txt`` -> ``NAME.ja.txt``), when it exists:
    a source named on its own stands for its pair, as a local path does (``discovery._targets_for_sources``)."""
    head, _, name = url.rpartition("/")
    tgt = target_name(name, pattern)
    if not tgt or tgt == name or source_name(tgt, pattern) != name:
        return None
    target = f"{head}/{tgt}"
    return target if fs.isfile(_fs_path(target)) else None


def _fs_path(url: str) -> str:
    import fsspec

    return fsspec.core.url_to_fs(url)[1]


def discover_urls(urls, pair_pattern=None) -> Found:
    """The lintable files behind each URL (a file, or every ``*.txt``, ``*.md`` and bilingual file below a folder,
    hidden ones skipped, in sorted order), reported under the URL as given; a listed source is not linted itself."""
    import fsspec

    found = Found()
    for url in urls:
        try:
            fs, root = fsspec.core.url_to_fs(url)
            if fs.isdir(root):
                base = url.rstrip("/")
                below = {}
                for name, info in fs.find(root, detail=True).items():
                    rel = PurePosixPath(name).relative_to(PurePosixPath(root))
                    if rel.suffix in SUFFIXES + BILINGUAL_SUFFIXES and not any(map(hidden, rel.parts)):
                        below[f"{base}/{rel.as_posix()}"] = info.get("size") or 0
                found.sizes.update(below)
                found.files += sorted(below)
            elif fs.isfile(root):
                target = _url_target(url, pair_pattern, fs)
                if target in found.files:
                    continue  # its translation is listed already, with it as its source
                file, src = (target, url) if target else (url, _url_source(url, pair_pattern))
                found.sizes[file] = fs.size(_fs_path(file)) or 0
                found.files.append(file)
                if src and fs.isfile(_fs_path(src)):
                    found.sources[file] = src
                    found.sizes[src] = fs.size(_fs_path(src)) or 0
            else:
                found.errors.append(InputError(url, "no such file or folder"))
        except (OSError, ValueError, ImportError) as exc:
            found.errors.append(InputError(url, f"cannot list: {exc}"))
    listed = set(found.files)
    for f in found.files:
        src = _url_source(f, pair_pattern)
        if src in listed:
            found.sources[f] = src
    paired = set(found.sources.values())
    found.files = [f for f in found.files if f not in paired]
    return found


def read_url(path: str) -> bytes:
    """The bytes behind an fsspec URL; InputError naming it, as a local file's problems are."""
    import fsspec

    try:
        with fsspec.open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from None


class UrlLinter(Linter):
    """A Linter that also reads fsspec URLs (on the workers)."""

    def read(self, path: str) -> str:
        if not is_url(path):
            return super().read(path)
        text = decode(read_url(path), path, self.encoding)
        self.last_read = (path, text)
        return text


# -- the linter on the workers --------------------------------------------------------------------
class LinterPlugin(WorkerPlugin):
    """Delivers the pickled linter to each worker once, under its token."""

    def __init__(self, token: str, payload: bytes):
        self.token, self.payload = token, payload
        self.name = f"textqa-linter-{token}"

    def setup(self, worker=None):
        _SHIPPED[self.token] = self.payload

    def teardown(self, worker=None):
        _SHIPPED.pop(self.token, None)
        _LINTERS.pop(self.token, None)


def ship(linter: Linter) -> LinterPlugin:
    """The plugin that installs ``linter`` on the workers, its glossary compiled here, once."""
    import copy

    shipped = UrlLinter.__new__(UrlLinter)
    shipped.__dict__.update(copy.copy(linter).__dict__)
    shipped._compiled = linter.compiled  # compiled (or found in the cache) on the client
    shipped.last_read = (None, "")
    payload = pickle.dumps(shipped, protocol=5)
    return LinterPlugin(hashlib.sha256(payload).hexdigest()[:20], payload)


def worker_linter(token: str) -> Linter:
    with _LOCK:
        if token not in _LINTERS:
            import gc

            if token not in _SHIPPED:
                raise RuntimeError(f"textqa: the linter {token} was not delivered to this worker")
            _LINTERS[token] = pickle.loads(_SHIPPED[token])
            gc.freeze()  # the glossary lives as long as the worker: keep it out of every collection
        return _LINTERS[token]


def lint_batch(token: str, batch: list[str], per_file_ignores, sources: dict[str, str]) -> list[FileResult]:
    """The task: lint each file of a batch (with its source) on a worker."""
    linter = worker_linter(token)
    return [lint_for_report(path, linter, per_file_ignores, sources) for path in batch]


# -- partitioning and streaming on the client -----------------------------------------------------
def _size(path: str, sizes: dict[str, int]) -> int:
    if path in sizes:
        return sizes[path]
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def batches(files: list[str], weights: list[int], threads: int, batch_bytes: int | None = None) -> list[list[str]]:
    """Consecutive runs of files of about ``batch_bytes`` each (``weights``: bytes to read for each file) (default: ``TASK_SECONDS`` of work, fewer when the
    run is small so that every worker thread gets several batches, never under ``MIN_BATCH_BYTES``)."""
    if batch_bytes is None:
        share = sum(weights) // max(1, threads * TASKS_PER_THREAD)
        batch_bytes = max(MIN_BATCH_BYTES, min(int(TASK_SECONDS * BYTES_PER_SECOND), share))
    out, current, size = [], [], 0
    for path, weight in zip(files, weights):
        current.append(path)
        size += weight + FILE_BYTES
        if size >= batch_bytes or len(current) >= MAX_BATCH_FILES:
            out.append(current)
            current, size = [], 0
    if current:
        out.append(current)
    return out


class DaskExecutor:
    """``run``'s executor: the files' results, in order, computed on ``client``'s cluster."""

    def __init__(self, client: Client, found: Found | None = None, batch_bytes: int | None = None):
        self.client, self.found, self.batch_bytes = client, found or Found(), batch_bytes

    def __call__(self, files, linter, per_file_ignores, sources) -> Iterator[FileResult]:
        from distributed import KilledWorker

        sources = {**sources, **self.found.sources}
        plugin = ship(linter)
        self.client.register_plugin(plugin, name=plugin.name)
        threads = max(1, sum(self.client.nthreads().values()))
        weights = [_size(f, self.found.sizes) + (_size(sources[f], self.found.sizes) if f in sources else 0)
                   for f in files]

        def submit(batch, pure=True):
            return self.client.submit(lint_batch, plugin.token, batch, per_file_ignores,
                                      {f: sources[f] for f in batch if f in sources}, pure=pure)

        def results(batch, future) -> list[FileResult]:
            try:
                return future.result()
            except KilledWorker:
                if len(batch) > 1:  # find the file that kills its workers: each alone
                    return [r for path in batch for r in results([path], submit([path], pure=False))]
                return [worker_died(batch[0])]

        pending: deque = deque()
        todo = iter(batches(files, weights, threads, self.batch_bytes))
        window = threads * TASKS_PER_THREAD
        try:
            while True:
                while len(pending) < window and (batch := next(todo, None)) is not None:
                    pending.append((batch, submit(batch)))
                if not pending:
                    return
                if not pending[0][1].done():
                    wait([f for _, f in pending], return_when="FIRST_COMPLETED")
                    continue
                batch, future = pending.popleft()
                yield from results(batch, future)
        finally:  # Ctrl-C, an error, or a consumer that stopped early: nothing keeps running
            self.client.cancel([f for _, f in pending], force=True)
            with contextlib.suppress(Exception):
                self.client.unregister_worker_plugin(plugin.name)


# -- connecting ---------------------------------------------------------------------------------------
@contextlib.contextmanager
def connect(address: str | Client | None = None) -> Iterator[Client]:
    """A client for ``address``: ``tcp://host:port`` (or any Dask address), ``local[:N]`` for a LocalCluster of N
    worker processes (default: one per core), a Client as it is, or None for the current client (else local)."""
    if isinstance(address, Client):
        yield address
        return
    if address is None:
        from distributed import default_client

        try:
            current = default_client()
        except ValueError:  # no client yet
            address = "local"
        else:
            yield current
            return
    local = LOCAL.match(address)
    if local:
        from .parallel import cpu_count

        workers = int(local.group(1) or cpu_count())
        if workers < 1:
            raise ValueError("local:N needs at least one worker")
        # a random port for the scheduler's HTTP server (no "port 8787 in use" warning), and no log lines: a
        # worker's heartbeat racing the shutdown logs a traceback at ERROR; a file's failure is an error entry
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                          silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
            yield client
        return
    if "://" not in address:
        raise ValueError("expected tcp://HOST:PORT (any Dask scheduler address) or local[:N]")
    with Client(address, timeout=CONNECT_TIMEOUT) as client:
        yield client


def lint_paths(paths, glossary=None, client: Client | str | None = None, *, per_file_ignores=None, excludes=None,
               pair_pattern=None, progress=None, batch_bytes: int | None = None, **options) -> Report:
    """Lint files, folders and fsspec URLs on a Dask cluster; the same Report as ``textqa.runner.run``.

    ``glossary`` is a Glossary, glossary file paths, or a ready Linter; ``client`` a Client, a scheduler address or
    ``local[:N]`` (default: the current client, else a LocalCluster). Other options are Linter's (``select``,
    ``ignore``, ``severity_overrides``, ``encoding``). ``progress(n)`` is called as files are done.
    """
    paths = [str(p) for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths)]
    linter = glossary if isinstance(glossary, Linter) else Linter(glossary, **options)
    local = [p for p in paths if not is_url(p)]
    files, errors = discover(local, excludes, pair_pattern=pair_pattern) if local else ([], [])
    found = discover_urls([p for p in paths if is_url(p)], pair_pattern)
    with connect(client) as c:
        report = run(files + found.files, linter, per_file_ignores, jobs=1, discovered=True, progress=progress,
                     pair_pattern=pair_pattern, executor=DaskExecutor(c, found, batch_bytes))
    report.errors[:0] = errors + found.errors
    return report

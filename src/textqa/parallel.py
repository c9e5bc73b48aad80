"""Lint files in worker processes, yielding results in input order.

Workers are forked where the platform allows, so they inherit the compiled
glossary, automaton and tokenizer already loaded by the parent; elsewhere the
linter is pickled to each worker once. One file, or one job, stays in-process.

A worker that dies (killed by the OOM killer, a native crash) breaks the pool;
the files it may have been working on are retried once, each alone in a fresh
worker, and a file that kills its worker again gets ``on_crash(item)`` as its
result. The run always ends.

``multiprocessing`` and ``concurrent.futures`` are imported only when more than one job runs: one file, or one
job, needs neither (about 40 ms and 2 MB of a one-article run).
"""
from __future__ import annotations

import gc
import os
import traceback
from collections import deque
from collections.abc import Callable, Iterator

_WORK: tuple[Callable, tuple] | None = None  # (function, extra args) in each worker
JOBS_PER_CPU = 4  # --jobs is clamped to this many processes per core (each holds open files)


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def effective_jobs(jobs: int | None, n_items: int) -> int:
    """``jobs`` (default: the number of cores), never more than the items or 4 per core."""
    return max(1, min(jobs or cpu_count(), n_items, cpu_count() * JOBS_PER_CPU))


def _init(func: Callable, args: tuple) -> None:
    global _WORK
    _WORK = (func, args)


class WorkerError(RuntimeError):
    """An unexpected error in a worker, as text: any exception type crosses the process boundary."""


def _call(item):
    func, args = _WORK
    try:
        return func(item, *args)
    except Exception:  # noqa: BLE001 - re-raised in the parent with the worker's traceback
        raise WorkerError(f"while processing {item!r}:\n{traceback.format_exc()}") from None


def _context():
    import multiprocessing  # noqa: PLC0415

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _pool(jobs: int, func: Callable, args: tuple):
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    return ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_init, initargs=(func, args))


def _alone(func: Callable, item, args: tuple, on_crash: Callable):
    """``func(item, *args)`` in a fresh worker of its own; ``on_crash(item)`` if that worker dies too."""
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    with _pool(1, func, args) as pool:
        try:
            return pool.submit(_call, item).result()
        except BrokenProcessPool:
            return on_crash(item)


def _crashed(item):
    raise WorkerError(f"a worker process died while processing {item!r}")


def ordered_map(func: Callable, items: list, args: tuple = (), jobs: int | None = None,
                on_crash: Callable = _crashed) -> Iterator:
    """``func(item, *args)`` for each item, in order, over ``jobs`` processes.

    ``func`` must be a module-level function; ``args`` are handed to each worker once. At most a few
    results per worker wait to be consumed, so memory does not grow with the number of items.
    """
    jobs = effective_jobs(jobs, len(items))
    if jobs == 1:
        yield from (func(item, *args) for item in items)
        return
    from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

    gc.freeze()  # what is loaded now is shared copy-on-write and never scanned again
    todo = deque(items)
    window = jobs * 4
    while todo:
        with _pool(jobs, func, args) as pool:
            pending: deque = deque()
            try:
                while todo or pending:
                    while todo and len(pending) < window:
                        item = todo.popleft()
                        pending.append((item, pool.submit(_call, item)))
                    item, future = pending[0]
                    result = future.result()
                    pending.popleft()
                    yield result
            except BrokenProcessPool:
                # every unfinished item is a suspect: each one alone, then the rest in a new pool
                for item, future in pending:
                    yield future.result() if future.done() and not future.exception() else \
                        _alone(func, item, args, on_crash)
                pending.clear()

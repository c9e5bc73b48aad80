"""Lint files in worker processes, yielding results in input order.

Workers are forked where the platform allows, so they inherit the compiled
glossary, automaton and tokenizer already loaded by the parent; elsewhere the
linter is pickled to each worker once. One file, or one job, stays in-process.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import traceback
from collections.abc import Callable, Iterator

_WORK: tuple[Callable, tuple] | None = None  # (function, extra args) in each worker


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def effective_jobs(jobs: int | None, n_items: int) -> int:
    """``jobs`` (default: the number of cores), never more than the items."""
    return max(1, min(jobs or cpu_count(), n_items))


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


def ordered_map(func: Callable, items: list, args: tuple = (), jobs: int | None = None) -> Iterator:
    """``func(item, *args)`` for each item, in order, over ``jobs`` processes.

    ``func`` must be a module-level function; ``args`` are handed to each worker once.
    """
    jobs = effective_jobs(jobs, len(items))
    if jobs == 1:
        yield from (func(item, *args) for item in items)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    gc.freeze()  # what is loaded now is shared copy-on-write and never scanned again
    chunk = max(1, min(16, len(items) // (jobs * 32)))  # small chunks balance the load
    with context.Pool(jobs, initializer=_init, initargs=(func, args)) as pool:
        yield from pool.imap(_call, items, chunksize=chunk)

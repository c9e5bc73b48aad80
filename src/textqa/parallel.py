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
MAX_BATCH = 4  # items sent to a worker at once, at most


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


_ENDING: list = []  # the threads of pools let go of (``_let_go``), each joining its workers as they end


def _let_go(pool) -> None:
    """Shut ``pool`` down, its work all done, without waiting for its workers to end: a worker's process takes
    about 10 ms to end (the kernel unmaps its heap), which the caller spends writing its report instead. ``settle``
    waits for them."""
    _ENDING[:] = [thread for thread in _ENDING if thread.is_alive()]
    manager = getattr(pool, "_executor_manager_thread", None)  # (which shutdown lets go of; CPython 3.9 to 3.13)
    if manager is None:  # another Python: wait for the workers here, as shutdown always did
        pool.shutdown(wait=True)
        return
    _ENDING.append(manager)
    pool.shutdown(wait=False)


def settle() -> None:
    """Wait for the workers of every pool let go of to end (``_let_go``)."""
    while _ENDING:
        _ENDING.pop().join()


def _call_batch(items: list) -> list[tuple[bool, object]]:
    """(True, result) for each item, in order; an error ends the batch as (False, the WorkerError)."""
    out: list[tuple[bool, object]] = []
    for item in items:
        try:
            out.append((True, _call(item)))
        except WorkerError as exc:
            out.append((False, exc))
            break
    return out


def _unpacked(results: list[tuple[bool, object]]) -> Iterator:
    for ok, value in results:
        if not ok:
            raise value
        yield value


def batch_size(left: int, jobs: int) -> int:
    """Items sent to a worker at once: up to MAX_BATCH while many are left, one at a time at the end (so that no
    worker is left with several while the others have none)."""
    return max(1, min(MAX_BATCH, left // (jobs * 8)))


def ordered_map(func: Callable, items: list, args: tuple = (), jobs: int | None = None,
                on_crash: Callable = _crashed) -> Iterator:
    """``func(item, *args)`` for each item, in order, over ``jobs`` processes.

    ``func`` must be a module-level function; ``args`` are handed to each worker once. Items go to the workers in
    small batches (``batch_size``): each round trip through the pool costs the parent's threads CPU time that the
    workers would use. At most a few batches per worker wait to be consumed, so memory does not grow with the
    number of items.
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
            pending: deque = deque()  # (batch, future)
            try:
                while todo or pending:
                    while todo and len(pending) < window:
                        batch = [todo.popleft() for _ in range(batch_size(len(todo), jobs))]
                        try:
                            pending.append((batch, pool.submit(_call_batch, batch)))
                        except BrokenProcessPool:  # a worker died since: this batch never ran, it goes first
                            todo.extendleft(reversed(batch))
                            raise
                    batch, future = pending[0]
                    results = future.result()
                    pending.popleft()
                    if not todo and not pending:
                        _let_go(pool)
                    yield from _unpacked(results)
            except BrokenProcessPool:
                # every item of an unfinished batch is a suspect: each one alone, then the rest in a new pool
                for batch, future in pending:
                    if future.done() and not future.exception():
                        yield from _unpacked(future.result())
                    else:
                        yield from (_alone(func, item, args, on_crash) for item in batch)
                pending.clear()

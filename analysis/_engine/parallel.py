"""Share per-document work out between processes, with an optional progress bar.

Functions given to :func:`map_chunks` must be importable module-level functions
(so worker processes can find them) and should return plain Python values.
Results come back in input order, so parallel and serial runs give the same tables.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from typing import Any

#: Below this many items, work stays in the calling process (starting workers costs more).
PARALLEL_MIN_ITEMS = 400


def default_workers(n_items: int) -> int:
    """One process per core for large inputs, one otherwise (``ANALYSIS_WORKERS`` overrides)."""
    if "ANALYSIS_WORKERS" in os.environ:
        return max(1, int(os.environ["ANALYSIS_WORKERS"]))
    return 1 if n_items < PARALLEL_MIN_ITEMS else max(1, min(os.cpu_count() or 1, 8))


def show_progress(progress: bool | None, n_items: int) -> bool:
    """Whether to draw a progress bar: as asked, else only for long runs outside CI."""
    if progress is not None:
        return progress
    return n_items >= 5000 and os.environ.get("ANALYSIS_PROGRESS", "1") != "0" and not os.environ.get("CI")


def map_chunks(
    func: Callable[..., list],
    items: Sequence,
    *args: Any,
    workers: int | None = None,
    progress: bool | None = None,
    desc: str = "",
    chunk_size: int = 100,
    pool: ProcessPoolExecutor | None = None,
) -> list:
    """Apply ``func(chunk, *args)`` to consecutive chunks of ``items`` and concatenate the lists it returns.

    Parameters
    ----------
    func : callable
        A module-level function taking a list of items (and ``args``) and
        returning one result per item.
    items : sequence
        The work. Each chunk is taken (``items[i : i + chunk_size]``) only a
        little ahead of the workers, so a sequence that makes its items when
        sliced never holds them all.
    *args
        Passed to ``func`` after the chunk (must pickle).
    workers : int, optional
        Processes; default :func:`default_workers`.
    progress : bool, optional
        Progress bar (tqdm) over chunks; default :func:`show_progress`.
    desc : str
        Label of the progress bar.
    chunk_size : int
        Items per task.
    pool : ProcessPoolExecutor, optional
        Worker processes to reuse (see :func:`worker_pool`) instead of starting new ones.

    """
    n_chunks = -(-len(items) // chunk_size)
    chunks = (list(items[i : i + chunk_size]) for i in range(0, len(items), chunk_size))
    workers = default_workers(len(items)) if workers is None else max(1, workers)
    show = show_progress(progress, len(items))
    start_pool = pool is None and workers > 1 and n_chunks > 1
    with ProcessPoolExecutor(max_workers=workers) if start_pool else nullcontext(pool) as executor:
        results = imap_chunks(func, chunks, *args, pool=executor, in_flight=4 * workers)
        return [r for chunk in progress_bar(results, n_chunks, show, desc) for r in chunk]


def imap_chunks(
    func: Callable[..., list],
    chunks: Iterable[list],
    *args: Any,
    pool: ProcessPoolExecutor | None = None,
    in_flight: int = 8,
) -> Iterator[list]:
    """Yield ``func(chunk, *args)`` for each chunk, in order, as the results come.

    With a ``pool``, up to ``in_flight`` chunks are queued, so the workers keep
    busy while the caller handles a result, and chunks are taken from
    ``chunks`` (and their texts held) only a little ahead of the work.
    """
    if pool is None:
        for chunk in chunks:
            yield func(chunk, *args)
        return
    pending: deque[Future] = deque()
    for chunk in chunks:
        pending.append(pool.submit(func, chunk, *args))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@contextmanager
def worker_pool(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """Worker processes kept for several :func:`map_chunks` calls, or ``None`` (no pool) for one worker."""
    if workers <= 1:
        yield None
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield pool


def progress_bar(results: Iterable, total: int, show: bool, desc: str) -> Iterable:
    """``results``, drawn as a tqdm progress bar of ``total`` steps when ``show``."""
    if not show:
        return results
    from tqdm.auto import tqdm

    return tqdm(results, total=total, desc=desc, unit="chunk")

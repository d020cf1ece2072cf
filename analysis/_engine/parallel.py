"""Share per-document work out between processes, with an optional progress bar.

Functions given to :func:`map_chunks` must be importable module-level functions
(so worker processes can find them) and should return plain Python values.
Results come back in input order, so parallel and serial runs give the same tables.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from analysis._engine.executors import Executor, ProcessExecutor, SerialExecutor, default_workers


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
    executor: Executor | None = None,
    progress: bool | None = None,
    desc: str = "",
    chunk_size: int = 100,
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
        Processes for this call alone (default
        :func:`~analysis._engine.executors.default_workers`); ignored when
        ``executor`` is given.
    executor : Executor, optional
        The run's executor (:mod:`analysis._engine.executors`), which then does the work.
    progress : bool, optional
        Progress bar (tqdm) over chunks; default :func:`show_progress`.
    desc : str
        Label of the progress bar.
    chunk_size : int
        Items per task.

    """
    n_chunks = -(-len(items) // chunk_size)
    chunks = (list(items[i : i + chunk_size]) for i in range(0, len(items), chunk_size))
    show = show_progress(progress, len(items))
    own = executor is None
    if executor is None:
        n_workers = default_workers(len(items)) if workers is None else max(1, workers)
        executor = ProcessExecutor(n_workers) if n_workers > 1 and n_chunks > 1 else SerialExecutor()
    try:
        results = executor.imap(func, chunks, *args, n_items=len(items))
        return [r for chunk in progress_bar(results, n_chunks, show, desc) for r in chunk]
    finally:
        if own:
            executor.close()


def progress_bar(results: Iterable, total: int, show: bool, desc: str) -> Iterable:
    """``results``, drawn as a tqdm progress bar of ``total`` steps when ``show``."""
    if not show:
        return results
    from tqdm.auto import tqdm

    return tqdm(results, total=total, desc=desc, unit="chunk")

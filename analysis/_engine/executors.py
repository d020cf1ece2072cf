"""Where per-document work runs: in this process, in local worker processes, or on a Dask cluster.

An executor is chosen once (:func:`resolve_executor`) and passed down to every
step that shares work out (reading pages and table rows, MinHash shingles,
language detection, the analysis pass), so one run starts at most one pool of
processes and every step honours the choice, whatever the corpus size.

Every executor maps a module-level function over chunks of work and yields the
results in input order, so the tables are the same whichever runs them.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

#: Below this many items, work stays in the calling process (starting workers costs more).
PARALLEL_MIN_ITEMS = 400


def cpu_workers() -> int:
    """Processes for per-document work: ``ANALYSIS_WORKERS`` if set, else one per core (at most 8).

    The one place that reads ``ANALYSIS_WORKERS``.
    """
    if "ANALYSIS_WORKERS" in os.environ:
        return max(1, int(os.environ["ANALYSIS_WORKERS"]))
    return max(1, min(os.cpu_count() or 1, 8))


def default_workers(n_items: int) -> int:
    """One process per core (:func:`cpu_workers`) for large inputs, one otherwise."""
    if "ANALYSIS_WORKERS" in os.environ:
        return cpu_workers()
    return 1 if n_items < PARALLEL_MIN_ITEMS else cpu_workers()


class Executor:
    """Runs ``func(chunk, *args)`` over chunks and yields the results in order (the base: in this process)."""

    kind = "serial"
    workers = 1

    def imap(
        self, func: Callable[..., list], chunks: Iterable[list], *args: Any, n_items: int | None = None
    ) -> Iterator[list]:
        """``func(chunk, *args)`` for each chunk, in order, as the results come (``n_items``: the work, if known)."""
        for chunk in chunks:
            yield func(chunk, *args)

    def close(self) -> None:
        """Release workers (nothing to release here)."""

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(workers={self.workers})"


class SerialExecutor(Executor):
    """Everything in the calling process."""


class ProcessExecutor(Executor):
    """Local worker processes, started when first needed and kept until :meth:`close` (one pool per run).

    ``min_items``: work smaller than this (when its size is known) stays in the
    calling process, where starting workers would cost more than it saves. The
    default executor uses it; one a user asks for (``workers=2``,
    ``executor="processes"``) shares out every piece of work.
    """

    kind = "processes"

    def __init__(self, workers: int | None = None, min_items: int = 0) -> None:
        self.workers = cpu_workers() if workers is None else max(1, int(workers))
        self.min_items = min_items
        self._pool: ProcessPoolExecutor | None = None

    def imap(
        self, func: Callable[..., list], chunks: Iterable[list], *args: Any, n_items: int | None = None
    ) -> Iterator[list]:
        """Chunks are taken only a few ahead of the workers (``4 × workers`` in flight), results in order."""
        if self.workers <= 1 or (n_items is not None and n_items < self.min_items):
            yield from super().imap(func, chunks, *args)
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers)
        pending: deque = deque()
        for chunk in chunks:
            pending.append(self._pool.submit(func, chunk, *args))
            if len(pending) >= 4 * self.workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None


class DaskExecutor(Executor):
    """Tasks on a Dask cluster: each chunk of documents is one task, submitted a few ahead of the results.

    The workers need this package installed (``pip install .[dask]`` on each
    machine, the same version as the client's). Chunks travel to the workers
    with their task and the results come back to the client in input order;
    corpus-wide steps (near-duplicate clusters, echo groups, tables) run on
    the client, over all of them.
    """

    kind = "dask"

    def __init__(self, client) -> None:
        self.client = client
        self.workers = max(1, sum(client.nthreads().values()))
        self._own = False

    @classmethod
    def connect(cls, address: str) -> DaskExecutor:
        """Connect to a scheduler (``tcp://host:8786``); the connection closes with the executor."""
        from distributed import Client

        executor = cls(Client(address))
        executor._own = True
        return executor

    def imap(
        self, func: Callable[..., list], chunks: Iterable[list], *args: Any, n_items: int | None = None
    ) -> Iterator[list]:
        """Each chunk one task, ``4 × threads`` in flight; large arguments are sent to every worker once."""
        scattered = [self.client.scatter(a, broadcast=True) if _is_large(a) else a for a in args]
        pending: deque = deque()
        for chunk in chunks:
            pending.append(self.client.submit(func, chunk, *scattered, pure=False))
            if len(pending) >= 4 * self.workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        if self._own:
            self.client.close()


def _is_large(value: Any) -> bool:
    """Settings objects (registries, keyword groups) are sent once to every worker, not with every task."""
    return not isinstance(value, str | int | float | bool | type(None) | tuple | frozenset)


def resolve_executor(executor: Executor | str | Any | None = None, workers: int | None = None) -> Executor:
    """The executor a user means.

    Parameters
    ----------
    executor : Executor, str, dask Client or None
        ``"processes"`` (default: local worker processes, ``workers`` of
        them, one per core by default), ``"serial"`` (this process only), a
        ``distributed.Client``, a scheduler address (``"tcp://host:8786"``),
        or an :class:`Executor` already made (returned as it is).
    workers : int, optional
        Processes for ``"processes"``; ``workers=1`` means serial.

    Raises
    ------
    ValueError
        For anything else, listing what works.

    """
    if isinstance(executor, Executor):
        return executor
    if executor is None and workers is None:  # nothing asked: processes for large work only
        return ProcessExecutor(None, min_items=PARALLEL_MIN_ITEMS)
    if executor is None or executor == "processes":
        chosen = ProcessExecutor(workers)
        return SerialExecutor() if chosen.workers == 1 else chosen
    if executor == "serial":
        return SerialExecutor()
    if isinstance(executor, str) and "://" in executor:
        return DaskExecutor.connect(executor)
    if type(executor).__name__ == "Client" and hasattr(executor, "submit"):
        return DaskExecutor(executor)
    raise ValueError(
        f"executor {executor!r}: use 'processes' (the default), 'serial', a dask distributed Client, "
        "or a scheduler address such as 'tcp://127.0.0.1:8786'"
    )

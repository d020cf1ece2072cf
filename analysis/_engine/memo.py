"""Per-process memos of pure functions of a token, filled a whole text at a time and kept bounded.

Tokenizers and hashes are called on the same words again and again across a
corpus. Filling a memo with a text's new tokens at once (one set difference)
and then reading every token with ``map(memo.__getitem__, tokens)`` keeps the
per-token cost to a dictionary look-up done in C.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def fill_memo(memo: dict[K, V], keys: Iterable[K], compute: Callable[[K], V], limit: int) -> dict[K, V]:
    """Put ``compute(key)`` in ``memo`` for each key not there yet; returns ``memo``.

    The memo never holds more than ``limit`` entries, or the keys of one call if
    those are more: when the new keys would take it past ``limit``, it is emptied first.
    """
    distinct = set(keys)
    new = distinct.difference(memo)
    if len(memo) + len(new) > limit:
        memo.clear()
        new = distinct
    for key in new:
        memo[key] = compute(key)
    return memo


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for a chunk of per-document work, then collect once.

    The per-document stages make many short-lived objects that reference counting
    frees; without the pause, the collector would also walk every long-lived
    object (the memos, the tables built so far) again and again while they run.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

"""Per-process memos of pure functions of a token, filled a whole text at a time and kept bounded.

Tokenizers and hashes are called on the same words again and again across a
corpus. Filling a memo with a text's new tokens at once (one set difference)
and then reading every token with ``map(memo.__getitem__, tokens)`` keeps the
per-token cost to a dictionary look-up done in C.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
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

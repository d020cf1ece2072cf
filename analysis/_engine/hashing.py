"""Stable hashes, the same in every process and run: of texts and values (cache keys), of words, of runs of words."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence

import numpy as np

from analysis._engine.folding import fold_non_ascii
from analysis._engine.memo import fill_memo


def content_hash(*parts: object) -> str:
    """A short stable hash of values (texts, option dicts, versions)."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part if isinstance(part, bytes) else json.dumps(part, sort_keys=True, default=str).encode()
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def text_key(*texts: object) -> str:
    """A short stable hash of one or more texts (a missing value differs from ``""``): a document's cache key."""
    h = hashlib.blake2b(digest_size=16)
    for text in texts:
        data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else b"\xff"
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def hash64(text: str | bytes) -> int:
    """A stable 64-bit hash of one text (BLAKE2b): the same in every process and run, unlike ``hash``.

    A text given as bytes is hashed as it is (the same hash as its UTF-8 text).
    """
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


MIX = 1_000_003


_WORD_RE = re.compile(r"\w+")


_word_hashes: dict[str | bytes, int] = {}  # per process: a word's stable hash, computed once


_WORD_MEMO_SIZE = 500_000


_MASK64 = (1 << 64) - 1


def word_hash(word: str) -> int:
    """A word's stable 64-bit hash (BLAKE2b): the same in every process and run."""
    return word_hash_list([word])[0]


def word_hash_list(words: list[str]) -> list[int]:
    """:func:`word_hash` of each word (each new word hashed once, the rest looked up)."""
    return list(map(fill_memo(_word_hashes, words, hash64, _WORD_MEMO_SIZE).__getitem__, words))


#: The ASCII characters that are not word characters (``\w``), each turned into a space.
_NON_WORD_ASCII = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) == "_"))


_NON_WORD_TO_SPACE = bytes.maketrans(_NON_WORD_ASCII, b" " * len(_NON_WORD_ASCII))


def text_word_hashes(text: str) -> list[int]:
    r""":func:`word_hash` of each ``\w+`` word of the lower-cased text, in order.

    Equal to ``word_hash_list(re.findall(r"\w+", text.lower()))``. Non-ASCII
    characters that are not word characters (curly quotes, dashes) separate words
    just as a space does, so they become spaces; a text that is then ASCII is
    lower-cased and split with bytes operations in C, and its words hashed as
    bytes (the same hash as the text, in the same memo). Others go through the pattern.
    """
    text = fold_non_ascii(text, _word_or_space)
    if not text.isascii():
        return word_hash_list(_WORD_RE.findall(text.lower()))
    words = text.encode("ascii").lower().translate(_NON_WORD_TO_SPACE).split()
    return list(map(fill_memo(_word_hashes, words, hash64, _WORD_MEMO_SIZE).__getitem__, words))


def words_key(text: str) -> str:
    r"""The ``\w+`` words of ``text``, lower-cased and joined by single spaces: one key for texts that differ in marks.

    Equal to ``re.sub(r"\W+", " ", text).strip().lower()``; an ASCII text is read with a byte table, not the pattern.
    """
    if text.isascii():
        return b" ".join(text.encode("ascii").translate(_NON_WORD_TO_SPACE).lower().split()).decode("ascii")
    return _NON_WORD_RUN_RE.sub(" ", text).strip().lower()


_NON_WORD_RUN_RE = re.compile(r"\W+")


def _word_or_space(ch: str) -> str:
    return ch if ch.isalnum() else " "


def word_hashes(words: list[str]) -> np.ndarray:
    """:func:`word_hash` of each word, as an array."""
    return np.array(word_hash_list(words), dtype=np.uint64)


def window_hash(ids: Sequence[int]) -> int:
    """A signed 64-bit hash of a short run of word hashes (a polynomial of them, its high bits mixed in)."""
    h = 0
    for word in ids:
        h = (h * MIX + word) & _MASK64
    h ^= h >> 29
    return h - (1 << 64) if h >> 63 else h


MIX2 = MIX * MIX


def trigram_hash_set(ids: Sequence[int]) -> set[int]:
    """The distinct :func:`window_hash` values of every run of three word hashes.

    Plain integers: for the few dozen trigrams of a statement, Python's set
    costs less than building, sorting and de-duplicating a numpy array.
    """
    mix2, mix, mask, sign = MIX2, MIX, _MASK64, 1 << 64
    out = set()
    for a, b, c in zip(ids, ids[1:], ids[2:], strict=False):
        h = (a * mix2 + b * mix + c) & mask
        h ^= h >> 29
        out.add(h - sign if h >> 63 else h)
    return out

"""Flag exact and near-duplicate articles (syndicated copies, one wire story on two sites).

Near duplicates are found with MinHash signatures over word 5-gram shingles and
locality-sensitive hashing, then confirmed with the exact Jaccard similarity, so
the cost grows with the number of articles rather than the number of pairs.
"""

from __future__ import annotations

import re
import zlib

import numpy as np
import pandas as pd

from analysis.disjoint import DisjointSets

SHINGLE_WORDS = 5
_N_PERM = 64
_BANDS = 16
_PRIME = (1 << 61) - 1
_WORD_RE = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[int]:
    """Hashes of the lower-cased word k-grams of a text (the whole text if shorter)."""
    tokens = _WORD_RE.findall(text.lower())
    if len(tokens) < k:
        return {zlib.crc32(" ".join(tokens).encode())} if tokens else set()
    return {zlib.crc32(" ".join(tokens[i : i + k]).encode()) for i in range(len(tokens) - k + 1)}


def jaccard(a: set[int], b: set[int]) -> float:
    """Jaccard similarity of two sets (0 for two empty sets)."""
    inter = len(a & b)
    union = len(a) + len(b) - inter
    return inter / union if union else 0.0


def _signatures(sets: list[set[int]]) -> np.ndarray:
    rng = np.random.default_rng(20211112)
    # x < 2**32 and a, b < 2**31 keep x * a + b below 2**64: no overflow.
    a = rng.integers(1, 1 << 31, size=_N_PERM, dtype=np.uint64)
    b = rng.integers(0, 1 << 31, size=_N_PERM, dtype=np.uint64)
    sig = np.full((len(sets), _N_PERM), np.iinfo(np.uint64).max, dtype=np.uint64)
    for row, values in enumerate(sets):
        if values:
            x = np.fromiter(values, dtype=np.uint64)[:, None]
            sig[row] = ((x * a + b) % np.uint64(_PRIME)).min(axis=0)
    return sig


def duplicate_clusters(texts: list[str], threshold: float = 0.5) -> list[int]:
    """Cluster texts that are copies of each other.

    Parameters
    ----------
    texts : list of str
        The article bodies.
    threshold : float
        Minimum Jaccard similarity of the 5-word shingle sets for two texts to
        count as copies.

    Returns
    -------
    list of int
        A cluster number per text; texts in one cluster are copies.

    """
    sets = [shingles(t) for t in texts]
    clusters = DisjointSets(len(texts))
    find = clusters.find
    sig = _signatures(sets)
    rows = _N_PERM // _BANDS
    for band in range(_BANDS):
        buckets: dict[bytes, list[int]] = {}
        for i in range(len(texts)):
            if sets[i]:
                buckets.setdefault(sig[i, band * rows : (band + 1) * rows].tobytes(), []).append(i)
        for members in buckets.values():
            for pos, j in enumerate(members[1:], start=1):
                for i in members[:pos]:
                    if find(i) == find(j):
                        break
                    if jaccard(sets[i], sets[j]) >= threshold:
                        clusters.union(j, i)
                        break
    return clusters.labels()


def flag_duplicates(articles: pd.DataFrame, threshold: float = 0.5) -> pd.Series:
    """The ``duplicate_of`` column: for each copy, the ``doc_id`` of the first-published article.

    The original of a cluster is its earliest-published member (ties by
    ``doc_id``); it and articles with no copy get NA.
    """
    clusters = duplicate_clusters(articles["text"].fillna("").tolist(), threshold)
    order = pd.DataFrame(
        {"cluster": clusters, "published": articles["published"].to_numpy(), "doc_id": articles.index.to_numpy()}
    ).sort_values(["cluster", "published", "doc_id"], na_position="last")
    first = order.groupby("cluster")["doc_id"].transform("first")
    out = pd.Series(first.to_numpy(), index=order["doc_id"].to_numpy(), dtype="string")
    out[out.index == out.to_numpy()] = pd.NA
    return out.reindex(articles.index).rename("duplicate_of")

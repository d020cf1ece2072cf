"""Flag exact and near-duplicate articles (syndicated copies, one wire story on two sites).

Near duplicates are found with MinHash signatures over word 5-gram shingles and
locality-sensitive hashing, then confirmed with the exact Jaccard similarity, so
the cost grows with the number of articles rather than the number of pairs.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from analysis.disjoint import DisjointSets

SHINGLE_WORDS = 5
_N_PERM = 64
_BANDS = 16
_PRIME = (1 << 31) - 1  # a Mersenne prime: (a * x + b) mod p is a universal hash for x, a, b < p
_MIX = 1_000_003
_WORD_RE = re.compile(r"\w+")


def shingle_sets(texts: list[str], k: int = SHINGLE_WORDS) -> list[np.ndarray]:
    """The word k-gram shingles of each text, as sorted arrays of 32-bit hashes.

    Words get ids in order of first appearance in ``texts``, and a shingle's hash
    is a polynomial of its word ids, computed with numpy for a whole text at once:
    deterministic for a given list of texts, and fast. A text shorter than ``k``
    words is one shingle.
    """
    vocab: dict[str, int] = {}
    setdefault = vocab.setdefault
    weights = np.array([pow(_MIX, k - 1 - j, 1 << 64) for j in range(k)], dtype=np.uint64)
    out = []
    for text in texts:
        ids = np.array([setdefault(w, len(vocab)) for w in _WORD_RE.findall(text.lower())], dtype=np.uint64)
        if len(ids) == 0:
            out.append(np.zeros(0, dtype=np.uint64))
            continue
        width = min(k, len(ids))
        windows = np.lib.stride_tricks.sliding_window_view(ids + np.uint64(1), width)
        hashes = (windows * weights[-width:]).sum(axis=1, dtype=np.uint64)
        hashes ^= hashes >> np.uint64(29)
        out.append(np.unique(hashes & np.uint64(0xFFFFFFFF)))
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted unique arrays (0 for two empty ones)."""
    inter = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - inter
    return inter / union if union else 0.0


def _signatures(sets: list[np.ndarray]) -> np.ndarray:
    rng = np.random.default_rng(20211112)
    # x, a, b < p = 2**31 - 1 keep a * x + b below 2**63: no overflow, and the mod wraps many times.
    a = rng.integers(1, _PRIME, size=_N_PERM, dtype=np.uint64)
    b = rng.integers(0, _PRIME, size=_N_PERM, dtype=np.uint64)
    sig = np.full((len(sets), _N_PERM), np.iinfo(np.uint64).max, dtype=np.uint64)
    for row, values in enumerate(sets):
        if len(values):
            x = (values % np.uint64(_PRIME))[:, None]
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
    sets = shingle_sets(texts)
    clusters = DisjointSets(len(texts))
    find = clusters.find
    sig = _signatures(sets)
    rows = _N_PERM // _BANDS
    for band in range(_BANDS):
        buckets: dict[bytes, list[int]] = {}
        for i in range(len(texts)):
            if len(sets[i]):
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


def flag_duplicates(articles: pd.DataFrame, threshold: float = 0.5, clusters: list[int] | None = None) -> pd.Series:
    """The ``duplicate_of`` column: for each copy, the ``doc_id`` of the first-published article.

    The original of a cluster is its earliest-published member (ties by
    ``doc_id``); it and articles with no copy get NA. ``clusters`` (one number
    per article, from :func:`duplicate_clusters`) saves clustering the texts again.
    """
    if clusters is None:
        clusters = duplicate_clusters(articles["text"].fillna("").tolist(), threshold)
    order = pd.DataFrame(
        {"cluster": clusters, "published": articles["published"].to_numpy(), "doc_id": articles.index.to_numpy()}
    ).sort_values(["cluster", "published", "doc_id"], na_position="last")
    first = order.groupby("cluster")["doc_id"].transform("first")
    out = pd.Series(first.to_numpy(), index=order["doc_id"].to_numpy(), dtype="string")
    out[out.index == out.to_numpy()] = pd.NA
    return out.reindex(articles.index).rename("duplicate_of")

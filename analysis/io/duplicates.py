"""Flag exact and near-duplicate articles (syndicated copies, one wire story on two sites).

Near duplicates are found with MinHash signatures over word 5-gram shingles and
locality-sensitive hashing, then confirmed with the exact Jaccard similarity.
Within a bucket each text is compared only with one representative of each
cluster met there, and no pair twice, so the cost grows with the number of
articles rather than the number of pairs, even when thousands of templated
pages share every bucket.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis._engine.disjoint import DisjointSets
from analysis._engine.executors import Executor
from analysis._engine.hashing import MIX, text_word_hashes

SHINGLE_WORDS = 5


_N_PERM = 64
#: The least share of pairs at the threshold's similarity that must become candidates (be compared exactly).
_RECALL_AT_THRESHOLD = 0.98
_PRIME = (1 << 31) - 1  # a Mersenne prime: (a * x + b) mod p is a universal hash for x, a, b < p


_EMPTY = np.iinfo(np.uint64).max  # the signature of a text with no words


def shingle_sets(texts: list[str], k: int = SHINGLE_WORDS) -> list[np.ndarray]:
    """The word k-gram shingles of each text, as sorted arrays of 32-bit hashes.

    A word's hash is a stable 64-bit BLAKE2b hash (the same in every process and
    run, so shingles can be computed in workers), and a shingle's hash is a
    polynomial of its words' hashes, computed with numpy for a whole text at
    once. A text shorter than ``k`` words is one shingle.
    """
    weights = np.array([pow(MIX, k - 1 - j, 1 << 64) for j in range(k)], dtype=np.uint64)
    out = []
    for text in texts:
        ids = np.array(text_word_hashes(text), dtype=np.uint64)
        n = len(ids)
        if n == 0:
            out.append(np.zeros(0, dtype=np.uint64))
            continue
        width = min(k, n)
        w = weights[-width:]
        hashes = ids[: n - width + 1] * w[0]  # one shifted slice per word of the window: no n-by-k temporary
        for j in range(1, width):
            hashes += ids[j : n - width + 1 + j] * w[j]
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
    sig = np.full((len(sets), _N_PERM), _EMPTY, dtype=np.uint64)
    for row, values in enumerate(sets):
        if len(values):
            x = (values % np.uint64(_PRIME))[:, None]
            sig[row] = ((x * a + b) % np.uint64(_PRIME)).min(axis=0)
    return sig


def minhash_signatures(texts: list[str]) -> np.ndarray:
    """MinHash signatures of the texts' shingle sets, one row of 64 per text (computable in any process)."""
    return _signatures(shingle_sets(texts))


def duplicate_clusters(
    texts: Sequence[str],
    threshold: float = 0.5,
    signatures: np.ndarray | None = None,
    executor: Executor | None = None,
    progress: bool | None = False,
) -> list[int]:
    """Cluster texts that are copies of each other.

    Parameters
    ----------
    texts : list of str
        The article bodies.
    threshold : float
        Minimum Jaccard similarity of the 5-word shingle sets for two texts to
        count as copies.
    signatures : numpy.ndarray, optional
        The texts' :func:`minhash_signatures`, when already computed (in workers).
    executor : Executor, optional
        The run's executor, for shingling the texts that share a bucket
        (default: this process).
    progress : bool, optional
        Progress bar while shingling.

    Returns
    -------
    list of int
        A cluster number per text; texts in one cluster are copies.

    """
    from analysis._engine.parallel import map_chunks

    sig = minhash_signatures(texts) if signatures is None else signatures
    n_bands, rows = lsh_bands(threshold)
    nonempty = np.flatnonzero(sig[:, 0] != _EMPTY) if len(texts) else np.zeros(0, dtype=np.int64)
    bands = [_shared_buckets(sig[nonempty, b * rows : (b + 1) * rows], nonempty) for b in range(n_bands)]
    compared = sorted({i for buckets in bands for members in buckets for i in members})
    # Only texts that share a bucket are shingled (again), all at once, in parallel for many.
    shingled = map_chunks(
        shingle_sets, [texts[i] for i in compared], workers=1, executor=executor, progress=progress, desc="copies"
    )
    sets = dict(zip(compared, shingled, strict=True))
    clusters = DisjointSets(len(texts))
    find = clusters.find
    compared_pairs: set[tuple[int, int]] = set()
    crowded: set[int] = set()  # members of buckets too large to compare pair by pair
    for buckets in bands:
        for members in buckets:
            if len(members) > _CROWDED_BUCKET:
                crowded.update(members)
                continue
            # One member per cluster met in this bucket, its representative: a candidate is compared with
            # each representative at most once (never a pair twice, never two texts already joined).
            representatives: list[int] = []
            for j in members:
                root = find(j)
                joined = False
                for i in representatives:
                    if find(i) == root:
                        joined = True
                        break
                    pair = (i, j)
                    if pair in compared_pairs:
                        continue
                    compared_pairs.add(pair)
                    if jaccard(sets[i], sets[j]) >= threshold:
                        clusters.union(j, i)
                        joined = True
                        break
                if not joined:
                    representatives.append(j)
    if crowded:
        _join_crowded(sorted(crowded), sig, sets, threshold, clusters, compared_pairs)
    return clusters.labels()


#: Buckets larger than this (templated pages that all look alike) are not compared pair by pair.
_CROWDED_BUCKET = 16


def _join_crowded(
    members: list[int],
    sig: np.ndarray,
    sets: dict[int, np.ndarray],
    threshold: float,
    clusters: DisjointSets,
    compared_pairs: set[tuple[int, int]],
) -> None:
    """Join the copies among the members of crowded buckets, in one pass over them (not one per band).

    Each member is compared with one representative of each cluster met so far:
    first by the share of equal MinHash values (all representatives at once, in
    numpy), then, only where that estimate comes near the threshold, by the exact
    Jaccard similarity. A member joined to a cluster is not a representative, so
    thousands of copies cost one comparison each, and thousands of look-alikes
    that are no copies cost one vectorised estimate each.
    """
    find = clusters.find
    n_perm = sig.shape[1]
    # a pair at the threshold has at least this many equal values but with a chance below 1 in 1,000
    cutoff = max(1, int(n_perm * (threshold - 3 * (threshold * (1 - threshold) / n_perm) ** 0.5)))
    reps = np.empty(len(members), dtype=np.int64)
    rep_sigs = np.empty((len(members), n_perm), dtype=sig.dtype)
    n_reps = 0
    represented: set[int] = set()
    for j in members:
        root = find(j)
        if root in represented:
            continue
        equal = (rep_sigs[:n_reps] == sig[j]).sum(axis=1)
        near = np.flatnonzero(equal >= cutoff)
        joined = False
        for k in near[np.argsort(-equal[near], kind="stable")]:
            i = int(reps[k])
            if find(i) == root:
                joined = True
                break
            if (i, j) in compared_pairs:
                continue
            compared_pairs.add((i, j))
            if jaccard(sets[i], sets[j]) >= threshold:
                clusters.union(j, i)
                joined = True
                break
        if joined:
            represented.add(find(j))
            continue
        reps[n_reps], rep_sigs[n_reps] = j, sig[j]
        n_reps += 1
        represented.add(root)


def lsh_bands(threshold: float, n_perm: int = _N_PERM, recall: float = _RECALL_AT_THRESHOLD) -> tuple[int, int]:
    """The bands and rows per band of the MinHash signature for a Jaccard ``threshold``.

    Two texts of Jaccard similarity ``s`` share at least one band with
    probability ``1 - (1 - s**rows) ** bands``. The widest bands (fewest
    candidates to compare) are chosen for which a pair at the threshold becomes
    a candidate with at least ``recall`` probability: 32 bands of 2 rows at 0.5
    (0.9999), 16 bands of 4 at 0.8.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold={threshold!r}: a Jaccard similarity above 0 and at most 1")
    for rows in range(n_perm, 0, -1):
        bands = n_perm // rows
        if 1 - (1 - threshold**rows) ** bands >= recall:
            return bands, rows
    return n_perm, 1


def _shared_buckets(band: np.ndarray, rows: np.ndarray) -> list[list[int]]:
    """The rows that share their band of the signature with another row, bucket by bucket.

    Members in ascending order, buckets in the order of their first member: the
    order a pass over the rows meets them, which decides what is compared first.
    """
    if len(rows) < 2:
        return []
    _, bucket, size = np.unique(band, axis=0, return_inverse=True, return_counts=True)
    bucket = bucket.reshape(-1)
    shared = size[bucket] > 1
    members, bucket = rows[shared], bucket[shared]
    order = np.lexsort((members, bucket))  # by bucket, then row
    members, bucket = members[order], bucket[order]
    buckets = [m.tolist() for m in np.split(members, np.flatnonzero(np.diff(bucket)) + 1) if len(m)]
    return sorted(buckets, key=lambda m: m[0])


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

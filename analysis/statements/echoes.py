"""Echoes: the same statement by one speaker reported several times, or by several outlets.

Two statements of one speaker are echoes when the distinct word trigrams they
share are at least half of the shorter one's; echoes of echoes form one group,
named after its first-reported statement. Trigram hashes are stable across
processes and runs (:func:`analysis._engine.hashing.word_hash`).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from itertools import pairwise

import numpy as np
import pandas as pd
import pyarrow as pa
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from analysis._engine.hashing import MIX, text_word_hashes, trigram_hash_set, window_hash
from analysis.statements.columns import GROUP_COLUMNS, STATEMENT_COLUMNS, STATEMENT_DTYPES


def statement_grams(content: str | None, quote: str | None) -> bytes:
    """A statement's echo key: the sorted 64-bit hashes of its word trigrams, packed as bytes.

    Trigrams of the reported content, or of the quote when the content has no
    words; a text of one or two words is one "trigram". A trigram's hash is a
    polynomial of its words' stable hashes (:func:`analysis._engine.hashing.word_hash`),
    so hashes are the same across processes and runs.
    """
    ids = text_word_hashes(content or "") or text_word_hashes(quote or "")
    hashes = sorted(trigram_hash_set(ids)) if len(ids) >= 3 else [window_hash(ids)] if ids else []
    return array("q", hashes).tobytes()  # the bytes of a native int64 array, as numpy writes them


def statements_grams(texts: Sequence[tuple[str | None, str | None]]) -> list[bytes]:
    """:func:`statement_grams` of many ``(content, quote)`` pairs, the trigrams of all of them hashed at once.

    Equal to ``[statement_grams(c, q) for c, q in texts]``: numpy's 64-bit arithmetic wraps as the masked
    polynomial does, and each statement's distinct hashes are sorted by one sort over all of them (a
    statement's few dozen trigrams cost more one by one in Python than a batch of thousands in numpy).
    """
    ids = [text_word_hashes(c or "") or text_word_hashes(q or "") for c, q in texts]
    out = [array("q", [window_hash(w)]).tobytes() if 0 < len(w) < 3 else b"" for w in ids]  # one "trigram"
    long = [i for i, w in enumerate(ids) if len(w) >= 3]
    if not long:
        return out
    lengths = np.fromiter((len(ids[i]) for i in long), dtype=np.int64, count=len(long))
    flat = np.fromiter((h for i in long for h in ids[i]), dtype=np.uint64, count=int(lengths.sum()))
    opens = np.ones(len(flat), dtype=bool)  # whether a word opens a trigram: all but each statement's last two
    ends = np.cumsum(lengths)
    opens[ends - 1] = opens[ends - 2] = False
    at = np.flatnonzero(opens)  # each trigram's first word in ``flat``
    owner = np.repeat(np.arange(len(long)), lengths - 2)
    with np.errstate(over="ignore"):
        h = flat[at] * _MIX2_U64 + flat[at + 1] * _MIX_U64 + flat[at + 2]
    hashes = (h ^ (h >> np.uint64(29))).view(np.int64)
    order = np.lexsort((hashes, owner))
    hashes, owner = hashes[order], owner[order]
    distinct = np.ones(len(hashes), dtype=bool)
    distinct[1:] = (hashes[1:] != hashes[:-1]) | (owner[1:] != owner[:-1])
    hashes, owner = hashes[distinct], owner[distinct]
    bounds = np.searchsorted(owner, np.arange(len(long) + 1)) * 8
    data = hashes.tobytes()
    for k, i in enumerate(long):
        out[i] = data[bounds[k] : bounds[k + 1]]
    return out


_MIX_U64 = np.uint64(MIX)
_MIX2_U64 = np.uint64(MIX * MIX % (1 << 64))


def _packed_grams(grams: Sequence[bytes] | pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """All statements' trigram hashes in one array, and where each statement's start (``n + 1`` offsets).

    ``grams`` is a list of :func:`statement_grams` values or a column of them;
    an Arrow-backed column is read from its buffers, without a Python object per statement.
    """
    if isinstance(grams, pd.Series) and isinstance(grams.dtype, pd.ArrowDtype):
        packed = grams.array._pa_array.combine_chunks().cast(pa.large_binary())
        if packed.null_count == 0:
            first = packed.offset
            offsets = np.frombuffer(packed.buffers()[1], dtype=np.int64)[first : first + len(packed) + 1]
            data = np.frombuffer(packed.buffers()[2], dtype=np.uint8)[offsets[0] : offsets[-1]]
            return data.view(np.int64), (offsets - offsets[0]) // 8
    grams = [g if isinstance(g, bytes) else b"" for g in grams]
    lengths = np.fromiter((len(g) // 8 for g in grams), dtype=np.int64, count=len(grams))
    return np.frombuffer(b"".join(grams), dtype=np.int64), np.r_[0, np.cumsum(lengths)]


def _echo_edges(
    speakers: np.ndarray, flat: np.ndarray, offsets: np.ndarray, threshold: float, max_posting: int
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs ``(i, j)``, ``j < i``, of statements by one speaker that are echoes of each other.

    ``flat`` and ``offsets`` are from :func:`_packed_grams`. Two statements are
    echoes when the distinct trigrams they share are at least ``threshold`` of
    the shorter one's. Trigrams that more than ``max_posting`` statements of a
    speaker share (set phrases) are ignored. One speaker at a time, and only
    the echoes are kept: the pairs that share a set phrase or two, far more
    numerous, never accumulate over the corpus.
    """
    n = len(offsets) - 1
    lengths = np.diff(offsets)
    order = np.argsort(speakers, kind="stable")
    bounds = np.flatnonzero(np.r_[True, speakers[order][1:] != speakers[order][:-1], True])
    later_parts, earlier_parts = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for first, last in pairwise(bounds):
        members = order[first:last]  # ascending statement numbers
        if len(members) < 2:
            continue
        owner = np.repeat(members, lengths[members])
        within = np.arange(len(owner)) - np.repeat(np.cumsum(lengths[members]) - lengths[members], lengths[members])
        gram = flat[offsets[owner] + within]
        by_gram = np.lexsort((owner, gram))
        gram, owner = gram[by_gram], owner[by_gram]
        starts = np.flatnonzero(np.r_[True, gram[1:] != gram[:-1]])
        sizes = np.diff(np.r_[starts, len(gram)])
        pairs = []
        for size in np.unique(sizes[(sizes >= 2) & (sizes <= max_posting)]):
            run_starts = starts[sizes == size]
            a, b = np.triu_indices(size, k=1)  # positions within a run: a < b, so owner[a] < owner[b]
            later = owner[(run_starts[:, None] + b[None, :]).ravel()]
            earlier = owner[(run_starts[:, None] + a[None, :]).ravel()]
            pairs.append(later * n + earlier)
        if not pairs:
            continue
        keys, shared = np.unique(np.concatenate(pairs), return_counts=True)
        del pairs
        later, earlier = keys // n, keys % n
        echo = shared >= threshold * np.minimum(lengths[later], lengths[earlier])
        later_parts.append(later[echo])
        earlier_parts.append(earlier[echo])
    return np.concatenate(later_parts), np.concatenate(earlier_parts)


def add_statement_groups(
    statements: pd.DataFrame,
    threshold: float = 0.5,
    max_posting: int = 2000,
    grams: Sequence[bytes] | pd.Series | None = None,
) -> pd.DataFrame:
    """Group echoes: the same statement by one speaker reported several times or by several outlets.

    Two statements are echoes when at least ``threshold`` of the shorter one's
    word trigrams occur in the other; echoes of echoes join one group. Each group
    is named after its first-reported statement (earliest ``published``, then
    ``statement_id``). ``grams`` (each statement's :func:`statement_grams`, in
    row order) saves hashing the texts again.
    """
    frame = statements.copy(deep=False)  # columns shared, not copied: the frame only adds its own
    if frame.empty:
        for column in GROUP_COLUMNS:
            frame[column] = pd.Series(dtype=STATEMENT_DTYPES[column])
        return frame[STATEMENT_COLUMNS]
    if grams is None:
        grams = statements_grams(list(zip(frame["content"].fillna(""), frame["quote"].fillna(""), strict=True)))
    n = len(frame)
    speakers = pd.factorize(frame["speaker"].astype(str))[0].astype(np.int64)
    flat, offsets = _packed_grams(grams)
    del grams  # the column, when the caller kept no reference: ``flat`` holds its hashes
    later, earlier = _echo_edges(speakers, flat, offsets, threshold, max_posting)
    graph = coo_matrix((np.ones(len(later), dtype=np.int8), (later, earlier)), shape=(n, n))
    frame["_root"] = connected_components(graph, directed=False)[1]
    order = frame[["published", "statement_id", "_root"]].assign(_row=np.arange(n))
    order = order.sort_values(["published", "statement_id"], na_position="last", kind="stable")
    first = order.groupby("_root").head(1)
    first_row = np.zeros(int(frame["_root"].max()) + 1, dtype=np.int64)
    first_row[first["_root"].to_numpy()] = first["_row"].to_numpy()
    first_of_mine = first_row[frame["_root"].to_numpy()]  # each statement's group's first report, by row
    frame["statement_group"] = frame["statement_id"].array.take(first_of_mine).astype("string")
    frame["first_reported"] = frame["published"].array.take(first_of_mine)
    frame["first_outlet"] = frame["outlet"].array.take(first_of_mine).astype("string")
    frame["n_reports"] = frame.groupby("_root")["statement_id"].transform("size").astype("int64")
    return frame.drop(columns="_root")[STATEMENT_COLUMNS].reset_index(drop=True)


def echo_breakdown(statements: pd.DataFrame, locations: tuple[str, ...] = ("body",)) -> pd.Series:
    """Where the repeated reports of statements come from: one article, one outlet, or other outlets.

    Each echo group's first report is the statement; every further report is a
    repeat inside the same article, in another article of an outlet that
    already reported it, or in an outlet that had not.

    Returns
    -------
    pandas.Series
        ``reports``, ``distinct`` (echo groups), ``repeated`` (reports beyond
        the first of each group) and its three parts ``same_article``,
        ``same_outlet`` and ``other_outlet``.

    """
    data = statements[statements["location"].isin(locations)]
    data = data.sort_values(["published", "statement_id"], kind="stable")
    repeat = data["statement_group"].duplicated()
    same_article = data.duplicated(["statement_group", "doc_id"])
    same_outlet = data.assign(_o=data["outlet"].fillna("")).duplicated(["statement_group", "_o"]) & ~same_article
    return pd.Series(
        {
            "reports": len(data),
            "distinct": int(data["statement_group"].nunique()),
            "repeated": int(repeat.sum()),
            "same_article": int(same_article.sum()),
            "same_outlet": int(same_outlet.sum()),
            "other_outlet": int((repeat & ~same_article & ~same_outlet).sum()),
        },
        dtype="int64",
    )

"""Phrases as units: the two- and three-word sequences of a token table that recur, counted per document.

Keyness of single words splits "special military operation" into three
ordinary words; analysts compare phrases as units too (quanteda's
``tokens_ngrams``, scattertext's phrases). :func:`phrase_tokens` turns a token
table into one of phrases: every run of two or three tokens in one sentence,
without punctuation, that starts and ends with a content word ("secretary of
state" keeps its "of"), kept when it recurs at least ``min_count`` times. The
result has the token table's columns, so :func:`analysis.keyness` reads it as
it reads words. Counting works on integer codes (no string per token): only
the phrases kept are spelled out.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: A phrase must occur at least this often in the corpus to be kept.
MIN_PHRASE_COUNT = 3


def phrase_tokens(
    tokens: pd.DataFrame, sizes: tuple[int, ...] = (2, 3), term_col: str = "lower", min_count: int = MIN_PHRASE_COUNT
) -> pd.DataFrame:
    """The recurring phrases of a token table, one row per occurrence, in the token table's form.

    Parameters
    ----------
    tokens : pandas.DataFrame
        :func:`analysis.tokenize`'s table (``doc_id``, ``field``, ``sent_idx``,
        ``position``, ``is_stop``, ``is_punct`` and ``term_col``).
    sizes : tuple of int
        Phrase lengths in tokens.
    term_col : str
        The token column phrases are spelled from.
    min_count : int
        Phrases seen fewer times in the whole table are left out.

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``position`` (of the phrase's first token), ``term_col``
        (the phrase, words joined by spaces), ``n_words``, and ``is_stop`` /
        ``is_punct`` (always false), plus ``published`` and ``outlet`` when the
        tokens have them.

    """
    codes = tokens[term_col].cat.codes.to_numpy().astype(np.int64)
    words = np.asarray(tokens[term_col].cat.categories, dtype=object)
    doc = (
        tokens["doc_id"].cat.codes.to_numpy() if hasattr(tokens["doc_id"], "cat") else pd.factorize(tokens["doc_id"])[0]
    )
    field = tokens["field"].cat.codes.to_numpy() if "field" in tokens else np.zeros(len(tokens), dtype=np.int8)
    sent = tokens["sent_idx"].to_numpy() if "sent_idx" in tokens else np.zeros(len(tokens), dtype=np.int32)
    position = tokens["position"].to_numpy()
    content = ~tokens["is_stop"].to_numpy() & ~tokens["is_punct"].to_numpy()
    punct = tokens["is_punct"].to_numpy()
    carried = [c for c in ("published", "outlet") if c in tokens]
    parts = []
    for size in sizes:
        if len(tokens) < size:
            continue
        span = len(tokens) - size + 1
        ok = content[:span] & content[size - 1 :]
        for k in range(1, size):
            ok &= (doc[k:][:span] == doc[:span]) & (field[k:][:span] == field[:span])
            ok &= (sent[k:][:span] == sent[:span]) & (position[k:][:span] == position[:span] + k)
            ok &= ~punct[k:][:span]
        starts = np.flatnonzero(ok)
        if not len(starts):
            continue
        grams = np.stack([codes[starts + k] for k in range(size)], axis=1)
        unique, inverse, counts = np.unique(grams, axis=0, return_inverse=True, return_counts=True)
        keep = counts[inverse.ravel()] >= min_count
        if not keep.any():
            continue
        kept_rows = np.flatnonzero(counts >= min_count)
        spelled = {r: " ".join(words[unique[r]]) for r in kept_rows}
        labels = np.array([spelled[r] for r in inverse.ravel()[keep]], dtype=object)
        at = starts[keep]
        frame = pd.DataFrame(
            {"doc_id": tokens["doc_id"].to_numpy()[at], "position": position[at], term_col: labels, "n_words": size}
        )
        for column in carried:
            frame[column] = tokens[column].to_numpy()[at]
        parts.append(frame)
    columns = ["doc_id", "position", term_col, "n_words", *carried]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    out[term_col] = out[term_col].astype("category")
    out["is_stop"] = False
    out["is_punct"] = False
    return out

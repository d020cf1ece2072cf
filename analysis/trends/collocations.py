"""Collocations: word n-grams that occur together more than chance, and phrases that recur."""

from __future__ import annotations

import math
from collections import Counter

import pandas as pd


def collocations(tokens: pd.DataFrame, n: int = 2, min_count: int = 2, term_col: str = "lower") -> pd.DataFrame:
    """Word n-grams that occur together more than chance, and phrases that recur across articles and dates.

    N-grams are read within sentences, never across punctuation, and neither
    start nor end with a stop word.

    Returns
    -------
    pandas.DataFrame
        ``ngram``, ``count``, ``n_docs``, ``n_dates`` (distinct publication days),
        ``pmi`` (pointwise mutual information, log2), ``llr`` (Dunning's
        log-likelihood ratio, for bigrams) and ``recurring`` (seen in at least two
        articles on at least two dates: a formula someone repeats); sorted by
        ``llr`` then ``count``.

    """
    words = tokens[term_col].astype(str).to_numpy()
    stop = tokens["is_stop"].to_numpy()
    punct = tokens["is_punct"].to_numpy()
    doc = tokens["doc_id"].astype(str).to_numpy()
    sent = tokens["sent_idx"].to_numpy()
    day = pd.to_datetime(tokens["published"]).dt.strftime("%Y-%m-%d").to_numpy() if "published" in tokens else doc
    unigram = Counter(words[~punct])
    n_tokens = int((~punct).sum())
    grams: Counter[str] = Counter()
    docs: dict[str, set] = {}
    dates: dict[str, set] = {}
    for i in range(len(words) - n + 1):
        j = i + n - 1
        if doc[i] != doc[j] or sent[i] != sent[j] or punct[i : j + 1].any() or stop[i] or stop[j]:
            continue
        gram = " ".join(words[i : j + 1])
        grams[gram] += 1
        docs.setdefault(gram, set()).add(doc[i])
        dates.setdefault(gram, set()).add(day[i])
    rows = []
    n_grams = sum(grams.values()) or 1
    for gram, count in grams.items():
        if count < min_count:
            continue
        parts = gram.split(" ")
        expected = n_grams * math.prod(unigram[p] / n_tokens for p in parts)
        pmi = math.log2(count / expected) if expected > 0 else math.nan
        llr = _llr(count, unigram[parts[0]], unigram[parts[-1]], n_tokens) if n == 2 else math.nan
        rows.append((gram, count, len(docs[gram]), len(dates[gram]), pmi, llr))
    out = pd.DataFrame(rows, columns=["ngram", "count", "n_docs", "n_dates", "pmi", "llr"])
    out["recurring"] = (out["n_docs"] >= 2) & (out["n_dates"] >= 2)
    return out.sort_values(["llr", "count", "ngram"], ascending=[False, False, True], kind="stable").reset_index(
        drop=True
    )


def _llr(k11: int, c1: int, c2: int, n: int) -> float:
    """Dunning's log-likelihood ratio for a bigram seen ``k11`` times, its words ``c1`` and ``c2`` times."""
    k12, k21 = max(c1 - k11, 0), max(c2 - k11, 0)
    k22 = max(n - k11 - k12 - k21, 0)

    def h(*ks: int) -> float:
        total = sum(ks)
        return sum(k * math.log(k / total) for k in ks if k > 0)

    return 2 * (h(k11, k12, k21, k22) - h(k11 + k12, k21 + k22) - h(k11 + k21, k12 + k22))

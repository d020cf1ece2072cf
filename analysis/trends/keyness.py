"""Keyness and top terms: which words set a period, an outlet or any selection apart."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping

import numpy as np
import pandas as pd

from analysis.trends.periods import period_start


def _content_mask(tokens: pd.DataFrame, term_col: str) -> np.ndarray:
    """Tokens that are words: not stop words, not punctuation, and holding a letter (no bare numbers)."""
    terms = tokens[term_col]
    if isinstance(terms.dtype, pd.CategoricalDtype):
        lettered = np.array([any(ch.isalpha() for ch in str(t)) for t in terms.cat.categories] + [False])
        has_letter = lettered[terms.cat.codes.to_numpy()]
    else:
        has_letter = terms.astype(str).str.contains(r"[^\W\d_]", regex=True).to_numpy()
    return ~tokens["is_stop"].to_numpy() & ~tokens["is_punct"].to_numpy() & has_letter


def _with_period(tokens: pd.DataFrame, by: str) -> tuple[pd.DataFrame, str]:
    aliases = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
    if by in aliases:
        frame = tokens.copy()
        frame[by] = period_start(frame["published"], aliases[by])
        return frame, by
    return tokens, by


def top_terms(tokens: pd.DataFrame, by: str = "month", n: int = 20, term_col: str = "norm") -> pd.DataFrame:
    """The ``n`` most frequent content terms per group (``"month"``, ``"week"``, ``"outlet"`` or a column).

    Returns
    -------
    pandas.DataFrame
        ``by``, ``rank``, ``term``, ``count``, ``per_1k`` (per thousand content tokens of the group).

    """
    content = tokens[_content_mask(tokens, term_col)]
    content, column = _with_period(content, by)
    counts = content.groupby([column, term_col], observed=True).size().rename("count").reset_index()
    counts = counts[counts["count"] > 0]
    totals = counts.groupby(column)["count"].transform("sum")
    counts["per_1k"] = 1000 * counts["count"] / totals
    counts = counts.sort_values([column, "count", term_col], ascending=[True, False, True], kind="stable")
    counts["rank"] = counts.groupby(column).cumcount() + 1
    out = counts[counts["rank"] <= n].rename(columns={term_col: "term"})
    return out[[column, "rank", "term", "count", "per_1k"]].reset_index(drop=True)


def _selection(tokens: pd.DataFrame, which) -> np.ndarray:
    if isinstance(which, pd.Series):
        return which.to_numpy(dtype=bool)
    if callable(which):
        return np.asarray(which(tokens), dtype=bool)
    mask = np.ones(len(tokens), dtype=bool)
    for column, wanted in dict(which).items():
        frame, column = _with_period(tokens, column)
        values = frame[column]
        wanted = wanted if isinstance(wanted, (list, tuple, set)) else [wanted]
        if column in {"day", "week", "month", "quarter", "year"}:
            wanted = [pd.Timestamp(w) for w in wanted]
        mask &= values.isin(wanted).to_numpy()
    return mask


def keyness(
    tokens: pd.DataFrame,
    target,
    reference=None,
    term_col: str = "norm",
    prior_scale: float | None = None,
    min_count: int = 1,
) -> pd.DataFrame:
    """Terms that distinguish a target from a reference, by weighted log-odds.

    Monroe, Colaresi & Quinn (2008), "Fightin' Words", with an informative
    Dirichlet prior taken from the whole token table: for term *w*,
    ``δ = log((y_t + a_w) / (n_t + a0 - y_t - a_w)) - log((y_r + a_w) / (n_r + a0 - y_r - a_w))``,
    ``var(δ) ≈ 1 / (y_t + a_w) + 1 / (y_r + a_w)``, ``z = δ / sqrt(var)``, where
    ``a_w = a0 * (corpus count of w) / (corpus tokens)``.

    Parameters
    ----------
    tokens : pandas.DataFrame
        As returned by :func:`analysis.tokenize` (stop words and punctuation are left out).
    target, reference
        The two sides: a boolean Series aligned with ``tokens``, a callable
        returning one, or a dict of filters such as ``{"outlet": "Daily Ledger"}`` or
        ``{"month": "2022-01-01"}``. ``reference=None`` means every other token.
    term_col : str
        ``"norm"``, ``"lower"`` or ``"token"``.
    prior_scale : float, optional
        ``a0``, the prior's total weight; default the number of tokens in the
        corpus divided by 10 (a prior a tenth as strong as the data).
    min_count : int
        Leave out terms seen fewer times on the two sides together.

    Returns
    -------
    pandas.DataFrame
        ``term``, ``count_target``, ``count_reference``, ``delta`` (log-odds
        ratio), ``se``, ``z``; sorted by ``z``, most distinctive of the target first.
        ``delta`` and ``z`` are NaN when the vocabulary holds a single term
        (nothing to weigh it against).

    """
    content = _content_mask(tokens, term_col)
    in_target = _selection(tokens, target) & content
    in_reference = (~_selection(tokens, target) if reference is None else _selection(tokens, reference)) & content
    for side, mask in (("target", in_target), ("reference", in_reference)):
        if not mask.any():
            raise ValueError(
                f"keyness: the {side} {_describe(target if side == 'target' else reference)} selects no words "
                f"({int(content.sum()):,} content tokens in all); check its values against the tokens' columns"
            )
    terms = tokens[term_col].astype(str).to_numpy()
    all_counts = Counter(terms[content])
    y_t, y_r = Counter(terms[in_target]), Counter(terms[in_reference])
    return keyness_from_counts(y_t, y_r, all_counts, prior_scale, min_count)


def _describe(which) -> str:
    if which is None:
        return "(every other token)"
    if isinstance(which, Mapping):
        return "{" + ", ".join(f"{k}={v!r}" for k, v in which.items()) + "}"
    return "selection"


def keyness_by(
    tokens: pd.DataFrame,
    by: str = "month",
    n: int | None = None,
    term_col: str = "norm",
    prior_scale: float | None = None,
    min_count: int = 1,
) -> pd.DataFrame:
    """Keyness of each group (each month, or each value of a column) against every other token.

    Parameters
    ----------
    tokens : pandas.DataFrame
        As returned by :func:`analysis.tokenize`.
    by : str
        ``"week"``, ``"month"``, ``"quarter"``, ``"year"`` or a token column (``"outlet"``).
    n : int, optional
        Keep the ``n`` most distinctive terms of each group (all by default).
    term_col, prior_scale, min_count
        As for :func:`keyness`.

    Returns
    -------
    pandas.DataFrame
        ``by``, ``rank``, ``term``, ``count_target``, ``count_reference``,
        ``delta``, ``se``, ``z``, ``n_tokens`` (content tokens of the group);
        groups in order, terms by ``z``. Groups without content tokens are absent.

    """
    content = _content_mask(tokens, term_col)
    frame, column = _with_period(tokens[content], by)
    terms = frame[term_col].astype(str).to_numpy()
    background = Counter(terms)
    keys = frame[column].to_numpy()
    parts = []
    for value in sorted(pd.unique(keys[pd.notna(keys)])):
        inside = keys == value
        target = Counter(terms[inside])
        reference = background - target
        table = keyness_from_counts(target, reference, background, prior_scale, min_count)
        table = table.head(n) if n is not None else table
        table.insert(0, "rank", range(1, len(table) + 1))
        table.insert(0, column, value)
        table["n_tokens"] = int(inside.sum())
        parts.append(table)
    columns = [column, "rank", "term", "count_target", "count_reference", "delta", "se", "z", "n_tokens"]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)


def keyness_from_counts(
    target: Mapping[str, int],
    reference: Mapping[str, int],
    background: Mapping[str, int] | None = None,
    prior_scale: float | None = None,
    min_count: int = 1,
) -> pd.DataFrame:
    """Weighted log-odds with an informative Dirichlet prior from term counts (see :func:`keyness`)."""
    background = background or Counter(target) + Counter(reference)
    total = sum(background.values())
    a0 = prior_scale if prior_scale is not None else total / 10
    n_t, n_r = sum(target.values()), sum(reference.values())
    rows = []
    for term, count in background.items():
        yt, yr = target.get(term, 0), reference.get(term, 0)
        if yt + yr < min_count:
            continue
        a = a0 * count / total
        se = math.sqrt(1 / (yt + a) + 1 / (yr + a))
        if count >= total:  # the only term: no other words to weigh it against, its log-odds are undefined
            rows.append((term, yt, yr, math.nan, se, math.nan))
            continue
        delta = math.log((yt + a) / (n_t + a0 - yt - a)) - math.log((yr + a) / (n_r + a0 - yr - a))
        rows.append((term, yt, yr, delta, se, delta / se))
    out = pd.DataFrame(rows, columns=["term", "count_target", "count_reference", "delta", "se", "z"])
    return out.sort_values(["z", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)

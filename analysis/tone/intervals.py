"""Means with seeded bootstrap intervals: tone per group and per period, honest about small samples."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.arguments import column_list, require_columns
from analysis.trends.periods import complete_periods, period_start

SUMMARY_COLUMNS = ["n", "mean", "ci_low", "ci_high"]


#: Fewest observations for an interval: the bootstrap of one or two values says nothing about their spread.
MIN_INTERVAL_N = 3


def bootstrap_mean(
    values: np.ndarray,
    weights: np.ndarray | None = None,
    ci: float = 0.95,
    n_boot: int = 1000,
    rng: np.random.Generator | None = None,
) -> tuple[int, float, float, float]:
    """Mean of ``values`` with a percentile bootstrap interval.

    Parameters
    ----------
    values : numpy.ndarray
        The observations (NaN dropped).
    weights : numpy.ndarray, optional
        Weights for a weighted mean (for example words per article).
    ci : float
        Coverage of the interval.
    n_boot : int
        Bootstrap resamples.
    rng : numpy.random.Generator
        Source of randomness; pass a seeded one for reproducible intervals.

    Returns
    -------
    tuple
        ``(n, mean, ci_low, ci_high)``; with fewer than :data:`MIN_INTERVAL_N`
        observations the interval is NaN (no interval), never zero-width or
        drawn from two values.

    """
    values = np.asarray(values, dtype=float)
    keep = ~np.isnan(values)
    values = values[keep]
    w = None if weights is None else np.asarray(weights, dtype=float)[keep]
    n = len(values)
    if n == 0:
        return 0, float("nan"), float("nan"), float("nan")
    mean = float(np.average(values, weights=w)) if w is not None and w.sum() > 0 else float(values.mean())
    if n < MIN_INTERVAL_N:
        return n, mean, float("nan"), float("nan")
    rng = rng or np.random.default_rng(0)
    idx = rng.integers(0, n, size=(n_boot, n))
    if w is None:
        boots = values[idx].mean(axis=1)
    else:
        ww = w[idx]
        boots = (values[idx] * ww).sum(axis=1) / np.where(ww.sum(axis=1) > 0, ww.sum(axis=1), 1)
    alpha = (1 - ci) / 2
    low, high = np.quantile(boots, [alpha, 1 - alpha])
    return n, mean, float(low), float(high)


def summarise(
    frame: pd.DataFrame,
    value: str,
    by: Sequence[str] = (),
    weight: str | None = None,
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
) -> pd.DataFrame:
    """Per group: ``n``, ``mean`` and a bootstrap interval of ``value``.

    Groups are processed in sorted order from one generator seeded with ``seed``,
    so the same input always gives the same intervals.
    """
    by = list(by)
    rng = np.random.default_rng(seed)
    rows = []
    groups = frame.groupby(by, sort=True, dropna=False, observed=True) if by else [((), frame)]
    for key, group in groups:
        key = key if isinstance(key, tuple) else (key,)
        weights = group[weight].to_numpy() if weight else None
        rows.append((*key, *bootstrap_mean(group[value].to_numpy(), weights, ci, n_boot, rng)))
    out = pd.DataFrame(rows, columns=[*by, *SUMMARY_COLUMNS])
    return out.astype({"n": "int64"})


UNITS = ("article", "row")


def per_article(
    frame: pd.DataFrame, value: str, keys: Sequence[str], weight: str | None = None, unit: str = "article"
) -> pd.DataFrame:
    """Rows of a scored frame averaged per article (``doc_id``) within ``keys``, so that means count articles.

    With ``unit="row"``, or a frame whose rows are articles already (no
    ``doc_id`` column, or one row per ``doc_id``), the frame is returned as it is.
    """
    if unit not in UNITS:
        raise ValueError(f"unit {unit!r}: use 'article' (average per article first) or 'row' (every row counts)")
    if unit == "row" or "doc_id" not in frame.columns or not frame["doc_id"].duplicated().any():
        return frame
    keys = [k for k in keys if k != "doc_id"]
    data = frame.assign(_w=frame[weight] if weight else 1.0)
    data["_wv"] = data[value] * data["_w"]
    grouped = data.groupby(["doc_id", *keys], sort=True, dropna=False, observed=True)
    out = grouped[["_wv", "_w"]].sum()
    out[value] = out["_wv"] / out["_w"]
    if weight:
        out[weight] = out["_w"]
    return out.drop(columns=["_wv", "_w"]).reset_index()


def tone_by(
    frame: pd.DataFrame,
    by: Sequence[str] | str,
    value: str = "tone",
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
    weight: str | None = None,
    unit: str = "article",
) -> pd.DataFrame:
    """Mean tone per group with a seeded bootstrap interval (``n``, ``mean``, ``ci_low``, ``ci_high``).

    With ``unit="article"`` (default) a frame of sentences or statements is first
    averaged per article (``doc_id``) in each group, so ``n`` counts articles;
    ``unit="row"`` counts every row.
    """
    by = column_list(by)
    require_columns(frame, [value, *by], "tone_by", "analysis.score_tone(frame)", chosen=by)
    data = per_article(frame.dropna(subset=[value]), value, by, weight, unit)
    return summarise(data, value, by, weight, ci, n_boot, seed)


def tone_over_time(
    frame: pd.DataFrame,
    freq: str = "W",
    by: Sequence[str] | str | None = None,
    ci: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
    value: str = "tone",
    weight: str | None = None,
    time_col: str = "published",
    span: tuple[pd.Timestamp, pd.Timestamp] | None = None,
    unit: str = "article",
) -> pd.DataFrame:
    """Mean tone per period (and group) with a seeded bootstrap interval.

    Parameters
    ----------
    frame : pandas.DataFrame
        A scored frame (see :func:`score_tone`) with a time column.
    freq : str
        Period alias (``"D"``, ``"W"``, ``"M"``).
    by : str or sequence of str, optional
        Group columns (``"outlet"``, ``"speaker"``…).
    ci, n_boot, seed
        Interval coverage, resamples and seed: the same seed gives the same intervals.
    value : str
        The score to average (``tone``, ``polarity``, ``vader_compound``…).
    weight : str, optional
        Weight column for weighted means, e.g. ``"n_words"``.
    time_col : str
        The datetime column to bin.
    span : (start, end), optional
        Time range to cover (default the frame's).
    unit : {"article", "row"}
        ``"article"`` (default): a frame of sentences or statements is averaged
        per article (``doc_id``) in each period and group first, so ``n``
        counts articles; ``"row"``: every row counts.

    Returns
    -------
    pandas.DataFrame
        ``period``, the ``by`` columns, ``n``, ``mean``, ``ci_low``, ``ci_high``.
        Periods without items have ``n = 0`` and NaN mean; a period with one or two items
        has a mean but no interval (NaN), never a zero-width one.

    """
    by = column_list(by)
    require_columns(frame, [value, time_col, *by], "tone_over_time", "analysis.score_tone(frame)", chosen=by)
    data = frame.dropna(subset=[value, time_col]).copy()
    data["period"] = period_start(data[time_col], freq)
    data = per_article(data, value, [*by, "period"], weight, unit)
    out = summarise(data, value, [*by, "period"], weight, ci, n_boot, seed)
    if span is not None:
        span = (period_start(pd.Series([span[0]]), freq).iloc[0], period_start(pd.Series([span[1]]), freq).iloc[0])
    out = complete_periods(
        out, by, freq, fill={"n": 0, "mean": math.nan, "ci_low": math.nan, "ci_high": math.nan}, span=span
    )
    return out[["period", *by, "n", "mean", "ci_low", "ci_high"]]

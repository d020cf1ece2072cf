"""Small-sample statistics: means with seeded bootstrap confidence intervals."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

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

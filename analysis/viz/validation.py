"""Tone scores against human ratings: one panel per method, with the correlation and n."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.viz.layout import page

#: Methods' names for panel titles.
METHOD_NAMES = {"polarity": "TextBlob polarity", "vader_compound": "VADER compound", "tone": "tone (default method)"}


def validation_figure(
    scored: pd.DataFrame,
    rating_col: str = "rating",
    methods: Sequence[str] = ("polarity", "vader_compound", "tone"),
    title: str = "",
    rating_label: str = "human rating (mean of raters)",
):
    """Each method's score (x) against the human rating (y), one panel per method, Pearson r and n in its title.

    Returns
    -------
    (matplotlib.figure.Figure, pandas.DataFrame)
        The figure and one row per method: ``method``, ``n``, ``pearson``.

    """
    methods = [m for m in methods if m in scored.columns]
    rows = []
    caption = (
        "One dot per rated text; the x axis is the method's score (−1 … +1), the y axis the mean human rating. "
        "r is Pearson's correlation over the n texts that have both."
    )
    pg = page([2.6], title, caption, ncols=len(methods), sharex=False, sharey=True, left=0.7, titled=True)
    big = len(scored) > 2000
    for ax, method in zip(pg.axes, methods, strict=True):
        both = scored[[method, rating_col]].dropna()
        r = both[method].corr(both[rating_col]) if len(both) > 2 else float("nan")
        rows.append({"method": method, "n": len(both), "pearson": round(float(r), 3)})
        ax.scatter(both[method], both[rating_col], s=4, alpha=0.25 if big else 0.5, color="#0072B2",
                   linewidths=0, rasterized=big)  # fmt: skip
        ax.axvline(0, color="#999999", linewidth=0.8)
        ax.set_xlim(-1.05, 1.05)
        ax.set_title(METHOD_NAMES.get(method, method), fontsize=9, loc="left")
        ax.text(0.03, 0.97, f"r = {r:.2f}\nn = {len(both):,}", transform=ax.transAxes, ha="left", va="top",
                fontsize=8, bbox={"boxstyle": "square,pad=0.2", "facecolor": "white", "edgecolor": "none"})  # fmt: skip
        ax.set_xlabel("score (−1 … +1)")
    pg.axes[0].set_ylabel(rating_label)
    for ax in pg.axes[1:]:
        ax.tick_params(labelleft=False)
    return pg.fig, pd.DataFrame(rows, columns=["method", "n", "pearson"]).astype({"pearson": np.float64})

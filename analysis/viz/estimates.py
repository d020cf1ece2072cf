"""Estimates with their uncertainty: tone per period, tone per group, and two lexicons side by side.

An interval is drawn only where at least :data:`MIN_INTERVAL_N` items were
averaged; a mean of fewer is a hollow point with its ``n``. Under a time series
the number averaged in each period stands as bars in a panel of its own, so the
counts are always beside the estimates and never print over them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

from analysis.tone.intervals import MIN_INTERVAL_N
from analysis.viz.groups import top_groups
from analysis.viz.layout import NO_DATES, label_margin, legend, note_figure, nothing_over_time, page, short
from analysis.viz.style import NEUTRAL, TOP_N, colours
from analysis.viz.timeaxis import date_axis, draw_events, event_key, events_in, middles, period_width, period_word

_N_COLUMN_W = 0.6  # inches for the "n=…" column at the right of a group chart


def estimates_figure(
    table: pd.DataFrame,
    by: str | None = None,
    freq: str = "W",
    title: str = "",
    label: str = "mean tone",
    unit: str = "articles",
    events: pd.DataFrame | None = None,
    n: int = TOP_N,
    note: str = "",
):
    """Means per period with intervals (where ``n`` ≥ 3), and the ``n`` averaged per period in a panel below.

    Parameters
    ----------
    table : pandas.DataFrame
        As :func:`analysis.tone_over_time` returns: ``period`` (and ``by``), ``n``,
        ``mean``, ``ci_low``, ``ci_high``.
    by : str, optional
        A column of groups (``outlet``); the top ``n`` by items are drawn, the rest left out (said in the caption).
    freq : str
        The table's period length (points stand at the middle of each period).
    title, label : str
        The figure's title and the y-axis label.
    unit : str
        What ``n`` counts ("articles", "sentences").
    events : pandas.DataFrame, optional
        Key events; only those within the data's dates are drawn.
    n : int
        How many groups to draw.
    note : str
        A sentence added to the caption.

    Returns
    -------
    (matplotlib.figure.Figure, pandas.DataFrame)
        The figure and the rows drawn (``period``, ``by``, ``n``, ``mean``, ``ci_low``, ``ci_high``;
        intervals blank where ``n`` < 3).

    """
    if nothing_over_time(table):
        return note_figure(title, NO_DATES), table.copy()
    data = table[table["n"] > 0].copy()
    names, rule = [None], ""
    if by is not None:
        top = top_groups(data, by, "n", n, noun=f"{by}s", unit=unit, leave_out=True)
        names = [nm for nm in top.names if nm != "other"]
        rule = top.rule
        data = data[data[by].astype(str).isin(names)].copy()
        data[by] = data[by].astype(str)
    span = (table["period"].min(), table["period"].max() + period_width(freq) * 0.999)
    shown_events = events_in(events, span)
    caption = (
        f"Points stand at the middle of each {period_word(freq)}: the mean over the {unit} of the period, with "
        f"a 95% bootstrap interval where at least {MIN_INTERVAL_N} {unit} were averaged; a hollow point is a "
        f"mean of fewer, and the lower panel counts the {unit} averaged."
        + (f" Shown: {rule}." if rule else "")
        + (f" {note}" if note else "")
    )
    key = event_key(shown_events)
    caption += "\n" + key if key else ""
    pg = page([2.8, 1.0], title, caption, events=len(shown_events) > 0, legend=by is not None)
    ax, ax_n = pg.axes
    palette = colours("outlet" if by in ("outlet", None) else "speaker", [nm for nm in names if nm]) if by else {}
    offsets = np.linspace(-0.18, 0.18, len(names)) if len(names) > 1 else [0.0]
    width = period_width(freq)
    for offset, name in zip(offsets, names, strict=True):
        part = data if name is None else data[data[by] == name]
        part = part.sort_values("period")
        x = middles(part["period"], freq) + width * offset
        draw_means(ax, part, x, palette.get(name, NEUTRAL) if by else NEUTRAL)
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_ylabel(f"{label} (−1 … +1)")
    date_axis(ax, span, freq, label=False)
    ax.tick_params(labelbottom=False)
    counts = table.groupby("period")["n"].sum() if by is None else data.groupby("period")["n"].sum()
    counts = counts.reindex(sorted(table["period"].unique()), fill_value=0)
    ax_n.bar(middles(counts.index.to_series(), freq), counts.to_numpy(), width=width * 0.8, color="#bdbdbd")
    ax_n.set_ylabel(f"{unit}\nper {period_word(freq)}")
    date_axis(ax_n, span, freq)
    if len(shown_events):
        draw_events(pg.band, pg.axes, shown_events)
    if by:
        handles = [Line2D([], [], marker="o", linestyle="", color=palette[nm]) for nm in names]
        legend(pg, handles, names, by)
    out = data[[c for c in ("period", by, "n", "mean", "ci_low", "ci_high") if c]].copy()
    out.loc[out["n"] < MIN_INTERVAL_N, ["ci_low", "ci_high"]] = np.nan
    return pg.fig, out.reset_index(drop=True)


def draw_means(ax, part: pd.DataFrame, x, colour: str) -> None:
    """Means at ``x`` with their intervals where ``n`` ≥ :data:`MIN_INTERVAL_N`, hollow points where fewer."""
    solid = part["n"].to_numpy() >= MIN_INTERVAL_N
    low = (part["mean"] - part["ci_low"]).clip(lower=0).to_numpy()
    high = (part["ci_high"] - part["mean"]).clip(lower=0).to_numpy()
    x = np.asarray(x)
    if solid.any():
        ax.errorbar(x[solid], part["mean"].to_numpy()[solid], yerr=[low[solid], high[solid]], fmt="o", color=colour,
                    capsize=2, markersize=4, linewidth=1)  # fmt: skip
    if (~solid).any():
        ax.plot(x[~solid], part["mean"].to_numpy()[~solid], "o", markerfacecolor="white", markeredgecolor=colour,
                markersize=4)  # fmt: skip


def group_estimates_figure(
    table: pd.DataFrame,
    y: str,
    hue: str | None = None,
    title: str = "",
    label: str = "mean tone",
    unit: str = "items",
    n: int = TOP_N,
    note: str = "",
):
    """Means per group (rows ``y``, the top ``n`` by items), one colour per ``hue``, ``n`` in a column at the right.

    An interval is drawn where at least 3 items were averaged; a mean of fewer is a hollow point.

    Returns
    -------
    (matplotlib.figure.Figure, pandas.DataFrame)

    """
    data = table[table["n"] > 0].copy()
    data[y] = data[y].astype(str)
    totals = data.groupby(y)["n"].sum().sort_values(ascending=False, kind="stable")
    rows = sorted(totals.index[:n], key=lambda r: (-totals[r], r))
    left_out = len(totals) - len(rows)
    data = data[data[y].isin(rows)]
    hues = [None] if hue is None else sorted(data[hue].astype(str).unique())
    caption = (
        f"Each point is the mean over the {unit} of one {y}, with a 95% bootstrap interval where at least "
        f"{MIN_INTERVAL_N} {unit} were averaged (a hollow point is a mean of fewer); n is at the right."
        + (f" Shown: the {len(rows)} {y}s with the most {unit}; {left_out:,} others are left out." if left_out else "")
        + (f" {note}" if note else "")
    )
    pg = page(
        [0.45 * len(rows) * max(1, len(hues)) * 0.7 + 0.6], title, caption, legend=hue is not None,
        left=label_margin(rows), right=_N_COLUMN_W,
    )  # fmt: skip
    ax = pg.axes[0]
    palette = colours("speaker", hues) if hue else {None: NEUTRAL}
    offsets = np.linspace(-0.2, 0.2, len(hues)) if len(hues) > 1 else [0.0]
    ypos = {r: i for i, r in enumerate(rows)}
    labels = []
    for offset, h in zip(offsets, hues, strict=True):
        part = data if h is None else data[data[hue].astype(str) == h]
        ys = part[y].map(ypos).to_numpy() + offset
        solid = part["n"].to_numpy() >= MIN_INTERVAL_N
        low = (part["mean"] - part["ci_low"]).clip(lower=0).to_numpy()
        high = (part["ci_high"] - part["mean"]).clip(lower=0).to_numpy()
        means = part["mean"].to_numpy()
        if solid.any():
            ax.errorbar(means[solid], ys[solid], xerr=[low[solid], high[solid]], fmt="o", capsize=2,
                        color=palette[h], markersize=4)  # fmt: skip
        if (~solid).any():
            ax.plot(means[~solid], ys[~solid], "o", markerfacecolor="white", markeredgecolor=palette[h], markersize=4)
        labels.extend((yy, f"n={int(k)}") for yy, k in zip(ys, part["n"], strict=True))
    for yy, text in labels:  # counts in a column of their own at the right edge: they never touch the points
        ax.annotate(text, (1.0, yy), xycoords=("axes fraction", "data"), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=7, color="#333333", annotation_clip=False)  # fmt: skip
    ax.set_yticks(range(len(rows)), [short(r) for r in rows])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set_xlabel(f"{label} (−1 negative … +1 positive)")
    if hue:
        handles = [Line2D([], [], marker="o", linestyle="", color=palette[h]) for h in hues]
        legend(pg, handles, hues, hue, offset=_N_COLUMN_W)
    out = data.copy()
    out.loc[out["n"] < MIN_INTERVAL_N, ["ci_low", "ci_high"]] = np.nan
    return pg.fig, out.reset_index(drop=True)


def agreement_figure(scored: pd.DataFrame, title: str = "", unit: str = "sentences"):
    """TextBlob polarity against VADER compound, one dot per text; r, n and sign agreement in the caption.

    The caption's numbers are those of :func:`analysis.tone_agreement` (the table
    notebooks show above the figure): one definition of "not neutral" for both.

    Returns
    -------
    (matplotlib.figure.Figure, pandas.DataFrame)

    """
    from analysis.tone.scoring import tone_agreement

    data = scored[["polarity", "vader_compound"]].dropna()
    row = tone_agreement(scored).iloc[0]
    agree = "no" if pd.isna(row["sign_agreement"]) else f"{row['sign_agreement']:.1%} of them"
    caption = (
        f"One dot per {unit[:-1] if unit.endswith('s') else unit} (n = {int(row['n']):,}). "
        f"Pearson r = {row['pearson']:.3f}; of the {int(row['n_both_signed']):,} that both lexicons score as not "
        f"neutral (TextBlob not 0, VADER at least 0.05 from 0), {agree} get the same sign."
    )
    pg = page([3.6], title, caption, width=6.5)
    ax = pg.axes[0]
    ax.scatter(data["polarity"], data["vader_compound"], s=8, alpha=0.4, color="#0072B2", linewidths=0,
               rasterized=len(data) > 2000)  # fmt: skip
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("TextBlob polarity (−1 … +1)")
    ax.set_ylabel("VADER compound (−1 … +1)")
    return pg.fig, data.reset_index()

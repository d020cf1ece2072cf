"""Sources apart: tone and keyword attention over time as small multiples, one panel per outlet.

A pooled line moves when the mix of outlets moves (see
:mod:`analysis.trends.sources`); one panel per source, all on one y scale,
shows what each source did. The top sources get a panel each, the rest one
panel, "other".
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

from analysis.trends.sources import OTHER
from analysis.viz.estimates import MIN_INTERVAL_N, draw_means
from analysis.viz.groups import top_groups
from analysis.viz.keywords import MIN_ARTICLES
from analysis.viz.layout import NO_DATES, legend, note_figure, nothing_over_time, page, short
from analysis.viz.style import colour, colours
from analysis.viz.timeaxis import date_axis, draw_events, event_key, events_in, middles, period_width, period_word

#: Keyword groups drawn in each outlet's panel.
GROUPS_PER_PANEL = 4
ONE_SOURCE = "The corpus has one {by} only: there are no sources to draw apart."


def _order(table: pd.DataFrame, by: str, count: str) -> list[str]:
    """Sources by their total ``count``, most first, "other" last."""
    totals = table.groupby(by, observed=True)[count].sum()
    names = sorted((str(k) for k in totals.index if str(k) != OTHER), key=lambda k: (-totals[k], k))
    return names + ([OTHER] if OTHER in set(totals.index.astype(str)) else [])


def _grid(names: list[str], title: str, caption: str, table: pd.DataFrame, freq: str, events, by: str,
          legend_column: bool = False):  # fmt: skip
    """The page of panels, one per source: the caption gets the "other" rule and the events' key.

    Returns the page, the time span drawn and the events within it.
    """
    span = (table["period"].min(), table["period"].max() + period_width(freq) * 0.999)
    shown_events = events_in(events, span)
    if OTHER in names:
        caption += f" '{OTHER}' pools every {by} outside the top {len(names) - 1}."
    key = event_key(shown_events)
    caption += "\n" + key if key else ""
    ncols = 2 if len(names) > 1 else 1
    rows = max(1, math.ceil(len(names) / ncols))
    pg = page([1.35] * rows, title, caption, events=len(shown_events) > 0, ncols=ncols, n_panels=len(names),
              sharey=True, titled=True, legend=legend_column)  # fmt: skip
    return pg, span, shown_events


def tone_by_source_figure(
    table: pd.DataFrame,
    by: str = "outlet",
    freq: str = "W",
    title: str = "Tone per period, by source",
    label: str = "mean tone",
    unit: str = "articles",
    events: pd.DataFrame | None = None,
):
    """One panel per source: the mean per period with its interval, all panels on one y scale.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`analysis.tone_over_time` by ``by``, with the sources cut to the
        top few and "other" (see :func:`analysis.source_labels`).
    by, freq, title, label, unit, events
        The source column, the period, the title, the y label, what ``n``
        counts, and key events.

    Returns
    -------
    (matplotlib.figure.Figure, pandas.DataFrame)
        The figure and the rows drawn (``period``, ``by``, ``n``, ``mean``, ``ci_low``, ``ci_high``).

    """
    if nothing_over_time(table):
        return note_figure(title, NO_DATES), table.copy()
    data = table[table["n"] > 0].copy()
    data[by] = data[by].astype(str)
    names = _order(data, by, "n")
    if len([n for n in names if n != OTHER]) < 2:
        return note_figure(title, ONE_SOURCE.format(by=by)), data.reset_index(drop=True)
    word = period_word(freq)
    caption = (
        f"One panel per {by}, all on one scale: the mean over its {unit} of each {word}, at the middle of the "
        f"{word}, with a 95% bootstrap interval where at least {MIN_INTERVAL_N} {unit} were averaged; a hollow "
        f"point is a mean of fewer. Each panel's title counts its {unit}."
    )
    pg, span, shown_events = _grid(names, title, caption, table, freq, events, by)
    palette = colours("outlet", [n for n in names if n != OTHER])
    for ax, name in zip(pg.axes, names, strict=True):
        part = data[data[by] == name].sort_values("period")
        draw_means(ax, part, middles(part["period"], freq), palette.get(name, colour("outlet", name)))
        ax.axhline(0, color="#999999", linewidth=0.8)
        total = int(part["n"].sum())
        ax.set_title(f"{short(name, 40)} ({total:,} {unit.removesuffix('s') if total == 1 else unit})", fontsize=9,
                     loc="left")  # fmt: skip
        date_axis(ax, span, freq, label=False)
    _finish(pg, label, word)
    if len(shown_events):
        draw_events(pg.band, pg.axes, shown_events)
    out = data[["period", by, "n", "mean", "ci_low", "ci_high"]].copy()
    out.loc[out["n"] < MIN_INTERVAL_N, ["ci_low", "ci_high"]] = np.nan
    return pg.fig, out.sort_values([by, "period"], kind="stable").reset_index(drop=True)


def attention_by_source_figure(
    trends: pd.DataFrame,
    by: str = "outlet",
    freq: str = "W",
    title: str = "Attention to keyword groups, by source",
    events: pd.DataFrame | None = None,
    n_groups: int = GROUPS_PER_PANEL,
    min_articles: int = MIN_ARTICLES,
):
    """One panel per source, one line per keyword group: the share of the source's articles mentioning it.

    Periods in which a source published fewer than ``min_articles`` articles
    are faint hollow points, never joined into a line.

    Parameters
    ----------
    trends : pandas.DataFrame
        :func:`analysis.keyword_trends` by ``by``, with the sources cut to the top few and "other".
    by, freq, title, events
        The source column, the period, the title and key events.
    n_groups : int
        The keyword groups drawn (those most mentioned over the corpus).
    min_articles : int
        Periods of a source with fewer articles are points, not a line.

    Returns
    -------
    (matplotlib.figure.Figure, pandas.DataFrame)
        The figure and the values drawn: ``period``, ``by``, ``group``,
        ``n_docs``, ``n_articles``, ``share_pct`` and ``drawn_as``.

    """
    if nothing_over_time(trends):
        return note_figure(title, NO_DATES), trends.copy()
    data = trends.copy()
    data[by] = data[by].astype(str)
    data["group"] = data["group"].astype(str)
    per_source = data.drop_duplicates(["period", by])  # n_articles is per period and source, in each group's rows
    names = _order(per_source, by, "n_articles")
    if len([n for n in names if n != OTHER]) < 2:
        return note_figure(title, ONE_SOURCE.format(by=by)), data.reset_index(drop=True)
    mentioned = data.groupby("group")["n_docs"].sum()
    top = top_groups(data[data["group"].isin(mentioned.index[mentioned > 0])], "group", "n_docs", n_groups,
                     keys=("period", by), noun="keyword groups", unit="article mentions", leave_out=True)  # fmt: skip
    groups = [g for g in top.names if g != OTHER]
    data = data[data["group"].isin(groups)].copy()
    data["share_pct"] = (data["share"].astype("float64") * 100).round(1)
    data["drawn_as"] = np.where(
        data["n_articles"] >= min_articles, "line", np.where(data["n_articles"] > 0, "point", "none")
    )
    word = period_word(freq)
    caption = (
        f"One panel per {by}, all on one scale, one line per keyword group: the share of the {by}'s articles "
        f"of each {word} whose headline or text mentions the group. {word.capitalize()}s in which the {by} "
        f"published fewer than {min_articles} articles are faint hollow points, not a trend. Groups: {top.rule}."
    )
    pg, span, shown_events = _grid(names, title, caption, trends, freq, events, by, legend_column=True)
    palette = colours("group", groups)
    periods = sorted(trends["period"].unique())
    x = middles(pd.Series(periods), freq).to_numpy()
    for ax, name in zip(pg.axes, names, strict=True):
        mine = data[data[by] == name]
        for group in groups:
            part = mine[mine["group"] == group].set_index("period").reindex(periods)
            y = part["share_pct"].to_numpy(dtype=float)
            solid = (part["drawn_as"] == "line").to_numpy()
            faint = (part["drawn_as"] == "point").to_numpy()
            ax.plot(x, np.where(solid, y, np.nan), "-o", color=palette[group], markersize=2.5, linewidth=1.1)
            if faint.any():
                ax.plot(x[faint], y[faint], "o", markerfacecolor="white", markeredgecolor=palette[group],
                        alpha=0.5, markersize=2.5)  # fmt: skip
        n_articles = int(per_source.loc[per_source[by] == name, "n_articles"].sum())
        ax.set_title(f"{short(name, 40)} ({n_articles:,} article{'' if n_articles == 1 else 's'})", fontsize=9,
                     loc="left")  # fmt: skip
        date_axis(ax, span, freq, label=False)
    top_value = float(np.nanmax(data["share_pct"].to_numpy(dtype=float), initial=0.0))
    pg.axes[0].set_ylim(0, max(1.0, top_value) * 1.08)  # one scale for every panel (they share y)
    _finish(pg, "articles (%)", word)
    handles = [Line2D([], [], color=palette[g], marker="o", markersize=3) for g in groups]
    legend(pg, handles, groups, "keyword group")
    if len(shown_events):
        draw_events(pg.band, pg.axes, shown_events)
    out = data[["period", by, "group", "n_docs", "n_articles", "share_pct", "drawn_as"]]
    return pg.fig, out.sort_values([by, "group", "period"], kind="stable").reset_index(drop=True)


def _finish(pg, label: str, word: str) -> None:
    """Tick labels on the bottom panels only, the y label on the left column."""
    for k, ax in enumerate(pg.axes):
        ax.tick_params(labelbottom=ax in pg.bottom_axes)
        if k % pg.ncols == 0:
            ax.set_ylabel(label)
    for ax in pg.bottom_axes:
        ax.set_xlabel(f"{word} (marks at the middle of each {word}; UTC)")

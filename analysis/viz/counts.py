"""Counts over time: articles or statements per period, the top names stacked and the rest as "other"."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from analysis.viz.groups import top_groups
from analysis.viz.layout import legend, note_figure, nothing_over_time, page
from analysis.viz.style import NEUTRAL, TOP_N, colours
from analysis.viz.timeaxis import (
    date_axis,
    draw_events,
    event_key,
    events_in,
    middles,
    partial_note,
    partial_periods,
    period_width,
    period_word,
)

#: Families of names and their colours, by column.
FAMILY = {"outlet": "outlet", "speaker": "speaker", "group": "group", "first_outlet": "outlet"}
#: Below this width (points) a bar carries no total above it: the table beside the figure has every count.
_LABEL_MIN_POINTS = 12
_DIGIT_POINTS = 4.3  # width of a digit at 7 pt


def counts_figure(
    panels: list[tuple[pd.DataFrame, str, str]],
    by: str | None = None,
    freq: str = "W",
    title: str = "",
    events: pd.DataFrame | None = None,
    n: int = TOP_N,
    noun: str | None = None,
    note: str = "",
    coverage: tuple[pd.Timestamp, pd.Timestamp] | None = None,
    gaps: pd.DataFrame | None = None,
):
    """Stacked bars of counts per period, one panel per table, the top ``n`` names of ``by`` and "other".

    Parameters
    ----------
    panels : list of (table, value, label)
        Each panel's long table (``period``, ``by``, ``value``), the value column,
        and the y-axis label with its unit ("statements per week").
    by : str, optional
        The column of names (``speaker``, ``outlet``); ``None`` for totals only.
    freq : str
        The tables' period length (bars stand at the middle of each period).
    title : str
        The figure's title.
    events : pandas.DataFrame, optional
        Key events (``date``, ``label``); only those within the data's dates are drawn.
    n : int
        How many names to show; the rest are summed as "other" (the caption says how many).
    noun : str, optional
        The plural of ``by`` for the caption ("speakers").
    note : str
        A sentence added to the caption.
    coverage : (first, last), optional
        The corpus's first and last publication times: a first or last period
        they cover only in part is drawn hatched and named in the caption.
    gaps : pandas.DataFrame, optional
        :func:`analysis.collection_gaps`: periods in which a ``by`` name
        published far below its usual volume are marked with a triangle over
        their bar and named in the caption.

    Returns
    -------
    (matplotlib.figure.Figure, pandas.DataFrame)
        The figure, and the data drawn: ``panel``, ``period``, ``by``, value (long form).

    """
    if all(nothing_over_time(table) for table, _, _ in panels):
        unit = panels[0][2].split(" per ")[0]
        note = (
            f"Nothing to draw over time: there are no dated {unit} to count "
            "(none has a publication date, or none was found)."
        )
        return note_figure(title, note), pd.DataFrame(columns=["panel", "period", by or "total", panels[0][1]])
    panels = [(table, value, label) for table, value, label in panels if not nothing_over_time(table)]
    value0 = panels[0][1]
    names, rule = [None], ""
    if by is not None:
        # The same names in every panel: ranked on the first panel's table.
        top = top_groups(panels[0][0], by, value0, n, noun=noun, unit=panels[0][2].split(" per ")[0])
        names, rule = top.names, top.rule
    span = (min(t["period"].min() for t, _, _ in panels), max(t["period"].max() for t, _, _ in panels))
    span = (span[0], span[1] + period_width(freq) * 0.999)
    shown_events = events_in(events, span)
    parts = [f"Bars stand at the middle of each {period_word(freq)}."]
    if rule:
        parts.append(f"Shown: {rule}.")
    if note:
        parts.append(note)
    partial = partial_periods(coverage, freq)
    if partial:
        parts.append(partial_note(partial, freq))
    if gaps is not None and len(gaps):
        parts.append(_gaps_note(gaps, by or "outlet", freq))
    caption = " ".join(parts)
    key = event_key(shown_events)
    caption = caption + ("\n" + key if key else "")
    pg = page([2.6] * len(panels), title, caption, events=len(shown_events) > 0, legend=by is not None)
    palette = colours(FAMILY.get(by, "outlet"), [nm for nm in names if nm is not None]) if by else {}
    drawn = []
    for ax, (table, value, label) in zip(pg.axes, panels, strict=True):
        data = _with_other(table, by, value, names) if by else table.groupby("period", as_index=False)[value].sum()
        wide = (
            data.pivot_table(index="period", columns=by, values=value, aggfunc="sum", fill_value=0)
            if by
            else (data.set_index("period")[[value]])
        )
        wide = wide.sort_index()
        if by:
            wide = wide.reindex(columns=names, fill_value=0)
        x = middles(wide.index.to_series(), freq)
        width = period_width(freq) * 0.8
        date_axis(ax, span, freq, label=ax is pg.axes[-1])
        bottom = np.zeros(len(wide))
        hatched = np.array([p in partial for p in wide.index])
        for name in wide.columns:
            heights = wide[name].to_numpy(dtype=float)
            bars = ax.bar(x, heights, width=width, bottom=bottom, color=palette.get(name, NEUTRAL), linewidth=0)
            for bar, part in zip(bars, hatched, strict=True):
                if part:  # the edge of the collection: lighter, hatched
                    bar.set_alpha(0.55)
                    bar.set_hatch("////")
                    bar.set_edgecolor("white")
            bottom += heights
        _label_totals(ax, x, bottom, width)
        if gaps is not None and len(gaps) and ax is pg.axes[0]:
            marked = np.array([p in set(gaps["period"]) for p in wide.index])
            ax.plot(np.asarray(x)[marked], bottom[marked] + max(1.0, bottom.max()) * 0.09, "v", color=GAP_COLOUR,
                    markersize=5, linestyle="")  # fmt: skip
        ax.set_ylabel(label)
        ax.set_ylim(0, max(1.0, bottom.max() * 1.15))
        if ax is not pg.axes[-1]:
            ax.tick_params(labelbottom=False)
        long = wide.reset_index().melt(id_vars="period", var_name=by or "series", value_name="value")
        long.insert(0, "panel", label)
        drawn.append(long)
    if shown_events is not None and len(shown_events):
        draw_events(pg.band, pg.axes, shown_events)
    if by:
        handles = [Patch(color=palette[nm]) for nm in names]
        legend(pg, handles, names, by)
    return pg.fig, pd.concat(drawn, ignore_index=True)


GAP_COLOUR = "#c0392b"
#: Gaps named in a caption; the rest are counted.
_GAPS_NAMED = 4


def _gaps_note(gaps: pd.DataFrame, by: str, freq: str) -> str:
    """The caption's sentence on collection gaps: the first few named, with their count against the usual."""
    from analysis.trends.coverage import GAP_SHARE
    from analysis.viz.timeaxis import period_name

    named = [
        f"{row[by]} in {period_name(row['period'], freq)} ({row['n_articles']:,} against a usual {row['usual']:g})"
        for _, row in gaps.head(_GAPS_NAMED).iterrows()
    ]
    more = f"; and {len(gaps) - _GAPS_NAMED:,} more" if len(gaps) > _GAPS_NAMED else ""
    return (
        f"▼ marks a collection gap, a {period_word(freq)} in which {'an' if by[:1] in 'aeiou' else 'a'} {by} "
        f"published under "
        f"{GAP_SHARE:.0%} of its usual (median) volume: " + "; ".join(named) + more + "."
    )


def _with_other(table: pd.DataFrame, by: str, value: str, names: list[str]) -> pd.DataFrame:
    """``table`` with names outside ``names`` summed per period as "other"."""
    data = table[["period", by, value]].copy()
    data[by] = data[by].astype(str)
    data.loc[~data[by].isin(names), by] = "other"
    return data.groupby(["period", by], as_index=False, observed=True)[value].sum()


def _label_totals(ax, x: pd.Series, totals: np.ndarray, width: pd.Timedelta) -> None:
    """The total above each bar, when bars are wide enough for the widest label not to touch its neighbours."""
    axes_width_points = ax.get_position().width * ax.figure.get_figwidth() * 72
    lo, hi = ax.get_xlim()
    bar_points = axes_width_points * (width / pd.Timedelta(days=1)) / max(hi - lo, 1.0)
    digits = len(f"{int(totals.max()):,}") if len(totals) else 1
    if bar_points < max(_LABEL_MIN_POINTS, digits * _DIGIT_POINTS + 3) or len(x) == 0:
        return
    for xi, total in zip(x, totals, strict=True):
        if total > 0:
            ax.annotate(f"{int(total):,}", (xi, total), xytext=(0, 2), textcoords="offset points",
                        ha="center", va="bottom", fontsize=7, color="#333333",
                        bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"})  # fmt: skip

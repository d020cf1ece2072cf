"""Date axes: periods drawn at their middle, month ticks, and key events in a band of their own."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd

from analysis.trends.periods import normalise_freq, period_middle
from analysis.viz.style import NEUTRAL

#: Words for the period lengths, for axis labels and captions.
PERIOD_WORDS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
#: Events closer than this share of the time axis go on the band's next row.
_EVENT_SPACING = 0.035
_EVENT_ROWS = 3
#: Inches a month tick label ("Oct 2021") needs, with a gap.
_TICK_INCHES = 0.75


def naive(dates) -> pd.Series:
    """Datetimes as UTC without a time zone (matplotlib's date axis)."""
    dates = pd.to_datetime(pd.Series(dates))
    return dates.dt.tz_convert(None) if dates.dt.tz is not None else dates


def middles(periods, freq: str) -> pd.Series:
    """Where each period is drawn: its middle."""
    return period_middle(naive(periods).reset_index(drop=True), freq)


def period_width(freq: str) -> pd.Timedelta:
    """The typical length of a period (a month is 30.4 days), for bar widths."""
    return {"D": pd.Timedelta(days=1), "W": pd.Timedelta(days=7), "M": pd.Timedelta(days=30.44),
            "Q": pd.Timedelta(days=91.3), "Y": pd.Timedelta(days=365.25)}[normalise_freq(freq)]  # fmt: skip


def partial_periods(
    coverage: tuple[pd.Timestamp, pd.Timestamp] | None, freq: str
) -> dict[pd.Timestamp, tuple[float, float]]:
    """The first and last periods the data cover only in part: ``{period start: (days covered, days in period)}``.

    ``coverage`` is the first and last publication time of the corpus. A period
    counts as partial when the data begin at least a day after it starts, or end
    at least a day before it ends: its bar would look like a fall in coverage.
    """
    from analysis.trends.periods import period_start

    if coverage is None or any(pd.isna(t) for t in coverage) or normalise_freq(freq) == "D":
        return {}
    first, last = (naive([t]).iloc[0].normalize() for t in coverage)
    day = pd.Timedelta(days=1)

    def bounds(stamp: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp]:
        start = period_start(pd.Series([stamp]), freq).iloc[0]
        return start, period_start(pd.Series([start + period_width(freq) * 1.02]), freq).iloc[0]

    (start_a, end_a), (start_b, end_b) = bounds(first), bounds(last)
    if start_a == start_b:  # one period holds the whole corpus
        spans = {start_a: ((last + day - first) / day, (end_a - start_a) / day)}
    else:
        spans = {start_a: ((end_a - first) / day, (end_a - start_a) / day)}
        spans[start_b] = ((last + day - start_b) / day, (end_b - start_b) / day)
    return {start: (covered, days) for start, (covered, days) in spans.items() if days - covered >= 1}


def partial_note(partial: dict[pd.Timestamp, tuple[float, float]], freq: str) -> str:
    """A caption sentence naming the partial periods, drawn hatched."""
    if not partial:
        return ""
    word = period_word(freq)
    parts = [
        f"{start:%d %b %Y} ({covered:.0f} of {days:.0f} days)" for start, (covered, days) in sorted(partial.items())
    ]
    return (
        f"Hatched: the {word}{'s' if len(parts) > 1 else ''} the corpus covers only in part, starting "
        + " and ".join(parts)
        + "; a low bar there is the edge of the collection, not a fall."
    )


def period_word(freq: str) -> str:
    """The word for a period alias: "week", "month", …."""
    return PERIOD_WORDS[normalise_freq(freq)]


def period_name(start: pd.Timestamp, freq: str, short: bool = False) -> str:
    """A period in words from its start: "3 Mar 2022", "the week of 7 Mar 2022", "Mar 2022", "2022 Q1", "1967".

    ``short``: a day or week as "7 Mar", for a tick label under an axis that says the year.
    """
    start = pd.Timestamp(start)
    kind = normalise_freq(freq)[:1]
    if short and kind in ("W", "D"):
        return f"{start.day} {start:%b}"
    if kind == "W":
        return f"the week of {start.day} {start:%b %Y}"
    if kind == "M":
        return f"{start:%b %Y}"
    if kind == "Q":
        return f"{start.year} Q{start.quarter}"
    if kind in ("Y", "A"):
        return f"{start.year}"
    return f"{start.day} {start:%b %Y}"


def date_axis(ax, span: tuple[pd.Timestamp, pd.Timestamp], freq: str, label: bool = True) -> None:
    """Month or year ticks as many as the panel's width holds, limits a half period beyond the data, the label."""
    lo, hi = (naive([t]).iloc[0] for t in span)
    pad = period_width(freq) * 0.6
    ax.set_xlim(lo - pad, hi + pad)
    width_in = ax.get_position().width * ax.figure.get_figwidth()
    room = max(2, int(width_in / _TICK_INCHES))  # labels such as "Oct 2021" the panel can hold
    months = max(1, (hi.year - lo.year) * 12 + hi.month - lo.month + 1)
    step = next((s for s in (1, 2, 3, 4, 6, 12) if months / s <= room), None)
    if step is None:
        years = max(1, hi.year - lo.year + 1)
        bases = (1, 2, 5, 10, 20, 50, 100, 200, 500)  # two centuries of speeches need ticks every 50 years
        ax.xaxis.set_major_locator(mdates.YearLocator(base=next((b for b in bases if years / b <= room), 1000)))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    else:
        ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=range(1, 13, step) if step in (1, 2, 3, 4, 6) else (1,)))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    if label:
        ax.set_xlabel(f"{period_word(freq)} (each mark stands at the middle of its {period_word(freq)}; UTC)")


def events_in(events: pd.DataFrame | None, span: tuple[pd.Timestamp, pd.Timestamp]) -> pd.DataFrame:
    """The events within the span (inclusive), sorted; an empty table when there are none."""
    if events is None or len(events) == 0:
        return pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"), "label": pd.Series(dtype="string")})
    lo, hi = (naive([t]).iloc[0] for t in span)
    dates = naive(events["date"])
    keep = (dates >= lo.normalize()) & (dates <= hi)
    out = events[keep.to_numpy()].copy()
    out["date"] = dates[keep.to_numpy()].to_numpy()
    return out.sort_values("date", kind="stable").reset_index(drop=True)


def event_key(events: pd.DataFrame) -> str:
    """The numbered list of events for a caption ("Events: 1 Talks in Paris (12 Nov 2021); …")."""
    keys = [f"{k} {row.label} ({row.date:%d %b %Y})" for k, row in enumerate(events.itertuples(), start=1)]
    return "Events: " + "; ".join(keys) + "." if keys else ""


def draw_events(bands, axes: list, events: pd.DataFrame) -> None:
    """Number the events in the band above each column of panels and draw their lines on the panels.

    ``bands`` is one band axes, or a list of them (one per column of a grid).
    Events close together go on the band's next row; beyond three rows a number
    is left out of the band (the line stays, and the caption lists every event).
    """
    bands = bands if isinstance(bands, list) else [bands]
    for ax in axes:
        for row in events.itertuples():
            ax.axvline(row.date, color=NEUTRAL, linestyle="--", linewidth=0.7, alpha=0.6, zorder=0)
    for column, band in enumerate(bands):
        band.set_axis_off()
        band.set_ylim(0, _EVENT_ROWS)
        lo, hi = axes[column].get_xlim()
        span = max(hi - lo, 1.0)
        last_x = [-float("inf")] * _EVENT_ROWS
        for k, row in enumerate(events.itertuples(), start=1):
            x = mdates.date2num(row.date)
            slot = next((r for r in range(_EVENT_ROWS) if (x - last_x[r]) / span >= _EVENT_SPACING), None)
            if slot is not None:
                last_x[slot] = x
                band.plot([x], [slot + 0.35], marker="v", color=NEUTRAL, markersize=4)
                band.text(x, slot + 0.55, str(k), ha="center", va="bottom", fontsize=7, color="#333333")
        band.set_xlim(lo, hi)


#: The most periods a chart over time draws; a finer period length is replaced by the next coarser one.
MAX_PERIODS = 160
_COARSER = ("D", "W", "M", "Q", "Y")


def readable_freq(published: pd.Series, freq: str = "W", max_periods: int = MAX_PERIODS) -> str:
    """``freq``, or the first coarser period length that draws at most ``max_periods`` periods over the dates.

    Weekly bars over two centuries of speeches are too thin to see: such a
    corpus is drawn by month, quarter or year instead. ``freq`` comes back as
    given when it already fits (or the corpus has no dates); a year is the
    coarsest length.
    """
    dates = naive(pd.Series(published).dropna())
    if dates.empty:
        return freq
    wanted = normalise_freq(freq)
    for alias in _COARSER[_COARSER.index(wanted) :]:
        if (dates.max() - dates.min()) / period_width(alias) < max_periods:
            return freq if alias == wanted else alias
    return "Y"

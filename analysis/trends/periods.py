"""Period binning shared by every time series, with empty periods filled in.

Frequency, tone and keyword trends all bin dates with :func:`period_start` and
complete the grid with :func:`complete_periods`, so their time axes line up and a
period without coverage shows as zero rather than vanishing.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

#: Spellings of the period lengths users write, and the period alias each means.
FREQ_ALIASES: dict[str, str] = {
    **dict.fromkeys(["d", "day", "days", "daily", "1d"], "D"),
    **dict.fromkeys(["w", "week", "weeks", "weekly", "w-mon", "w-sun", "1w"], "W"),
    **dict.fromkeys(["m", "month", "months", "monthly", "me", "ms", "1m", "bm", "bms"], "M"),
    **dict.fromkeys(["q", "quarter", "quarters", "quarterly", "qe", "qs", "q-dec"], "Q"),
    **dict.fromkeys(["y", "year", "years", "yearly", "annual", "a", "ye", "ys", "as", "ae"], "Y"),
}


def normalise_freq(freq: str) -> str:
    """The period alias (``D``, ``W``, ``M``, ``Q``, ``Y``) a spelling of a period length means.

    Accepts the words (``"week"``, ``"weekly"``, ``"month"``) and pandas' aliases
    old and new (``"W"``, ``"M"``, ``"ME"``, ``"MS"``, ``"Q"``, ``"QS"``, ``"Y"``, ``"A"``), in any case.

    Raises
    ------
    ValueError
        For anything else; the message lists what works.

    """
    key = str(freq).strip().lower()
    if key not in FREQ_ALIASES:
        raise ValueError(
            f"freq={freq!r} is not a period length; use 'day', 'week', 'month', 'quarter' or 'year' "
            "(or pandas' aliases D, W, M, ME, MS, Q, QS, Y, A)"
        )
    return FREQ_ALIASES[key]


def period_start(dates: pd.Series, freq: str = "W") -> pd.Series:
    """The start of the period (UTC, tz-naive) each date falls in.

    Parameters
    ----------
    dates : pandas.Series
        Datetimes, tz-aware (converted to UTC) or naive (taken as UTC).
    freq : str
        A pandas period alias: ``"D"``, ``"W"`` (weeks starting Monday), ``"M"``, ``"Q"``, ``"Y"``.

    """
    values = pd.to_datetime(dates, utc=True).dt.tz_convert(None)
    return values.dt.to_period(normalise_freq(freq)).dt.start_time.rename("period")


def period_middle(starts: pd.Series, freq: str = "W") -> pd.Series:
    """The middle of each period that starts at ``starts`` (where a bar or point for the period stands)."""
    alias = normalise_freq(freq)
    starts = pd.to_datetime(starts)
    if starts.dt.tz is not None:
        starts = starts.dt.tz_convert(None)
    ends = starts.dt.to_period(alias).dt.end_time + pd.Timedelta(1, "ns")  # end_time is the period's last instant
    return starts + (ends - starts) / 2


def period_range(start: pd.Timestamp, end: pd.Timestamp, freq: str = "W") -> pd.DatetimeIndex:
    """Every period start from the period of ``start`` to that of ``end``."""
    freq = normalise_freq(freq)
    start, end = (pd.Timestamp(t).tz_convert(None) if pd.Timestamp(t).tzinfo else pd.Timestamp(t) for t in (start, end))
    periods = pd.period_range(start.to_period(freq), end.to_period(freq), freq=freq)
    return periods.start_time.rename("period")


def complete_periods(
    frame: pd.DataFrame,
    by: Sequence[str] = (),
    freq: str = "W",
    fill: dict[str, object] | None = None,
    span: tuple[pd.Timestamp, pd.Timestamp] | None = None,
) -> pd.DataFrame:
    """Add the missing (period, group) rows to a long table of counts.

    Parameters
    ----------
    frame : pandas.DataFrame
        Has a ``period`` column and the ``by`` columns.
    by : sequence of str
        Group columns; every group gets every period.
    freq : str
        The period alias used to make ``period``.
    fill : dict
        Values for the added rows per column (default 0 for every other column).
    span : (start, end), optional
        The time range to cover; default the range of ``frame["period"]``.

    Returns
    -------
    pandas.DataFrame
        Sorted by ``by`` then ``period``.

    """
    by = list(by)
    if span is not None and (pd.isna(span[0]) or pd.isna(span[1])):
        span = None  # a corpus without dates has no time range: only the periods the data has
    if span is None:
        if frame.empty or frame["period"].isna().all():
            return frame
        span = (frame["period"].min(), frame["period"].max())
    periods = period_range(span[0], span[1], freq)
    groups = frame[by].drop_duplicates() if by else pd.DataFrame(index=[0])
    grid = groups.merge(pd.DataFrame({"period": periods}), how="cross")
    out = grid.merge(frame, on=[*by, "period"], how="left")
    values = [c for c in frame.columns if c not in {*by, "period"}]
    for column in values:
        default = (fill or {}).get(column, 0)
        if out[column].isna().any():
            out[column] = out[column].fillna(default)
        if pd.api.types.is_float_dtype(out[column]) and pd.api.types.is_integer_dtype(frame[column]):
            out[column] = out[column].astype(frame[column].dtype)
    return out.sort_values([*by, "period"], kind="stable").reset_index(drop=True)[[*by, "period", *values]]

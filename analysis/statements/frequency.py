"""Statements per period: how often who said something."""

from __future__ import annotations

import pandas as pd

from analysis.arguments import column_list, require_columns
from analysis.trends.periods import complete_periods, period_start


def statement_frequency(
    statements: pd.DataFrame,
    freq: str = "W",
    by: str | tuple[str, ...] | list[str] = ("speaker",),
    distinct: bool = False,
    locations: tuple[str, ...] = ("body",),
    span: tuple[pd.Timestamp, pd.Timestamp] | None = None,
) -> pd.DataFrame:
    """Statements per period, in long form, with empty periods as zeros.

    Parameters
    ----------
    statements : pandas.DataFrame
        As returned by :func:`extract_statements`.
    freq : str
        Period alias (``"D"``, ``"W"``, ``"M"``).
    by : sequence of str
        Columns to break the counts down by (``speaker``, ``outlet``, ``kind``…).
    distinct : bool
        Count distinct statements (echo groups, each in the period it was first
        reported) instead of reports.
    locations : tuple of str
        Which statements count: ``("body",)`` leaves out headlines, which
        restate the body; add ``"title"`` to count them.
    span : (start, end), optional
        Time range to cover (default: the statements' own range); pass the
        corpus range so that frequencies line up with coverage volume.

    Returns
    -------
    pandas.DataFrame
        ``period``, the ``by`` columns, ``n_statements`` and ``n_articles``
        (articles with at least one such statement).

    """
    by = column_list(by)
    require_columns(
        statements,
        ["location", "published", "statement_id", "doc_id", *by],
        "statement_frequency",
        "analysis.extract_statements(articles)",
    )
    data = statements[statements["location"].isin(locations) & statements["published"].notna()].copy()
    if distinct:
        data = data.sort_values(["published", "statement_id"]).drop_duplicates("statement_group")
        data["published"] = data["first_reported"]
    data["period"] = period_start(data["published"], freq)
    counts = (
        data.groupby([*by, "period"], observed=True)
        .agg(n_statements=("statement_id", "size"), n_articles=("doc_id", "nunique"))
        .reset_index()
        .astype({"n_statements": "int64", "n_articles": "int64"})
    )
    if span is not None:
        span = (period_start(pd.Series([span[0]]), freq).iloc[0], period_start(pd.Series([span[1]]), freq).iloc[0])
    out = complete_periods(counts, by, freq, span=span)
    return out[["period", *by, "n_statements", "n_articles"]]


def statement_kinds(
    statements: pd.DataFrame, n: int | None = None, locations: tuple[str, ...] = ("body",)
) -> pd.DataFrame:
    """Statements per speaker and kind (``direct``, ``partial``, ``reported``, …) with an ``all`` row and column.

    The ``n`` speakers with the most statements first, after the ``all`` row;
    an empty table with those columns when there are no statements.
    """
    require_columns(
        statements, ["speaker", "kind", "location"], "statement_kinds", "analysis.extract_statements(articles)"
    )
    body = statements[statements["location"].isin(locations)]
    if body.empty:
        return pd.DataFrame(columns=["all"], dtype="int64").rename_axis(index="speaker", columns="kind")
    counts = pd.crosstab(body["speaker"], body["kind"], margins=True, margins_name="all")
    counts = counts.sort_values("all", ascending=False)
    return counts if n is None else counts.head(n + 1)

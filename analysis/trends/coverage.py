"""Coverage per period: how many articles each outlet (or other group) published, and its share."""

from __future__ import annotations

import pandas as pd

from analysis.arguments import column_list, require_columns
from analysis.trends.periods import complete_periods, period_start


def coverage_volume(
    articles: pd.DataFrame, freq: str = "W", by: str | tuple[str, ...] | list[str] = ("outlet",)
) -> pd.DataFrame:
    """Articles per period (and per ``by`` group), with each group's share of the period's coverage.

    Returns
    -------
    pandas.DataFrame
        ``period``, the ``by`` columns, ``n_articles``, ``n_total`` (all
        articles in the period) and ``share`` (``n_articles / n_total``, NA when
        the period has no articles).

    """
    by = column_list(by)
    require_columns(articles, ["published", *by], "coverage_volume", "analysis.load_articles(corpus)", chosen=by)
    data = articles[articles["published"].notna()].reset_index()
    data["period"] = period_start(data["published"], freq)
    for column in by:
        data[column] = data[column].fillna("(unknown)")
    counts = data.groupby([*by, "period"]).size().rename("n_articles").reset_index()
    out = complete_periods(counts, by, freq)
    totals = out.groupby("period")["n_articles"].transform("sum")
    out["n_total"] = totals.astype("int64")
    out["share"] = (out["n_articles"] / totals.where(totals > 0)).astype("Float64")
    return out[["period", *by, "n_articles", "n_total", "share"]]

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


#: A period with fewer than this share of an outlet's usual articles is a collection gap.
GAP_SHARE = 1 / 3
#: An outlet's usual volume must be at least this for a fall to count as a gap (below, it is noise).
GAP_MIN_USUAL = 10


def collection_gaps(
    volume: pd.DataFrame, by: str = "outlet", share: float = GAP_SHARE, min_usual: int = GAP_MIN_USUAL
) -> pd.DataFrame:
    """Periods in which an outlet published far fewer articles than it usually does: gaps in the collection.

    An outlet's usual volume is its median per period between its first and
    last article; a period inside that span (not the first or last, which the
    collection may cover only in part) with fewer than ``share`` of it is a
    gap. Outlets that usually publish fewer than ``min_usual`` articles a
    period are left out: their counts vary too much to tell.

    Parameters
    ----------
    volume : pandas.DataFrame
        :func:`coverage_volume` by ``by``.
    by : str
        The column of sources.
    share : float
        A period below this share of the usual volume is a gap.
    min_usual : int
        Sources that usually publish fewer articles a period are left out.

    Returns
    -------
    pandas.DataFrame
        ``period``, ``by``, ``n_articles`` and ``usual`` (the outlet's median), by period then name.

    """
    require_columns(volume, ["period", by, "n_articles"], "collection_gaps", "analysis.coverage_volume(articles)")
    rows = []
    for name, part in volume.groupby(by, observed=True, sort=True):
        part = part.sort_values("period")
        active = part.loc[part["n_articles"].gt(0).cummax() & part["n_articles"][::-1].gt(0).cummax()[::-1]]
        if len(active) < 3:
            continue
        usual = float(active["n_articles"].median())
        inside = active.iloc[1:-1]
        low = inside[inside["n_articles"] < share * usual]
        if usual >= min_usual:
            rows += [(p, str(name), int(n), usual) for p, n in zip(low["period"], low["n_articles"], strict=True)]
    out = pd.DataFrame(rows, columns=["period", by, "n_articles", "usual"])
    return out.sort_values(["period", by], kind="stable").reset_index(drop=True)

"""Sources apart: the top outlets with the rest as "other", and how far each period's mix of sources moves.

A pooled line over a corpus of several outlets mixes two things: what each
outlet says and how much each outlet published that period. When one outlet
is quiet for a week, the pooled tone or attention moves toward the others'
even if none of them changed. :func:`source_labels` cuts the outlets to the top
few (the rest as "other") so that figures can draw one panel per source, and
:func:`mix_shift` measures, for each period, how far the mix of sources stands
from the corpus's: the total variation distance between the two shares, the
share of articles that would have to move from one source to another to make
them equal (0: the same mix, 1: no source in common).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.arguments import require_columns
from analysis.trends.periods import period_start

OTHER = "other"
#: Sources a by-source figure draws by default (the rest are "other").
TOP_SOURCES = 5
#: A period's mix this far from the corpus's (total variation distance) makes a pooled line misleading.
MIX_SHIFT = 0.2
#: Periods with fewer articles are left out of the mix note (their mix is noise).
MIN_MIX_ARTICLES = 10


def source_labels(frame: pd.DataFrame, by: str = "outlet", n: int = TOP_SOURCES) -> pd.Series:
    """Each row's source, the ``n`` sources with the most rows kept and the rest as "other".

    Ties are broken by name, so the labels are the same on every run. A missing
    source reads "(unknown)".
    """
    require_columns(frame, [by], "source_labels", "analysis.load_articles(...)", chosen=[by])
    values = frame[by].astype(object).where(frame[by].notna(), "(unknown)").astype(str)
    counts = values.value_counts()
    order = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    kept = {name for name, _ in order[:n]}
    return values.where(values.isin(kept), OTHER).rename(by)


def mix_shift(articles: pd.DataFrame, freq: str = "W", by: str = "outlet", n: int = TOP_SOURCES) -> pd.DataFrame:
    """How far each period's mix of sources stands from the corpus's.

    Parameters
    ----------
    articles : pandas.DataFrame
        Needs ``published`` and ``by``.
    freq : str
        Period alias.
    by : str
        The source column.
    n : int
        Sources kept apart (see :func:`source_labels`); the rest count as one, "other".

    Returns
    -------
    pandas.DataFrame
        One row per period with articles: ``period``, ``n_articles``,
        ``distance`` (total variation distance between the period's shares of
        sources and the corpus's, 0–1), and the source whose share differs most
        (``source``) with its ``share`` in the period and ``overall_share``.

    """
    require_columns(articles, ["published", by], "mix_shift", "analysis.load_articles(...)", chosen=[by])
    data = pd.DataFrame({"source": source_labels(articles, by, n), "period": period_start(articles["published"], freq)})
    data = data.dropna(subset=["period"])
    columns = ["period", "n_articles", "distance", "source", "share", "overall_share"]
    if data.empty:
        return pd.DataFrame(columns=columns)
    table = pd.crosstab(data["period"], data["source"]).sort_index()
    overall = table.sum() / table.to_numpy().sum()
    shares = table.div(table.sum(axis=1), axis=0)
    gaps = shares - overall
    distance = gaps.abs().sum(axis=1) / 2
    worst = gaps.abs().to_numpy().argmax(axis=1)
    sources = np.asarray(table.columns)[worst]
    out = pd.DataFrame(
        {
            "period": table.index,
            "n_articles": table.sum(axis=1).to_numpy(),
            "distance": distance.to_numpy(),
            "source": sources,
            "share": shares.to_numpy()[np.arange(len(table)), worst],
            "overall_share": overall.reindex(sources).to_numpy(),
        }
    )
    return out[columns].reset_index(drop=True)

"""Keyness between two sides of a corpus: one outlet against another, before against after a date.

Both directions in one table (quanteda's ``textplot_keyness``): the words that
side A uses more than side B and those B uses more than A, by weighted log-odds
(:func:`analysis.trends.keyness.keyness`), with each side's counts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.trends.keyness import keyness


@dataclass(frozen=True)
class Sides:
    """Two sides of a corpus: a label and the articles (``doc_id``) of each, and how they were chosen."""

    label_a: str
    docs_a: frozenset
    label_b: str
    docs_b: frozenset
    how: str


def split_sides(articles: pd.DataFrame, events: pd.DataFrame | None = None, at=None, outlets=None) -> Sides | None:
    """Two sides to compare, by the first rule that applies.

    - ``outlets=(a, b)``: those two outlets;
    - ``at``: before and after a date (an event's, or any);
    - otherwise the two outlets with the most articles, when there are two;
    - otherwise before and after the first event inside the corpus's dates;
    - otherwise the first and second half of the corpus by date.

    ``None`` when no rule gives two non-empty sides.
    """
    published = pd.to_datetime(articles["published"], utc=True) if "published" in articles else None
    counts = articles["outlet"].value_counts() if "outlet" in articles else pd.Series(dtype=int)
    if outlets is not None:
        a, b = outlets
        return _by_outlet(articles, a, b, "chosen outlets")
    if at is None and len(counts) >= 2:
        return _by_outlet(articles, counts.index[0], counts.index[1], "the two outlets with the most articles")
    if published is None or published.notna().sum() < 2:
        return None
    how = "the date given"
    if at is None and events is not None and len(events):
        dates = pd.to_datetime(events["date"], utc=True)
        inside = dates[(dates > published.min()) & (dates < published.max())].sort_values()
        if len(inside):
            at, how = inside.iloc[0], f"the first event ({events.loc[inside.index[0], 'label']})"
    if at is None:
        at, how = published.sort_values().iloc[published.notna().sum() // 2], "the middle of the corpus by date"
    at = pd.Timestamp(at)
    at = at.tz_localize("UTC") if at.tzinfo is None else at
    before, after = articles.index[published < at], articles.index[published >= at]
    if not len(before) or not len(after):
        return None
    return Sides(f"before {at:%d %b %Y}", frozenset(before), f"from {at:%d %b %Y}", frozenset(after), how)


def _by_outlet(articles: pd.DataFrame, a: str, b: str, how: str) -> Sides | None:
    docs_a = frozenset(articles.index[articles["outlet"] == a])
    docs_b = frozenset(articles.index[articles["outlet"] == b])
    return Sides(str(a), docs_a, str(b), docs_b, how) if docs_a and docs_b else None


def keyness_between(tokens: pd.DataFrame, sides: Sides, n: int = 15, term_col: str = "lower") -> pd.DataFrame:
    """The ``n`` words each side uses most more than the other, both directions in one table.

    Returns
    -------
    pandas.DataFrame
        ``side`` (the label of the side that uses the word more), ``rank``,
        ``term``, ``count_a``, ``count_b`` (occurrences on each side), ``z``
        (positive: side A; negative: side B); A's words first, most distinctive
        first, then B's. Empty when a side has no words.

    """
    doc = tokens["doc_id"]
    in_a, in_b = doc.isin(sides.docs_a).to_numpy(), doc.isin(sides.docs_b).to_numpy()
    columns = ["side", "rank", "term", "count_a", "count_b", "z"]
    if not in_a.any() or not in_b.any():
        return pd.DataFrame(columns=columns)
    table = keyness(tokens, pd.Series(in_a, index=tokens.index), pd.Series(in_b, index=tokens.index), term_col)
    table = table.rename(columns={"count_target": "count_a", "count_reference": "count_b"})
    table = table[np.isfinite(table["z"])]
    a = table[table["z"] > 0].head(n).assign(side=sides.label_a)
    b = table[table["z"] < 0].sort_values(["z", "term"], kind="stable").head(n).assign(side=sides.label_b)
    out = pd.concat([a, b], ignore_index=True)
    out["rank"] = out.groupby("side", sort=False).cumcount() + 1
    return out[columns].reset_index(drop=True)

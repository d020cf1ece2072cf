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
from analysis.trends.phrases import phrase_tokens


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


def keyness_between(
    tokens: pd.DataFrame, sides: Sides, n: int = 15, term_col: str = "lower", phrases: bool = True
) -> pd.DataFrame:
    """The ``n`` words and phrases each side uses most more than the other, both directions in one table.

    With ``phrases`` (the default), recurring two- and three-word phrases
    ("special military operation", see :func:`analysis.trends.phrases.phrase_tokens`)
    compete with single words: each unit's keyness is computed among units of
    its kind, and the two lists are merged by z.

    Returns
    -------
    pandas.DataFrame
        ``side`` (the label of the side that uses the term more), ``rank``,
        ``term``, ``unit`` (``word`` or ``phrase``), ``count_a``, ``count_b``
        (occurrences on each side), ``z`` (positive: side A; negative: side B);
        A's terms first, most distinctive first, then B's. Empty when a side has no words.

    """
    doc = tokens["doc_id"]
    in_a, in_b = doc.isin(sides.docs_a).to_numpy(), doc.isin(sides.docs_b).to_numpy()
    columns = ["side", "rank", "term", "unit", "count_a", "count_b", "z"]
    if not in_a.any() or not in_b.any():
        return pd.DataFrame(columns=columns)
    tables = [_sided_keyness(tokens, in_a, in_b, term_col).assign(unit="word")]
    if phrases:
        grams = phrase_tokens(tokens[in_a | in_b], term_col=term_col)
        g_doc = grams["doc_id"]
        g_a, g_b = g_doc.isin(sides.docs_a).to_numpy(), g_doc.isin(sides.docs_b).to_numpy()
        if g_a.any() and g_b.any():
            tables.append(_sided_keyness(grams, g_a, g_b, term_col).assign(unit="phrase"))
    table = pd.concat(tables, ignore_index=True)
    a = table[table["z"] > 0].sort_values(["z", "term"], ascending=[False, True], kind="stable").head(n)
    b = table[table["z"] < 0].sort_values(["z", "term"], kind="stable").head(n)
    out = pd.concat([a.assign(side=sides.label_a), b.assign(side=sides.label_b)], ignore_index=True)
    out["rank"] = out.groupby("side", sort=False).cumcount() + 1
    return out[columns].reset_index(drop=True)


def _sided_keyness(tokens: pd.DataFrame, in_a: np.ndarray, in_b: np.ndarray, term_col: str) -> pd.DataFrame:
    table = keyness(tokens, pd.Series(in_a, index=tokens.index), pd.Series(in_b, index=tokens.index), term_col)
    table = table.rename(columns={"count_target": "count_a", "count_reference": "count_b"})
    table["term"] = table["term"].astype(str)
    return table[np.isfinite(table["z"])]


def speaker_sides(statements: pd.DataFrame, speaker: str, locations: tuple[str, ...] = ("body",)):
    """One speaker's quoted words against everyone else's: the tokens of the statements and the two sides.

    Each statement is a document of its own (its ``statement_id``), so
    :func:`keyness_between` on the result gives the words and phrases the
    speaker uses more than the other speakers, and the other way round.

    Returns
    -------
    (pandas.DataFrame, Sides) or None
        The statements' tokens and the sides; ``None`` when the speaker or the
        others have no statement.

    """
    from analysis.text.tokens import tokenize

    data = statements[statements["location"].isin(locations)] if "location" in statements else statements
    data = data[data["quote"].notna()]
    mine = data["speaker"].astype(str) == str(speaker)
    if not mine.any() or mine.all():
        return None
    frame = pd.DataFrame(
        {"text": data["quote"].astype(str).to_numpy(), "outlet": data["outlet"].to_numpy()},
        index=pd.Index(data["statement_id"].astype(str).to_numpy(), name="doc_id"),
    )
    tokens = tokenize(frame, fields="text", by_sentence=False)
    ids = frame.index.to_numpy()
    sides = Sides(
        str(speaker), frozenset(ids[mine.to_numpy()]), "everyone else", frozenset(ids[~mine.to_numpy()]),
        f"the quoted words of {speaker} against every other speaker's",
    )  # fmt: skip
    return tokens, sides

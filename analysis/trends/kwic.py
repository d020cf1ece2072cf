"""A concordance (keyword in context), as quanteda's ``kwic``."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.text.tokens import TOKEN_RE, field_columns, field_texts
from analysis.trends.keywords import KeywordMatcher

KWIC_COLUMNS = ["doc_id", "field", "position", "start", "end", "left", "keyword", "right"]


def kwic(
    articles: pd.DataFrame,
    pattern: str | Sequence[str],
    window: int = 8,
    fields: str | Sequence[str] | None = None,
) -> pd.DataFrame:
    """A concordance: every match of a term or phrase with its context, as in quanteda's ``kwic``.

    Parameters
    ----------
    articles : pandas.DataFrame
        Indexed by ``doc_id``.
    pattern : str or list of str
        Terms or phrases, with ``*`` wildcards (same rules as keyword groups).
    window : int
        Tokens of context on each side (fewer at the edges of a text).
    fields : str or sequence of str, optional
        The columns read: headline and body (``("title", "text")``) by default.

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``published`` (when the articles have it), ``field``
        (``title`` or ``text``), ``position`` (token number of the match in its
        field), ``start``/``end`` (character offsets of the match in the field),
        ``left``, ``keyword``, ``right``; headline matches before body matches.

    """
    matcher = KeywordMatcher({"pattern": [pattern] if isinstance(pattern, str) else list(pattern)})
    columns = field_columns(articles, fields)
    rows = []
    for doc_id, texts in zip(articles.index, field_texts(articles, columns), strict=True):
        for field, text in zip(columns, texts, strict=True):
            if isinstance(text, str):
                rows.extend(_concordance(doc_id, field, text, matcher, window))
    out = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    out["_field"] = out["field"].map({c: k for k, c in enumerate(columns)})
    out = out.sort_values(["doc_id", "_field", "position"], kind="stable").drop(columns="_field")
    out = out.reset_index(drop=True)
    if "published" in articles.columns:
        published = out["doc_id"].map(articles["published"]) if len(out) else articles["published"].iloc[:0]
        out.insert(1, "published", published.to_numpy())
    return out


def _concordance(doc_id, field: str, text: str, matcher: KeywordMatcher, window: int) -> list[tuple]:
    spans = [m.span() for m in TOKEN_RE.finditer(text)]
    tokens = [text[s:e] for s, e in spans]
    rows = []
    for _, first, length in matcher.find(tokens):
        last = first + length - 1
        lo, hi = max(0, first - window), min(len(spans), last + 1 + window)
        rows.append(
            (
                doc_id,
                field,
                first,
                spans[first][0],
                spans[last][1],
                _flat(text[spans[lo][0] : spans[first][0]]) if first > lo else "",
                _flat(text[spans[first][0] : spans[last][1]]),
                _flat(text[spans[last][1] : spans[hi - 1][1]]) if hi > last + 1 else "",
            )
        )
    return rows


def _flat(text: str) -> str:
    return " ".join(text.split())


def spread_lines(lines: pd.DataFrame, articles: pd.DataFrame, n: int = 15, by: str = "outlet") -> pd.DataFrame:
    """``n`` concordance lines spread across sources: one from each in turn, so no source fills the sample.

    Sources take turns in order of how many lines they have (most first, ties
    by name); each gives its lines in their own order (article, then place in
    the text). The result is the same on every run.

    Parameters
    ----------
    lines : pandas.DataFrame
        :func:`kwic`'s table.
    articles : pandas.DataFrame
        The articles it was made from (for ``by``).
    n : int
        Lines wanted.
    by : str
        The source column of ``articles``.

    Returns
    -------
    pandas.DataFrame
        The lines chosen with ``by`` beside ``doc_id``, in the order taken.

    """
    if by not in articles or lines.empty:
        return lines.head(n)
    source = lines["doc_id"].map(articles[by]).astype(object).fillna("(unknown)").astype(str)
    data = lines.assign(**{by: source.to_numpy()})
    data["_turn"] = data.groupby(by, sort=False).cumcount()
    sizes = data[by].map(data[by].value_counts())
    data = data.assign(_size=-sizes).sort_values(["_turn", "_size", by], kind="stable")
    out = data.head(n).drop(columns=["_turn", "_size"])
    columns = ["doc_id", by, *[c for c in out.columns if c not in ("doc_id", by)]]
    return out[columns].reset_index(drop=True)


def side_concordance(
    articles: pd.DataFrame, between: pd.DataFrame, sides, n: int = 6, window: int = 6, by: str = "outlet"
) -> pd.DataFrame:
    """For each side of a comparison, its most distinctive term in context, lines spread across its sources.

    Parameters
    ----------
    articles : pandas.DataFrame
        The corpus.
    between : pandas.DataFrame
        :func:`analysis.keyness_between`'s table.
    sides : Sides
        The two sides (:func:`analysis.split_sides`).
    n, window : int
        Lines per side and tokens of context.
    by : str
        The source column the lines are spread across.

    Returns
    -------
    pandas.DataFrame
        ``side``, ``term`` and :func:`spread_lines`'s columns.

    """
    parts = []
    for label, docs in ((sides.label_a, sides.docs_a), (sides.label_b, sides.docs_b)):
        terms = between.loc[between["side"] == label, "term"]
        if terms.empty:
            continue
        term = str(terms.iloc[0])
        mine = articles.loc[articles.index.isin(docs)]
        chosen = spread_lines(kwic(mine, term, window=window), mine, n=n, by=by)
        parts.append(chosen.assign(side=label, term=term))
    if not parts:
        return pd.DataFrame(columns=["side", "term", "doc_id", by, "left", "keyword", "right"])
    out = pd.concat(parts, ignore_index=True)
    return out[["side", "term", *[c for c in out.columns if c not in ("side", "term")]]]

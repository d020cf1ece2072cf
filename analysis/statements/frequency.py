"""Statements per period: how often who said something."""

from __future__ import annotations

import pandas as pd

from analysis.arguments import column_list, require_columns
from analysis.statements.columns import SPEAKER_CHOICES
from analysis.trends.periods import complete_periods, period_start


def statement_frequency(
    statements: pd.DataFrame,
    freq: str = "W",
    by: str | tuple[str, ...] | list[str] = ("speaker",),
    distinct: bool = False,
    locations: tuple[str, ...] = ("body",),
    span: tuple[pd.Timestamp, pd.Timestamp] | None = None,
    speakers: str = "named",
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
    speakers : str
        When counting by ``speaker``, which speakers count: ``"named"`` (people
        and organisations, the default), ``"people"``, ``"unnamed"`` (groups
        such as "officials", documents, questioners; see
        :func:`unnamed_sources`) or ``"all"``. Counts not broken down by
        speaker count every statement.

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
        chosen=by,
    )
    keep = statements["location"].isin(locations) & statements["published"].notna()
    if "speaker" in by:
        keep &= _of_speakers(statements, speakers, "statement_frequency")
    data = statements[keep].copy()
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
    statements: pd.DataFrame, n: int | None = None, locations: tuple[str, ...] = ("body",), speakers: str = "named"
) -> pd.DataFrame:
    """Statements per speaker and kind (``direct``, ``partial``, ``reported``, …) with an ``all`` row and column.

    The ``n`` speakers with the most statements first, after the ``all`` row;
    an empty table with those columns when there are no statements. ``speakers``
    chooses which speakers count, as for :func:`statement_frequency` (named
    people and organisations by default).
    """
    require_columns(
        statements, ["speaker", "kind", "location"], "statement_kinds", "analysis.extract_statements(articles)"
    )
    body = statements[statements["location"].isin(locations) & _of_speakers(statements, speakers, "statement_kinds")]
    if body.empty:
        return pd.DataFrame(columns=["all"], dtype="int64").rename_axis(index="speaker", columns="kind")
    counts = pd.crosstab(body["speaker"], body["kind"], margins=True, margins_name="all")
    counts = counts.sort_values("all", ascending=False)
    return counts if n is None else counts.head(n + 1)


def unnamed_sources(
    statements: pd.DataFrame, n: int | None = 20, locations: tuple[str, ...] = ("body",)
) -> pd.DataFrame:
    """The sources without a name, apart from the named speakers: "officials", "experts", "a report", questioners.

    Returns
    -------
    pandas.DataFrame
        One row per unnamed source (the ``n`` most quoted, all when ``n`` is
        ``None``): ``speaker``, ``speaker_type``, ``n_statements``,
        ``n_articles``, ``n_outlets`` and ``share`` (of all statements in
        ``locations``), most statements first.

    """
    require_columns(
        statements,
        ["speaker", "speaker_type", "location", "doc_id", "outlet"],
        "unnamed_sources",
        "analysis.extract_statements(articles)",
    )
    located = statements[statements["location"].isin(locations)]
    unnamed = located[_of_speakers(located, "unnamed", "unnamed_sources")]
    table = (
        unnamed.groupby(["speaker", "speaker_type"], observed=True)
        .agg(n_statements=("doc_id", "size"), n_articles=("doc_id", "nunique"), n_outlets=("outlet", "nunique"))
        .reset_index()
        .sort_values(["n_statements", "speaker"], ascending=[False, True], kind="stable")
        .astype({"n_statements": "int64", "n_articles": "int64", "n_outlets": "int64"})
        .reset_index(drop=True)
    )
    table["share"] = table["n_statements"] / max(len(located), 1)
    return table if n is None else table.head(n)


def _of_speakers(statements: pd.DataFrame, speakers: str, caller: str) -> pd.Series:
    """Which rows are statements of the ``speakers`` choice (see :data:`SPEAKER_CHOICES`)."""
    if speakers not in SPEAKER_CHOICES:
        raise ValueError(f"{caller}: speakers={speakers!r} is not one of {', '.join(map(repr, SPEAKER_CHOICES))}")
    if speakers == "all" or (speakers == "named" and "speaker_type" not in statements):
        return pd.Series(True, index=statements.index)  # a table without types: every speaker is named
    require_columns(statements, ["speaker_type"], caller, "analysis.extract_statements(articles)")
    return statements["speaker_type"].astype("string").isin(SPEAKER_CHOICES[speakers]).fillna(False)

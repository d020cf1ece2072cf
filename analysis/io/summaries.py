"""Summaries of a loaded corpus: its problems, where each field came from, and per-article and per-outlet tables."""

from __future__ import annotations

import pandas as pd

from analysis.errors import ProblemLog


def load_problems(articles: pd.DataFrame) -> pd.DataFrame:
    """The problems met while loading, one row each (``source_path``, ``doc_id``, ``severity``, ``problem``)."""
    log = articles.attrs.get("problems", ())
    rows = log.records() if isinstance(log, ProblemLog) else list(log)
    return pd.DataFrame(rows, columns=["source_path", "doc_id", "severity", "problem"])


def provenance_table(articles: pd.DataFrame) -> pd.DataFrame:
    """The ``provenance`` column in long form: ``doc_id``, ``field``, ``source``."""
    rows = [
        {"doc_id": doc_id, "field": pair.split("=", 1)[0], "source": pair.split("=", 1)[1]}
        for doc_id, value in articles["provenance"].items()
        for pair in str(value).split("; ")
        if "=" in pair
    ]
    return pd.DataFrame(rows, columns=["doc_id", "field", "source"])


def corpus_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """The summary table printed by ``python -m analysis corpus``: one row per article."""
    problems = load_problems(articles)
    skipped = problems[problems["severity"] == "skipped"]
    summary = pd.DataFrame(
        {
            "outlet": articles["outlet"].fillna("?"),
            "published": articles["published"].dt.strftime("%Y-%m-%d %H:%M").fillna("?"),
            "title": articles["title"].fillna("?").str.slice(0, 60),
            "words": articles["n_words"],
            "problems": articles["problems"],
        }
    )
    extra = pd.DataFrame(
        {"outlet": "", "published": "", "title": "(skipped)", "words": 0, "problems": skipped["problem"].to_numpy()},
        index=pd.Index(skipped["doc_id"].fillna("?").to_numpy(), name="doc_id"),
    )
    return pd.concat([summary, extra]) if len(extra) else summary


def outlet_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet, most articles first: how much it published, over which dates, how long, how original.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``outlet``: ``n_articles``, ``first`` and ``last``
        publication dates, ``median_words``, ``republished`` (articles that
        name an original source) and ``with_problems`` (articles the loader
        noted a problem for).

    """
    data = articles.assign(
        outlet=articles["outlet"].fillna("(unknown)").astype(str),
        _republished=articles["original_source"].notna(),
        _problem=articles["problems"].fillna("").astype(str).str.len() > 0,
    )
    out = data.groupby("outlet").agg(
        n_articles=("outlet", "size"),
        first=("published", "min"),
        last=("published", "max"),
        median_words=("n_words", "median"),
        republished=("_republished", "sum"),
        with_problems=("_problem", "sum"),
    )
    out["first"] = out["first"].dt.strftime("%Y-%m-%d")
    out["last"] = out["last"].dt.strftime("%Y-%m-%d")
    out = out.astype({"republished": "int64", "with_problems": "int64"})
    return out.sort_values(["n_articles"], ascending=False, kind="stable")

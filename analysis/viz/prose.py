"""Sentences for notebooks that state what the data show, computed from the tables they describe.

Each function returns a :class:`Finding`: plain text (what nbval compares and a
terminal prints) that JupyterLab shows as Markdown. Nothing here is written
ahead of the data: every number and every "more", "fewer" or "differ" is
computed from the table given.
"""

from __future__ import annotations

import html

import pandas as pd

from analysis.statements.columns import NAMED_SPEAKER_TYPES
from analysis.viz.estimates import MIN_INTERVAL_N
from analysis.viz.keywords import MIN_ARTICLES
from analysis.viz.timeaxis import period_name, period_word


class Finding(str):
    """A sentence about the data: plain text, shown as Markdown in a notebook."""

    def _repr_markdown_(self) -> str:
        return html.escape(str(self), quote=False)  # names from the corpus ("<Daily>") are text, never markup

    def __repr__(self) -> str:
        return str(self)


def _n(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else (plural or noun + 's')}"


def sample_note(articles: pd.DataFrame, freq: str = "W") -> Finding:
    """How much the charts over time can tell: articles per period, and whether that supports trends."""
    from analysis.trends.periods import period_start

    dated = articles["published"].dropna()
    word = period_word(freq)
    if dated.empty:
        return Finding("No article has a publication date, so nothing can be drawn over time.")
    periods = period_start(dated, freq)
    naive = periods.dt.tz_convert(None) if periods.dt.tz is not None else periods
    span = pd.period_range(naive.min(), naive.max(), freq=_pandas(freq))
    per = naive.dt.to_period(_pandas(freq)).value_counts()
    counts = per.reindex(span, fill_value=0)
    median = float(counts.median())
    thin = int((counts < MIN_ARTICLES).sum())
    if thin == 0:
        thin_text = f"no {word} has fewer than {MIN_ARTICLES}"
    else:
        thin_text = f"{_n(thin, word)} {'has' if thin == 1 else 'have'} fewer than {MIN_ARTICLES}"
    text = (
        f"**How much this can tell.** {_n(len(dated), 'dated article')} over {_n(len(span), word)} "
        f"(a median of {median:g} per {word}); {thin_text}. "
    )
    if median < MIN_ARTICLES:
        text += "With so few articles per period these charts describe the sample; they do not show trends."
    else:
        text += (
            f"Read a change from {word} to {word} against the counts beside it and the intervals; "
            f"a {word} with few articles says little about that {word}'s coverage."
        )
    return Finding(text)


def _pandas(freq: str) -> str:
    from analysis.trends.periods import normalise_freq

    return normalise_freq(freq)


def echo_note(breakdown: pd.Series) -> Finding:
    """Where reports outnumber distinct statements, and why (from :func:`analysis.statements.echo_breakdown`)."""
    b = breakdown
    if b["reports"] == 0:
        return Finding("No statements were found in the articles' text.")
    if b["repeated"] == 0:
        return Finding(f"Each of the {_n(int(b['reports']), 'report')} is a distinct statement: nothing was echoed.")
    parts = [
        (int(b["other_outlet"]), "in an outlet that had not reported it before"),
        (int(b["same_outlet"]), "in another article of an outlet that had"),
        (int(b["same_article"]), "inside the same article (a quote repeated or paraphrased)"),
    ]
    listed = "; ".join(f"{count:,} {where}" for count, where in parts if count)
    return Finding(
        f"The {_n(int(b['reports']), 'report')} hold {_n(int(b['distinct']), 'distinct statement')}. "
        f"Of the {_n(int(b['repeated']), 'repeated report')}: {listed}."
    )


def framing_note(table: pd.DataFrame, by: str = "outlet") -> Finding:
    """Which groups' speaker and framing tones can be compared, and whether their intervals overlap."""
    wide = table.pivot_table(index=by, columns="source", values=["n", "ci_low", "ci_high", "mean"], aggfunc="first")
    if not {"speaker", "framing"} <= set(table["source"]):
        return Finding("Only one of speaker and framing text was found, so the two cannot be compared.")
    both = wide[(wide[("n", "speaker")] >= MIN_INTERVAL_N) & (wide[("n", "framing")] >= MIN_INTERVAL_N)]
    if both.empty:
        return Finding(
            f"No {by} has at least {MIN_INTERVAL_N} articles with quotes and {MIN_INTERVAL_N} with framing, "
            "so no gap between speaker and framing can be read from this sample."
        )
    apart = both[
        (both[("ci_low", "speaker")] > both[("ci_high", "framing")])
        | (both[("ci_low", "framing")] > both[("ci_high", "speaker")])
    ]
    names = ", ".join(
        f"{name} ({'speakers' if row[('mean', 'speaker')] > row[('mean', 'framing')] else 'framing'} more positive)"
        for name, row in apart.iterrows()
    )
    return Finding(
        f"{_n(len(both), by)} of {len(wide):,} have at least {MIN_INTERVAL_N} articles on both sides; "
        + (f"for {_n(len(apart), by)} the two intervals do not overlap: {names}." if len(apart) else
           "for none of them do the two intervals separate.")
    )  # fmt: skip


def validation_note(results: pd.DataFrame, default: str | None = None) -> Finding:
    """Which method agrees best with people on each set, and how the default does, from :func:`validate_tone`."""
    from analysis.tone import DEFAULT_METHOD

    default = default or DEFAULT_METHOD
    lines = []
    for name, part in results.groupby("set", sort=False):
        best = part.sort_values(["pearson", "method"], ascending=[False, True]).iloc[0]
        mine = part[part["method"] == default]
        shown = len(mine) and best["method"] != default
        own = f"; the default ({default}): r = {mine['pearson'].iloc[0]:.2f}" if shown else ""
        lines.append(f"- {name}: best {best['method']} (r = {best['pearson']:.2f}, n = {int(best['n']):,}){own}")
    return Finding("Agreement with people, set by set (Pearson r):\n\n" + "\n".join(lines))


def corpus_line(articles: pd.DataFrame) -> str:
    """One line on what a corpus holds: articles, outlets, and the dates they span (or that they have none).

    ``"5 articles from 4 outlets, 12 Nov 2021 to 26 Jan 2022"``; a corpus
    without dates says so, and one with some undated articles counts them.
    """
    outlets = articles["outlet"].nunique() if "outlet" in articles else 0
    line = f"{_n(len(articles), 'article')} from {_n(outlets, 'outlet')}"
    dated = articles["published"].dropna() if "published" in articles else pd.Series(dtype="datetime64[ns, UTC]")
    if dated.empty:
        return line + ", none with a publication date"
    line += f", {dated.min():%d %b %Y} to {dated.max():%d %b %Y}"
    undated = len(articles) - len(dated)
    return line + (f" ({_n(undated, 'article')} without a date)" if undated else "")


def most_quoted(statements: pd.DataFrame) -> str | None:
    """The named person with the most statements; else the named speaker, else any (``None`` when there are none)."""
    types = statements["speaker_type"].astype("string") if "speaker_type" in statements else None
    for wanted in (("person",), NAMED_SPEAKER_TYPES, None):
        pool = statements if wanted is None or types is None else statements[types.isin(wanted).fillna(False)]
        counts = pool["speaker"].value_counts()
        if len(counts):
            return str(counts.index[0])
    return None


def unnamed_line(unnamed: pd.DataFrame, statements: pd.DataFrame, locations: tuple[str, ...] = ("body",)) -> str:
    """One line on the sources without a name, from :func:`analysis.unnamed_sources` (all rows) and the statements."""
    total = int(statements["location"].isin(locations).sum()) if "location" in statements else len(statements)
    n = int(unnamed["n_statements"].sum()) if len(unnamed) else 0
    if n == 0:
        return f"None of the {_n(total, 'statement')} is attributed to a source without a name."
    top = ", ".join(f"{r.speaker} ({r.n_statements:,})" for r in unnamed.head(3).itertuples())
    return (
        f"{_n(n, 'statement')} of {total:,} ({n / total:.0%}) are attributed to sources without a name "
        f"({_n(len(unnamed), 'source')}); the most quoted: {top}."
    )


def speaker_line(mine: pd.DataFrame, who: str | None) -> str:
    """One line on a speaker's statements: how many, in how many articles, from how many outlets."""
    if who is None:
        return "No statement was found in the corpus, so there is no speaker to follow."
    return (
        f"{who}: {_n(len(mine), 'statement')} in {_n(mine['doc_id'].nunique(), 'article')} "
        f"from {_n(mine['outlet'].nunique(), 'outlet')}"
    )


def mix_note(shift: pd.DataFrame, freq: str = "W", by: str = "outlet") -> Finding:
    """Whether the mix of sources moves enough between periods that a pooled line could mislead.

    ``shift`` is :func:`analysis.mix_shift`. Periods with fewer than
    :data:`~analysis.trends.sources.MIN_MIX_ARTICLES` articles are left out; the
    note names the period whose mix stands furthest from the corpus's, by how
    much, and the source that made the difference.
    """
    from analysis.trends.sources import MIN_MIX_ARTICLES, MIX_SHIFT

    word = period_word(freq)
    if shift.empty:
        return Finding(f"No dated articles: there is no mix of {by}s to compare between {word}s.")
    if (shift["overall_share"] >= 1).all():
        return Finding(f"**Mix of {by}s.** The corpus has one {by} only: no mix of {by}s moves a pooled line.")
    full = shift[shift["n_articles"] >= MIN_MIX_ARTICLES]
    if full.empty:
        return Finding(
            f"**Mix of {by}s.** No {word} has {MIN_MIX_ARTICLES} articles or more, so how the mix of {by}s moves "
            "cannot be told; read the panels by source rather than a pooled line."
        )
    worst = full.loc[full["distance"].idxmax()]
    when = period_name(worst["period"], freq)
    said = (
        f"{worst['source']} made {worst['share']:.0%} of that {word}'s {int(worst['n_articles']):,} articles, "
        f"against {worst['overall_share']:.0%} of the corpus"
    )
    if worst["distance"] >= MIX_SHIFT:
        moved = int((full["distance"] >= MIX_SHIFT).sum())
        return Finding(
            f"**Mix of {by}s.** In {_n(moved, word)} of {len(full):,} with at least {MIN_MIX_ARTICLES} articles, "
            f"the mix of {by}s stands {MIX_SHIFT:.0%} or more from the corpus's (the share of articles that would "
            f"have to change {by} to match it). Furthest: {when}, {worst['distance']:.0%} — {said}. "
            f"A pooled line can move with the mix alone; the panels by {by} show what each did."
        )
    return Finding(
        f"**Mix of {by}s.** Every {word} with at least {MIN_MIX_ARTICLES} articles has a mix of {by}s within "
        f"{MIX_SHIFT:.0%} of the corpus's (furthest: {when}, {worst['distance']:.0%}), so a pooled "
        f"line is not driven by the mix."
    )

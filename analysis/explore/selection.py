"""What lies behind a count: the statements, articles and passages of a selection, as plain tables.

Every widget of :class:`analysis.explore.Explorer` calls these functions, so
everything the explorer shows can be reached, tested and reproduced without a
browser::

    chosen = select_statements(statements, speaker="Lavrov", freq="week")
    counts = counts_per_period(chosen, "week")
    rows = statement_passages(chosen[chosen["period"] == counts["period"].iloc[3]], articles)
    coding_sheet(rows).to_csv("to_code.csv", index=False)
"""

from __future__ import annotations

import difflib
import html
from collections.abc import Sequence

import pandas as pd

from analysis.statements.lookup import find_speaker
from analysis.text.tokens import TOKEN_RE
from analysis.trends.keywords import KeywordMatcher, as_keyword_groups
from analysis.trends.kwic import kwic
from analysis.trends.periods import complete_periods, period_start

#: The columns of a passages table, in order (``before``/``match``/``after`` hold the passage's text).
PASSAGE_COLUMNS = ["doc_id", "outlet", "published", "speaker", "field", "start", "end", "before", "match", "after"]
#: The columns of a coding sheet: a passages table with empty columns for a coder.
CODING_COLUMNS = ["doc_id", "outlet", "published", "speaker", "field", "start", "end", "passage", "code", "note"]
_CONTEXT = 160  # characters of context on each side of a statement in its article


def query_terms(query: str | Sequence[str] | None, groups=None) -> list[str]:
    """The terms a query stands for: a keyword group's terms by its name, else the term(s) as given (``*`` wildcards).

    ``groups`` is anything :func:`analysis.trends.keywords.as_keyword_groups`
    takes (default ``data/keywords.toml``).
    """
    if query is None or (isinstance(query, str) and not query.strip()):
        return []
    known = as_keyword_groups(groups) if groups is not None else as_keyword_groups(None)
    items = [query] if isinstance(query, str) else list(query)
    return [term for item in items for term in known.get(item.strip(), [item.strip()])]


def _matches(texts: pd.Series, terms: list[str]) -> pd.Series:
    """Whether each text holds one of ``terms`` (the keyword rules: wildcards, capitals-only acronyms)."""
    matcher = KeywordMatcher({"query": terms})
    return texts.map(lambda t: isinstance(t, str) and bool(matcher.find(TOKEN_RE.findall(t))))


def select_statements(
    statements: pd.DataFrame,
    speaker: str | None = None,
    outlet: str | None = None,
    query: str | Sequence[str] | None = None,
    period: pd.Timestamp | str | None = None,
    freq: str = "W",
    groups=None,
) -> pd.DataFrame:
    """The statements of a speaker, outlet, query and period, with a ``period`` column.

    Parameters
    ----------
    statements : pandas.DataFrame
        The statements table (:func:`analysis.extract_statements`).
    speaker : str, optional
        Any name or alias (:func:`analysis.find_speaker` resolves it; an
        unknown name raises :class:`~analysis.statements.lookup.SpeakerNotFoundError`
        listing the closest speakers).
    outlet : str, optional
        One outlet.
    query : str or list of str, optional
        A keyword group's name or terms (``*`` wildcards) the quoted words or
        their sentence must hold.
    period : timestamp or str, optional
        The start of one period of ``freq``.
    freq : str
        Period length (``"week"``, ``"month"``, ``"W"``, …).
    groups : optional
        Keyword groups for ``query`` names (default ``data/keywords.toml``).

    """
    chosen = statements[statements["speaker"] == find_speaker(statements, speaker)] if speaker else statements
    words = lambda f: f["quote"].fillna("") + " " + f["sentence"].fillna("")  # noqa: E731
    return _narrowed(chosen, outlet, query, groups, words, period, freq)


def select_articles(
    articles: pd.DataFrame,
    outlet: str | None = None,
    query: str | Sequence[str] | None = None,
    period: pd.Timestamp | str | None = None,
    freq: str = "W",
    groups=None,
) -> pd.DataFrame:
    """The articles of an outlet, query (in headline or text) and period, with a ``period`` column."""
    words = lambda f: f["title"].fillna("") + " \n " + f["text"].fillna("")  # noqa: E731
    return _narrowed(articles, outlet, query, groups, words, period, freq)


def _narrowed(frame: pd.DataFrame, outlet, query, groups, words, period, freq: str) -> pd.DataFrame:
    """Rows of one outlet whose ``words(frame)`` hold the query, with a ``period`` column, in one period if asked."""
    chosen = frame[frame["outlet"] == _outlet_named(frame, outlet)] if outlet else frame
    terms = query_terms(query, groups)
    if terms:
        chosen = chosen[_matches(words(chosen), terms)]
    chosen = chosen.assign(period=period_start(chosen["published"], freq))
    return chosen if period is None else chosen[chosen["period"] == _period(period, freq)]


def _outlet_named(frame: pd.DataFrame, outlet: str) -> str:
    """The outlet as the table writes it ("bbc" → "BBC"); an unknown one raises, naming the closest."""
    names = [str(n) for n in frame["outlet"].dropna().unique()]
    if outlet in names:
        return outlet
    same = [n for n in names if n.casefold() == str(outlet).casefold()]
    if same:
        return same[0]
    close = difflib.get_close_matches(str(outlet), names, n=3, cutoff=0.5) or sorted(names)[:5]
    raise ValueError(f"no outlet {outlet!r} in this table; the closest: {', '.join(map(repr, close))}")


def _period(period: pd.Timestamp | str, freq: str) -> pd.Timestamp:
    try:
        stamp = pd.Timestamp(period)
    except (ValueError, TypeError) as exc:
        raise ValueError(
            f"period={period!r} is not a date; give the first day of a period as '2021-12-06' "
            f"(or a pandas Timestamp), for periods of {freq!r}"
        ) from exc
    stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp
    return period_start(pd.Series([stamp]), freq).iloc[0]


def counts_per_period(
    selected: pd.DataFrame,
    freq: str = "W",
    span: tuple[pd.Timestamp, pd.Timestamp] | None = None,
    by: str | None = None,
) -> pd.DataFrame:
    """Rows per period of a selection (every period of ``span`` present, empty ones with ``n = 0``).

    Returns ``period``, ``n`` and, with ``by`` (``"speaker"``, ``"outlet"``), the
    most frequent value of that column in the period (``top``) for hover texts.
    """
    data = selected.dropna(subset=["published"]).assign(period=lambda f: period_start(f["published"], freq))
    counts = data.groupby("period").size().rename("n").reset_index()
    if by is not None and len(data):
        top = data.groupby("period")[by].agg(lambda s: ", ".join(s.value_counts().index[:3].astype(str)))
        counts["top"] = counts["period"].map(top)
    out = complete_periods(counts, [], freq, fill={"n": 0, "top": ""}, span=span)
    return out.astype({"n": "int64"}).reset_index(drop=True)


def busiest_passages(selected: pd.DataFrame, counts: pd.DataFrame, articles: pd.DataFrame) -> tuple[str, pd.DataFrame]:
    """The passages of the busiest period of a statement selection, and a sentence saying what they are.

    ``counts`` is :func:`counts_per_period` of ``selected``. A selection without
    dates has no busiest period: its passages are all of them, and the sentence
    says so; an empty selection says that nothing matched.
    """
    if selected.empty:
        return "No statement matches the selection.", statement_passages(selected, articles)
    if counts.empty or counts["n"].max() == 0:
        behind = statement_passages(selected, articles)
        return f"{len(behind):,} statements, none with a date: there is no busiest period.", behind
    busiest = counts.loc[counts["n"].idxmax(), "period"]
    behind = statement_passages(selected[selected["period"] == busiest], articles)
    return f"{len(behind):,} statements in the busiest period, starting {busiest:%d %b %Y}", behind


def statement_passages(statements: pd.DataFrame, articles: pd.DataFrame, context: int = _CONTEXT) -> pd.DataFrame:
    """Each statement in its article: the quoted words (``match``) with ``context`` characters either side.

    Offsets (``start``, ``end``) are the statement's in its field, so a coder
    can find it again; ``field`` is ``title`` or ``text``.
    """
    rows = []
    for row in statements.itertuples(index=False):
        field = "title" if row.location == "title" else "text"
        text = articles.at[row.doc_id, field] if row.doc_id in articles.index else None
        start, end = int(row.start), int(row.end)
        if not isinstance(text, str):
            before, match, after = "", str(row.quote), ""
        else:
            lo, hi = max(0, start - context), min(len(text), end + context)
            before = ("…" if lo else "") + " ".join(text[lo:start].split())
            match = " ".join(text[start:end].split())
            after = " ".join(text[end:hi].split()) + ("…" if hi < len(text) else "")
        rows.append((row.doc_id, row.outlet, row.published, row.speaker, field, start, end, before, match, after))
    return pd.DataFrame(rows, columns=PASSAGE_COLUMNS)


def article_passages(
    articles: pd.DataFrame, query: str | Sequence[str] | None = None, window: int = 12, groups=None
) -> pd.DataFrame:
    """The passages of articles that hold a query (a concordance line per match), or their headlines without one."""
    terms = query_terms(query, groups)
    if not terms:
        rows = [
            (doc_id, a.outlet, a.published, None, "title", 0, len(a.title or ""), "", a.title or "", "")
            for doc_id, a in zip(articles.index, articles.itertuples(index=False), strict=True)
        ]
        return pd.DataFrame(rows, columns=PASSAGE_COLUMNS)
    lines = kwic(articles, terms, window=window)
    lines["outlet"] = lines["doc_id"].map(articles["outlet"])
    lines = lines.rename(columns={"left": "before", "keyword": "match", "right": "after"}).assign(speaker=None)
    return lines[PASSAGE_COLUMNS].reset_index(drop=True)


def passages_html(passages: pd.DataFrame, limit: int = 200) -> str:
    """An HTML table of passages with the match highlighted (``<mark>``); at most ``limit`` rows, and says so."""
    head = "<tr><th>date</th><th>outlet</th><th>speaker</th><th>passage</th></tr>"
    body = []
    for row in passages.head(limit).itertuples(index=False):
        date = row.published.strftime("%d %b %Y") if pd.notna(row.published) else ""
        speaker = "" if row.speaker is None or pd.isna(row.speaker) else html.escape(str(row.speaker))
        outlet = "" if row.outlet is None or pd.isna(row.outlet) else html.escape(str(row.outlet))
        passage = f"{html.escape(row.before)} <mark>{html.escape(row.match)}</mark> {html.escape(row.after)}"
        body.append(
            f"<tr><td style='white-space:nowrap'>{date}</td><td>{outlet}</td><td>{speaker}</td>"
            f"<td style='text-align:left'>{passage}</td></tr>"
        )
    more = f"<p>{len(passages) - limit:,} more not shown; export them as CSV.</p>" if len(passages) > limit else ""
    return f"<table class='analysis-passages'>{head}{''.join(body)}</table>{more}"


def coding_sheet(passages: pd.DataFrame) -> pd.DataFrame:
    """A coding sheet for manual checking: one passage per row, with empty ``code`` and ``note`` columns."""
    passage = (passages["before"] + " [" + passages["match"] + "] " + passages["after"]).str.strip()
    return passages.assign(passage=passage, code="", note="")[CODING_COLUMNS]

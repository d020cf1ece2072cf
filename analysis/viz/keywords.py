"""Keyword figures: attention to keyword groups over time, and the words that set each period apart."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from analysis.viz.groups import top_groups
from analysis.viz.layout import NO_DATES, label_margin, note_figure, nothing_over_time, page, short
from analysis.viz.style import NEUTRAL, TOP_N, colours
from analysis.viz.timeaxis import (
    date_axis,
    draw_events,
    event_key,
    events_in,
    middles,
    period_name,
    period_width,
    period_word,
)

#: Periods with fewer articles than this are drawn as faint points, never joined into a trend.
MIN_ARTICLES = 5
#: Keyword panels get their own y scales when the groups' highest values differ by more than this factor.
SCALE_RATIO = 3.0
#: Most keyness panels on a page; longer corpora are read by quarter or year.
MAX_KEYNESS_PANELS = 6
#: |z| below this could be chance (about a 5% two-sided level for one term).
Z_NOISE = 2.0
KEYNESS_COLOUR = "#0072B2"
#: Share of a keyness panel's width the bars may take; the counts stand in the rest.
_BARS_SHARE = 0.68
VALUES = {
    "share": ("share_pct", "articles mentioning it (%)", 100.0),
    "per_1k_words": ("per_1k_words", "matches per 1,000 words", 1.0),
}


def keyword_trends_figure(
    trends: pd.DataFrame,
    value: str = "share",
    freq: str = "W",
    title: str = "Attention to each keyword group",
    events: pd.DataFrame | None = None,
    n: int = TOP_N,
    min_articles: int = MIN_ARTICLES,
):
    """Small multiples, one panel per keyword group (the top ``n`` by articles mentioning it).

    Each panel draws the group's share of the period's articles (or matches per
    1,000 words) at the middle of the period. Periods with at least
    ``min_articles`` articles are joined by a line where they follow one another;
    periods with fewer are faint hollow points, not part of a line.

    Parameters
    ----------
    trends : pandas.DataFrame
        As :func:`analysis.keyword_trends` returns (without ``by``).
    value : str
        ``"share"`` (percent of articles mentioning the group) or ``"per_1k_words"``.
    freq : str
        The period length of ``trends``.
    title : str
        The figure's title.
    events : pandas.DataFrame, optional
        Key events; only those within the data's dates are drawn.
    n : int
        How many groups to show (those mentioned in most articles).
    min_articles : int
        Periods with fewer articles are points, not trends.

    Returns
    -------
    (matplotlib.figure.Figure, pandas.DataFrame)
        The figure and the values drawn: ``period``, ``group``, ``n_docs``,
        ``n_articles``, the value column, ``drawn_as`` (``line``, ``point``, or
        ``none`` for periods without articles).

    """
    if nothing_over_time(trends):
        return note_figure(title, NO_DATES), trends.copy()
    if value not in VALUES:
        raise ValueError(f"value={value!r}: use one of {sorted(VALUES)}")
    column, label, factor = VALUES[value]
    mentioned = trends.groupby("group", observed=True)["n_docs"].sum()
    never = sorted(str(g) for g in mentioned.index[mentioned == 0])
    top = top_groups(
        trends[~trends["group"].astype(str).isin(never)],
        "group",
        "n_docs",
        n,
        keys=("period",),
        noun="keyword groups",
        unit="article mentions",
        leave_out=True,
    )
    names = [g for g in top.names if g != "other"]
    data = trends[trends["group"].astype(str).isin(names)].copy()
    data["group"] = data["group"].astype(str)
    data[column] = (data[value].astype("float64") * factor).round(1 if value == "share" else 3)
    data["drawn_as"] = np.where(
        data["n_articles"] >= min_articles, "line", np.where(data["n_articles"] > 0, "point", "none")
    )
    span = (trends["period"].min(), trends["period"].max() + period_width(freq) * 0.999)
    shown_events = events_in(events, span)
    word = period_word(freq)
    caption = (
        f"Each panel is one keyword group: {label[0].lower() + label[1:]} in each {word}, at the middle of the "
        f"{word}; a headline or text that mentions the group counts once. {word.capitalize()}s with at least "
        f"{min_articles} articles are solid points, joined where they follow one another; {word}s with fewer "
        f"are faint hollow points, not a trend. Shown: {top.rule}."
        + (f" Never mentioned, so not drawn: {', '.join(never)}." if never else "")
    )
    key = event_key(shown_events)
    caption += "\n" + key if key else ""
    peaks = data.groupby("group")[column].max().astype(float).reindex(names)
    own_scales = len(peaks) > 1 and float(peaks.min()) > 0 and float(peaks.max()) / float(peaks.min()) > SCALE_RATIO
    if own_scales:
        caption = caption.split("\n")[0] + (
            f" Each panel has its own y scale: the groups' highest values differ by more than {SCALE_RATIO:g}×, "
            "so compare the shapes of the lines, not their heights." + ("\n" + key if key else "")
        )
    ncols = 2 if len(names) > 1 else 1
    rows = max(1, math.ceil(len(names) / ncols))
    pg = page([1.45] * rows, title, caption, events=len(shown_events) > 0, ncols=ncols, n_panels=max(1, len(names)),
              sharey=not own_scales, titled=True)  # fmt: skip
    palette = colours("group", names)
    all_periods = sorted(trends["period"].unique())
    top_value = float(np.nanmax(data[column].to_numpy(dtype=float))) if len(data) else 1.0
    for ax, name in zip(pg.axes, names, strict=False):
        part = data[data["group"] == name].set_index("period").reindex(all_periods)
        x = middles(pd.Series(all_periods), freq).to_numpy()
        y = part[column].to_numpy(dtype=float)
        solid = (part["drawn_as"] == "line").to_numpy()
        faint = (part["drawn_as"] == "point").to_numpy()
        ax.plot(x, np.where(solid, y, np.nan), "-o", color=palette[name], markersize=3, linewidth=1.2)
        if faint.any():
            ax.plot(x[faint], y[faint], "o", markerfacecolor="white", markeredgecolor=palette[name], alpha=0.5,
                    markersize=3)  # fmt: skip
        total = int(part["n_docs"].fillna(0).sum())
        ax.set_title(f"{short(name, 40)} ({total:,} articles)", fontsize=9, loc="left")
        date_axis(ax, span, freq, label=False)
        ax.set_ylim(0, max(1e-9, float(peaks[name]) if own_scales else top_value) * 1.12)
    for ax in pg.axes:
        ax.tick_params(labelbottom=ax in pg.bottom_axes)
        if pg.axes.index(ax) % ncols == 0:
            ax.set_ylabel(label if value != "share" else "articles (%)")
    for ax in pg.bottom_axes:
        ax.set_xlabel(f"{word} (marks at the middle of each {word}; UTC)")
    if not names:
        pg.axes[0].text(0.5, 0.5, "no keyword group is mentioned", ha="center", va="center",
                        transform=pg.axes[0].transAxes, color=NEUTRAL)  # fmt: skip
    if len(shown_events):
        draw_events(pg.band, pg.axes, shown_events)
    out = data[["period", "group", "n_docs", "n_articles", column, "drawn_as"]]
    return pg.fig, out.sort_values(["group", "period"], kind="stable").reset_index(drop=True)


def keyness_period(tokens_published: pd.Series, max_panels: int = MAX_KEYNESS_PANELS) -> str:
    """The finest of month, quarter and year that gives at most ``max_panels`` periods; ``"outlet"`` without dates.

    A corpus without publication dates has no periods to compare, so its
    keyness compares outlets instead.
    """
    dates = pd.to_datetime(tokens_published.dropna())
    if dates.empty:
        return "outlet"
    if dates.dt.tz is not None:
        dates = dates.dt.tz_convert(None)
    for by, alias in (("month", "M"), ("quarter", "Q"), ("year", "Y")):
        if dates.dt.to_period(alias).nunique() <= max_panels:
            return by
    return "year"


def keyness_figure(table: pd.DataFrame, by: str, n: int = 8, title: str = "", max_panels: int = MAX_KEYNESS_PANELS):
    """One panel per group of :func:`analysis.keyness_by`: its ``n`` most distinctive terms as bars of z.

    A grey band marks z below 2 (such a difference could be chance); the term's
    count in the group and in the rest stand in a column at the right of each
    panel, clear of the bars and words. At most ``max_panels`` groups are drawn
    (the latest periods, or the groups with the most words, when there are more;
    the caption says how many are left out).

    Returns
    -------
    (matplotlib.figure.Figure, pandas.DataFrame)
        The figure and the rows drawn.

    """
    values = list(dict.fromkeys(table[by]))
    left_out = max(0, len(values) - max_panels)
    periods = by in _PERIODS
    if periods:
        values = values[-max_panels:]
    elif left_out:  # outlets, speakers: the groups with the most words, kept in the table's order
        words = table.drop_duplicates(by).set_index(by)["n_tokens"]
        largest = set(words.sort_values(ascending=False, kind="stable").index[:max_panels])
        values = [v for v in values if v in largest]
    data = table[table[by].isin(values) & (table["rank"] <= n)].copy()
    ncols = min(2, max(1, len(values)))
    rows = max(1, math.ceil(len(values) / ncols))
    caption = (
        f"Each panel: the {n} terms most over-represented in one {by} against every other {by}, by weighted "
        f"log-odds with an informative Dirichlet prior (Monroe et al. 2008). Bars are z-scores; inside the grey "
        f"band (z < {Z_NOISE:g}) a difference could be chance. At the right: the term's count in the {by} / "
        "in the rest."
        + (f" The {left_out} {'earliest' if periods else 'smallest'} {by}s are left out." if left_out else "")
    )
    pg = page([0.24 * n + 0.3] * rows, title, caption, ncols=ncols, n_panels=max(1, len(values)), sharex=False,
              left=1.15, titled=True)  # fmt: skip
    zmax = max(Z_NOISE * 1.5, float(data["z"].max()) if len(data) else 0.0) * 1.05
    for ax, value in zip(pg.axes, values, strict=False):
        part = data[data[by] == value].sort_values("rank")
        y = np.arange(len(part))
        ax.axvspan(min(0.0, float(part["z"].min()) if len(part) else 0.0), Z_NOISE, color="#e0e0e0", zorder=0,
                   linewidth=0)  # fmt: skip
        ax.barh(y, part["z"], color=KEYNESS_COLOUR, height=0.7)
        ax.set_yticks(y, [short(t, 26) for t in part["term"]])
        ax.set_ylim(n - 0.5, -0.5)
        low = min(0.0, float(part["z"].min()) if len(part) else 0.0)
        ax.set_xlim(low, low + (zmax - low) / _BARS_SHARE)
        ax.grid(axis="y", visible=False)
        _count_column(ax, y, part["count_target"], part["count_reference"])
        name = _group_name(value, by)
        tokens = int(part["n_tokens"].iloc[0]) if len(part) else 0
        ax.set_title(f"{name} ({tokens:,} words)", fontsize=9, loc="left")
        ax.set_xlabel("z")
    return pg.fig, data.reset_index(drop=True)


_PERIODS = ("month", "quarter", "year", "week", "day")


def _count_column(ax, y, left, right) -> None:
    """Each bar's two counts ("12 / 3") in a column at the right of the panel, clear of bars and words."""
    for yy, a, b in zip(y, left, right, strict=True):
        ax.annotate(f"{int(a):,} / {int(b):,}", (1.0, yy), xycoords=("axes fraction", "data"), xytext=(-2, 0),
                    textcoords="offset points", ha="right", va="center", fontsize=6.5, color="#333333")  # fmt: skip


#: Characters of a keyness panel's title that fit on one line beside the other panel.
_ONE_LINE_TITLE = 40


def _compact(n: int) -> str:
    """A count short enough for a panel title: "27,574", "2.82 million"."""
    return f"{n / 1e6:.3g} million" if n >= 1_000_000 else f"{n:,}"


def _group_name(value, by: str) -> str:
    return period_name(value, by) if by in _PERIODS else str(value)


def concordance_term(keyness: pd.DataFrame, by: str, tokens: pd.DataFrame) -> str | None:
    """A term worth a concordance: the last group's most distinctive term, else the most frequent content word.

    ``keyness`` is :func:`analysis.keyness_by`'s table (empty when there is
    one group only); ``tokens`` is :func:`analysis.tokenize`'s. ``None`` when
    the corpus has no content word at all.
    """
    if len(keyness):
        last = keyness[by].max()
        return str(keyness.loc[keyness[by] == last, "term"].iloc[0])
    content = tokens.loc[~tokens["is_stop"] & ~tokens["is_punct"], "lower"]
    return str(content.value_counts().index[0]) if len(content) else None


def keyness_between_figure(
    table: pd.DataFrame, sides, tokens: pd.DataFrame, n: int = 15, title: str = "", unit: str = "article"
):
    """The words each of two sides uses more than the other (:func:`analysis.keyness_between`), side by side.

    Each panel lists one side's ``n`` most distinctive words as bars of z (the
    other side's words have negative z and are drawn as positive bars in their
    own panel), with both sides' counts at the right; the grey band marks
    z below 2. Panel titles give each side's texts (``unit``: "article", or
    "statement" for :func:`analysis.speaker_sides`) and words.

    Returns
    -------
    (matplotlib.figure.Figure, pandas.DataFrame)
        The figure and the rows drawn (``table``).

    """
    doc = tokens["doc_id"]
    words = {
        label: int(doc.isin(docs).sum())
        for label, docs in ((sides.label_a, sides.docs_a), (sides.label_b, sides.docs_b))
    }
    n_docs = {sides.label_a: len(sides.docs_a), sides.label_b: len(sides.docs_b)}
    caption = (
        f"The words and recurring phrases each side uses more than the other ({sides.how}), by weighted log-odds "
        f"with an informative "
        f"Dirichlet prior (Monroe et al. 2008); bars are |z|, and inside the grey band (|z| < {Z_NOISE:g}) a "
        f"difference could be chance. At the right: the word's count on the left side / on the right side."
    )
    labels = [short(t, 26) for t in table["term"]]
    pg = page([0.24 * n + 0.3], title, caption, ncols=2, n_panels=2, sharex=False, left=label_margin(labels, 8.0),
              titled=True)  # fmt: skip
    zmax = max(Z_NOISE * 1.5, float(table["z"].abs().max()) if len(table) else 0.0) * 1.05
    for ax, label in zip(pg.axes, (sides.label_a, sides.label_b), strict=True):
        part = table[table["side"] == label].sort_values("rank")
        y = np.arange(len(part))
        ax.axvspan(0, Z_NOISE, color="#e0e0e0", zorder=0, linewidth=0)
        ax.barh(y, part["z"].abs(), color=KEYNESS_COLOUR if label == sides.label_a else "#c44e52", height=0.7)
        ax.set_yticks(y, [short(t, 26) for t in part["term"]])
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_xlim(0, zmax / _BARS_SHARE)
        ax.grid(axis="y", visible=False)
        _count_column(ax, y, part["count_a"], part["count_b"])
        count = n_docs[label]
        head = f"{short(label, 30)}: {_compact(count)} {unit}{'' if count == 1 else 's'},"
        tail = f"{_compact(words[label])} words"
        # a long title on two lines: the right panel's would run off the figure ("everyone else: 9,799 statements,
        # 177,934 words")
        gap = "\n" if len(head) + len(tail) > _ONE_LINE_TITLE else " "
        ax.set_title(head + gap + tail, fontsize=9, loc="left")
        ax.set_xlabel("|z|")
    return pg.fig, table.reset_index(drop=True)

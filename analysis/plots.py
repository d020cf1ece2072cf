"""One house style and one function per chart, plus byte-stable figure export.

Axes-level functions (``plot_*``) draw on an ``ax`` and return it; figure-level
ones (``*_figure``) build a whole figure. Every chart takes the tidy tables the
analysis functions return. Colours are fixed per name (outlet, speaker, group)
across all figures; date axes tick by month; counts are shown beside rates;
intervals are drawn as bars or bands; key events from ``data/events.csv`` are
annotated vertical lines.
"""

from __future__ import annotations

import textwrap
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

PALETTE = [
    "#1b6ca8", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#f28f3b", "#3d405b",
    "#8c564b", "#c4a000", "#5e8c31", "#b5651d",
]  # fmt: skip
HOUSE_STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "legend.frameon": False,
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "svg.hashsalt": "media-analysis",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
}


def use_house_style() -> None:
    """Apply the house style to matplotlib (fonts that ship with matplotlib, so figures are stable)."""
    mpl.rcParams.update(HOUSE_STYLE)


def colours(names: Iterable[str]) -> dict[str, str]:
    """A fixed colour per name: the same outlet or speaker gets the same colour in every figure.

    Each name hashes to a palette slot; names that collide take the next free slot,
    in sorted order, so the mapping does not depend on the order names appear in.
    """
    mapping: dict[str, str] = {}
    taken: set[int] = set()
    for name in sorted({str(n) for n in names}):
        slot = zlib.crc32(name.encode()) % len(PALETTE)
        for step in range(len(PALETTE)):
            candidate = (slot + step) % len(PALETTE)
            if candidate not in taken or len(taken) >= len(PALETTE):
                break
        taken.add(candidate)
        mapping[name] = PALETTE[candidate]
    return mapping


def add_events(ax, events: pd.DataFrame | bool | None = None, span: tuple | None = None, caption: bool = True):
    """Draw events as dashed vertical lines numbered at the top, with a numbered key under the axes.

    Only events within ``span`` (start, end) are drawn. Numbers are staggered so
    that events a day apart stay legible.
    """
    if events is None or events is False or len(events) == 0:
        return ax  # events belong to a corpus: none given, none drawn
    if span is not None:
        lo, hi = (pd.Timestamp(s).tz_localize(None) if pd.Timestamp(s).tzinfo else pd.Timestamp(s) for s in span)
        events = events[(events["date"] >= lo) & (events["date"] <= hi)]
    keys = []
    for k, row in enumerate(events.itertuples(), start=1):
        ax.axvline(row.date, color="#555555", linestyle="--", linewidth=0.8, alpha=0.7, zorder=0)
        ax.annotate(
            str(k),
            xy=(row.date, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(0, 2 + 9 * ((k - 1) % 3)),
            textcoords="offset points",
            fontsize=7,
            color="#333333",
            ha="center",
            va="bottom",
        )
        keys.append(f"{k} {row.label} ({row.date:%d %b %Y})")
    if caption and keys:
        text = "\n".join(textwrap.wrap("Events: " + "; ".join(keys), 140))
        ax.annotate(
            text,
            xy=(0, 0),
            xycoords="axes fraction",
            xytext=(0, -28),
            textcoords="offset points",
            fontsize=7,
            color="#444444",
            va="top",
        )
    return ax


def month_axis(ax):
    """Tick a date axis by month (minor ticks by week)."""
    ax.xaxis.set_major_locator(mdates.MonthLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.xaxis.set_minor_locator(mdates.WeekdayLocator(byweekday=mdates.MO))
    return ax


def _naive(dates: pd.Series) -> pd.Series:
    dates = pd.to_datetime(dates)
    return dates.dt.tz_convert(None) if dates.dt.tz is not None else dates


def plot_counts_over_time(
    table: pd.DataFrame,
    value: str = "n_statements",
    by: str | None = None,
    ax=None,
    events: pd.DataFrame | None = None,
    freq_days: float = 7,
    label: str | None = None,
    caption: bool = True,
):
    """Counts per period as side-by-side bars per group, each bar labelled with its count.

    ``events`` is a table of events, ``None`` for ``data/events.csv`` or ``False``
    for none; ``caption`` writes the numbered key of the events under the axes.
    """
    ax = ax or plt.subplots(figsize=(9, 4))[1]
    groups = [None] if by is None else sorted(table[by].dropna().unique())
    palette = colours(groups) if by else {None: PALETTE[0]}
    width = freq_days * 0.8 / len(groups)
    for k, group in enumerate(groups):
        part = table if group is None else table[table[by] == group]
        x = _naive(part["period"]) + pd.to_timedelta(freq_days * 0.1 + width * (k + 0.5), unit="D")
        bars = ax.bar(x, part[value], width=width, color=palette[group], label=group)
        ax.bar_label(bars, labels=[str(int(v)) if v else "" for v in part[value]], fontsize=7, padding=1)
    ax.set_ylabel(label or value.replace("_", " "))
    if by:
        ax.legend(title=by, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    month_axis(ax)
    end = table["period"].max() + pd.Timedelta(days=freq_days)
    add_events(ax, events, span=(table["period"].min(), end), caption=caption)
    return ax


def plot_estimate_over_time(
    table: pd.DataFrame,
    by: str | None = None,
    ax=None,
    events: pd.DataFrame | None = None,
    label: str = "mean tone",
    caption: bool = True,
):
    """Means per period with their intervals as error bars and ``n`` written beside each point."""
    ax = ax or plt.subplots(figsize=(9, 4))[1]
    data = table[table["n"] > 0]
    groups = [None] if by is None else sorted(data[by].dropna().unique())
    palette = colours(groups) if by else {None: PALETTE[0]}
    offsets = np.linspace(-1.2, 1.2, len(groups)) if len(groups) > 1 else [0.0]
    for offset, group in zip(offsets, groups, strict=True):
        part = data if group is None else data[data[by] == group]
        x = _naive(part["period"]) + pd.to_timedelta(3.5 + offset, unit="D")
        low = (part["mean"] - part["ci_low"]).fillna(0).clip(lower=0)
        high = (part["ci_high"] - part["mean"]).fillna(0).clip(lower=0)
        ax.errorbar(x, part["mean"], yerr=[low, high], fmt="o", color=palette[group], capsize=3, label=group)
        for xi, yi, n in zip(x, part["mean"], part["n"], strict=True):
            ax.annotate(f"n={n}", (xi, yi), xytext=(4, 4), textcoords="offset points", fontsize=7)
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_ylabel(label)
    if by:
        ax.legend(title=by, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    month_axis(ax)
    if len(table):
        add_events(
            ax, events, span=(table["period"].min(), table["period"].max() + pd.Timedelta(days=7)), caption=caption
        )
    return ax


def plot_statement_timeline(statements: pd.DataFrame, ax=None, events: pd.DataFrame | None = None):
    """Each statement as a point: date across, speaker down, colour by outlet."""
    ax = ax or plt.subplots(figsize=(9, 3))[1]
    data = statements.dropna(subset=["published"])
    speakers = sorted(data["speaker"].unique())
    palette = colours(data["outlet"].fillna("(unknown)"))
    y = {s: i for i, s in enumerate(speakers)}
    jitter = np.random.default_rng(0).uniform(-0.15, 0.15, len(data))
    for outlet, part in data.assign(outlet=data["outlet"].fillna("(unknown)"), _j=jitter).groupby("outlet"):
        ax.scatter(
            _naive(part["published"]),
            part["speaker"].map(y) + part["_j"],
            s=25,
            color=palette[outlet],
            label=f"{outlet} ({len(part)})",
            alpha=0.8,
        )
    ax.set_yticks(range(len(speakers)), speakers)
    ax.set_ylim(-0.6, len(speakers) - 0.4)
    ax.legend(title="outlet (statements)", fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    month_axis(ax)
    if len(data):
        add_events(ax, events, span=(data["published"].min(), data["published"].max()))
    return ax


def plot_keyness(table: pd.DataFrame, n: int = 12, ax=None, title: str | None = None):
    """The most distinctive terms on each side as horizontal bars of z, with their counts."""
    ax = ax or plt.subplots(figsize=(6, 5))[1]
    data = pd.concat([table.head(n), table.tail(n)]).drop_duplicates("term").sort_values("z")
    ax.barh(data["term"], data["z"], color=[PALETTE[1] if z > 0 else PALETTE[0] for z in data["z"]])
    for y, row in enumerate(data.itertuples()):
        ax.annotate(
            f"{row.count_target}/{row.count_reference}",
            (row.z, y),
            xytext=(3 if row.z > 0 else -3, 0),
            textcoords="offset points",
            ha="left" if row.z > 0 else "right",
            va="center",
            fontsize=7,
        )
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set_xlabel("z of weighted log-odds (target / reference counts beside)")
    if title:
        ax.set_title(title)
    return ax


def plot_lexicon_agreement(scored: pd.DataFrame, ax=None, title: str | None = None):
    """TextBlob polarity against VADER compound for every scored text, with r and n in the title."""
    ax = ax or plt.subplots(figsize=(5, 4.5))[1]
    data = scored[["polarity", "vader_compound"]].dropna()
    ax.scatter(data["polarity"], data["vader_compound"], s=14, alpha=0.6, color=PALETTE[0])
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.axvline(0, color="#999999", linewidth=0.8)
    r = data["polarity"].corr(data["vader_compound"]) if len(data) > 2 else float("nan")
    ax.set_xlabel("TextBlob polarity")
    ax.set_ylabel("VADER compound")
    ax.set_title(title or f"Two lexicons, one text each: r = {r:.2f}, n = {len(data)}", fontsize=10)
    return ax


def plot_group_estimates(table: pd.DataFrame, y: str, hue: str | None = None, ax=None, label: str = "mean tone"):
    """Means with interval bars per group (rows ``y``), one colour per ``hue``, ``n`` beside each point."""
    ax = ax or plt.subplots(figsize=(7, 0.5 + 0.6 * table[y].nunique()))[1]
    rows = sorted(table[y].astype(str).unique())
    hues = [None] if hue is None else sorted(table[hue].astype(str).unique())
    palette = colours(hues) if hue else {None: PALETTE[0]}
    offsets = np.linspace(-0.15, 0.15, len(hues)) if len(hues) > 1 else [0.0]
    for offset, h in zip(offsets, hues, strict=True):
        part = table if h is None else table[table[hue].astype(str) == h]
        ys = part[y].astype(str).map({r: i for i, r in enumerate(rows)}) + offset
        low = (part["mean"] - part["ci_low"]).fillna(0).clip(lower=0)
        high = (part["ci_high"] - part["mean"]).fillna(0).clip(lower=0)
        ax.errorbar(part["mean"], ys, xerr=[low, high], fmt="o", capsize=3, color=palette[h], label=h)
        for xi, yi, n in zip(part["mean"], ys, part["n"], strict=True):
            ax.annotate(f"n={n}", (xi, yi), xytext=(5, 3), textcoords="offset points", fontsize=7)
    ax.set_yticks(range(len(rows)), rows)
    ax.axvline(0, color="#999999", linewidth=0.8)
    ax.set_xlabel(label)
    if hue:
        ax.legend(title=hue, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ax


def keyness_figure(tokens: pd.DataFrame, by: str = "month", n: int = 8, term_col: str = "norm"):
    """One keyness panel per group (each month, or each value of a column) against all other tokens."""
    from analysis.keywords import keyness
    from analysis.periods import period_start

    aliases = {"week": "W", "month": "M", "quarter": "Q"}
    if by in aliases:
        values = sorted(period_start(tokens["published"].dropna(), aliases[by]).unique())
    else:
        values = sorted(tokens[by].dropna().astype(str).unique())
    fig, axes = plt.subplots(1, len(values), figsize=(4.6 * len(values), 0.45 * 2 * n + 1), squeeze=False)
    for ax, value in zip(axes.flat, values, strict=True):
        table = keyness(tokens, {by: value}, term_col=term_col)
        name = f"{pd.Timestamp(value):%b %Y}" if by in aliases else str(value)
        plot_keyness(table, n=n, ax=ax, title=f"{name} vs the rest")
    fig.tight_layout()
    return fig


def keyword_trends_figure(trends: pd.DataFrame, value: str = "share", events: pd.DataFrame | None = None):
    """Small multiples, one panel per keyword group: ``value`` per period, articles mentioning as labels."""
    groups = sorted(trends["group"].unique())
    cols = 2
    rows = int(np.ceil(len(groups) / cols))
    fig, axes = plt.subplots(rows, cols, figsize=(10, 2.2 * rows), sharex=True, sharey=True, squeeze=False)
    palette = colours(groups)
    for ax, group in zip(axes.flat, groups, strict=False):
        part = trends[trends["group"] == group]
        x = _naive(part["period"]) + pd.Timedelta(days=3.5)
        ax.plot(x, part[value], marker="o", color=palette[group])
        for xi, yi, k, n in zip(x, part[value].fillna(0), part["n_docs"], part["n_articles"], strict=True):
            if n:
                ax.annotate(f"{k}/{n}", (xi, yi), xytext=(0, 4), textcoords="offset points", fontsize=6, ha="center")
        ax.set_title(group, fontsize=10)
        month_axis(ax)
    for ax in axes.flat[len(groups) :]:
        ax.set_visible(False)
    fig.supylabel(value.replace("_", " "))
    fig.tight_layout()
    return fig


def validation_figure(
    scored: pd.DataFrame,
    rating_col: str = "rating",
    methods: Sequence[str] = ("polarity", "vader_compound", "tone"),
    title: str = "",
):
    """Scatter of each method's score against the human rating, with r in each panel."""
    fig, axes = plt.subplots(1, len(methods), figsize=(4 * len(methods), 3.6), sharey=True)
    for ax, column in zip(np.atleast_1d(axes), methods, strict=True):
        r = scored[column].corr(scored[rating_col])
        ax.scatter(scored[column], scored[rating_col], s=4, alpha=0.25, color=PALETTE[0], rasterized=True)
        ax.set_title(f"{column}: r = {r:.2f}", fontsize=10)
        ax.set_xlabel("score")
    np.atleast_1d(axes)[0].set_ylabel("human rating (mean)")
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def export_figure(
    fig, name: str, formats: Sequence[str] = ("png", "svg", "pdf"), outdir: str | Path = "reports/figures"
):
    """Save a figure in several formats with fixed metadata, so the files are byte-identical across runs.

    Returns
    -------
    list of pathlib.Path
        The files written.

    """
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    metadata = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}}
    paths = []
    with mpl.rc_context({"svg.hashsalt": HOUSE_STYLE["svg.hashsalt"]}):
        for fmt in formats:
            path = out / f"{name}.{fmt}"
            fig.savefig(path, format=fmt, metadata=metadata.get(fmt))
            paths.append(path)
    return paths


def show_figure(fig, name: str, figures_dir: str | Path | None = None) -> None:
    """Show a figure in a notebook and, when ``figures_dir`` is given, export it (PNG, SVG, PDF) there."""
    if figures_dir:
        export_figure(fig, name, outdir=figures_dir)
    plt.show()

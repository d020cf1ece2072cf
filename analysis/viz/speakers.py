"""Who is quoted: the named speakers ranked by their statements, with the sources without a name beside them.

A stacked bar over time with a grey "other" holding most statements answers
nothing when a corpus quotes hundreds of people; a ranked chart names the top
ones with their counts, and says how much the rest and the unnamed sources hold.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.statements.columns import NAMED_SPEAKER_TYPES
from analysis.viz.layout import label_margin, note_figure, page, short
from analysis.viz.style import NEUTRAL

#: How many named speakers the ranked chart names by default.
RANKED_N = 25
#: Bar colours by speaker type (named speakers) and for the unnamed panel.
TYPE_COLOURS = {"person": "#4c72b0", "organisation": "#dd8452"}
UNNAMED_COLOUR = NEUTRAL


def who_is_quoted_figure(
    statements: pd.DataFrame,
    n: int = RANKED_N,
    n_unnamed: int = 8,
    title: str = "Who is quoted",
    locations: tuple[str, ...] = ("body",),
):
    """The ``n`` named speakers with the most statements, ranked, and the top unnamed sources in a panel below.

    Each bar is a speaker's reports (every statement as printed), with the
    distinct statements (echoes counted once) as a darker inner bar and the
    count written beside it; people and organisations have their own colour.
    The caption says how many named speakers and statements are not shown and
    what share of all statements the unnamed sources hold.

    Returns
    -------
    (matplotlib.figure.Figure, pandas.DataFrame)
        The figure, and the data drawn: ``panel`` (``named`` or ``unnamed``),
        ``rank``, ``speaker``, ``speaker_type``, ``n_reports``, ``n_distinct``.

    """
    data = statements[statements["location"].isin(locations)] if "location" in statements else statements
    if data.empty:
        empty = pd.DataFrame(columns=["panel", "rank", "speaker", "speaker_type", "n_reports", "n_distinct"])
        return note_figure(title, "No statement was found in this corpus, so no one is ranked."), empty
    table = _ranked(data)
    named = table[table["speaker_type"].isin(NAMED_SPEAKER_TYPES)]
    unnamed = table[~table["speaker_type"].isin(NAMED_SPEAKER_TYPES)]
    shown, shown_unnamed = named.head(n), unnamed.head(n_unnamed)
    drawn = pd.concat([shown.assign(panel="named"), shown_unnamed.assign(panel="unnamed")], ignore_index=True)
    drawn["rank"] = drawn.groupby("panel").cumcount() + 1
    drawn = drawn[["panel", "rank", "speaker", "speaker_type", "n_reports", "n_distinct"]]
    caption = _caption(data, named, shown, unnamed)
    heights = [max(1.0, 0.2 * len(shown))] + ([max(0.6, 0.2 * len(shown_unnamed))] if len(shown_unnamed) else [])
    labels = [short(s) for s in pd.concat([shown["speaker"], shown_unnamed["speaker"]])]
    pg = page(heights, title, caption, sharex=False, left=label_margin(labels), titled=True)
    _bars(pg.axes[0], shown, [TYPE_COLOURS.get(t, NEUTRAL) for t in shown["speaker_type"]])
    pg.axes[0].set_title(
        "named speakers: blue people, orange organisations (light: reports; dark: distinct statements)",
        loc="left", fontsize=8,
    )  # fmt: skip
    if len(shown_unnamed):
        _bars(pg.axes[1], shown_unnamed, [UNNAMED_COLOUR] * len(shown_unnamed))
        pg.axes[1].set_title("sources without a name", loc="left", fontsize=8)
    pg.axes[-1].set_xlabel("statements (body)")
    return pg.fig, drawn


def _ranked(data: pd.DataFrame) -> pd.DataFrame:
    """Reports and distinct statements per speaker, most reports first (ties by name)."""
    groups = data["statement_group"] if "statement_group" in data else data["statement_id"]
    types = data["speaker_type"] if "speaker_type" in data else pd.Series("person", index=data.index)
    table = (
        pd.DataFrame({"speaker": data["speaker"].astype(str), "speaker_type": types.astype(str), "group": groups})
        .groupby(["speaker", "speaker_type"], observed=True)
        .agg(n_reports=("group", "size"), n_distinct=("group", "nunique"))
        .reset_index()
    )
    return table.sort_values(["n_reports", "speaker"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _bars(ax, table: pd.DataFrame, colours: list[str]) -> None:
    """Horizontal bars, the first row on top, reports light and distinct statements dark, counts beside."""
    y = np.arange(len(table))[::-1]
    reports, distinct = table["n_reports"].to_numpy(), table["n_distinct"].to_numpy()
    ax.barh(y, reports, color=colours, alpha=0.45, height=0.8)
    ax.barh(y, distinct, color=colours, height=0.45)
    ax.set_yticks(y, [short(s) for s in table["speaker"]], fontsize=8)
    ax.set_ylim(-0.6, len(table) - 0.4)
    most = reports.max() if len(reports) else 1
    for yi, r, d in zip(y, reports, distinct, strict=True):
        text = f"{r:,}" if r == d else f"{r:,} ({d:,} distinct)"
        ax.text(r + most * 0.01, yi, text, va="center", ha="left", fontsize=7, color="#333333")
    ax.set_xlim(0, most * 1.25)
    ax.grid(axis="y", visible=False)


def _caption(data: pd.DataFrame, named: pd.DataFrame, shown: pd.DataFrame, unnamed: pd.DataFrame) -> str:
    total = len(data)
    rest = named.iloc[len(shown) :]
    parts = [f"{total:,} statements in article bodies."]
    if len(rest):
        parts.append(
            f"Not shown: {len(rest):,} more named speakers with {int(rest['n_reports'].sum()):,} statements "
            f"(each {int(rest['n_reports'].max()):,} or fewer)."
        )
    if len(unnamed):
        n_unnamed = int(unnamed["n_reports"].sum())
        parts.append(
            f"Sources without a name hold {n_unnamed:,} statements ({n_unnamed / total:.0%}), "
            f"from {len(unnamed):,} kinds of source."
        )
    return " ".join(parts)


#: How many named speakers the speaker × period heatmap shows by default.
HEATMAP_N = 20
#: Cells carry their counts when there are at most this many periods (more would not fit).
_ANNOTATED_PERIODS = 16


def speaker_periods_figure(
    frequency: pd.DataFrame,
    freq: str = "W",
    n: int = HEATMAP_N,
    title: str = "Who is quoted, period by period",
    value: str = "n_statements",
):
    """A speaker × period heatmap: the ``n`` named speakers with the most statements, one row each.

    Each cell counts a speaker's statements in one period (darker is more; a
    white cell is none), so that when each speaker was quoted reads at a glance
    for many speakers at once, with no dominant "other". Cells carry their
    counts when there are at most 16 periods.

    Parameters
    ----------
    frequency : pandas.DataFrame
        :func:`analysis.statement_frequency` by ``speaker`` (named speakers, the default).
    freq : str
        Its period length.
    n : int
        Rows: the speakers with the most statements over all periods (ties by name).
    title : str
        The figure's title.
    value : str
        The count drawn (``n_statements`` or ``n_articles``).

    Returns
    -------
    (matplotlib.figure.Figure, pandas.DataFrame)
        The figure, and the counts drawn: ``speaker`` (rows, top down), ``period`` and ``value``.

    """
    from analysis.viz.layout import nothing_over_time
    from analysis.viz.timeaxis import period_name, period_word

    if nothing_over_time(frequency) or frequency[value].sum() == 0:
        note = "No dated statement of a named speaker was found, so nothing can be drawn period by period."
        return note_figure(title, note), pd.DataFrame(columns=["speaker", "period", value])
    totals = frequency.groupby("speaker", observed=True)[value].sum()
    order = sorted(((str(k), int(v)) for k, v in totals.items() if v > 0), key=lambda kv: (-kv[1], kv[0]))
    shown = [name for name, _ in order[:n]]
    periods = sorted(frequency["period"].unique())
    grid = (
        frequency.assign(speaker=frequency["speaker"].astype(str))
        .pivot_table(index="speaker", columns="period", values=value, aggfunc="sum", fill_value=0)
        .reindex(index=shown, columns=periods, fill_value=0)
    )
    rest = order[n:]
    word = period_word(freq)
    caption = (
        f"One row per named speaker (the {len(shown)} with the most statements in article bodies, most at the top), "
        f"one column per {word}: a cell counts the speaker's statements that {word}; darker is more, white none."
        + (
            f" Not shown: {len(rest):,} more named speaker{'s' if len(rest) != 1 else ''} with "
            f"{sum(v for _, v in rest):,} statement{'s' if sum(v for _, v in rest) != 1 else ''}."
            if rest
            else ""
        )
    )
    labels = [short(s) for s in shown]
    pg = page([max(1.2, 0.22 * len(shown))], title, caption, left=label_margin(labels), right=0.6)
    ax = pg.axes[0]
    values = grid.to_numpy(dtype=float)
    image = ax.imshow(np.where(values > 0, values, np.nan), aspect="auto", cmap="Blues", interpolation="nearest",
                      vmin=0, vmax=max(1.0, float(values.max())))  # fmt: skip
    ax.set_facecolor("white")
    ax.set_yticks(range(len(shown)), labels, fontsize=8)
    step = max(1, -(-len(periods) // 10))  # at most 10 labels
    ticks = list(range(0, len(periods), step))
    ax.set_xticks(ticks, [period_name(periods[k], freq, short=True) for k in ticks], fontsize=7, rotation=0)
    ax.set_xlabel(f"{word} (from {period_name(periods[0], freq)} to {period_name(periods[-1], freq)}; UTC)")
    ax.grid(False)
    if len(periods) <= _ANNOTATED_PERIODS:
        top = values.max()
        for (r, c), v in np.ndenumerate(values):
            if v > 0:
                ax.text(c, r, f"{int(v)}", ha="center", va="center", fontsize=6.5,
                        color="white" if v > top * 0.6 else "#222222")  # fmt: skip
    box = ax.get_position()
    cax = pg.fig.add_axes((box.x1 + 0.01, box.y0, 0.012, box.height))
    bar = pg.fig.colorbar(image, cax=cax)
    bar.set_label("statements", fontsize=8)
    bar.ax.tick_params(labelsize=7)
    drawn = grid.stack().rename(value).reset_index()
    drawn.columns = ["speaker", "period", value]
    return pg.fig, drawn

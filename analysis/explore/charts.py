"""Interactive charts of a selection (plotly): hovering a bar or a point says what it is.

Plotly because JupyterLab renders its figures with the extension its Python
package installs (no network, no widget state to keep), hover texts need no
Python callback, and the figure is plain data a test can read
(``fig.data[0].y``, ``fig.data[0].hovertext``). Exported figures stay matplotlib
(:mod:`analysis.viz`).
"""

from __future__ import annotations

import html
import json

import pandas as pd

#: Characters of a quotation shown in a hover text.
_HOVER_CHARS = 140
#: A plain look without plotly's template (which would add 10 kB of JSON to every chart).
_PLAIN = dict(template="none", plot_bgcolor="white", paper_bgcolor="white", font=dict(family="sans-serif", size=12))


def _short(text: object, limit: int = _HOVER_CHARS) -> str:
    text = " ".join(str(text).split()) if isinstance(text, str) else ""
    return _escaped(text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…")


def _escaped(text: object) -> str:
    """Corpus text inside a hover label, whose few tags (``<br>``, ``<b>``) plotly renders: markup escaped."""
    return html.escape(str(text), quote=False)


def timeline_chart(counts: pd.DataFrame, title: str, unit: str = "statements", period_word: str = "week"):
    """Bars of ``n`` per period (:func:`~analysis.explore.selection.counts_per_period`), with hover texts.

    A bar's hover text gives the period, the count and, when ``counts`` has a
    ``top`` column, the most frequent names in it.
    """
    import plotly.graph_objects as go

    hover = [
        f"{period_word} of {p:%d %b %Y}: {n:,} {unit if n != 1 else unit.removesuffix('s')}"
        + (f"<br>most: {_escaped(top)}" if top else "")
        for p, n, top in zip(
            counts["period"], counts["n"], counts.get("top", pd.Series([""] * len(counts))).fillna(""), strict=True
        )
    ]
    fig = go.Figure(
        go.Bar(
            x=counts["period"].dt.strftime("%Y-%m-%d").tolist(),
            y=counts["n"].tolist(),
            hovertext=hover,
            hoverinfo="text",
            marker_color="#4c72b0",
        )
    )
    most = int(counts["n"].max()) if len(counts) else 0
    fig.update_layout(title=title, height=320, margin=dict(l=50, r=20, t=50, b=40), **_PLAIN)
    fig.update_yaxes(title=unit, rangemode="tozero", dtick=1 if most <= 8 else None)  # whole counts
    return fig


def statements_chart(
    statements: pd.DataFrame,
    title: str,
    top_n: int = 12,
    span: tuple[pd.Timestamp, pd.Timestamp] | None = None,
):
    """One point per statement: date across, speaker down (the ``top_n`` most quoted, the rest as "other").

    Hovering a point shows the date, outlet, speaker and the quoted words.
    ``span`` fixes the time axis (the corpus's dates), so a few statements on
    one day are not drawn on an axis of milliseconds.
    """
    import plotly.graph_objects as go

    data = statements.dropna(subset=["published"])
    top = data["speaker"].value_counts().index[:top_n]
    speaker = data["speaker"].where(data["speaker"].isin(top), "other speakers")
    hover = [
        f"{d:%d %b %Y} · {_escaped(o)}<br><b>{_escaped(s)}</b>: “{_short(q)}”"
        for d, o, s, q in zip(data["published"], data["outlet"], data["speaker"], data["quote"], strict=True)
    ]
    fig = go.Figure(
        go.Scatter(
            x=data["published"].dt.strftime("%Y-%m-%d %H:%M").tolist(),
            y=speaker.tolist(),
            mode="markers",
            marker=dict(size=9, opacity=0.6, color="#dd8452"),
            hovertext=hover,
            hoverinfo="text",
        )
    )
    fig.update_layout(
        title=title,
        height=max(260, 60 + 28 * speaker.nunique()),
        margin=dict(l=160, r=20, t=50, b=40),
        **_PLAIN,
        yaxis=dict(
            categoryorder="array",
            categoryarray=[*(["other speakers"] if (speaker == "other speakers").any() else []), *reversed(top)],
        ),
    )
    if span is not None or len(data):
        low, high = span if span is not None else (data["published"].min(), data["published"].max())
        pad = pd.Timedelta(days=1)
        fig.update_xaxes(range=[(low - pad).strftime("%Y-%m-%d"), (high + pad).strftime("%Y-%m-%d")])
    return fig


def plotly_bundle(fig) -> dict:
    """The figure as the output JupyterLab's plotly extension renders (and its title as plain text)."""
    return {"application/vnd.plotly.v1+json": json.loads(fig.to_json()), "text/plain": f"<{fig.layout.title.text}>"}

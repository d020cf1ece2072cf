"""The explorer: pickers, a chart that updates in place, the passages behind a period, and a CSV export.

An analyst's loop — see a spike, find the statements or articles behind it,
read them in context, refine the query — in one JupyterLab output::

    from analysis.explore import Explorer
    Explorer(result.articles, result.statements)

Every change of a picker calls the plain functions of
:mod:`analysis.explore.selection`; the explorer holds no logic of its own
beyond wiring them to ipywidgets (8, which JupyterLab 4 renders without any
extension).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.explore.charts import plotly_bundle, statements_chart, timeline_chart
from analysis.explore.selection import (
    article_passages,
    coding_sheet,
    counts_per_period,
    passages_html,
    select_articles,
    select_statements,
    statement_passages,
)
from analysis.statements.lookup import SpeakerNotFoundError
from analysis.trends.keywords import as_keyword_groups
from analysis.trends.periods import normalise_freq

ALL = "(all)"
FREQUENCIES = {"day": "D", "week": "W", "month": "M", "quarter": "Q"}


class Explorer:
    """Pick a speaker, outlet, keyword group or term, and period; see the counts and the passages behind them.

    Parameters
    ----------
    articles, statements : pandas.DataFrame
        The pipeline's tables (``run_pipeline(...).articles`` and ``.statements``).
    groups : optional
        Keyword groups for the query picker (default ``data/keywords.toml``).
    freq : str
        Starting period length (``"week"``, ``"month"``, …).
    speaker, outlet, query : str, optional
        Starting choices (a speaker by any name or alias).
    export_dir : path
        Where "Export CSV" writes its coding sheets (never over an existing file).

    """

    def __init__(
        self,
        articles: pd.DataFrame,
        statements: pd.DataFrame,
        groups=None,
        freq: str = "week",
        speaker: str | None = None,
        outlet: str | None = None,
        query: str | None = None,
        export_dir: str | Path = ".",
    ) -> None:
        import ipywidgets as w

        self.articles, self.statements = articles, statements
        self.groups = as_keyword_groups(groups)
        self.export_dir = Path(export_dir)
        self.span = (articles["published"].min(), articles["published"].max())
        speakers = statements["speaker"].value_counts().index.astype(str).tolist()
        freq_name = next((k for k, v in FREQUENCIES.items() if normalise_freq(v) == normalise_freq(freq)), "week")
        layout = w.Layout(width="auto")
        self.what = w.ToggleButtons(options=["statements", "articles"], value="statements", description="Show")
        self.speaker = w.Combobox(
            value=speaker or "", options=speakers, placeholder="any speaker (name or alias)", description="Speaker",
            ensure_option=False, continuous_update=False, layout=layout,
        )  # fmt: skip
        outlets = [ALL, *sorted(articles["outlet"].dropna().astype(str).unique())]
        self.outlet = w.Dropdown(options=outlets, value=outlet if outlet in outlets else ALL, description="Outlet")
        self.query = w.Combobox(
            value=query or "", options=list(self.groups), placeholder="keyword group or term (* wildcard)",
            description="Words", ensure_option=False, continuous_update=False, layout=layout,
        )  # fmt: skip
        self.freq = w.Dropdown(options=list(FREQUENCIES), value=freq_name, description="Per")
        self.period = w.Dropdown(options=[ALL], value=ALL, description="Period")
        self.message = w.HTML()
        self.chart = w.Output()
        self.table = w.HTML()
        self.export = w.Button(
            description="Export CSV", icon="download", tooltip="Write the passages as a coding sheet"
        )
        self.exported = w.HTML()
        self.passages = pd.DataFrame()
        for picker in (self.what, self.speaker, self.outlet, self.query, self.freq):
            picker.observe(self._changed, names="value")
        self.period.observe(lambda _: self._show_passages(), names="value")
        self.export.on_click(lambda _: self.export_csv())
        self.ui = w.VBox(
            [
                self.what,
                w.HBox([self.speaker, self.outlet]),
                w.HBox([self.query, self.freq, self.period]),
                self.message,
                self.chart,
                w.HBox([self.export, self.exported]),
                self.table,
            ]
        )
        self.refresh()

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.ui)

    @property
    def freq_alias(self) -> str:
        """The chosen period length as a pandas alias."""
        return FREQUENCIES[self.freq.value]

    def selection(self) -> pd.DataFrame:
        """The statements or articles the pickers choose (every period), with a ``period`` column."""
        outlet = None if self.outlet.value == ALL else self.outlet.value
        query = self.query.value.strip() or None
        if self.what.value == "articles":
            return select_articles(self.articles, outlet, query, freq=self.freq_alias, groups=self.groups)
        return select_statements(
            self.statements, self.speaker.value.strip() or None, outlet, query, freq=self.freq_alias, groups=self.groups
        )

    def _changed(self, _change=None) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Recompute the selection, redraw the chart and list the passages of the chosen period."""
        from IPython.display import clear_output, display

        self.speaker.disabled = self.what.value == "articles"
        try:
            self.selected = self.selection()
            self.message.value = self._describe()
        except SpeakerNotFoundError as error:
            self.selected = self.statements.iloc[0:0].assign(period=pd.Series(dtype="datetime64[ns, UTC]"))
            self.message.value = f"<b>{error}</b>"
        by = "speaker" if self.what.value == "statements" else "outlet"
        self.counts = counts_per_period(self.selected, self.freq_alias, self.span, by=by)
        periods = [p for p, n in zip(self.counts["period"], self.counts["n"], strict=True) if n]
        labels = [
            (f"{p:%d %b %Y} ({n:,})", p) for p, n in zip(self.counts["period"], self.counts["n"], strict=True) if n
        ]
        keep = self.period.value if self.period.value in periods else ALL
        self.period.unobserve_all("value")
        self.period.options = [(ALL, ALL), *labels]
        self.period.value = keep
        self.period.observe(lambda _: self._show_passages(), names="value")
        with self.chart:
            clear_output(wait=True)
            title = f"{self.what.value.capitalize()} per {self.freq.value}"
            display(plotly_bundle(timeline_chart(self.counts, title, self.what.value, self.freq.value)), raw=True)
            if self.what.value == "statements" and len(self.selected):
                chart = statements_chart(self.selected, "Each statement (hover to read it)", span=self.span)
                display(plotly_bundle(chart), raw=True)
        self._show_passages()

    def _describe(self) -> str:
        n = len(self.selected)
        if self.what.value == "articles":
            return f"{n:,} article{'s' * (n != 1)} of {len(self.articles):,}"
        who = self.speaker.value.strip()
        resolved = ""
        if who and n:
            name = self.selected["speaker"].iloc[0]
            resolved = f" by <b>{name}</b>" + (f" (from “{who}”)" if name != who else "")
        n_articles = self.selected["doc_id"].nunique()
        return f"{n:,} statement{'s' * (n != 1)}{resolved} in {n_articles:,} article{'s' * (n_articles != 1)}"

    def chosen(self) -> pd.DataFrame:
        """The selection within the chosen period (all periods when none is chosen)."""
        if self.period.value == ALL:
            return self.selected
        return self.selected[self.selected["period"] == self.period.value]

    def _show_passages(self) -> None:
        chosen = self.chosen()
        if self.what.value == "articles":
            self.passages = article_passages(chosen, self.query.value.strip() or None, groups=self.groups)
        else:
            self.passages = statement_passages(chosen, self.articles)
        self.table.value = passages_html(self.passages)

    def export_csv(self) -> Path:
        """Write the listed passages as a coding sheet (CSV) to a new file in ``export_dir``; returns its path."""
        self.export_dir.mkdir(parents=True, exist_ok=True)
        stem = f"coding_sheet_{self.what.value}"
        path = self.export_dir / f"{stem}.csv"
        number = 1
        while path.exists():  # never over an earlier sheet
            number += 1
            path = self.export_dir / f"{stem}_{number}.csv"
        coding_sheet(self.passages).to_csv(path, index=False)
        self.exported.value = f"wrote {len(self.passages):,} passages to <code>{path}</code>"
        return path

"""Figures saved byte-stable in PNG, SVG and PDF, each with the table of what it draws beside it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd

from analysis.viz.style import HOUSE_STYLE

#: Rates, rounded to one decimal for reading; every other decimal column gets three (scores).
RATE_COLUMNS = frozenset({"share_pct", "per_1k_words", "per_1k", "percent", "rate"})
_METADATA = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}}


def rounded(table: pd.DataFrame) -> pd.DataFrame:
    """A copy for reading: rates to 1 decimal, other decimals (scores, z, intervals) to 3."""
    out = table.copy()
    for column in out.columns:
        if pd.api.types.is_float_dtype(out[column]):
            out[column] = out[column].round(1 if column in RATE_COLUMNS else 3)
    return out


def export_table(table: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as CSV, rounded for reading, with dates in ISO 8601 (UTC)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rounded(table).to_csv(path, index=False, date_format="%Y-%m-%dT%H:%M:%SZ", lineterminator="\n")
    return path


def export_figure(
    fig, name: str, formats: Sequence[str] = ("png", "svg", "pdf"), outdir: str | Path = "reports/figures"
) -> list[Path]:
    """Save a figure in several formats with fixed metadata, so the files are byte-identical across runs.

    Returns
    -------
    list of pathlib.Path
        The files written.

    """
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    with mpl.rc_context({"svg.hashsalt": HOUSE_STYLE["svg.hashsalt"]}):
        for fmt in formats:
            path = out / f"{name}.{fmt}"
            fig.savefig(path, format=fmt, metadata=_METADATA.get(fmt))
            paths.append(path)
    return paths


def show_figure(fig, name: str, figures_dir: str | Path | None = None, data: pd.DataFrame | None = None) -> None:
    """Show a figure in a notebook; with ``figures_dir``, export it (PNG, SVG, PDF) and its ``data`` as CSV there."""
    if figures_dir:
        export_figure(fig, name, outdir=figures_dir)
        if data is not None:
            export_table(data, Path(figures_dir) / f"{name}.csv")
    plt.show()

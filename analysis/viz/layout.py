"""Figure pages of a fixed width: title, an events band, panels, a legend column and a caption, never overlapping.

Every chart is laid out by hand, in inches, so that nothing depends on the
data's size: the title sits at the top, the events band (when there are events)
under it, then the panels (in one column or a grid), the legend in a column of
its own at the right, and the caption under the x axis, wrapped to the page.
The height grows with the panels and the caption's lines, up to
:data:`~analysis.viz.style.MAX_HEIGHT`; panels shrink in proportion when the cap
bites.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import matplotlib.pyplot as plt
import pandas as pd

from analysis.viz.style import MAX_HEIGHT, PAGE_WIDTH

TITLE_H = 0.45  # inches for the title
BAND_H = 0.32  # inches for the events band
GAP_H = 0.5  # between rows of panels (room for a panel's x tick labels)
TITLED_GAP_H = 0.3  # extra room between rows whose panels carry titles
AXIS_H = 0.55  # under the last row: its tick labels and axis label
LEFT_W = 0.9  # the y tick labels and axis label
COL_GAP_W = 0.35  # between columns of a grid, beyond each column's own left margin
RIGHT_W = 0.25  # without a legend
LEGEND_W = 2.1  # the legend column
CAPTION_LINE_H = 0.16  # inches per line of caption at 7.5 pt
CAPTION_CHARS = 150  # characters per caption line across a page without margins
CAPTION_CHAR_W = 0.054  # inches per caption character at 7.5 pt (a generous average)
#: Legend labels longer than this are cut (the table beside the figure has the full name).
LABEL_CHARS = 28


@dataclass
class Page:
    """A laid-out figure: ``fig``, its panels ``axes`` (row by row), the events ``band`` (or ``None``)."""

    fig: plt.Figure
    axes: list
    band: object | None
    caption: str = ""
    ncols: int = 1

    @property
    def bottom_axes(self) -> list:
        """The panels that carry x tick labels: the last in each column."""
        last = {}
        for k, ax in enumerate(self.axes):
            last[k % self.ncols] = ax
        return list(last.values())


def caption_lines(text: str, chars: int = CAPTION_CHARS) -> list[str]:
    """The caption wrapped to the page's width (``chars`` characters a line)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(textwrap.wrap(paragraph, chars) or [""])
    return lines


def page(
    panel_heights: list[float],
    title: str,
    caption: str = "",
    *,
    events: bool = False,
    legend: bool = False,
    sharex: bool = True,
    sharey: bool = False,
    ncols: int = 1,
    n_panels: int | None = None,
    left: float = LEFT_W,
    titled: bool = False,
    right: float = 0.0,
    width: float = PAGE_WIDTH,
) -> Page:
    """A figure with rows of panels (``panel_heights`` in inches, one per row), a title, band, legend and caption.

    Parameters
    ----------
    panel_heights : list of float
        The height of each row of panels, in inches.
    title : str
        The figure's title, at its top left.
    caption : str
        Text under the panels, wrapped to the page (a line break starts a paragraph).
    events : bool
        Leave a band under the title for numbered event markers.
    legend : bool
        Leave a column at the right for a legend.
    sharex, sharey : bool
        Panels share their x (y) axis.
    ncols : int
        Panels per row.
    n_panels : int, optional
        How many panels to make (default: every cell of the grid).
    left : float
        Inches at the left of each column for its tick labels.
    titled : bool
        Panels carry titles: rows are spaced to leave them room.
    right : float
        Extra inches at the right of the panels (for labels drawn beside them).
    width : float
        The page width in inches.

    """
    rows = len(panel_heights)
    n_panels = rows * ncols if n_panels is None else n_panels
    lines = caption_lines(caption, int((width - left - 0.2) / CAPTION_CHAR_W)) if caption else []
    caption_h = 0.12 + CAPTION_LINE_H * len(lines) if lines else 0.1
    gap = GAP_H + (TITLED_GAP_H if titled else 0)
    fixed = TITLE_H + (BAND_H if events else 0) + AXIS_H + gap * (rows - 1) + caption_h + (0.25 if titled else 0)
    scale = min(1.0, (MAX_HEIGHT - fixed) / sum(panel_heights))
    heights = [h * scale for h in panel_heights]
    total = fixed + sum(heights)
    fig = plt.figure(figsize=(width, total))
    right = (LEGEND_W if legend else RIGHT_W) + right
    cell_w = (width - right - ncols * left - (ncols - 1) * COL_GAP_W) / ncols
    x_lefts = [left + c * (cell_w + left + COL_GAP_W) for c in range(ncols)]
    top = total - TITLE_H
    band = None
    if events:  # one band per column, over that column's time axis
        bands = [fig.add_axes((x / width, (top - BAND_H) / total, cell_w / width, BAND_H / total)) for x in x_lefts]
        band = bands if ncols > 1 else bands[0]
        top -= BAND_H
    if titled:
        top -= 0.25
    axes: list = []
    for h in heights:
        bottom = top - h
        for x in x_lefts:
            if len(axes) == n_panels:
                break
            share = {"sharex": axes[0] if (axes and sharex) else None, "sharey": axes[0] if (axes and sharey) else None}
            axes.append(fig.add_axes((x / width, bottom / total, cell_w / width, h / total), **share))
        top = bottom - gap
    fig.suptitle(title, x=x_lefts[0] / width, y=1 - 0.12 / total, ha="left", va="top")
    if lines:
        fig.text(
            x_lefts[0] / width, (caption_h - 0.1) / total, "\n".join(lines),
            ha="left", va="top", fontsize=7.5, color="#333333",
        )  # fmt: skip
    return Page(fig, axes, band, "\n".join(lines), ncols)


def short(label: object, chars: int = LABEL_CHARS) -> str:
    """A label cut to ``chars`` characters with an ellipsis."""
    text = str(label)
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "…"


def legend(pg: Page, handles, labels, title: str, offset: float = 0.0) -> None:
    """The legend in the page's legend column, beside the first row; long labels are cut.

    ``offset`` (inches) moves it right, past anything drawn beside the panel.
    """
    ax = pg.axes[pg.ncols - 1] if len(pg.axes) >= pg.ncols else pg.axes[-1]
    width_in = ax.get_position().width * pg.fig.get_figwidth()
    ax.legend(
        handles, [short(label) for label in labels], title=title,
        loc="upper left", bbox_to_anchor=(1.01 + offset / width_in, 1.0), borderaxespad=0.0,
    )  # fmt: skip


def label_margin(labels, fontsize: float = 8.0, most: float = 2.6) -> float:
    """Inches of left margin for y tick labels: room for the longest (cut to :data:`LABEL_CHARS`), at most ``most``."""
    longest = max((len(short(label)) for label in labels), default=4)
    return min(most, 0.35 + longest * fontsize * 0.0085)


#: What a chart over time says in place of its panels when nothing in the corpus has a date.
NO_DATES = (
    "No article has a publication date, so nothing can be drawn over time. Counts, speakers, keyness by outlet "
    "and tone without dates are in the other figures; give the dates in a column or a metadata file to draw this."
)


def nothing_over_time(table: pd.DataFrame) -> bool:
    """Whether a long table of periods has nothing to draw over time (no rows, or no period)."""
    return table is None or table.empty or "period" not in table or table["period"].isna().all()


def note_figure(title: str, note: str):
    """A page that says, in place of a chart, what could not be drawn and why (so a report never breaks)."""
    pg = page([1.2], title, caption="")
    ax = pg.axes[0]
    ax.set_axis_off()
    ax.text(0.0, 0.5, "\n".join(caption_lines(note, 100)), transform=ax.transAxes, va="center", ha="left", fontsize=9)
    return pg.fig

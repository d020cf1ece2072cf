"""Reading figures as seaborn's tests do: their text artists, legends and plotted values, not their pixels."""

from __future__ import annotations

import itertools

import matplotlib.dates as mdates
import numpy as np


def _tick_labels(ax, axis: str) -> list:
    getter = ax.xaxis if axis == "x" else ax.yaxis
    lo, hi = sorted(ax.get_xlim() if axis == "x" else ax.get_ylim())
    labels = []
    for tick, label in zip(getter.get_majorticklocs(), getter.get_majorticklabels(), strict=False):
        if lo - 1e-9 <= tick <= hi + 1e-9 and label.get_visible() and label.get_text():
            labels.append(label)
    return labels


def visible_texts(fig) -> list:
    """Every text drawn on the figure: titles, axis and tick labels, annotations, legend entries, captions."""
    fig.canvas.draw()
    texts = [t for t in fig.texts if t.get_visible() and t.get_text()]
    if fig._suptitle is not None and fig._suptitle.get_text() and fig._suptitle not in texts:
        texts.append(fig._suptitle)
    for ax in fig.axes:
        if not ax.get_visible():
            continue
        for title in (ax.title, ax._left_title, ax._right_title):
            if title.get_text():
                texts.append(title)
        if ax.axison:
            for label in (ax.xaxis.label, ax.yaxis.label):
                if label.get_visible() and label.get_text():
                    texts.append(label)
            texts.extend(_tick_labels(ax, "x") if ax.xaxis.get_visible() else [])
            texts.extend(_tick_labels(ax, "y") if ax.yaxis.get_visible() else [])
        texts.extend(t for t in ax.texts if t.get_visible() and t.get_text())
        legend = ax.get_legend()
        if legend is not None:
            texts.extend(t for t in legend.get_texts() if t.get_text())
            if legend.get_title().get_text():
                texts.append(legend.get_title())
    return texts


def overlapping_texts(fig, pad: float = 0.0) -> list[tuple[str, str]]:
    """Pairs of texts whose boxes overlap (by more than ``pad`` pixels), as their strings."""
    renderer = fig.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in visible_texts(fig)]
    found = []
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        overlap_x = min(box_a.x1, box_b.x1) - max(box_a.x0, box_b.x0)
        overlap_y = min(box_a.y1, box_b.y1) - max(box_a.y0, box_b.y0)
        if overlap_x > pad and overlap_y > pad:
            found.append((a, b))
    return found


def texts_outside(fig, slack: float = 1.0) -> list[str]:
    """Texts that stick out of the figure (by more than ``slack`` pixels)."""
    renderer = fig.canvas.get_renderer()
    width, height = fig.canvas.get_width_height()
    out = []
    for text in visible_texts(fig):
        box = text.get_window_extent(renderer)
        if box.x0 < -slack or box.y0 < -slack or box.x1 > width + slack or box.y1 > height + slack:
            out.append(text.get_text())
    return out


def legend_labels(fig) -> list[list[str]]:
    """The entries of every legend of the figure."""
    return [[t.get_text() for t in ax.get_legend().get_texts()] for ax in fig.axes if ax.get_legend() is not None]


def unlabelled_axes(fig) -> list[int]:
    """Indices of data panels in a row without any y label or in a column without any x label.

    Small multiples label the left column and the bottom row only; a panel is
    labelled when its row has a y label and its column an x label.
    """
    panels = [(k, ax) for k, ax in enumerate(fig.axes) if ax.axison and ax.get_visible()]
    row_of = {k: round(ax.get_position().y0, 3) for k, ax in panels}
    col_of = {k: round(ax.get_position().x0, 3) for k, ax in panels}
    rows_labelled = {row_of[k] for k, ax in panels if ax.get_ylabel() or _categorical(ax, "y")}
    cols_labelled = {col_of[k] for k, ax in panels if ax.get_xlabel() or _categorical(ax, "x")}
    return [k for k, _ in panels if row_of[k] not in rows_labelled or col_of[k] not in cols_labelled]


def _categorical(ax, axis: str) -> bool:
    """Whether an axis names categories (outlets, terms) in its tick labels: those label themselves."""

    def numeric(text: str) -> bool:
        try:
            float(text.replace("−", "-").replace(",", ""))
        except ValueError:
            return False
        return True

    formatter = (ax.xaxis if axis == "x" else ax.yaxis).get_major_formatter()
    if isinstance(formatter, (mdates.DateFormatter, mdates.AutoDateFormatter, mdates.ConciseDateFormatter)):
        return False  # dates need their label: the period and time zone
    return any(not numeric(label.get_text()) for label in _tick_labels(ax, axis))


def bar_heights(ax) -> np.ndarray:
    """Heights of the bars (rectangles) of an axes, in drawing order."""
    return np.array([p.get_height() for p in ax.patches])

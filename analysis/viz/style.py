"""The house style: one font and title style, a fixed page size, and a colour per name in each family.

Three families have palettes of their own, so that a colour means one thing in
every figure of a report: outlets, speakers and keyword groups. Within a family a
name keeps its colour across figures: :func:`set_palettes` ranks each family's
names once per corpus (most articles, statements or mentions first) and gives
the top names the family's colours in that order; every other name is drawn
in the "other" grey. Without a ranking, a name's colour comes from a stable
hash of the name.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping

import matplotlib as mpl

#: Figure width for every chart (inches): the width of a report's text column.
PAGE_WIDTH = 9.0
#: The tallest a figure may grow (inches), whatever the corpus.
MAX_HEIGHT = 11.0
#: How many names of a family a chart shows; the rest are grouped as "other".
TOP_N = 8
OTHER = "other"
OTHER_COLOUR = "#9e9e9e"
NEUTRAL = "#555555"
#: Qualitative palettes, one per family (after Okabe-Ito, Tableau 10 and Paul Tol's sets), dark enough on white.
PALETTES: dict[str, list[str]] = {
    "outlet": ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C6D31", "#393B79"],
    "speaker": ["#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7"],
    "group": ["#332288", "#117733", "#882255", "#AA4499", "#44AA99", "#999933", "#CC6677", "#6699CC"],
}
HOUSE_STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "normal",
    "axes.titlelocation": "left",
    "figure.titlesize": 12,
    "figure.titleweight": "bold",
    "axes.labelsize": 9,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.fontsize": 8,
    "legend.title_fontsize": 8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "legend.frameon": False,
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "svg.hashsalt": "media-analysis",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
}
_ranked: dict[str, dict[str, str]] = {}


def use_house_style() -> None:
    """Apply the house style to matplotlib (fonts that ship with matplotlib, so figures are stable)."""
    mpl.rcParams.update(HOUSE_STYLE)


def set_palettes(**ranked: Iterable[str]) -> None:
    """Fix each family's colours for a corpus: ``set_palettes(outlet=[...], speaker=[...], group=[...])``.

    Each list is the family's names, most important first (see :func:`ranked`);
    the first :data:`TOP_N` get the family's colours in order.
    """
    for family, names in ranked.items():
        if family not in PALETTES:
            raise ValueError(f"unknown colour family {family!r}; use one of {sorted(PALETTES)}")
        _ranked[family] = {str(name): PALETTES[family][k] for k, name in enumerate(list(names)[:TOP_N])}


def ranked(values: Mapping[str, float] | Iterable[tuple[str, float]]) -> list[str]:
    """Names ordered by their value (largest first), ties by name: a deterministic ranking."""
    pairs = values.items() if isinstance(values, Mapping) else values
    return [name for name, _ in sorted(((str(k), float(v)) for k, v in pairs), key=lambda p: (-p[1], p[0]))]


def colour(family: str, name: object) -> str:
    """The colour of ``name`` in ``family``: its ranked colour, grey for "other", else a stable hash."""
    name = str(name)
    if name == OTHER:
        return OTHER_COLOUR
    fixed = _ranked.get(family)
    if fixed is not None and name in fixed:
        return fixed[name]
    palette = PALETTES[family]
    return palette[zlib.crc32(name.encode()) % len(palette)]


def colours(family: str, names: Iterable[object]) -> dict[str, str]:
    """Distinct colours for the names of one chart: ranked names keep theirs, the others take free ones in order.

    "other" is grey. A chart never shows two names in one colour, and a name the
    corpus ranked (:func:`set_palettes`) has the same colour in every chart.
    """
    names = [str(n) for n in names]
    fixed = _ranked.get(family, {})
    out = {n: fixed[n] for n in names if n in fixed}
    free = [c for c in PALETTES[family] if c not in out.values()]
    for name in names:
        if name == OTHER:
            out[name] = OTHER_COLOUR
        elif name not in out:
            out[name] = free.pop(0) if free else colour(family, name)
    return out

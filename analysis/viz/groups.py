"""The top names of a table and the rest grouped as "other", with the rule said in words."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.viz.style import OTHER, TOP_N


@dataclass(frozen=True)
class TopGroups:
    """A table with its ``by`` column cut to the top names, and what was grouped.

    Attributes
    ----------
    table : pandas.DataFrame
        The rows, with ``by`` replaced by "other" for names outside the top and
        the value summed per period (or per row key) for them.
    names : list of str
        The names shown, most first, then "other" if anything was grouped.
    n_other : int
        How many names were grouped as "other".
    other_total : float
        Their total value.
    rule : str
        The rule in words, for a caption ("top 8 speakers by statements; 312
        others, with 1,204 statements, as 'other'").

    """

    table: pd.DataFrame
    names: list[str]
    n_other: int
    other_total: float
    rule: str


def top_groups(
    table: pd.DataFrame,
    by: str,
    value: str,
    n: int = TOP_N,
    keys: tuple[str, ...] = ("period",),
    noun: str | None = None,
    unit: str | None = None,
    leave_out: bool = False,
) -> TopGroups:
    """Keep the ``n`` names of ``by`` with the largest total ``value``; sum the rest per ``keys`` as "other".

    Parameters
    ----------
    table : pandas.DataFrame
        Long form: ``by``, ``keys`` and ``value`` columns (and others, dropped for "other").
    by : str
        The column of names (``speaker``, ``outlet``, ``group``).
    value : str
        The column ranked and summed (``n_statements``, ``n_articles``).
    n : int
        How many names to keep (ties broken by name).
    keys : tuple of str
        The columns "other" is summed over (``period``).
    noun, unit : str, optional
        Words for the rule: the plural of ``by`` ("speakers") and of ``value`` ("statements").
    leave_out : bool
        The chart leaves the rest out rather than drawing them as "other": the
        rule says so (the table still sums them as "other").

    """
    noun = noun or f"{by}s"
    unit = unit or value.removeprefix("n_").replace("_", " ")
    totals = table.groupby(by, observed=True)[value].sum()
    order = sorted(totals.items(), key=lambda kv: (-kv[1], str(kv[0])))
    kept = [str(name) for name, total in order[:n] if total > 0 or len(order) <= n]
    rest = [name for name, _ in order if str(name) not in kept]
    other_total = float(totals[rest].sum()) if rest else 0.0
    shown = table[table[by].astype(str).isin(kept)].copy()
    shown[by] = shown[by].astype(str)
    if rest:
        other = table[~table[by].astype(str).isin(kept)].groupby(list(keys), observed=True)[value].sum().reset_index()
        other[by] = OTHER
        shown = pd.concat([shown, other], ignore_index=True)
    names = kept + ([OTHER] if rest else [])
    if rest:
        rule = (
            f"the {len(kept)} {noun} with the most {unit}; the other {len(rest):,} "
            + f"({_number(other_total)} {unit}) "
            + ("are left out" if leave_out else f"as '{OTHER}'")
        )
    else:
        rule = f"all {len(kept)} {noun}"
    return TopGroups(shown, names, len(rest), other_total, rule)


def _number(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.1f}"

"""Forgiving, explaining argument handling shared by the stages: column lists and the input a function needs."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

import pandas as pd


def column_list(by: str | Iterable[str] | None) -> list[str]:
    """``by`` as a list of column names: a single name (``"outlet"``), a sequence of names, or ``None`` (none)."""
    if by is None:
        return []
    if isinstance(by, str):
        return [by]
    return [str(column) for column in by]


def require_columns(
    frame: pd.DataFrame, columns: Iterable[str], function: str, maker: str, chosen: Iterable[str] = ()
) -> None:
    """Raise a ``KeyError`` that says which function makes the input, when ``frame`` lacks ``columns``.

    A missing column among ``chosen`` (the names a user passed, as ``by=``) is
    a name the table does not have, not a table of the wrong kind: the message
    says so and lists the table's closest columns.

    Parameters
    ----------
    frame : pandas.DataFrame
        The table given.
    columns : iterable of str
        The columns ``function`` reads.
    function : str
        The function that was called ("tone_over_time").
    maker : str
        What makes a table with those columns ("analysis.score_tone(articles)").
    chosen : iterable of str
        The columns among ``columns`` the user named (``by=``).

    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"{function} needs a pandas DataFrame, not {type(frame).__name__}; {maker} makes one")
    typos = [c for c in chosen if c not in frame.columns]
    if typos:
        named = [str(c) for c in frame.columns]
        close = sorted({m for c in typos for m in difflib.get_close_matches(c, named, n=3, cutoff=0.6)})
        hint = f"did you mean {', '.join(map(repr, close))}? " if close else ""
        raise MissingColumnsError(
            f"{function}: no column {', '.join(map(repr, typos))} in this table; {hint}its columns: {', '.join(named)}"
        )
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise MissingColumnsError(
            f"{function} needs the column{'s' if len(missing) > 1 else ''} {', '.join(map(repr, missing))}, "
            f"which this table lacks; {maker} makes a table with them"
        )


class MissingColumnsError(KeyError):
    """A table lacks columns a function reads; the message names the function that makes them."""

    def __str__(self) -> str:
        return str(self.args[0])

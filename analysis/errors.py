"""Exceptions and the problem records that loaders keep instead of failing silently."""

from __future__ import annotations

from typing import NamedTuple


class CorpusError(ValueError):
    """An input that cannot be read as a corpus; the message names the file and the problem."""


class Problem(NamedTuple):
    """One thing that went wrong while loading an input.

    A named tuple, so that a frame holding problems in ``attrs`` can be saved
    (``to_parquet`` writes ``attrs`` as JSON).

    Attributes
    ----------
    source_path : str
        The file the problem is about.
    doc_id : str or None
        The article concerned, when one is known.
    severity : str
        ``"skipped"`` when the input was left out, ``"warning"`` when it was kept
        with a gap (for example no date), ``"info"`` for a harmless repair
        (for example a non-UTF-8 encoding that was decoded).
    problem : str
        A sentence saying what is wrong.

    """

    source_path: str
    doc_id: str | None
    severity: str
    problem: str

    def as_dict(self) -> dict:
        """Return the record as a plain dict (one row of a problems table)."""
        return self._asdict()


class ProblemLog(tuple):
    """The problems met while loading a corpus (a tuple of :class:`Problem`), kept in ``DataFrame.attrs``.

    pandas deep-copies ``attrs`` whenever it derives a frame (``loc``, ``iterrows``,
    arithmetic…); the log is immutable, so a copy is the log itself and costs nothing.
    """

    def __copy__(self) -> ProblemLog:
        return self

    def __deepcopy__(self, memo: dict) -> ProblemLog:
        return self

    def records(self) -> list[dict]:
        """The problems as dicts (rows of a problems table)."""
        return [p.as_dict() for p in self]


class CacheError(RuntimeError):
    """A cache file a result still needs has gone or cannot be read; the message names the file."""

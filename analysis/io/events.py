"""Key events of a corpus (``date``, ``label``), drawn on its time charts.

Events belong to a corpus: ``events.csv`` beside the corpus (in its folder or
the folder above, as for ``metadata.csv``) or a file the user names. A corpus
without one gets no event markers; charts draw only the events within their
data's dates.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.errors import CorpusError

EVENTS_FILE = "events.csv"


def no_events() -> pd.DataFrame:
    """An empty events table."""
    return pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"), "label": pd.Series(dtype="string")})


def load_events(path: str | Path) -> pd.DataFrame:
    """Read an events CSV (columns ``date`` and ``label``), sorted by date.

    Raises
    ------
    CorpusError
        If the file is missing, cannot be read, lacks a column, or holds a date that cannot be read;
        the message names the file (and the row).

    """
    path = Path(path)
    try:
        table = pd.read_csv(path, dtype="string", keep_default_na=False)
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot be read as an events file ({exc})") from exc
    table.columns = [str(c).strip().lower() for c in table.columns]
    missing = [c for c in ("date", "label") if c not in table.columns]
    if missing:
        raise CorpusError(f"{path}: an events file needs the columns 'date' and 'label'; found {list(table.columns)}")
    dates = pd.to_datetime(table["date"].str.strip(), errors="coerce", format="mixed")
    bad = dates.isna()
    if bad.any():
        row = int(bad.to_numpy().nonzero()[0][0])
        raise CorpusError(f"{path}: row {row + 2}: unreadable date {table['date'].iloc[row]!r} (use YYYY-MM-DD)")
    events = pd.DataFrame({"date": dates.dt.tz_localize(None) if dates.dt.tz else dates, "label": table["label"]})
    return events.sort_values("date", kind="stable").reset_index(drop=True)


def events_path(source: str | Path) -> Path | None:
    """``events.csv`` in the corpus folder or the folder above it, if there is one."""
    source = Path(source)
    folder = source if source.is_dir() else source.parent
    for candidate in (folder / EVENTS_FILE, folder.parent / EVENTS_FILE):
        if candidate.is_file():
            return candidate
    return None


def corpus_events(source: str | Path, path: str | Path | None = None) -> pd.DataFrame:
    """The events of a corpus: the file ``path`` if given, else ``events.csv`` beside the corpus, else none."""
    found = Path(path) if path is not None else events_path(source)
    return load_events(found) if found is not None else no_events()

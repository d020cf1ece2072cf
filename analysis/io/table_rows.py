"""Reading article tables: one record per row of a CSV, TSV, JSON Lines or Parquet export.

The file is read and its columns mapped to the article fields by
:mod:`analysis.io.tables`; here each row becomes an
:class:`~analysis.io.records.ArticleRecord`. Dates are parsed once per distinct
value; the texts stay in the table's column until worker processes clean them
(HTML to paragraphs) and compute their facts.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from analysis._engine.executors import Executor
from analysis._engine.memory import take_rows
from analysis._engine.parallel import map_chunks
from analysis.errors import Problem
from analysis.io.dates import DAY_FIRST, MONTH_FIRST, parse_date_value
from analysis.io.markup import has_markup, html_to_line, html_to_text
from analysis.io.outlets import host_of
from analysis.io.page_files import PageText, body_facts
from analysis.io.pages import join_paragraphs
from analysis.io.records import ArticleRecord, LoadedCorpus
from analysis.io.tables import map_columns, read_table_file

#: The fields a table's columns may give besides the text and the date.
_CELL_FIELDS = ("title", "outlet", "original_source", "url", "language", "speaker")


def _cell(value: object) -> object:
    """A table cell, or ``None`` when it is missing or blank."""
    if value is None or (not isinstance(value, str) and pd.isna(value)) or str(value).strip() == "":
        return None
    return value


def _table_dates(frame: pd.DataFrame, column: str | None) -> tuple[list, list, list[object], tuple[int, int]]:
    """The publication dates of a table's rows, their other readings, the raw values, and the order evidence.

    Each row's date is ``NaT`` when missing and ``None`` when unreadable; the
    other reading is the day-first reading of an ambiguous slashed date (else
    ``None``). A column of timestamps is converted at once; other values are
    parsed once per distinct value. The evidence counts the column's slashed
    dates that show day-first and month-first order.
    """
    if column is None:
        return [pd.NaT] * len(frame), [None] * len(frame), [None] * len(frame), (0, 0)
    raw = [_cell(v) for v in frame[column].tolist()]
    if pd.api.types.is_datetime64_any_dtype(frame[column].dtype):
        return list(pd.to_datetime(frame[column], utc=True)), [None] * len(frame), raw, (0, 0)
    parsed: dict[str | None, tuple] = {}  # a value's date depends only on its text (None: missing)
    keys = [None if v is None else str(v) for v in raw]
    day = month = 0
    for key, value in zip(keys, raw, strict=True):
        if key not in parsed:
            try:
                found = parse_date_value(value)
            except (ValueError, OverflowError):
                parsed[key] = (None, None)  # unreadable
                continue
            if found is None:
                parsed[key] = (pd.NaT, None)
                continue
            parsed[key] = (found.value, found.other)
            day += found.order == DAY_FIRST
            month += found.order == MONTH_FIRST
    return [parsed[k][0] for k in keys], [parsed[k][1] for k in keys], raw, (day, month)


class ColumnTexts(Sequence):
    """Rows of a text column as Python strings, made only when asked for (an item, or a chunk when sliced).

    A missing value is ``""``; any other value is its text (``str``). ``rows``
    (positions) defaults to every row.
    """

    def __init__(self, column: pd.Series, rows: np.ndarray | None = None) -> None:
        self.column = column
        self.rows = np.arange(len(column)) if rows is None else rows

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, at):  # type: ignore[override]
        if isinstance(at, slice):
            return [_as_text(v) for v in take_rows(self.column, self.rows[at]).tolist()]
        return _as_text(self.column.iloc[int(self.rows[at])])


def _as_text(value: object) -> str:
    return value if isinstance(value, str) else "" if _cell(value) is None else str(value)


def read_table_rows(
    path: Path, loaded: LoadedCorpus, id_prefix: str | None = None, columns: dict[str, str] | None = None
) -> None:
    """Add a table's rows to ``loaded`` as records; their texts stay in the table's column until cleaned.

    Rows that cannot be read are skipped and named with their line numbers. A
    row without an id is ``<id_prefix>_<row>`` (default: the file's name
    without its ending). ``columns`` names the table's columns for fields
    (see :func:`~analysis.io.tables.map_columns`).

    Raises
    ------
    CorpusError
        If the table cannot be read or has no text column.

    """
    read = read_table_file(path)
    for line_no, why in read.bad_rows:
        where = f"{path} line {line_no}"
        loaded.problems.append(Problem(where, None, "skipped", f"{where}: row skipped, {why}"))
    frame = read.frame
    mapping = map_columns(frame, path, columns)
    n = len(frame)
    cells = {
        name: [_cell(v) for v in frame[mapping[name]].tolist()] if name in mapping else [None] * n
        for name in ("doc_id", *_CELL_FIELDS)
    }
    column = frame[mapping["text"]]
    blank = [_cell(v) is None for v in column]  # one text at a time: the column is never all Python strings
    dates, others, raw_dates, order = _table_dates(frame, mapping.get("published"))
    del frame
    ids = cells.pop("doc_id")
    folder = Path(os.path.abspath(path)).parent.name or None
    rows, records = [], []
    for row_no in range(n):
        raw_id = ids[row_no]
        wanted = str(raw_id) if raw_id is not None else f"{id_prefix or path.stem}_{row_no:06d}"
        where = f"{path} row {row_no + 1}"
        if blank[row_no]:
            loaded.problems.append(Problem(where, wanted, "skipped", f"{where}: the text is empty"))
            continue
        record = ArticleRecord(doc_id=loaded.unique_id(wanted, path), source_path=where, folder=folder)
        for name, values in cells.items():
            value = values[row_no]
            setattr(record, name, None if value is None else str(value).strip())
            record.sources[name] = f"table:{mapping[name]}" if value is not None else "not found"
        _clean_title(record)
        published = dates[row_no]
        if published is None:
            record.notes.append(f"unreadable date {raw_dates[row_no]!r}")
            published = pd.NaT
        record.published = published
        record.published_other = others[row_no]
        record.date_site, record.date_order = ("table", str(path)), order
        record.sources["published"] = f"table:{mapping['published']}" if not pd.isna(published) else "not found"
        loaded.records.append(record)
        rows.append(row_no)
        records.append(record)
    loaded.table_texts.append((column, np.array(rows, dtype=np.int64), records))


def _clean_title(record: ArticleRecord) -> None:
    """A table row's headline without HTML, and the host its outlet cell names, if it names one."""
    if record.title is not None and has_markup(record.title):
        record.title = html_to_line(record.title) or None
        record.sources["title"] += " (HTML removed)"
    record.host = host_of(record.outlet)  # a host name given as the outlet (the URL's host wins later)


def clean_table_texts(texts: list[str], detect_languages: bool = False) -> list[tuple[str, PageText]]:
    """A table's texts as paragraphs (:func:`~analysis.io.pages.join_paragraphs`), each with its body facts.

    Run in worker processes: the cleaning and the facts are the per-article work of loading a table.
    """
    markup = [has_markup(t) for t in texts]
    cleaned = [join_paragraphs((html_to_text(t) if m else t).splitlines()) for t, m in zip(texts, markup, strict=True)]
    facts = body_facts(cleaned, detect_languages)
    for fact, had in zip(facts, markup, strict=True):
        fact.had_markup = had
    return list(zip(cleaned, facts, strict=True))


def clean_loaded_table_texts(
    loaded: LoadedCorpus, detect_languages: bool, executor: Executor | None = None, progress: bool | None = None
) -> None:
    """Clean the texts of the records read from tables, and work out their facts, in worker processes."""
    while loaded.table_texts:
        column, rows, records = loaded.table_texts.pop(0)
        done = map_chunks(
            clean_table_texts,
            ColumnTexts(column, rows),
            detect_languages,
            executor=executor,
            progress=progress,
            desc="articles",
        )
        del column
        for record, (text, facts) in zip(records, done, strict=True):
            record.text = text
            if facts.had_markup:
                record.notes.append("the text held HTML; it was turned into plain paragraphs")
                record.sources["text"] = "html"
            record.detected_language, record.n_words = facts.language, facts.n_words
            record.signature = facts.signature

"""Finishing records: what every reader (pages, tables, …) produces, and how records become the articles table.

A reader turns each document it reads into an :class:`ArticleRecord` and adds
it, with any :class:`~analysis.errors.Problem`, to a :class:`LoadedCorpus`.
When every file has been read, :func:`apply_metadata` lets the metadata file
correct fields, and :func:`articles_frame` names outlets, resolves ambiguous
dates, notes what is missing and builds the table whose columns are
:data:`ARTICLE_COLUMNS`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from analysis._engine.executors import Executor
from analysis._engine.folding import fold_non_ascii
from analysis._engine.memory import string_array
from analysis._engine.parallel import map_chunks
from analysis.errors import Problem
from analysis.io.dates import parse_date, resolve_ambiguous_dates
from analysis.io.duplicates import minhash_signatures
from analysis.io.metadata import METADATA_FIELDS
from analysis.io.outlets import OutletNames, name_outlets
from analysis.text.language import detect_languages_of

#: The fields whose origin the ``provenance`` column states, in its order.
PROVENANCE_FIELDS = ("title", "published", "outlet", "original_source", "url", "language")
#: Fields an article should have; a record without one gets a problem saying so.
REQUIRED_FIELDS = ("title", "published", "outlet")

#: The columns of the articles table and their dtypes (index: ``doc_id``).
ARTICLE_COLUMNS: dict[str, str] = {
    "outlet": "string",
    "original_source": "string",
    "speaker": "string",
    "published": "datetime64[ns, UTC]",
    "title": "string",
    "text": "string",
    "n_words": "int64",
    "language": "string",
    "url": "string",
    "host": "string",
    "source_path": "string",
    "duplicate_of": "string",
    "provenance": "string",
    "problems": "string",
}

#: Problems that start so are warnings (a field missing or unreadable); the others are informational repairs.
_WARNING_PREFIXES = ("no ", "unreadable", "ambiguous", "line ")


@dataclass(slots=True, eq=False)
class ArticleRecord:
    """One article as a reader found it, before the corpus-wide steps (outlet names, dates, copies).

    The fields named like :data:`ARTICLE_COLUMNS` become the table's columns;
    the others are evidence for the corpus-wide steps.
    """

    doc_id: str
    source_path: str
    text: str | None = None
    title: str | None = None
    published: object = None
    outlet: str | None = None
    original_source: str | None = None
    #: Who speaks in the document, from a table's ``speaker`` column (speeches, statements, transcripts).
    speaker: str | None = None
    url: str | None = None
    language: str | None = None
    host: str | None = None
    #: The name of the folder the record's file is in: the outlet of last resort.
    folder: str | None = None
    #: Where each field came from (``field → evidence``): the ``provenance`` column's pairs.
    sources: dict[str, str] = field(default_factory=dict)
    #: What is missing or was repaired: the ``problems`` column's sentences.
    notes: list[str] = field(default_factory=list)
    #: The language identified from the text (``None``: not identified yet).
    detected_language: str | None = None
    #: Words in the final text, when a worker counted them.
    n_words: int | None = None
    #: The MinHash signature of the final text, when a worker computed it (``None``: compute it here).
    signature: np.ndarray | None = None
    #: The other reading of an ambiguous slashed publication date (see :mod:`analysis.io.dates`).
    published_other: pd.Timestamp | None = None
    #: The time zone written with the publication date, if any.
    published_zone: str | None = None
    #: Whose date evidence this record shares: ``("site", outlet)``, ``("page", doc_id)`` or ``("table", path)``.
    date_site: tuple[str, str | None] | None = None
    #: Slashed dates that show their order: ``(day-first, month-first)`` counts.
    date_order: tuple[int, int] = (0, 0)


@dataclass
class LoadedCorpus:
    """What the readers have found so far: records, problems, and the work left for the corpus-wide steps."""

    records: list[ArticleRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    taken_ids: set[str] = field(default_factory=set)
    #: Pages kept for :func:`~analysis.io.corpus.removed_lines` (empty when the pages' lines are not kept).
    pages: list = field(default_factory=list)
    #: The copy cluster of each page's ``doc_id`` (pages are clustered before their furniture is removed).
    page_clusters: dict[str, int] = field(default_factory=dict)
    #: Per table read: its text column, the rows with a text, and their records (texts cleaned later, in workers).
    table_texts: list[tuple[pd.Series, np.ndarray, list[ArticleRecord]]] = field(default_factory=list)

    def unique_id(self, wanted: str, path: Path) -> str:
        """``wanted``, or ``wanted~2``, ``~3``… when taken (with a warning naming the file)."""
        doc_id, n = wanted, 1
        while doc_id in self.taken_ids:
            n += 1
            doc_id = f"{wanted}~{n}"
        if doc_id != wanted:
            self.problems.append(
                Problem(str(path), doc_id, "warning", f"doc_id {wanted!r} is used twice; renamed {doc_id!r}")
            )
        self.taken_ids.add(doc_id)
        return doc_id


#: ASCII white space (as ``str.isspace`` has it), turned into spaces; the other ASCII characters
#: that are neither white space nor a letter or digit, deleted.
_ASCII_SPACES = bytes(c for c in range(128) if chr(c).isspace())
_SPACES_TO_SPACE = bytes.maketrans(_ASCII_SPACES, b" " * len(_ASCII_SPACES))
_ASCII_NEITHER = bytes(c for c in range(128) if not chr(c).isspace() and not chr(c).isalnum())


def count_words(text: str) -> int:
    """Number of whitespace-separated words that contain a letter or digit.

    Only white space, letters and digits matter, so each non-ASCII character
    becomes a space, an ``a`` or nothing, and the count is taken on bytes with
    white space normalised and every other character deleted (C speed).
    """
    text = fold_non_ascii(text, _space_letter_or_nothing)
    return len(text.encode("ascii").translate(_SPACES_TO_SPACE, _ASCII_NEITHER).split())


def _space_letter_or_nothing(ch: str) -> str:
    return " " if ch.isspace() else "a" if ch.isalnum() else ""


def apply_metadata(loaded: LoadedCorpus, metadata: pd.DataFrame, path: Path, dayfirst: bool | None = None) -> None:
    """Let the metadata file supply or correct fields per ``doc_id`` (a person's values win)."""
    by_id = {r.doc_id: r for r in loaded.records}
    for doc_id in metadata.index:
        if doc_id not in by_id:
            loaded.problems.append(
                Problem(str(path), doc_id, "warning", f"{path}: names doc_id {doc_id!r}, which is not in the corpus")
            )
    for doc_id, row in metadata.iterrows():
        record = by_id.get(doc_id)
        if record is None:
            continue
        for name in METADATA_FIELDS:
            if name not in row.index or pd.isna(row[name]):
                continue
            value = row[name]
            if name == "published":
                try:
                    value = parse_date(value, dayfirst)
                    record.published_other = None  # a person's date is not re-read
                except (ValueError, OverflowError):
                    loaded.problems.append(
                        Problem(str(path), doc_id, "warning", f"{path}: unreadable date {value!r} for {doc_id}")
                    )
                    continue
            setattr(record, name, value)
            record.sources[name] = "metadata"


def _missing(value: object) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value))


def articles_frame(
    loaded: LoadedCorpus,
    detect: bool,
    executor: Executor | None = None,
    progress: bool | None = None,
    dayfirst: bool | None = None,
    outlets: OutletNames | None = None,
) -> pd.DataFrame:
    """The articles table of the loaded records: languages, outlet names, dates resolved, problems noted.

    Every record's problems are added to ``loaded.problems``. The records give
    up their texts to the table's column as it is built.
    """
    records = loaded.records
    missing = [r for r in records if not r.language]
    if detect and missing:
        unknown = [r for r in missing if r.detected_language is None]
        codes = map_chunks(
            detect_languages_of, [r.text for r in unknown], executor=executor, progress=progress, desc="language"
        )
        for record, code in zip(unknown, codes, strict=True):
            record.detected_language = code
        for record in missing:
            record.language, record.sources["language"] = record.detected_language, "text:langid"
    for record in missing:
        record.sources.setdefault("language", "not found")
    name_outlets(records, outlets or OutletNames())
    resolve_ambiguous_dates(records, dayfirst)
    provenance, problems = [], []
    for record in records:
        for name in REQUIRED_FIELDS:
            if _missing(getattr(record, name)):
                message = f"no {name} found in the text or metadata"
                if message not in record.notes:
                    record.notes.append(message)
        for note in record.notes:
            severity = "warning" if note.startswith(_WARNING_PREFIXES) else "info"
            loaded.problems.append(Problem(record.source_path, record.doc_id, severity, note))
        provenance.append("; ".join(f"{k}={record.sources.get(k, 'not found')}" for k in PROVENANCE_FIELDS))
        problems.append("; ".join(record.notes))
        if record.n_words is None:
            record.n_words = count_words(record.text)
    computed = {"provenance": provenance, "problems": problems, "duplicate_of": [None] * len(records)}
    columns = {}
    for name, dtype in ARTICLE_COLUMNS.items():  # column by column, so only one is ever held twice
        values = computed[name] if name in computed else [getattr(r, name) for r in records]
        if name == "published":
            columns[name] = pd.to_datetime(pd.Series(values, dtype=object), utc=True).astype(dtype).array
        else:
            cleaned = [None if v is None or v is pd.NaT else v for v in values]
            columns[name] = string_array(cleaned) if dtype == "string" else pd.array(cleaned, dtype=dtype)
        if name == "text":
            for record in records:
                record.text = None  # the column holds the texts now
    index = pd.Index([r.doc_id for r in records], name="doc_id")
    return pd.DataFrame(columns, index=index)


def final_signatures(records: list[ArticleRecord], texts: Sequence[str]) -> np.ndarray:
    """The MinHash signature of each record's final text: the workers' where they had it, else computed here."""
    signatures = [r.signature for r in records]
    missing = [i for i, signature in enumerate(signatures) if signature is None]
    for i, signature in zip(missing, minhash_signatures([texts[i] for i in missing]), strict=True):
        signatures[i] = signature
    return np.stack(signatures) if signatures else np.zeros((0, 0), dtype=np.uint64)

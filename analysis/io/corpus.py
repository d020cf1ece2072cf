"""Load a news corpus (scraped pages or article tables) into one tidy articles table."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from analysis._engine.executors import Executor, resolve_executor
from analysis._engine.folding import fold_non_ascii
from analysis._engine.memory import string_array, take_rows
from analysis._engine.parallel import map_chunks
from analysis.errors import CorpusError, Problem, ProblemLog
from analysis.io.dates import DAY_FIRST, MONTH_FIRST, choose_reading, parse_date, parse_date_value
from analysis.io.duplicates import duplicate_clusters, flag_duplicates, minhash_signatures
from analysis.io.markup import has_markup, html_to_line, html_to_text
from analysis.io.metadata import METADATA_FIELDS, default_metadata_path, read_metadata
from analysis.io.outlets import OutletNames, host_of, load_outlets
from analysis.io.pages import ParsedPage, join_paragraphs, mark_site_repeats, parse_page, rechoose_title
from analysis.io.reading import read_text_file
from analysis.io.tables import TABLE_SUFFIXES, map_columns, read_table_file
from analysis.text.language import detect_languages_of

PAGE_SUFFIXES = {".txt", ".text"}
#: ASCII white space (as ``str.isspace`` has it), turned into spaces; the other ASCII characters
#: that are neither white space nor a letter or digit, deleted.
_ASCII_SPACES = bytes(c for c in range(128) if chr(c).isspace())
_SPACES_TO_SPACE = bytes.maketrans(_ASCII_SPACES, b" " * len(_ASCII_SPACES))
_ASCII_NEITHER = bytes(c for c in range(128) if not chr(c).isspace() and not chr(c).isalnum())
PROVENANCE_FIELDS = ("title", "published", "outlet", "original_source", "url", "language")
REQUIRED_FIELDS = ("title", "published", "outlet")

#: The columns of the articles table and their dtypes (index: ``doc_id``).
ARTICLE_COLUMNS: dict[str, str] = {
    "outlet": "string",
    "original_source": "string",
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


@dataclass
class _Loaded:
    records: list[dict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    pages: list[ParsedPage] = field(default_factory=list)
    page_clusters: dict[str, int] = field(default_factory=dict)
    #: Per table read: its text column and the records of its rows with a text (cleaned later, in workers).
    table_texts: list[tuple[pd.Series, np.ndarray, list[dict]]] = field(default_factory=list)


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


_CORPUS_SUFFIXES = frozenset(PAGE_SUFFIXES) | frozenset(TABLE_SUFFIXES)


def _corpus_files(folder: Path) -> Iterator[Path]:
    """The page and table files under a folder and its subfolders, as ``Path.rglob`` finds them.

    Hidden files and ``metadata.csv`` are left out. Walked with ``os.scandir``,
    whose entries know their type without a ``stat`` per file; symbolic links to
    folders are not followed.
    """
    folders = [folder]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir() and not entry.is_symlink():
                    folders.append(Path(entry.path))
                elif (
                    not entry.name.startswith(".")
                    and entry.name != "metadata.csv"
                    and os.path.splitext(entry.name)[1].lower() in _CORPUS_SUFFIXES
                    and entry.is_file()
                ):
                    yield Path(entry.path)


def _as_paths(source: str | Path | Iterable[str | Path]) -> list[Path]:
    items = [source] if isinstance(source, (str, Path)) else list(source)
    paths: list[Path] = []
    for item in items:
        path = Path(item)
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(_corpus_files(path), key=lambda p: p.parts)  # Path comparisons are slow for 10^5 files
            if not found:
                raise CorpusError(f"{path}: the folder holds no .txt pages and no article tables")
            paths.extend(found)
        elif path.suffix and path.suffix.lower() not in _CORPUS_SUFFIXES:
            raise CorpusError(
                f"{path}: not a news page or an article table (a file ending in {', '.join(sorted(PAGE_SUFFIXES))} "
                f"for a scraped page, or {', '.join(sorted(TABLE_SUFFIXES))} for a table); rename a scraped page "
                "to .txt to read it as one"
            )
        else:
            paths.append(path)
    return paths


def _unique_id(wanted: str, taken: set[str], path: Path, loaded: _Loaded) -> str:
    doc_id, n = wanted, 1
    while doc_id in taken:
        n += 1
        doc_id = f"{wanted}~{n}"
    if doc_id != wanted:
        loaded.problems.append(
            Problem(str(path), doc_id, "warning", f"doc_id {wanted!r} is used twice; renamed {doc_id!r}")
        )
    taken.add(doc_id)
    return doc_id


@dataclass
class PageText:
    """What a worker works out from a page's clean body: its MinHash signature, language and word count.

    The body itself is not sent back: the main process rebuilds it from the
    page's story lines, one page at a time, so the two never both fill memory.
    """

    signature: np.ndarray
    language: str | None
    n_words: int
    #: Whether the text held HTML (tags or entities) that was turned into plain paragraphs.
    had_markup: bool = False


def body_facts(bodies: list[str], detect_languages: bool = False) -> list[PageText]:
    """The :class:`PageText` facts of clean bodies: MinHash signature, language (if asked) and word count."""
    languages = detect_languages_of(bodies) if detect_languages else [None] * len(bodies)
    return [
        PageText(signature, language, count_words(body))
        for body, signature, language in zip(bodies, minhash_signatures(bodies), languages, strict=True)
    ]


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


def parse_files(
    paths: list[Path | tuple[Path, str | None]], detect_languages: bool = False, keep_removed: bool = True
) -> list[tuple[ParsedPage | None, str, str | None, PageText | None]]:
    """Read and parse each page: ``(page, encoding, None, body facts)``, or ``(None, "", error, None)`` for a bad file.

    An item may be ``(path, url)``, the page's address from the metadata file,
    whose slug is evidence for the headline. The body facts (see :class:`PageText`)
    are computed here so that the costly per-page work runs in worker processes.
    ``keep_removed=False`` sends back the body and the story lines' keys instead
    of the lines (:meth:`ParsedPage.drop_lines`), so less text travels back and
    the body is not made twice.
    """
    out = []
    for item in paths:
        path, url = item if isinstance(item, tuple) else (item, None)
        try:
            decoded = read_text_file(path)
        except CorpusError as exc:
            out.append((None, "", str(exc), None))
            continue
        out.append((parse_page(decoded.text, path.stem, url), decoded.encoding, None, None))
    bodies = [page.body() for page, *_ in out if page is not None]
    facts = iter(body_facts(bodies, detect_languages))
    if not keep_removed:
        for page, body in zip([page for page, *_ in out if page is not None], bodies, strict=True):
            page.drop_lines(body)
    return [(page, encoding, error, None if page is None else next(facts)) for page, encoding, error, _ in out]


class _Bodies(Sequence):
    """The pages' bodies, made when asked for (near-duplicate checks read only a few)."""

    def __init__(self, pages: list[ParsedPage]) -> None:
        self.pages = pages

    def __len__(self) -> int:
        return len(self.pages)

    def __getitem__(self, i: int) -> str:  # type: ignore[override]
        return self.pages[i].body()


def _read_pages(
    paths: list[Path],
    loaded: _Loaded,
    taken: set[str],
    workers: int | None = None,
    progress: bool | None = None,
    threshold: float = 0.5,
    detect_languages: bool = True,
    keep_pages: bool = True,
    urls: dict[str, str] | None = None,
) -> None:
    parsed = map_chunks(
        parse_files,
        [(p, urls[p.stem]) if p.stem in urls else p for p in paths] if urls else paths,
        detect_languages,
        keep_pages,
        workers=workers,
        progress=progress,
        desc="pages",
        chunk_size=50,
    )
    facts: list[PageText] = []
    for path, (page, encoding, error, page_text) in zip(paths, parsed, strict=True):
        if page is None:
            loaded.problems.append(Problem(str(path), path.stem, "skipped", error))
            continue
        page.doc_id = _unique_id(path.stem, taken, path, loaded)
        page.fields["source_path"] = str(path)
        if encoding not in {"utf-8", "utf-8-sig"}:
            page.problems.append(f"decoded as {encoding}, not UTF-8")
        loaded.pages.append(page)
        facts.append(page_text)
    if not loaded.pages:
        return
    signatures = np.stack([f.signature for f in facts])
    clusters = duplicate_clusters(_Bodies(loaded.pages), threshold, signatures, workers, progress)
    changed = mark_site_repeats(loaded.pages, [str(c) for c in clusters])
    for k in changed:
        page = loaded.pages[k]
        if not page.lines:  # its lines were dropped: read them again to make the new body
            page.lines = parse_page(read_text_file(Path(page.fields["source_path"])).text, page.doc_id).lines
            rechoose_title(page)
        body = page.body()  # site furniture removed: the facts of the new body
        language = detect_languages_of([body])[0] if detect_languages else None
        facts[k] = PageText(facts[k].signature, language, count_words(body))
    for k, (page, page_text, cluster) in enumerate(zip(loaded.pages, facts, clusters, strict=True)):
        body = page.body()
        page.kept_keys = None
        if not keep_pages:
            page.lines = []  # free the page's text as its body is made
        loaded.page_clusters[page.doc_id] = cluster
        if not body:
            loaded.problems.append(
                Problem(
                    page.fields["source_path"],
                    page.doc_id,
                    "skipped",
                    f"{page.fields['source_path']}: no story text left after removing page furniture",
                )
            )
            continue
        record = {"doc_id": page.doc_id, **page.fields, "text": body, "url": None}
        record["_provenance"] = dict(page.provenance, url="not found")
        record["_problems"] = list(page.problems)
        record["_language"], record["_n_words"] = page_text.language, page_text.n_words
        record["_signature"] = None if k in changed else page_text.signature  # None: not of the final body
        record["_published_other"], record["_published_zone"] = page.published_other, page.published_zone
        site = ("site", page.fields["outlet"]) if page.fields.get("outlet") else ("page", page.doc_id)
        record["_date_site"], record["_date_order"] = site, page.date_order
        loaded.records.append(record)
    if not keep_pages:
        loaded.pages = []  # the records hold what is needed


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


class _ColumnTexts(Sequence):
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


def _read_table(path: Path, loaded: _Loaded, taken: set[str]) -> None:
    """Add a table's rows to ``loaded`` as records; their texts stay in the table's column until cleaned.

    Rows that cannot be read are skipped and named with their line numbers.
    """
    read = read_table_file(path)
    for line_no, why in read.bad_rows:
        where = f"{path} line {line_no}"
        loaded.problems.append(Problem(where, None, "skipped", f"{where}: row skipped, {why}"))
    frame = read.frame
    mapping = map_columns(frame, path)
    n = len(frame)
    cells = {
        name: [_cell(v) for v in frame[mapping[name]].tolist()] if name in mapping else [None] * n
        for name in ("doc_id", "title", "outlet", "original_source", "url", "language")
    }
    column = frame[mapping["text"]]
    blank = [_cell(v) is None for v in column]  # one text at a time: the column is never all Python strings
    dates, others, raw_dates, order = _table_dates(frame, mapping.get("published"))
    del frame
    ids, fields = cells.pop("doc_id"), cells
    rows, records = [], []
    for row_no in range(n):
        raw_id = ids[row_no]
        wanted = str(raw_id) if raw_id is not None else f"{path.stem}_{row_no:06d}"
        where = f"{path} row {row_no + 1}"
        if blank[row_no]:
            loaded.problems.append(Problem(where, wanted, "skipped", f"{where}: the text is empty"))
            continue
        doc_id = _unique_id(wanted, taken, path, loaded)
        record: dict = {"doc_id": doc_id, "source_path": where, "text": None}
        provenance: dict[str, str] = {}
        problems: list[str] = []
        for name, values in fields.items():
            value = values[row_no]
            record[name] = None if value is None else str(value).strip()
            provenance[name] = f"table:{mapping[name]}" if value is not None else "not found"
        _clean_title(record, provenance)
        published = dates[row_no]
        if published is None:
            problems.append(f"unreadable date {raw_dates[row_no]!r}")
            published = pd.NaT
        record["published"] = published
        record["_published_other"] = others[row_no]
        record["_date_site"], record["_date_order"] = ("table", str(path)), order
        provenance["published"] = f"table:{mapping['published']}" if not pd.isna(published) else "not found"
        record["_provenance"], record["_problems"] = provenance, problems
        loaded.records.append(record)
        rows.append(row_no)
        records.append(record)
    loaded.table_texts.append((column, np.array(rows, dtype=np.int64), records))


def _clean_title(record: dict, provenance: dict) -> None:
    """A table row's headline without HTML, and the host its outlet cell names, if it names one."""
    title = record.get("title")
    if title is not None and has_markup(title):
        record["title"] = html_to_line(title) or None
        provenance["title"] += " (HTML removed)"
    record["host"] = host_of(record.get("outlet"))  # a host name given as the outlet (the URL's host wins later)


def _clean_table_texts(
    loaded: _Loaded, detect_languages: bool, workers: int | None = None, progress: bool | None = None
) -> None:
    """Clean the texts of the records read from tables, and work out their facts, in worker processes."""
    while loaded.table_texts:
        column, rows, records = loaded.table_texts.pop(0)
        done = map_chunks(
            clean_table_texts,
            _ColumnTexts(column, rows),
            detect_languages,
            workers=workers,
            progress=progress,
            desc="articles",
        )
        del column
        for record, (text, facts) in zip(records, done, strict=True):
            record["text"] = text
            if facts.had_markup:
                record["_problems"].append("the text held HTML; it was turned into plain paragraphs")
                record["_provenance"]["text"] = "html"
            record["_language"], record["_n_words"] = facts.language, facts.n_words
            record["_signature"] = facts.signature


def _apply_metadata(
    records: list[dict], metadata: pd.DataFrame, path: Path, loaded: _Loaded, dayfirst: bool | None = None
) -> None:
    by_id = {r["doc_id"]: r for r in records}
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
                    record["_published_other"] = None  # a person's date is not re-read
                except (ValueError, OverflowError):
                    loaded.problems.append(
                        Problem(str(path), doc_id, "warning", f"{path}: unreadable date {value!r} for {doc_id}")
                    )
                    continue
            record[name] = value
            record["_provenance"][name] = "metadata"


_WARNING_PREFIXES = ("no ", "unreadable", "ambiguous", "line ")


def _name_outlets(records: list[dict], outlets: OutletNames) -> None:
    """Outlet names for host names and other spellings (see :mod:`analysis.io.outlets`), and each article's host.

    An outlet a person gave in the metadata file is kept as written.
    """
    for record in records:
        record["host"] = host_of(record.get("url")) or record.get("host")
        if record["_provenance"].get("outlet") == "metadata":
            continue
        written = str(record["_provenance"].get("outlet", "")).startswith("text:")
        name, how = outlets.name(record.get("outlet"), written)
        if how and name != record.get("outlet"):
            record["_provenance"]["outlet"] = f"{record['_provenance'].get('outlet')} ({how} {record['outlet']!r})"
            record["outlet"] = name


def _resolve_ambiguous_dates(records: list[dict], dayfirst: bool | None) -> None:
    """Read each ambiguous slashed date (``11/01/2022``) from evidence; see :func:`analysis.io.dates.choose_reading`.

    The evidence of a site is the slashed dates of all its pages that show their
    order; of a table, those of its date column.
    """
    evidence: dict[tuple, list[int]] = {}
    for record in records:
        key = record.get("_date_site")
        if key is None or key[1] is None:
            continue
        day, month = record.get("_date_order", (0, 0))
        if key[0] == "table":
            evidence[key] = [day, month]  # the whole column's evidence, the same on every row
        else:
            total = evidence.setdefault(key, [0, 0])
            total[0] += day
            total[1] += month
    for record in records:
        other, first = record.get("_published_other"), record.get("published")
        if other is None or first is None or pd.isna(first):
            continue
        key = record.get("_date_site")
        value, how, decided = choose_reading(
            first,
            other,
            dayfirst=dayfirst,
            url=record.get("url"),
            evidence=tuple(evidence.get(key, (0, 0))) if key else (0, 0),
            zone=record.get("_published_zone"),
            language=record.get("language"),
        )
        record["published"] = value
        record["_provenance"]["published"] = f"{record['_provenance'].get('published')}, read {how}"
        if not decided:
            record["_problems"].append(
                f"ambiguous date: read as {first:%d %B %Y} (month first), could be {other:%d %B %Y}, "
                "pass dayfirst=True or dayfirst=False to load_articles to decide"
            )


def _finish(
    loaded: _Loaded,
    detect: bool,
    workers: int | None = None,
    progress: bool | None = None,
    dayfirst: bool | None = None,
    outlets: OutletNames | None = None,
) -> pd.DataFrame:
    missing = [r for r in loaded.records if not r.get("language")]
    if detect and missing:
        unknown = [r for r in missing if r.get("_language") is None]
        codes = map_chunks(
            detect_languages_of, [r["text"] for r in unknown], workers=workers, progress=progress, desc="language"
        )
        for record, code in zip(unknown, codes, strict=True):
            record["_language"] = code
        for record in missing:
            record["language"], record["_provenance"]["language"] = record["_language"], "text:langid"
    for record in missing:
        record["_provenance"].setdefault("language", "not found")
    _name_outlets(loaded.records, outlets or OutletNames())
    _resolve_ambiguous_dates(loaded.records, dayfirst)
    for record in loaded.records:
        for name in REQUIRED_FIELDS:
            value = record.get(name)
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                message = f"no {name} found in the text or metadata"
                if message not in record["_problems"]:
                    record["_problems"].append(message)
        for p in record["_problems"]:
            loaded.problems.append(
                Problem(
                    record["source_path"],
                    record["doc_id"],
                    "warning" if p.startswith(_WARNING_PREFIXES) else "info",
                    p,
                )
            )
        record["provenance"] = "; ".join(f"{k}={record['_provenance'].get(k, 'not found')}" for k in PROVENANCE_FIELDS)
        record["problems"] = "; ".join(record["_problems"])
        record["n_words"] = record["_n_words"] if record.get("_n_words") is not None else count_words(record["text"])
    columns = {}
    for name, dtype in ARTICLE_COLUMNS.items():  # column by column, so only one is ever held twice
        values = [r.get(name) for r in loaded.records]
        if name == "published":
            columns[name] = pd.to_datetime(pd.Series(values, dtype=object), utc=True).astype(dtype).array
        else:
            cleaned = [None if v is None or v is pd.NaT else v for v in values]
            columns[name] = string_array(cleaned) if dtype == "string" else pd.array(cleaned, dtype=dtype)
        if name == "text":
            for record in loaded.records:
                record["text"] = None  # the column holds the texts now
    index = pd.Index([r["doc_id"] for r in loaded.records], name="doc_id")
    return pd.DataFrame(columns, index=index)


def _final_signatures(records: list[dict], texts: Sequence[str]) -> np.ndarray:
    """The MinHash signature of each record's final text: the workers' where they had it, else computed here."""
    signatures = [r.get("_signature") for r in records]
    missing = [i for i, signature in enumerate(signatures) if signature is None]
    for i, signature in zip(missing, minhash_signatures([texts[i] for i in missing]), strict=True):
        signatures[i] = signature
    return np.stack(signatures) if signatures else np.zeros((0, 0), dtype=np.uint64)


def _metadata_path(source: str | Path | Iterable[str | Path], metadata: str | Path | bool | None) -> Path | None:
    if metadata is None:
        first = Path(source) if isinstance(source, (str, Path)) else Path(next(iter(source)))
        return default_metadata_path(first) if first.exists() else None
    if metadata is False or metadata is True:
        return None
    return Path(metadata)


def load_articles(
    source: str | Path | Iterable[str | Path],
    metadata: str | Path | bool | None = None,
    *,
    drop_duplicates: bool = False,
    duplicate_threshold: float = 0.5,
    detect_languages: bool = True,
    workers: int | None = None,
    progress: bool | None = None,
    files: tuple[list[Path], Path | None] | None = None,
    dayfirst: bool | None = None,
    outlets: str | Path | bool | None = None,
    executor=None,
) -> pd.DataFrame:
    """Load a corpus into one row per article.

    Parameters
    ----------
    source : path or list of paths
        A folder (its ``.txt`` pages and article tables, recursively), a single
        page, or a CSV/TSV/JSONL/Parquet table of articles.
    metadata : path, bool or None
        A metadata CSV that supplies or corrects fields per ``doc_id`` (see
        :mod:`analysis.io.metadata`). ``None`` uses ``metadata.csv`` in the
        corpus folder or the folder above it if present; ``False`` uses none.
    drop_duplicates : bool
        Drop articles flagged as copies of an earlier one (default: keep them).
    duplicate_threshold : float
        Jaccard similarity of word 5-gram shingles above which two articles are copies.
    detect_languages : bool
        Identify each article's language with langid (otherwise only a language
        given by a table or the metadata is used).
    workers : int, optional
        Processes for parsing pages and identifying languages (default: one per
        core for large corpora).
    progress : bool, optional
        Progress bars (default: long runs outside CI only).
    executor : str, dask Client or Executor, optional
        Where the per-document work runs: ``"processes"`` (local processes,
        ``workers`` of them), ``"serial"``, a ``distributed.Client`` or a
        scheduler address (``"tcp://host:8786"``); see :func:`analysis.run_pipeline`.
        Default: local processes for large corpora.
    files : tuple, optional
        :func:`corpus_files` of ``source`` and ``metadata``, when already listed
        (:func:`analysis.run_pipeline` lists a corpus once, for its fingerprint and the loading).
    dayfirst : bool, optional
        How to read ambiguous slashed dates such as ``11/01/2022``: ``True`` for
        11 January, ``False`` for 1 November. By default each is read from evidence
        (a date in the URL, the same site's or table's unambiguous dates, a
        language other than English) and, failing that, month first with a
        problem saying so.
    outlets : path or bool, optional
        The outlets file that maps host names and spellings to outlet names
        (default ``data/outlets.toml``; ``False`` for none: host names are still
        reduced to their site, ``feeds.example.com`` → ``example.com``).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``doc_id`` (str), with columns (dtypes in :data:`ARTICLE_COLUMNS`):

        - ``outlet``: the site that published the article;
        - ``original_source``: the outlet an aggregator republished it from, or NA;
        - ``published``: publication time, UTC;
        - ``title``: the headline;
        - ``text``: the clean body, paragraphs separated by blank lines;
        - ``n_words``: words in ``text``;
        - ``language``: ISO 639-1 code (``"und"`` when too short to tell);
        - ``url``: from a table or the metadata, else NA;
        - ``source_path``: the file (and row, for tables) it came from;
        - ``duplicate_of``: the ``doc_id`` of the first-published copy, or NA;
        - ``provenance``: ``field=how`` pairs saying where each field came from
          (``text:…``, ``table:<column>``, ``metadata`` or ``not found``);
        - ``problems``: what is missing or was repaired, ``""`` if nothing.

        ``attrs["problems"]`` lists every problem, including skipped files; see
        :func:`load_problems`.

    Raises
    ------
    CorpusError
        If a path does not exist, a table cannot be read or lacks a text column,
        the metadata file is malformed, or no article at all could be loaded.

    """
    if executor is not None and not isinstance(executor, Executor):
        with resolve_executor(executor, workers) as chosen:
            return load_articles(
                source, metadata, drop_duplicates=drop_duplicates, duplicate_threshold=duplicate_threshold,
                detect_languages=detect_languages, progress=progress, files=files, dayfirst=dayfirst,
                outlets=outlets, executor=chosen,
            )  # fmt: skip
    workers = executor if executor is not None else workers  # the steps below take an Executor as their workers
    paths, meta_path = corpus_files(source, metadata) if files is None else files
    loaded, taken = _Loaded(), set()
    pages = [p for p in paths if p.suffix.lower() not in TABLE_SUFFIXES]
    meta = read_metadata(meta_path) if meta_path is not None else None
    urls = meta["url"].dropna().to_dict() if meta is not None and "url" in meta.columns else None
    _read_pages(
        pages, loaded, taken, workers, progress, duplicate_threshold, detect_languages, keep_pages=False, urls=urls
    )
    names = load_outlets(outlets)
    for path in paths:
        if path.suffix.lower() in TABLE_SUFFIXES:
            try:
                _read_table(path, loaded, taken)
            except CorpusError as exc:  # one bad table does not stop the rest of the corpus
                loaded.problems.append(Problem(str(path), None, "skipped", str(exc)))
    _clean_table_texts(loaded, detect_languages, workers, progress)
    if not loaded.records:
        reasons = "; ".join(p.problem for p in loaded.problems) or "nothing found"
        raise CorpusError(f"no article could be loaded from {source}: {reasons}")
    if meta is not None:
        _apply_metadata(loaded.records, meta, meta_path, loaded, dayfirst)
    articles = _finish(loaded, detect_languages, workers, progress, dayfirst, names)
    # Pages were clustered as copies before site furniture was removed; tables were not.
    if all(doc_id in loaded.page_clusters for doc_id in articles.index):
        clusters = [loaded.page_clusters[d] for d in articles.index]
    else:
        texts = _ColumnTexts(articles["text"])
        clusters = duplicate_clusters(
            texts, duplicate_threshold, _final_signatures(loaded.records, texts), workers, progress
        )
    articles["duplicate_of"] = flag_duplicates(articles, duplicate_threshold, clusters)
    if drop_duplicates:
        articles = articles[articles["duplicate_of"].isna()].copy()
    articles = articles.sort_index()
    skipped = [p for p in loaded.problems if p.severity == "skipped"]
    if skipped:
        warnings.warn(
            f"load_articles skipped {len(skipped)} input(s): " + "; ".join(p.problem for p in skipped),
            stacklevel=2,
        )
    articles.attrs["problems"] = ProblemLog(loaded.problems)
    return articles


def corpus_files(
    source: str | Path | Iterable[str | Path], metadata: str | Path | bool | None = None
) -> tuple[list[Path], Path | None]:
    """The page and table files of a corpus, without its metadata file, and the metadata file.

    ``source`` and ``metadata`` are as for :func:`load_articles`.

    Only a file with the metadata file's name is resolved to compare it with the
    metadata file (resolving every path costs a system call per folder level).
    """
    meta_path = _metadata_path(source, metadata)
    paths = _as_paths(source)
    if meta_path is not None:
        meta = meta_path.resolve()
        names = {meta_path.name, meta.name}
        paths = [p for p in paths if p.name not in names or p.resolve() != meta]
    return paths, meta_path


def load_problems(articles: pd.DataFrame) -> pd.DataFrame:
    """The problems met while loading, one row each (``source_path``, ``doc_id``, ``severity``, ``problem``)."""
    log = articles.attrs.get("problems", ())
    rows = log.records() if isinstance(log, ProblemLog) else list(log)
    return pd.DataFrame(rows, columns=["source_path", "doc_id", "severity", "problem"])


def removed_lines(source: str | Path | Iterable[str | Path]) -> pd.DataFrame:
    """Every line removed from the scraped pages of a corpus, with the reason.

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``line_no``, ``reason``, ``line`` — what the cleaning took out,
        for checking that no story text was lost.

    """
    loaded = _Loaded()
    _read_pages([p for p in _as_paths(source) if p.suffix.lower() not in TABLE_SUFFIXES], loaded, set())
    frames = [p.removed() for p in loaded.pages]
    return pd.concat(frames, ignore_index=True) if frames else ParsedPage("", [], []).removed()


def provenance_table(articles: pd.DataFrame) -> pd.DataFrame:
    """The ``provenance`` column in long form: ``doc_id``, ``field``, ``source``."""
    rows = [
        {"doc_id": doc_id, "field": pair.split("=", 1)[0], "source": pair.split("=", 1)[1]}
        for doc_id, value in articles["provenance"].items()
        for pair in str(value).split("; ")
        if "=" in pair
    ]
    return pd.DataFrame(rows, columns=["doc_id", "field", "source"])


def corpus_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """The summary table printed by ``python -m analysis corpus``: one row per article."""
    problems = load_problems(articles)
    skipped = problems[problems["severity"] == "skipped"]
    summary = pd.DataFrame(
        {
            "outlet": articles["outlet"].fillna("?"),
            "published": articles["published"].dt.strftime("%Y-%m-%d %H:%M").fillna("?"),
            "title": articles["title"].fillna("?").str.slice(0, 60),
            "words": articles["n_words"],
            "problems": articles["problems"],
        }
    )
    extra = pd.DataFrame(
        {"outlet": "", "published": "", "title": "(skipped)", "words": 0, "problems": skipped["problem"].to_numpy()},
        index=pd.Index(skipped["doc_id"].fillna("?").to_numpy(), name="doc_id"),
    )
    return pd.concat([summary, extra]) if len(extra) else summary


def outlet_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet, most articles first: how much it published, over which dates, how long, how original.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``outlet``: ``n_articles``, ``first`` and ``last``
        publication dates, ``median_words``, ``republished`` (articles that
        name an original source) and ``with_problems`` (articles the loader
        noted a problem for).

    """
    data = articles.assign(
        outlet=articles["outlet"].fillna("(unknown)").astype(str),
        _republished=articles["original_source"].notna(),
        _problem=articles["problems"].fillna("").astype(str).str.len() > 0,
    )
    out = data.groupby("outlet").agg(
        n_articles=("outlet", "size"),
        first=("published", "min"),
        last=("published", "max"),
        median_words=("n_words", "median"),
        republished=("_republished", "sum"),
        with_problems=("_problem", "sum"),
    )
    out["first"] = out["first"].dt.strftime("%Y-%m-%d")
    out["last"] = out["last"].dt.strftime("%Y-%m-%d")
    out = out.astype({"republished": "int64", "with_problems": "int64"})
    return out.sort_values(["n_articles"], ascending=False, kind="stable")

"""Read tables of articles (CSV, JSONL, Parquet), such as news-archive exports.

Column names are matched case-insensitively against :data:`COLUMN_ALIASES`, so
``publish_date``/``date``/``published``, ``title``/``headline``,
``media_name``/``outlet``/``source``, ``text``/``body``/``content``, ``url`` and
``id`` all work.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.errors import CorpusError

TABLE_SUFFIXES = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".parquet": "parquet",
    ".xlsx": "excel",
}

COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "doc_id": ("doc_id", "id", "stories_id", "story_id", "article_id", "guid"),
    "published": (
        "published",
        "publish_date",
        "date",
        "pub_date",
        "publication_date",
        "published_at",
        "datetime",
        "timestamp",
        "date_published",
        "published_date",
        "pubdate",
    ),
    "title": ("title", "headline"),
    "outlet": ("outlet", "media_name", "source", "publisher", "media", "site", "domain"),
    "original_source": ("original_source",),
    # who speaks in a speech, statement or transcript: its first-person text becomes their statements
    "speaker": ("speaker", "speaker_name", "spoken_by", "orator"),
    # a feed's summary stands for the text only where no full text is given
    "text": ("text", "body", "content", "article_text", "full_text", "story", "description", "summary"),
    "url": ("url", "link"),
    "language": ("language", "lang"),
}


@dataclass
class TableRead:
    """A table read from a file, and the rows that could not be read (``(line number, why)``)."""

    frame: pd.DataFrame
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = "utf-8"


def read_table_file(path: Path) -> TableRead:
    """Read a table file, whatever its format, skipping rows that cannot be read.

    A CSV or TSV row with more fields than the header is skipped and named by
    its line number (fields that are all empty, as a trailing delimiter leaves,
    are dropped instead, and the row kept); so is a row with fewer fields, and a
    row whose short fields (id, date, headline) hold a line break, the sign of a
    quotation mark left open. A JSON-lines line that is not a JSON object is
    skipped with its line number. Everything else in the file is kept.

    Raises
    ------
    CorpusError
        If the format is unknown, the file cannot be parsed at all, or it has no rows.

    """
    kind = TABLE_SUFFIXES.get(path.suffix.lower())
    try:
        if kind in {"csv", "tsv"}:
            read = _read_delimited(path, "\t" if kind == "tsv" else ",")
        elif kind == "jsonl":
            read = _read_json_lines(path)
        elif kind == "json":
            read = TableRead(_read_json(path))
        elif kind == "parquet":
            read = TableRead(pd.read_parquet(path))
        elif kind == "excel":
            read = _read_excel(path)
        else:
            raise CorpusError(f"{path}: unknown table format {path.suffix!r}; use one of {sorted(TABLE_SUFFIXES)}")
    except CorpusError:
        raise
    except (ValueError, OSError, UnicodeDecodeError, pd.errors.ParserError, ImportError) as exc:
        raise CorpusError(f"{path}: cannot be read as a {kind} table ({type(exc).__name__}: {exc})") from exc
    if read.frame.empty:
        why = (
            f"; every row was unreadable ({read.bad_rows[0][1]} on line {read.bad_rows[0][0]}, …)"
            if read.bad_rows
            else ""
        )
        raise CorpusError(f"{path}: the table has no rows{why}")
    return read


def _read_excel(path: Path) -> TableRead:
    """The first sheet of an Excel workbook that has a column of texts (openpyxl), as strings where written so."""
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl")
    for frame in sheets.values():
        lower = {str(c).strip().lower() for c in frame.columns}
        if lower & set(COLUMN_ALIASES["text"]):
            return TableRead(frame)
    return TableRead(next(iter(sheets.values()), pd.DataFrame()))


def _decoded(path: Path) -> tuple[str, str]:
    from analysis.io.reading import decode_bytes

    decoded = decode_bytes(path.read_bytes(), str(path))
    return decoded.text, decoded.encoding


#: Short fields: a line break inside one means a quotation mark was left open and swallowed the next rows.
_SHORT_FIELDS = ("doc_id", "published", "title", "outlet", "url", "language")


def _read_delimited(path: Path, sep: str) -> TableRead:
    text, encoding = _decoded(path)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # article texts are long fields
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise CorpusError(f"{path}: the file is empty") from None
    except csv.Error as exc:
        raise CorpusError(f"{path}: the header line is not valid CSV ({exc})") from exc
    header = [h.strip() for h in header]
    width = len(header)
    short = _short_columns(header)
    rows: list[list[str]] = []
    bad: list[tuple[int, str]] = []
    last_line = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # strict: a quotation mark out of place is an error, not a merged row
            first_line, last_line = last_line + 1, reader.line_num
            bad.append((first_line, f"a quotation mark out of place ({exc}){_lines_skipped(first_line, last_line)}"))
            continue
        first_line, last_line = last_line + 1, reader.line_num
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) > width and not any(cell.strip() for cell in row[width:]):
            row = row[:width]  # a trailing delimiter
        if len(row) != width:
            bad.append(
                (
                    first_line,
                    f"{len(row)} fields where the header has {width} (a stray delimiter or quotation mark?)"
                    + _lines_skipped(first_line, last_line),
                )
            )
            continue
        broken = [header[i] for i in short if "\n" in row[i]]
        if broken:
            bad.append(
                (
                    first_line,
                    f"a line break inside {broken[0]!r} (a quotation mark left open? lines {first_line}-{last_line})",
                )
            )
            continue
        rows.append(row)
    frame = pd.DataFrame(rows, columns=header, dtype="string") if rows else pd.DataFrame(columns=header)
    return TableRead(frame, bad, encoding)


def _lines_skipped(first: int, last: int) -> str:
    """A note naming every line of a skipped row that spans several ("; lines 3-4 skipped"), else nothing."""
    return f"; lines {first}-{last} skipped" if last > first else ""


def _short_columns(header: list[str]) -> list[int]:
    lower = [h.lower() for h in header]
    return [i for i, name in enumerate(lower) if any(name in COLUMN_ALIASES[f] for f in _SHORT_FIELDS)]


def _read_json_lines(path: Path) -> TableRead:
    text, encoding = _decoded(path)
    records: list[dict] = []
    bad: list[tuple[int, str]] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            bad.append((line_no, f"not valid JSON ({exc.msg} at column {exc.colno})"))
            continue
        if not isinstance(value, dict):
            bad.append((line_no, f"a JSON {type(value).__name__}, not an object of fields"))
            continue
        records.append(value)
    frame = pd.DataFrame.from_records(records) if records else pd.DataFrame()
    return TableRead(frame, bad, encoding)


def _read_json(path: Path) -> pd.DataFrame:
    text, _ = _decoded(path)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})") from exc
    if isinstance(value, dict):
        value = next((v for v in value.values() if isinstance(v, list)), [value])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise CorpusError(f"{path}: expected a JSON array of objects (one per article)")
    return pd.DataFrame.from_records(value)


def map_columns(frame: pd.DataFrame, path: Path, named: dict[str, str] | None = None) -> dict[str, str]:
    """Map the article fields to the table's own column names.

    ``named`` maps fields to columns as the user named them (``columns.toml``
    beside the corpus, or ``columns=`` / ``--columns``); the other fields are
    guessed from :data:`COLUMN_ALIASES`. A named column the table lacks is
    ignored for that table (a corpus may hold tables of several layouts), unless
    it is the text column and no other is found.

    Returns
    -------
    dict
        ``{field: column}`` for every field found.

    Raises
    ------
    CorpusError
        If no text column is found; the message lists the columns the table has
        and how to name the text column.

    """
    lower = {str(c).strip().lower(): c for c in frame.columns}
    mapping: dict[str, str] = {}
    for fieldname, column in (named or {}).items():
        if str(column).strip().lower() in lower:
            mapping[fieldname] = lower[str(column).strip().lower()]
    for fieldname, aliases in COLUMN_ALIASES.items():
        if fieldname in mapping:
            continue
        for alias in aliases:
            if alias in lower and lower[alias] not in mapping.values():
                mapping[fieldname] = lower[alias]
                break
    if "text" not in mapping:
        wanted = f"the column {named['text']!r} named for the text is not in it; " if named and "text" in named else ""
        raise CorpusError(
            f"{path}: no text column found; {wanted}expected one of {list(COLUMN_ALIASES['text'])}, "
            f"the table has {[str(c) for c in frame.columns]}; name it in columns.toml beside the corpus "
            '([columns] text = "...") or with --columns text=...'
        )
    return mapping


#: The file beside a corpus that names its tables' columns.
COLUMNS_FILE = "columns.toml"


def parse_columns(value: str | dict[str, str] | None) -> dict[str, str]:
    """Column names a user gave: ``"text=body,title=headline"`` or a dict, checked against the fields.

    Raises
    ------
    CorpusError
        For a field the loader does not know or a pair without ``=``.

    """
    if not value:
        return {}
    pairs = value.items() if isinstance(value, dict) else (p.split("=", 1) for p in value.split(",") if p.strip())
    named = {}
    for pair in pairs:
        if len(pair) != 2 or not str(pair[0]).strip() or not str(pair[1]).strip():
            raise CorpusError(f"columns {value!r}: write field=column pairs, as in text=body,title=headline")
        fieldname, column = str(pair[0]).strip(), str(pair[1]).strip()
        if fieldname not in COLUMN_ALIASES:
            raise CorpusError(f"columns: unknown field {fieldname!r}; the fields are {sorted(COLUMN_ALIASES)}")
        named[fieldname] = column
    return named


def read_columns_file(source: Path) -> dict[str, str]:
    """The ``[columns]`` of ``columns.toml`` in the corpus folder (or beside a table), if there is one.

    Raises
    ------
    CorpusError
        If the file is not TOML or names an unknown field.

    """
    import tomllib

    folder = source if source.is_dir() else source.parent
    path = folder / COLUMNS_FILE
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CorpusError(f'{path}: not a TOML file ({exc}); write [columns] and lines such as text = "body"') from exc
    try:
        return parse_columns(data.get("columns", {}))
    except CorpusError as exc:
        raise CorpusError(f"{path}: {exc}") from exc


def corpus_columns(source: object, columns: str | dict[str, str] | None = None) -> dict[str, str]:
    """The columns named for a corpus: its ``columns.toml`` (for a folder or file source), overridden by ``columns``."""
    from_file = read_columns_file(Path(source)) if isinstance(source, (str, Path)) else {}
    return {**from_file, **parse_columns(columns)}

"""Read tables of articles (CSV, JSONL, Parquet), such as news-archive exports.

Column names are matched case-insensitively against :data:`COLUMN_ALIASES`, so
``publish_date``/``date``/``published``, ``title``/``headline``,
``media_name``/``outlet``/``source``, ``text``/``body``/``content``, ``url`` and
``id`` all work.
"""

from __future__ import annotations

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
    ),
    "title": ("title", "headline"),
    "outlet": ("outlet", "media_name", "source", "publisher", "media", "site", "domain"),
    "original_source": ("original_source",),
    "text": ("text", "body", "content", "article_text", "full_text", "story"),
    "url": ("url", "link"),
    "language": ("language", "lang"),
}


def read_table_file(path: Path) -> pd.DataFrame:
    """Read a table file into a frame of strings, whatever its format.

    Raises
    ------
    CorpusError
        If the format is unknown or the file cannot be parsed.

    """
    kind = TABLE_SUFFIXES.get(path.suffix.lower())
    try:
        if kind in {"csv", "tsv"}:
            frame = pd.read_csv(path, sep="\t" if kind == "tsv" else ",", dtype="string", keep_default_na=False)
        elif kind == "jsonl":
            frame = pd.read_json(path, lines=True, dtype=False)
        elif kind == "json":
            frame = pd.read_json(path, dtype=False)
        elif kind == "parquet":
            frame = pd.read_parquet(path)
        else:
            raise CorpusError(f"{path}: unknown table format {path.suffix!r}; use one of {sorted(TABLE_SUFFIXES)}")
    except CorpusError:
        raise
    except (ValueError, OSError, UnicodeDecodeError, pd.errors.ParserError, ImportError) as exc:
        raise CorpusError(f"{path}: cannot be read as a {kind} table ({type(exc).__name__}: {exc})") from exc
    if frame.empty:
        raise CorpusError(f"{path}: the table has no rows")
    return frame


def map_columns(frame: pd.DataFrame, path: Path) -> dict[str, str]:
    """Map the article fields to the table's own column names.

    Returns
    -------
    dict
        ``{field: column}`` for every field found.

    Raises
    ------
    CorpusError
        If no text column is found; the message lists the columns the table has.

    """
    lower = {str(c).strip().lower(): c for c in frame.columns}
    mapping: dict[str, str] = {}
    for fieldname, aliases in COLUMN_ALIASES.items():
        for alias in aliases:
            if alias in lower and lower[alias] not in mapping.values():
                mapping[fieldname] = lower[alias]
                break
    if "text" not in mapping:
        raise CorpusError(
            f"{path}: no text column found; expected one of {list(COLUMN_ALIASES['text'])}, "
            f"the table has {[str(c) for c in frame.columns]}"
        )
    return mapping

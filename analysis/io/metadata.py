"""A per-article metadata file that supplies or corrects extracted fields.

The file is a CSV with a ``doc_id`` column and any of the columns in
:data:`METADATA_FIELDS`. A non-empty cell wins over what was extracted, and the
article's provenance says so; an empty cell leaves the extracted value alone.
Other columns (for example ``note``) are kept for people and ignored here.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.errors import CorpusError

METADATA_FIELDS = ("title", "published", "outlet", "original_source", "url", "language")


def read_metadata(path: Path) -> pd.DataFrame:
    """Read a metadata CSV into a frame indexed by ``doc_id`` (all values strings, gaps NA).

    Raises
    ------
    CorpusError
        If the file cannot be parsed, has no ``doc_id`` column, repeats a
        ``doc_id``, or has none of the known field columns.

    """
    try:
        table = pd.read_csv(path, dtype="string", keep_default_na=False, comment=None)
    except (OSError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise CorpusError(f"{path}: cannot be read as a metadata CSV ({exc})") from exc
    table.columns = [c.strip().lower() for c in table.columns]
    if "doc_id" not in table.columns:
        raise CorpusError(f"{path}: a metadata file needs a 'doc_id' column; found {list(table.columns)}")
    if not set(METADATA_FIELDS) & set(table.columns):
        raise CorpusError(
            f"{path}: none of the fields {list(METADATA_FIELDS)} is a column; found {list(table.columns)}"
        )
    repeated = table["doc_id"][table["doc_id"].duplicated()].tolist()
    if repeated:
        raise CorpusError(f"{path}: doc_id repeated in the metadata file: {repeated}")
    table = table.apply(lambda col: col.str.strip()).replace("", pd.NA)
    return table.set_index("doc_id")


def default_metadata_path(source: Path) -> Path | None:
    """``metadata.csv`` in the corpus folder or the folder above it, if there is one."""
    folder = source if source.is_dir() else source.parent
    for candidate in (folder / "metadata.csv", folder.parent / "metadata.csv"):
        if candidate.is_file():
            return candidate
    return None

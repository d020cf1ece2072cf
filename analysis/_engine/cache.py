"""A cache of derived tables as Parquet files, so re-runs on an unchanged corpus are instant.

Each stage's table is stored in one file named after the stage, its options
and the package version. Per-document stages store one block of rows per
document keyed by a hash of the document's content (``_key``), so when a file
changes only that document is recomputed. The pipeline's finished tables are
Parquet *datasets* instead (:meth:`DerivedCache.save_dataset`): a folder
partitioned by month (``month=2022-01/part-0.parquet``) that pandas, Dask and
DuckDB read directly, with a ``_row`` column giving the table's order. Writes
go to a temporary file or folder that is renamed into place, so an interrupted
run never leaves a half-written table; one that cannot be read is reported,
deleted and rebuilt.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis._engine.hashing import content_hash
from analysis._version import __version__
from analysis.paths import DATA_DIR

DEFAULT_CACHE_DIR = Path(os.environ.get("ANALYSIS_CACHE_DIR", DATA_DIR / "processed"))
KEY_COLUMN = "_key"
PLACEHOLDER = "_no_rows"
#: Bytes of a table (in memory) per Parquet row group. Arrow decodes a file's row groups in parallel and
#: each into a buffer of its own size: the articles of 100,000 pages (550 MB of text) written as one
#: group took 4-9 s to read on two cores, in groups of this size 1-3 s.
ROW_GROUP_BYTES = 32 * 2**20


def _rows_per_group(n_rows: int, n_bytes: int) -> int:
    """Rows per Parquet row group of a table of ``n_rows`` rows and ``n_bytes`` bytes: about :data:`ROW_GROUP_BYTES`."""
    if n_rows == 0 or n_bytes <= ROW_GROUP_BYTES:
        return max(n_rows, 1)
    return max(1024, n_rows * ROW_GROUP_BYTES // n_bytes)


def _write_table(table: pa.Table, path: Path) -> None:
    """Write an Arrow table to one Parquet file in row groups of about :data:`ROW_GROUP_BYTES`."""
    pq.write_table(table, path, row_group_size=_rows_per_group(table.num_rows, table.nbytes))


@lru_cache(maxsize=1)
def _version() -> str:
    """The package version and a hash of its source, so changed code never reads stale tables."""
    package = Path(__file__).resolve().parent.parent
    sources = sorted(package.rglob("*.py")) + sorted((package / "resources").glob("*.[tc][xs][tv]"))
    return __version__ + "+" + content_hash(*(p.read_bytes() for p in sources))[:12]


def _discard_unreadable(path: Path, exc: Exception) -> None:
    """Report a cache file that cannot be read and remove it, so it is rebuilt."""
    warnings.warn(f"cache file {path} is unreadable ({type(exc).__name__}: {exc}); rebuilding it", stacklevel=3)
    _remove(path)


def _remove(path: Path) -> None:
    """Delete a cache file or dataset folder."""
    import shutil

    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


#: The columns a dataset table adds: the partition (``YYYY-MM``, ``unknown`` without a date) and the row order.
MONTH_COLUMN, ROW_COLUMN = "month", "_row"


def write_month_dataset(frame: pd.DataFrame, months: pd.Series, folder: Path) -> None:
    """Write a table as a Parquet dataset partitioned by ``months`` (hive: ``month=YYYY-MM/part-0.parquet``).

    One Arrow table holds the whole frame (one schema for every partition);
    each month's rows, in the frame's order, are copied out of it and written
    on the calling thread. ``pyarrow.dataset.write_dataset`` is not used: its
    worker threads release the frame's NumPy memory after it returns, and a
    process that exits at that moment aborts ("terminate called without an
    active exception": the thread cannot take the interpreter's lock while it
    shuts down). Partitions that exist and are not written are left as they are.
    """
    data = frame.assign(**{MONTH_COLUMN: months.to_numpy()})
    data.attrs = {}  # the load problems are kept in tables of their own, not in every file
    table = pa.Table.from_pandas(data, preserve_index=False)
    del data
    keys = table.column(MONTH_COLUMN).to_numpy(zero_copy_only=False)
    table = table.drop_columns([MONTH_COLUMN])  # the folder names give it back: pandas reads ``month=`` as a column
    if not len(keys):  # no partition to write (a corpus without statements): one empty file keeps the columns
        partitions = {"unknown": np.arange(0)}
    else:
        codes, names = pd.factorize(keys, sort=True)
        order = np.argsort(codes, kind="stable")
        bounds = np.flatnonzero(np.diff(codes[order])) + 1
        partitions = dict(zip(names, np.split(order, bounds), strict=True))
    for month, rows in partitions.items():
        partition = folder / f"{MONTH_COLUMN}={month}"
        partition.mkdir(parents=True, exist_ok=True)
        _write_table(_take_by_batch(table, rows), partition / "part-0.parquet")


def _take_by_batch(table: pa.Table, rows: np.ndarray) -> pa.Table:
    """``table.take(rows)`` for ascending ``rows``, taken batch by batch.

    ``Table.take`` first joins every column's chunks into one array: for each month of a large
    table that copies the whole table. Taking from each record batch the rows that fall in it
    copies only the rows taken.
    """
    batches, first = [], 0
    for batch in table.to_batches():
        last = first + batch.num_rows
        lo, hi = np.searchsorted(rows, [first, last])
        if hi > lo:
            batches.append(batch.take(pa.array(rows[lo:hi] - first, type=pa.int64())))
        first = last
    return pa.Table.from_batches(batches, schema=table.schema)


def read_dataset(path: Path) -> pd.DataFrame:
    """A table saved by :meth:`DerivedCache.save_dataset`, in its order and without the columns the saving added."""
    frame = pd.read_parquet(path)
    frame = frame.sort_values(ROW_COLUMN, kind="stable").drop(columns=[ROW_COLUMN, MONTH_COLUMN])
    return frame.reset_index(drop=True)


class DerivedCache:
    """Parquet files of derived tables in one folder.

    Parameters
    ----------
    folder : path, optional
        Where the files live (default ``data/processed/`` or ``$ANALYSIS_CACHE_DIR``).
    enabled : bool
        ``False`` makes every lookup a miss and writes nothing.

    """

    def __init__(self, folder: str | Path | None = None, enabled: bool = True) -> None:
        self.folder = Path(folder) if folder is not None else DEFAULT_CACHE_DIR
        self.enabled = enabled
        self.hits: dict[str, int] = {}
        self.misses: dict[str, int] = {}

    def path(self, stage: str, options: dict) -> Path:
        """The file (or dataset folder) of a stage with given options (and this package version and source)."""
        return self.folder / f"{stage}-{content_hash(stage, options, _version())[:16]}.parquet"

    def load(self, stage: str, options: dict) -> pd.DataFrame | None:
        """The cached table, or ``None`` when absent; an unreadable file is reported, removed and ``None``."""
        path = self.path(stage, options)
        if not self.enabled or not path.exists():
            return None
        try:
            return read_dataset(path) if path.is_dir() else pd.read_parquet(path)
        except Exception as exc:
            return _discard_unreadable(path, exc)

    def rows_in(self, stage: str, options: dict) -> int | None:
        """The number of rows of a cached table, read from its footer (the rows stay on disk).

        ``None`` when absent; a file whose footer cannot be read is reported,
        removed and ``None``.
        """
        path = self.path(stage, options)
        if not self.enabled or not path.exists():
            return None
        try:
            if path.is_dir():
                return sum(pq.ParquetFile(f).metadata.num_rows for f in sorted(path.rglob("*.parquet")))
            return pq.ParquetFile(path).metadata.num_rows
        except Exception as exc:
            return _discard_unreadable(path, exc)

    def save(self, stage: str, options: dict, frame: pd.DataFrame | Iterable[pa.Table]) -> Path | None:
        """Write a table atomically (a temporary file, then a rename): a DataFrame, or Arrow pieces of one schema."""
        if not self.enabled:
            return None
        path = self.path(stage, options)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            if isinstance(frame, pd.DataFrame):
                if frame.attrs:  # attrs (the load problems) are kept in tables of their own, not in metadata
                    frame = frame.copy(deep=False)
                    frame.attrs = {}
                n_bytes = int(frame.memory_usage(index=False, deep=False).sum())  # Arrow columns: their buffers
                frame.to_parquet(tmp, index=False, row_group_size=_rows_per_group(len(frame), n_bytes))
            else:
                writer = None
                try:
                    for piece in frame:
                        writer = writer or pq.ParquetWriter(tmp, piece.schema)
                        writer.write_table(piece, row_group_size=_rows_per_group(piece.num_rows, piece.nbytes))
                finally:
                    if writer is not None:
                        writer.close()
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return path

    def save_dataset(self, stage: str, options: dict, frame: pd.DataFrame, months: pd.Series) -> Path | None:
        """Write a finished table as a Parquet dataset partitioned by month, atomically (a folder, then a rename).

        ``months`` gives each row's partition (``YYYY-MM``, or ``unknown``);
        a ``_row`` column keeps the table's order (:func:`read_dataset`).
        """
        if not self.enabled:
            return None
        path = self.path(stage, options)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        old = path.with_name(f".{path.name}.{os.getpid()}.old")
        try:
            write_month_dataset(frame.assign(**{ROW_COLUMN: np.arange(len(frame), dtype=np.int64)}), months, tmp)
            if path.exists():
                os.replace(path, old)
            os.replace(tmp, path)
        finally:
            _remove(tmp)
            _remove(old)
        return path

    def clear(self) -> int:
        """Delete every cache file and dataset; returns how many were removed."""
        if not self.folder.is_dir():
            return 0
        entries = (
            list(self.folder.glob("*.parquet")) + list(self.folder.glob(".*.tmp")) + list(self.folder.glob(".*.old"))
        )
        for entry in entries:
            _remove(entry)
        return len(entries)

    def info(self) -> pd.DataFrame:
        """One row per cache file or dataset: ``file``, ``stage``, ``size_mb``."""
        entries = sorted(self.folder.glob("*.parquet")) if self.folder.is_dir() else []

        def size(entry: Path) -> int:
            return (
                sum(f.stat().st_size for f in entry.rglob("*") if f.is_file())
                if entry.is_dir()
                else entry.stat().st_size
            )

        return pd.DataFrame(
            {
                "file": [f.name for f in entries],
                "stage": [f.name.rsplit("-", 1)[0] for f in entries],
                "size_mb": [round(size(f) / 2**20, 2) for f in entries],
            }
        )

    def missing(self, stage: str, options: dict, keys: pd.Series) -> list:
        """The ``doc_id`` of documents whose key has no rows in a per-document stage's cache."""
        path = self.path(stage, options)
        known: set[str] = set()
        if self.enabled and path.is_file():
            try:
                known = set(pd.read_parquet(path, columns=[KEY_COLUMN])[KEY_COLUMN])
            except Exception:
                known = set()  # per_document reports and rebuilds the unreadable file
        return [doc_id for doc_id, key in keys.items() if key not in known]

    def per_document(
        self,
        stage: str,
        options: dict,
        keys: pd.Series,
        compute: Callable[[list], pd.DataFrame],
    ) -> pd.DataFrame:
        """A per-document table, recomputing only documents whose key is not cached.

        Parameters
        ----------
        stage, options
            Name the cache file.
        keys : pandas.Series
            ``doc_id`` → content key of every current document.
        compute : callable
            Given the list of ``doc_id`` to compute, returns their rows with a
            ``doc_id`` column, in that order.

        Returns
        -------
        pandas.DataFrame
            Rows of every current document (with ``doc_id``), cached or new, in
            the order of ``keys``. The file is rewritten to hold exactly these documents.

        """
        cached = self.load(stage, options)
        current = pd.DataFrame({"doc_id": keys.index.astype(str), KEY_COLUMN: keys.to_numpy()})
        known = set(cached[KEY_COLUMN]) if cached is not None else set()
        is_known = current[KEY_COLUMN].isin(known)
        todo = current.loc[~is_known, "doc_id"].tolist()
        self.hits[stage] = len(current) - len(todo)
        self.misses[stage] = len(todo)
        stale = cached is not None and len(known) != current[KEY_COLUMN].nunique()  # the file holds other documents
        parts = []
        if cached is not None and len(todo) < len(current):
            reused = current[is_known].merge(cached, on=KEY_COLUMN, how="inner")
            reused = reused[~reused[PLACEHOLDER].fillna(False).astype(bool)] if PLACEHOLDER in reused else reused
            parts.append(reused.drop(columns=[c for c in (KEY_COLUMN, PLACEHOLDER) if c in reused]))
        del cached
        if todo:
            parts.append(compute(todo))
        if len(parts) > 1:
            table = pd.concat(parts, ignore_index=True)
            position = table["doc_id"].map(pd.Series(np.arange(len(current)), index=current["doc_id"]))
            table = table.iloc[np.argsort(position.to_numpy(), kind="stable")]  # rows in the order of ``keys``
        else:
            table = parts[0] if parts else pd.DataFrame(columns=["doc_id"])
        del parts
        if todo or stale:
            self.save(stage, options, _file_pieces(table, current))
        return table.reset_index(drop=True)


def _file_pieces(table: pd.DataFrame, current: pd.DataFrame, step: int = 100_000) -> Iterator[pa.Table]:
    """A per-document stage's file, in pieces: one block of rows per content key, a placeholder row for a key with none.

    Documents with identical content share one block. Rows are converted to
    Arrow ``step`` at a time, so leaving out the copies never copies the whole table.
    """
    first = ~current[KEY_COLUMN].duplicated().to_numpy()  # the first document with each key
    position = _row_positions(table["doc_id"], pd.Index(current["doc_id"]))
    keys = pa.array(current[KEY_COLUMN].to_numpy(), pa.string())
    columns = table.drop(columns="doc_id").assign(**{PLACEHOLDER: False, KEY_COLUMN: ""})
    schema = pa.Schema.from_pandas(columns, preserve_index=False)  # every piece gets the whole table's types
    key_type = schema.field(KEY_COLUMN).type
    for start in range(0, max(len(table), 1), step):
        rows, at = table.iloc[start : start + step], position[start : start + step]
        if not first.all():
            keep = first[at]
            rows, at = rows[keep], at[keep]
        body = rows.drop(columns="doc_id").assign(**{PLACEHOLDER: np.zeros(len(rows), dtype=bool), KEY_COLUMN: ""})
        piece = pa.Table.from_pandas(body, preserve_index=False, schema=schema)
        yield piece.set_column(piece.schema.get_field_index(KEY_COLUMN), KEY_COLUMN, keys.take(at).cast(key_type))
    has_rows = np.zeros(len(current), dtype=bool)
    has_rows[position] = True
    without_rows = keys.filter(pa.array(first & ~has_rows))
    if len(without_rows):
        n = len(without_rows)
        filler = {f.name: pa.nulls(n, f.type) for f in schema}
        filler[PLACEHOLDER] = pa.array(np.ones(n, dtype=bool))
        filler[KEY_COLUMN] = without_rows.cast(key_type)
        yield pa.table(filler, schema=schema)


def _row_positions(doc_ids: pd.Series, index: pd.Index) -> np.ndarray:
    """Where each row's ``doc_id`` is in ``index`` (each distinct id looked up once)."""
    codes, uniques = pd.factorize(doc_ids)
    found = index.get_indexer(uniques)
    if (found < 0).any():
        raise KeyError(f"rows of documents not in the corpus: {list(uniques[found < 0][:3])}")
    return found[codes]

"""Give freed memory back to the operating system between the steps of a long run.

CPython frees objects, but glibc's allocator keeps the freed pages of large
strings and Arrow's allocator keeps its pools, so a process that has built and
dropped a large intermediate table still holds its memory. Returning it between
steps keeps the peak of a long pipeline run near the size of its live tables.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa


@lru_cache(maxsize=1)
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def release_memory() -> None:
    """Return freed heap pages (glibc) and unused Arrow pool memory to the operating system, where possible."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
    pa.default_memory_pool().release_unused()


def shared_strings(values: pd.Series | pd.api.extensions.ExtensionArray | np.ndarray) -> np.ndarray:
    """``values`` as an object array of Python strings, one object per distinct value.

    Equal to ``values.to_numpy(dtype=object)``, but a value repeated on many rows (a speaker, a type,
    an article's id) is one string that every row points to, instead of a string made per row: on a
    million statements that is the difference between 8 bytes a row and 60 or more. Changing an element
    of the array replaces its pointer, never the shared string.
    """
    codes, uniques = pd.factorize(values)
    out = np.empty(len(codes), dtype=object)
    present = codes >= 0
    out[present] = np.asarray(uniques, dtype=object)[codes[present]]
    if not present.all():  # a missing value stays the object ``to_numpy`` gives it (None, NaN or NA)
        missing = np.flatnonzero(~present)
        out[missing] = pd.Series(values).iloc[missing].to_numpy(dtype=object)
    return out


def chunked_string_array(chunks: Iterable[Sequence[str | None]]) -> pd.api.extensions.ExtensionArray:
    """A pandas ``string`` array with one Arrow chunk per given list of strings (the lists may be made lazily).

    Converting one long list at once makes Arrow grow a single buffer by
    doubling, which briefly needs about three times the text's size; chunks
    need about one chunk more than the text, and are never copied whole.
    """
    pieces = [pa.array(chunk, pa.large_string()) for chunk in chunks]
    return pd.arrays.ArrowStringArray(pa.chunked_array(pieces, pa.large_string()))


def take_rows(values: pd.Series, rows: np.ndarray) -> pd.Series:
    """``values.iloc[rows]``, copying only the stretch of Arrow chunks that ``rows`` fall in.

    Arrow takes from a chunked array by first joining all its chunks: on a
    text column of 100,000 articles that copies the whole corpus for every
    take. Slicing first (which copies nothing) bounds the copy by the span of
    ``rows``, so taking neighbouring rows costs what they hold.
    """
    rows = np.asarray(rows, dtype=np.int64)
    if len(rows) == 0 or rows.min() < 0:  # none, or counted from the end: as iloc takes them
        return values.iloc[rows]
    first, last = int(rows.min()), int(rows.max())
    return values.iloc[first : last + 1].iloc[rows - first]


def keep_rows_consuming(frame: pd.DataFrame, keep: np.ndarray) -> pd.DataFrame:
    """The rows of ``frame`` where ``keep`` is true (index reset), taken one column at a time.

    Each column is removed from ``frame`` as soon as its rows are taken, and an Arrow column is
    filtered chunk by chunk: when ``frame`` holds the only reference to its columns, no more than one
    column is ever held twice, where ``frame[keep]`` holds every column twice until it returns (a
    million statements' texts). ``frame`` is left without columns.
    """
    keep = np.asarray(keep, dtype=bool)
    columns = {}
    for name in list(frame.columns):
        column = frame.pop(name).array
        columns[name] = column[keep]
        del column
    return pd.DataFrame(columns, index=pd.RangeIndex(int(keep.sum())), copy=False)


def string_array(values: Sequence[str | None], chunk: int = 1000) -> pd.api.extensions.ExtensionArray:
    """A pandas ``string`` array of ``values`` (missing values as NA) built in Arrow chunks of ``chunk``."""
    values = [v if v is None or isinstance(v, str) else None if pd.isna(v) else str(v) for v in values]
    return chunked_string_array(values[i : i + chunk] for i in range(0, len(values), chunk))

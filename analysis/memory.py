"""Give freed memory back to the operating system between the steps of a long run.

CPython frees objects, but glibc's allocator keeps the freed pages of large
strings and Arrow's allocator keeps its pools, so a process that has built and
dropped a large intermediate table still holds its memory. Returning it between
steps keeps the peak of a long pipeline run near the size of its live tables.
"""

from __future__ import annotations

import ctypes
import sys
from functools import lru_cache


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
    try:
        import pyarrow as pa

        pa.default_memory_pool().release_unused()
    except Exception:
        pass

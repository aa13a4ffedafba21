"""Hand freed heap memory back to the operating system between chunks.

A long run frees about as much as it allocates, chunk after chunk, yet its
resident size creeps up: glibc's ``malloc`` keeps freed pages in its heaps and
Arrow's memory pool keeps freed buffers, and both are reused only when new
allocations happen to fit them. Calling :func:`release_unused_memory` after each
chunk returns them, for about a millisecond per chunk (``docs/speed.md`` has the
measurement).

Only freed memory is released, so results never change. Where ``malloc_trim``
does not exist (macOS, Windows, musl) only Arrow's pool is asked.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None


def release_unused_memory() -> None:
    """Return freed heap pages and unused Arrow buffers to the operating system.

    >>> release_unused_memory()  # safe anywhere, changes no data
    """
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)

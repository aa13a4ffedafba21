"""Pause Python's cyclic garbage collector while a chunk is measured.

Measuring a chunk of 200 articles makes hundreds of thousands of short-lived
lists, tuples and dicts. Every 700 new container objects start a pass over the
young generation, and now and then a pass over every object alive, which
includes the lexicons, the syllable dictionary and the per-word memos (about
0.1 s per full pass in a warm process). None of the measuring's objects form
reference cycles (reference counting frees each of them), so those passes find
nothing (about 2% of a warm BBC run; ``docs/speed.md``).

The collector's state is restored when the block ends, also on error, so
cycles made meanwhile by other code are collected afterwards. A collector that
was already off stays off.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off, then restore it.

    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

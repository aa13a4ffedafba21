"""Rescale "the first value equal to each value visited", as ``list.index`` finds it, in O(n log n).

VADER's "but" rule visits each position k of a sentence's valences in turn, finds
the FIRST position si holding a value equal to the value now at k
(``list.index``) and rescales that one: by one factor before the pivot (the
"but"), by another after it, not at all at the pivot. :func:`rescale_by_index`
is that loop as vaderSentiment writes it; ``list.index`` makes it quadratic in
the sentence's length (a run-on page of 100,000 words took minutes).

:func:`rescale_first_equal` makes the same replacements in the same order: the
positions of each value are kept in a min-heap, entries left stale by a
rescaling are skipped when they surface, and the first position of a value is
found in O(log n). Only the positions in ``visit`` are visited: the caller
promises every other position holds zero. A zero visited rescales a zero (the
first one), which stays zero, and a non-zero value stays non-zero, so skipping
zeros changes nothing but the sign of some zeros. ``tests/speed/test_first_equal.py``
checks the two agree bit for bit (the sign of zeros aside).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable


def rescale_by_index(values: list[float], pivot: int, before: float, after: float) -> None:
    """The reference, in place: vaderSentiment 3.3.2's ``_but_check`` loop (quadratic).

    >>> values = [1.0, 0.5, 0.0, 0.5]
    >>> rescale_by_index(values, 2, 0.5, 1.5)
    >>> values  # the last 0.5 found position 1 first
    [0.25, 0.25, 0.0, 0.5]
    """
    for value in values:  # the list is changed in place as it is iterated, as in VADER
        si = values.index(value)
        if si < pivot:
            values.pop(si)
            values.insert(si, value * before)
        elif si > pivot:
            values.pop(si)
            values.insert(si, value * after)


def rescale_first_equal(
    values: list[float], visit: Iterable[int], pivot: int, before: float, after: float
) -> None:
    """:func:`rescale_by_index` in place, in O(n log n); ``visit``: ascending positions
    holding every non-zero value.

    >>> values = [1.0, 0.5, 0.0, 0.5]
    >>> rescale_first_equal(values, [0, 1, 3], 2, 0.5, 1.5)
    >>> values
    [0.25, 0.25, 0.0, 0.5]
    """
    live = [j for j in visit if values[j]]
    where: dict[float, list[int]] = {}
    for j in live:
        where.setdefault(values[j], []).append(j)  # ascending: already a heap
    for k in live:
        value = values[k]
        heap = where[value]
        while values[heap[0]] != value:  # stale: rescaled since pushed
            heapq.heappop(heap)
        si = heap[0]
        if si == pivot:
            continue
        new = value * (before if si < pivot else after)
        values[si] = new
        if new != value:
            heapq.heappush(where.setdefault(new, []), si)

"""``float(np.mean(values))`` of a short list of floats, bit for bit, in plain Python.

The tables take means of a few dozen sentence scores per article. Calling into
numpy converts the list to an array first, which costs several times the
arithmetic; here numpy's own summation order is followed in Python instead.
numpy adds a float64 array pairwise (``pairwise_sum``: below 8 items one by one;
up to 128 items eight running sums, combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)),
then the rest; longer arrays split in two halves, the first a multiple of 8 long)
onto 0.0, then divides by the count. Longer lists go to numpy itself.

The reference is :func:`numpy_mean`; ``tests/speed/test_pairwise.py`` checks the
two agree bit for bit at every block boundary, with NaN, infinities and -0.0.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: Longer lists are handed to numpy: there the conversion is the smaller cost.
PYTHON_MAX = 1024


def numpy_mean(values: Sequence[float]) -> float:
    """The reference: ``float(np.mean(values))``, NaN for no values (without numpy's warning).

    >>> numpy_mean([0.1, 0.2, 0.4])
    0.23333333333333336
    """
    if not len(values):
        return float("nan")
    return float(np.mean(np.asarray(values, dtype=np.float64)))


def mean(values: Sequence[float]) -> float:
    """:func:`numpy_mean` of a list of floats, bit for bit; NaN when it is empty.

    >>> mean([0.1, 0.2, 0.4])
    0.23333333333333336
    """
    n = len(values)
    if not n:
        return float("nan")
    if n > PYTHON_MAX:
        return float(np.mean(values))
    return (0.0 + pairwise_sum(values, 0, n)) / n


def pairwise_sum(a: Sequence[float], lo: int, n: int) -> float:
    """numpy's ``pairwise_sum`` of ``a[lo:lo + n]``: eight running sums per block of 128."""
    if n < 8:
        res = 0.0
        for i in range(lo, lo + n):
            res += a[i]
        return res
    if n <= 128:
        r0, r1, r2, r3, r4, r5, r6, r7 = a[lo : lo + 8]
        end = lo + n - n % 8
        for i in range(lo + 8, end, 8):
            r0 += a[i]
            r1 += a[i + 1]
            r2 += a[i + 2]
            r3 += a[i + 3]
            r4 += a[i + 4]
            r5 += a[i + 5]
            r6 += a[i + 6]
            r7 += a[i + 7]
        res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        for i in range(end, lo + n):
            res += a[i]
        return res
    half = n // 2
    half -= half % 8
    return pairwise_sum(a, lo, half) + pairwise_sum(a, lo + half, n - half)

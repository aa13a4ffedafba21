"""``round(x, 3)`` and ``round(x, 4)`` bit for bit, without formatting digits.

VADER rounds four scores per sentence. Python's ``round`` writes the decimal
digits with ``dtoa`` and reads them back with ``strtod`` (mostly ``snprintf``):
the result is the double nearest to k / 10**ndigits, k the integer nearest to
the exact x * 10**ndigits. For ``|x| <= 1`` the product computed in floating
point is within 2**-39 of the exact one, so unless it lies within
:data:`TIE_MARGIN` of a half it is on the same side of the half, and k follows
from its floor; k is then exact in a double and the division rounds to that same
nearest double. Near a half, ``round`` itself decides. ``copysign`` keeps the
sign of a zero result (``round(-0.00001, 4)`` is -0.0).

The reference is ``round`` itself; ``tests/speed/test_rounding.py`` checks the
two agree bit for bit, ties and signed zeros included.
"""

from __future__ import annotations

from collections.abc import Callable
from math import copysign, floor

#: How far from a tie the scaled value must be for its rounding error not to matter.
TIE_MARGIN = 1e-7


def rounder(ndigits: int) -> Callable[[float], float]:
    """``lambda x: round(x, ndigits)`` for ``|x| <= 1``, bit for bit (see the module docstring).

    Scale and tie bounds are bound once in the closure: it runs four times per
    scored sentence.

    >>> rounder(3)(0.0005), round(0.0005, 3)
    (0.001, 0.001)
    """
    scale = 10.0**ndigits
    above, below = 0.5 + TIE_MARGIN, 0.5 - TIE_MARGIN

    def rounded(x: float) -> float:
        y = x * scale
        k = floor(y)
        d = y - k
        if d > above:
            k += 1
        elif d >= below:
            return round(x, ndigits)
        return copysign(k / scale, x)

    return rounded


round3 = rounder(3)
round4 = rounder(4)


def round_to(x: float, ndigits: int) -> float:
    """``round(x, ndigits)`` bit for bit, for ``|x| <= 1`` and ``ndigits`` 3 or 4.

    >>> round_to(-0.00001, 4)
    -0.0
    """
    if ndigits == 4:
        return round4(x)
    if ndigits == 3:
        return round3(x)
    raise ValueError(f"ndigits must be 3 or 4, not {ndigits}")

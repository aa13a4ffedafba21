"""analysis.speed.rounding against its reference, ``round``: the same bits."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.speed.rounding import round3, round4, round_to


def same_bits(a: float, b: float) -> bool:
    return np.float64(a).tobytes() == np.float64(b).tobytes()  # -0.0 is not 0.0 here


@settings(max_examples=2000, deadline=None)
@given(
    x=st.one_of(
        st.floats(-1.0, 1.0),
        # Exact halves and their neighbours: the ties round() settles.
        st.integers(-20000, 20000).map(lambda k: k / 20000),
        st.integers(-20000, 20000).map(lambda k: np.nextafter(k / 20000, 2.0).item()),
        st.integers(-20000, 20000).map(lambda k: np.nextafter(k / 20000, -2.0).item()),
        st.tuples(st.integers(0, 60), st.integers(1, 400)).map(lambda t: t[0] / t[1] % 1.0),
    ),
    ndigits=st.sampled_from([3, 4]),
)
def test_round_to_is_round_bit_for_bit(x: float, ndigits: int) -> None:
    assert same_bits(round_to(x, ndigits), round(x, ndigits))
    assert same_bits((round3 if ndigits == 3 else round4)(x), round(x, ndigits))


def test_every_tie_of_four_and_three_digits() -> None:
    for k in range(-20000, 20001):
        x = k / 20000
        assert same_bits(round4(x), round(x, 4)), x
        assert same_bits(round3(x), round(x, 3)), x


def test_round_to_keeps_the_sign_of_zero() -> None:
    assert same_bits(round_to(-0.00001, 4), -0.0)
    assert same_bits(round_to(-0.0, 3), -0.0)
    assert same_bits(round_to(0.0004, 3), 0.0)


def test_round_to_refuses_other_digit_counts() -> None:
    with pytest.raises(ValueError, match="ndigits must be 3 or 4"):
        round_to(0.5, 2)

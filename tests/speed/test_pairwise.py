"""analysis.speed.pairwise against its reference, ``np.mean``: the same bits."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.speed.pairwise import PYTHON_MAX, mean, numpy_mean

_FLOATS = st.floats(allow_nan=True, allow_infinity=True, width=64)


def same(a: float, b: float) -> bool:
    """Equal bits, but any NaN equals any NaN."""
    return (math.isnan(a) and math.isnan(b)) or (
        a == b and math.copysign(1, a) == math.copysign(1, b)
    )


@settings(max_examples=500, deadline=None)
@given(st.lists(st.floats(-1, 1) | _FLOATS, min_size=1, max_size=1100))
def test_mean_is_numpys_bit_for_bit(values: list[float]) -> None:
    with np.errstate(all="ignore"):
        assert same(mean(values), numpy_mean(values))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(-1, 1), min_size=1, max_size=300))
def test_mean_of_vader_compounds_is_numpys(values: list[float]) -> None:
    """Compound scores (4 decimals in [-1, 1]), the values the tables average."""
    values = [round(v, 4) for v in values]
    assert same(mean(values), float(np.mean(values)))


def test_mean_at_the_sizes_where_numpy_changes_its_blocks() -> None:
    rng = np.random.default_rng(7)
    sizes = [*range(1, 40), 127, 128, 129, 255, 256, 257, 1000, PYTHON_MAX, PYTHON_MAX + 1, 5000]
    for n in sizes:
        values = (rng.standard_normal(n) * 10.0 ** rng.integers(-6, 6, n)).tolist()
        assert same(mean(values), numpy_mean(values)), n


def test_degenerate_input() -> None:
    assert same(mean([-0.0, -0.0]), float(np.mean([-0.0, -0.0])))
    assert math.isnan(mean([])) and math.isnan(numpy_mean([]))
    assert math.isnan(mean([1.0, math.nan]))

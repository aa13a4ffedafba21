from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.measure import _mean

_FLOATS = st.floats(allow_nan=True, allow_infinity=True, width=64)


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or (
        a == b and math.copysign(1, a) == math.copysign(1, b)
    )


@settings(max_examples=500, deadline=None)
@given(st.lists(st.floats(-1, 1) | _FLOATS, min_size=1, max_size=1100))
def test_mean_is_numpys_bit_for_bit(values: list[float]) -> None:
    with np.errstate(all="ignore"):
        assert _same(_mean(values), float(np.mean(values)))


def test_mean_of_the_sizes_where_numpy_changes_its_blocks() -> None:
    rng = np.random.default_rng(7)
    for n in [*range(1, 40), 127, 128, 129, 255, 256, 257, 1000, 1024, 1025, 5000]:
        values = (rng.standard_normal(n) * 10.0 ** rng.integers(-6, 6, n)).tolist()
        assert _same(_mean(values), float(np.mean(values))), n
    assert _same(_mean([-0.0, -0.0]), float(np.mean([-0.0, -0.0])))
    assert math.isnan(_mean([]))

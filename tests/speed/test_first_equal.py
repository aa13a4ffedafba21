"""analysis.speed.first_equal against its reference, vaderSentiment's ``_but_check`` loop."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.speed.first_equal import rescale_by_index, rescale_first_equal

# Few distinct values, chained by the 0.5 and 1.5 factors, so that rescaled values
# collide with values still to be visited (the list.index quirk), signed zeros included.
VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.0, 0.75, 2.25, 3.0, -0.5, -1.5, -2.25, 1.125]


def bits(values: list[float]) -> list[object]:
    """Each value's bits, but for the sign of a zero (which the caller never sees)."""
    return [float(x).hex() if x else 0 for x in values]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(VALUES), min_size=1, max_size=40), st.data())
def test_same_replacements_as_the_list_index_loop(values: list[float], data: st.DataObject) -> None:
    pivot = data.draw(st.integers(0, len(values) - 1))
    got = list(values)
    rescale_first_equal(got, range(len(got)), pivot, 0.5, 1.5)
    expected = list(values)
    rescale_by_index(expected, pivot, 0.5, 1.5)
    assert bits(got) == bits(expected)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*VALUES, 0, 0, 0, 0, 0, 0]), min_size=1, max_size=40), st.data())
def test_visiting_only_the_non_zero_positions_is_enough(
    values: list[float], data: st.DataObject
) -> None:
    """As VADER calls it: only lexicon positions (``visit``) may hold a non-zero value."""
    visit = [j for j, x in enumerate(values) if x or data.draw(st.booleans())]
    pivot = data.draw(st.integers(0, len(values) - 1))
    factors = data.draw(st.sampled_from([(0.5, 1.5), (2.0, 0.25), (1.0, 1.0)]))
    got = list(values)
    rescale_first_equal(got, visit, pivot, *factors)
    expected = list(values)
    rescale_by_index(expected, pivot, *factors)
    assert bits(got) == bits(expected)
    assert float(sum(got)).hex() == float(sum(expected)).hex()


def test_a_run_on_sentence_is_rescaled_in_one_pass() -> None:
    """100,000 equal values each side of the pivot (the list.index loop took minutes)."""
    n = 100_000
    values = [1.0] * n + [0.0] + [-1.0] * n
    rescale_first_equal(values, [j for j in range(2 * n + 1) if j != n], n, 0.5, 1.5)
    assert values == [0.5] * n + [0.0] + [-1.5] * n
    small = [1.0] * 300 + [0.0] + [-1.0] * 300
    rescale_by_index(small, 300, 0.5, 1.5)
    assert small == [0.5] * 300 + [0.0] + [-1.5] * 300

"""analysis.speed.packed against its reference, the totals added field by field."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.speed.packed import PackedFields, plain_totals


def records(n_flags: int, max_size: int) -> st.SearchStrategy[list[tuple[tuple[bool, ...], int]]]:
    flags = st.tuples(*[st.booleans()] * n_flags)
    return st.lists(st.tuples(flags, st.integers(0, 40)), max_size=max_size)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 7).flatmap(lambda n: st.tuples(st.just(n), records(n, 700))))
def test_totals_of_packed_records_are_the_plain_totals(case) -> None:
    n_flags, recs = case
    packed = PackedFields(n_flags)
    codes = [packed.pack(flags, count) for flags, count in recs]
    assert packed.totals(codes) == plain_totals(recs, n_flags)


@pytest.mark.parametrize("n", [0, 1, 254, 255, 256, 510, 511, 765, 766, 5000])
def test_every_flag_set_at_the_chunk_boundaries(n: int) -> None:
    """All flags set: each field's total reaches the chunk size, where a carry would show."""
    packed = PackedFields(6)
    codes = [packed.pack((True,) * 6, 9)] * n
    assert packed.totals(codes) == [n] * 6 + [9 * n]


def test_counts_past_the_machine_word() -> None:
    packed = PackedFields(6)
    big = packed.pack((False,) * 6, 1 << 20)  # the count's field starts at bit 48
    assert packed.totals([big] * 300) == [0] * 6 + [300 << 20]


def test_equal_codes_are_shared() -> None:
    packed = PackedFields(2)
    assert packed.pack((True, False), 1234567) is packed.pack((1, 0), 1234567)


def test_bad_records_are_refused() -> None:
    packed = PackedFields(2)
    with pytest.raises(ValueError):
        packed.pack((True,), 1)
    with pytest.raises(ValueError):
        packed.pack((True, False), -1)

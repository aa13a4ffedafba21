from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.speed import memo as memo_module
from analysis.speed.memo import BoundedMemo


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "d", "e", "1", "2x", "3", "4", "x5"]), max_size=60))
def test_values_are_computed_and_memory_is_bounded(keys: list[str]) -> None:
    memo = BoundedMemo(str.upper, limit=3, figures_apart=True)
    for key in keys:
        assert memo[key] == key.upper()
        figures = memo.figures or []
        assert len(figures) <= memo_module.ONE_OFF_MAX
        assert len(memo) - len(figures) <= 3
        assert len(memo.old) <= 3
        assert all(any(c.isdigit() for c in k) for k in figures)
        assert not any(any(c.isdigit() for c in k) for k in memo.old)


def test_figures_are_dropped_together_and_leave_the_words(monkeypatch) -> None:
    monkeypatch.setattr(memo_module, "ONE_OFF_MAX", 2)
    calls: list[str] = []

    def compute(key: str) -> str:
        calls.append(key)
        return key.upper()

    memo = BoundedMemo(compute, limit=10, figures_apart=True)
    for key in ["said", "2004", "£5m", "said", "2004", "12", "said", "2004"]:
        memo[key]
    # "2004" and "£5m" were dropped when "12" came; "said" was computed once.
    assert calls == ["said", "2004", "£5m", "12", "2004"]
    assert sorted(memo) == ["12", "2004", "said"]

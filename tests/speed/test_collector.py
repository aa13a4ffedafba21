from __future__ import annotations

import gc

import pytest
from fixtures.articles import sample_articles

from analysis.speed.collector import collector_paused


def test_collector_restored_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("boom")
    assert gc.isenabled()


def test_collector_left_off_if_it_was_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_analyze_leaves_the_collector_on() -> None:
    import analysis

    tables = analysis.analyze(sample_articles())
    assert gc.isenabled() and len(tables.articles) == len(sample_articles())

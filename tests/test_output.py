from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from fixtures.articles import sample_articles

import analysis
from analysis import schema
from analysis.output import TableWriter, read_table


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_round_trip(tmp_path: Path, fmt: str) -> None:
    t = analysis.analyze(sample_articles())
    t.articles.at[0, "captions"] = ["A caption, with a comma", "Another"]
    writer = TableWriter(tmp_path, fmt)
    writer.write(analysis.Tables(**{n: f.iloc[:2] for n, f in t.items()}))
    writer.write(analysis.Tables(**{n: f.iloc[2:] for n, f in t.items()}))
    writer.commit()
    for name, frame in t.items():
        back = read_table(tmp_path, name)
        pd.testing.assert_frame_equal(
            back, frame.reset_index(drop=True), check_exact=False, obj=name
        )


def test_nothing_is_visible_until_commit(tmp_path: Path) -> None:
    t = analysis.analyze(sample_articles())
    writer = TableWriter(tmp_path, "parquet")
    writer.write(t)
    assert not list(tmp_path.glob("*.parquet"))
    writer.abort()
    assert list(tmp_path.iterdir()) == []


def test_rerun_replaces_the_other_format(tmp_path: Path) -> None:
    t = analysis.analyze(sample_articles())
    for fmt in ("csv", "parquet"):
        writer = TableWriter(tmp_path, fmt)
        writer.write(t)
        writer.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{name}.parquet" for name in schema.TABLES
    )


def test_empty_run_writes_every_table(tmp_path: Path) -> None:
    writer = TableWriter(tmp_path, "parquet")
    writer.commit()
    for name in schema.TABLES:
        assert len(read_table(tmp_path, name)) == 0

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from fixtures.articles import sample_articles
from hypothesis import given
from hypothesis import strategies as st

import analysis
from analysis import schema
from analysis.tables.output import TableWriter, neutralise, read_table, restore


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


def test_small_chunks_are_gathered_into_row_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow.parquet as pq

    t = analysis.analyze(sample_articles())
    sentences = t.sentences
    monkeypatch.setattr("analysis.tables.output.ROW_GROUP_BYTES", 1)  # every chunk flushes
    writer = TableWriter(tmp_path / "each", "parquet")
    for i in range(len(sentences)):
        writer.write({"sentences": sentences.iloc[i : i + 1]})
    writer.commit()
    # only the commit flushes
    monkeypatch.setattr("analysis.tables.output.ROW_GROUP_BYTES", 1 << 30)
    writer = TableWriter(tmp_path / "once", "parquet")
    for i in range(len(sentences)):
        writer.write({"sentences": sentences.iloc[i : i + 1]})
    writer.commit()
    assert pq.ParquetFile(tmp_path / "each" / "sentences.parquet").num_row_groups == len(sentences)
    assert pq.ParquetFile(tmp_path / "once" / "sentences.parquet").num_row_groups == 1
    for folder in ("each", "once"):
        back = read_table(tmp_path / folder, "sentences")
        pd.testing.assert_frame_equal(back, sentences.reset_index(drop=True))


# -- CSV cells a spreadsheet would run -------------------------------------------------------


@given(st.text(alphabet="'=+-@\t\rab", max_size=8) | st.text())
def test_neutralising_is_undone_exactly(value: str) -> None:
    shown = neutralise(value)
    assert restore(shown) == value
    assert shown[:1] not in ("=", "+", "-", "@", "\t", "\r")


def test_csv_cells_are_neutralised_and_parquet_is_verbatim(tmp_path: Path) -> None:
    t = analysis.analyze(sample_articles())
    t.articles.loc[0, "title"] = "=1+1"
    t.articles.loc[1, "title"] = "'=quoted already"
    for fmt in ("csv", "parquet"):
        writer = TableWriter(tmp_path / fmt, fmt)
        writer.write(t)
        writer.commit()
        back = read_table(tmp_path / fmt, "articles")
        assert back["title"].tolist()[:2] == ["=1+1", "'=quoted already"], fmt
    raw = (tmp_path / "csv" / "articles.csv").read_text()
    assert ",'=1+1," in raw and ",''=quoted already," in raw

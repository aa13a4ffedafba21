from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import schema
from analysis.cli import main
from analysis.paths import SEEDS_DIR
from analysis.tables.output import read_table


def test_report_on_the_bundled_seeds(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["report", "--out", str(tmp_path), "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 articles read, 2 analysed in full\n")
    assert "most quoted, by quoted words: Donald Trump (110 words);" in out
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted([*(f"{t}.parquet" for t in schema.TABLES), "report.html", "run.json"])
    articles = read_table(tmp_path, "articles")
    assert articles["title"].tolist() == [
        "Lavrov, Rubio Discuss Removal of ‘Barriers’ Set by Previous US Administration, "
        "Russia Says",
        "Trump Says Israeli Strike on Iran Could Happen",
    ]
    run = json.loads((tmp_path / "run.json").read_text())
    assert run["rows"]["articles"] == 2
    assert run["versions"]["textstat"]
    page = (tmp_path / "report.html").read_text()
    assert "Trump Says Israeli Strike on Iran Could Happen" in page


def test_csv_format_and_clean_rerun(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["report", str(SEEDS_DIR), "--out", str(tmp_path), "--jobs", "1"]) == 0
    assert main(["report", str(SEEDS_DIR), "--out", str(tmp_path), "--format", "csv"]) == 0
    assert not list(tmp_path.glob("*.parquet"))
    assert len(read_table(tmp_path, "articles")) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_missing_source_is_a_clear_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["report", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_nothing_analysable_exits_1_but_accounts_for_every_file(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    (src / "b.txt").write_bytes(b"")
    assert main(["report", str(src), "--out", str(tmp_path / "o"), "--jobs", "1"]) == 1
    statuses = read_table(tmp_path / "o", "articles")["status"].tolist()
    assert len(statuses) == 2 and "ok" not in statuses


def test_interrupted_run_leaves_no_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("analysis.cli.render_report", interrupt)
    assert main(["report", "--out", str(tmp_path), "--jobs", "1"]) == 130
    assert list(tmp_path.iterdir()) == []


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "report", "--out", str(tmp_path), "--jobs", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "report.html").exists()


def test_dask_engine_from_the_command_line(tmp_path: Path) -> None:
    assert (
        main(
            [
                "report",
                "--out",
                str(tmp_path / "d"),
                "--engine",
                "dask",
                "--jobs",
                "2",
                "--chunk-size",
                "1",
            ]
        )
        == 0
    )
    assert main(["report", "--out", str(tmp_path / "p"), "--jobs", "1"]) == 0
    for table in schema.TABLES:
        pd.testing.assert_frame_equal(
            read_table(tmp_path / "d", table), read_table(tmp_path / "p", table)
        )

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata
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


# -- what a newcomer meets first -----------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"news-workbook {metadata.version('news-workbook')}\n"


def test_an_unknown_option_prints_the_usage_of_its_command(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["report", "--outt", "x"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: news-workbook report [-h] [--out OUT]")
    assert err.rstrip().endswith(
        "news-workbook report: error: unrecognized arguments: --outt (did you mean --out?)"
    )
    with pytest.raises(SystemExit):
        main(["report", "--zzz"])
    assert "did you mean" not in capsys.readouterr().err


def test_help_explains_the_engine_and_shows_defaults(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "'pandas' on this machine, in --jobs worker processes" in text
    assert "'dask' on a Dask cluster" in text and "(default: pandas)" in text
    assert "table format (default: parquet)" in text
    assert "articles per task (default: 200)" in text


def test_the_progress_bar_counts_files_with_a_total(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(5):
        (src / f"{i}.txt").write_text(f"Story {i}\n\nThe council met on Monday.\n")
    args = ["report", str(src), "--out", str(tmp_path / "o"), "--jobs", "1", "--chunk-size", "2"]
    assert main([*args, "--progress"]) == 0
    bar = capsys.readouterr().err.replace("\r", "\n").splitlines()
    last = [line for line in bar if line.strip()][-1]
    assert last.startswith("100%|") and "| 5/5 [" in last and "5 articles" in last
    assert main([*args, "--no-progress"]) == 0
    assert capsys.readouterr().err == ""


def test_progress_counts_a_file_done_when_the_next_begins() -> None:
    from analysis.progress import Progress

    bar = Progress(3, enabled=False)
    bar.update(pd.DataFrame({"source": ["a", "a", "b"]}))
    assert (bar.done, bar.articles) == (1, 3)
    bar.update(pd.DataFrame({"source": ["b", "c"]}))
    assert bar.done == 2
    bar.finish()
    assert bar.done == 3
    unknown = Progress(None, enabled=False)
    unknown.update(pd.DataFrame({"source": ["a"]}))
    assert unknown.articles == 1 and unknown.done == 0

"""The command's error, exit and signal paths: one line, the right code, nothing left behind."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import EXIT_TERMINATED, main
from analysis.engines import cluster
from analysis.tables import output
from analysis.tables.output import read_table

STORY = "The council approved the budget on Tuesday after a long debate, the mayor said."


def _corpus(folder: Path, n: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"{i:05d}.txt").write_text(f"Story {i}\n\n{STORY} Item {i}.\n")
    return folder


def _run(args: list[str]) -> int:
    jobs = [] if "--jobs" in args else ["--jobs", "1"]
    with contextlib.redirect_stdout(io.StringIO()):
        return main(["report", *args, *jobs, "--no-progress"])


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# -- usage errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("out", "says"),
    [
        ("file", "file exists and is not a folder"),
        ("file/below", "file is not a folder"),
        ("/dev/null", "/dev/null exists and is not a folder"),
    ],
)
def test_an_out_that_cannot_be_a_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture, out: str, says: str
) -> None:
    (tmp_path / "file").write_text("not a folder")
    src = _corpus(tmp_path / "in")
    target = out if out.startswith("/") else str(tmp_path / out)
    assert _run([str(src), "--out", target]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(f"news-workbook: --out {target}: ") and line.endswith(says)
    assert (tmp_path / "file").read_text() == "not a folder"


def test_an_out_that_cannot_be_written_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """A read-only file system (as root, chmod stops nothing: the error is faked)."""

    def read_only(*args: object, **kwargs: object) -> str:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(output.tempfile, "mkdtemp", read_only)
    assert _run([str(_corpus(tmp_path / "in")), "--out", str(tmp_path / "out")]) == 2
    assert _one_line(capsys.readouterr().err) == (
        f"news-workbook: --out {tmp_path / 'out'}: cannot write there (Read-only file system)"
    )


@pytest.mark.parametrize(
    ("address", "says"),
    [
        ("nonsense", "missing port number in address 'nonsense'"),
        ("http://127.0.0.1:8786", "unknown address scheme 'http'"),
        ("tcp://127.0.0.1:99999", "port 99999 is out of range"),
    ],
)
def test_a_malformed_scheduler_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture, address: str, says: str
) -> None:
    args = [str(_corpus(tmp_path / "in")), "--out", str(tmp_path / "out"), "--engine", "dask"]
    assert _run([*args, "--scheduler", address]) == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith(f"news-workbook: --scheduler {address}: {says}")
    assert not (tmp_path / "out").exists()


def test_an_unreachable_scheduler_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    args = [str(_corpus(tmp_path / "in")), "--out", str(tmp_path / "out"), "--engine", "dask"]
    assert _run([*args, "--scheduler", f"tcp://127.0.0.1:{port}"]) == 2
    assert _one_line(capsys.readouterr().err) == (
        f"news-workbook: --scheduler tcp://127.0.0.1:{port}: cannot connect to "
        f"127.0.0.1:{port} within 10 s (Connection refused)"
    )


def test_the_scheduler_probe_waits_a_short_while_only(monkeypatch: pytest.MonkeyPatch) -> None:
    waited: list[float] = []

    def silent(address: tuple[str, int], timeout: float) -> socket.socket:
        waited.append(timeout)
        raise TimeoutError("timed out")

    monkeypatch.setattr(cluster.socket, "create_connection", silent)
    assert cluster.scheduler_problem("tcp://127.0.0.1:8786") == (
        "cannot connect to 127.0.0.1:8786 within 10 s (timed out)"
    )
    assert waited == [cluster.CONNECT_TIMEOUT] and cluster.CONNECT_TIMEOUT <= 10


# -- write failures ------------------------------------------------------------------------------


def _full_disk_on_second_write(monkeypatch: pytest.MonkeyPatch) -> None:
    real = output.TableWriter._write
    calls: list[int] = []

    def write(self: output.TableWriter, tables: object) -> None:
        calls.append(1)
        real(self, tables)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.staging))

    monkeypatch.setattr(output.TableWriter, "_write", write)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_a_full_disk_is_one_line_and_exit_1_with_nothing_half_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, fmt: str
) -> None:
    src = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert _run([str(src), "--out", str(out), "--format", fmt]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    capsys.readouterr()
    _full_disk_on_second_write(monkeypatch)
    assert _run([str(src), "--out", str(out), "--format", fmt, "--chunk-size", "1"]) == 1
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("news-workbook: cannot write to ")
    assert line.endswith(": No space left on device; no table was written")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no staging left


def test_cleaning_up_after_a_failed_write_never_fails_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow.parquet as pq

    writer = output.TableWriter(tmp_path, "parquet")
    frame = pd.DataFrame({"article_id": ["a"], "speaker_name": ["X"], "quotes": [1]})
    writer.write({"speakers": output.schema.conform(frame, "speakers")})

    def close(self: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pq.ParquetWriter, "close", close)
    writer.abort()  # closing the writer fails: the staging folder goes all the same
    assert list(tmp_path.iterdir()) == []


# -- signals -------------------------------------------------------------------------------------


def test_sigterm_in_process_is_handled_like_ctrl_c(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from analysis.engines import chunks

    src = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    assert _run([str(src), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real = chunks.analyze_chunk
    calls: list[int] = []

    def analyze_chunk(chunk: pd.DataFrame) -> object:
        calls.append(1)
        if len(calls) == 2:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # the handler raises before this ends
        return real(chunk)

    monkeypatch.setattr(chunks, "analyze_chunk", analyze_chunk)
    capsys.readouterr()
    args = [str(src), "--out", str(out), "--chunk-size", "1"]
    assert _run(args) == EXIT_TERMINATED == 143
    assert _one_line(capsys.readouterr().err) == ("news-workbook: terminated; no table was written")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # restored


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False)
    return [int(p) for p in found.stdout.split()]


def test_sigterm_stops_a_jobs_2_report_and_its_workers(tmp_path: Path) -> None:
    """Ctrl-C takes the same path (KeyboardInterrupt); the tests above interrupt in process."""
    sig, code = signal.SIGTERM, 143
    src = _corpus(tmp_path / "in", 3_000)
    out = tmp_path / "out"

    def default_sigint() -> None:  # a background process may start with SIGINT ignored
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    process = subprocess.Popen(
        [sys.executable, "-m", "analysis", "report", str(src), "--out", str(out), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_sigint,
    )
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.1)
        workers = _children(process.pid)
    assert len(workers) >= 2, "the workers never started"
    process.send_signal(sig)
    _, err = process.communicate(timeout=60)
    assert process.returncode == code, err
    assert _one_line(err) == "news-workbook: terminated; no table was written"
    time.sleep(0.5)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    assert alive == []
    assert list(out.iterdir()) == []  # no staging folder, no table


def test_delimiter_and_include_docs_options(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "README.txt").write_text("About\n\nThis folder holds the tables.\n")
    (src / "a.csv").write_text("title|text\nT|Body, with a comma.\n")
    assert _run([str(src), "--out", str(tmp_path / "a"), "--delimiter", "|"]) == 0
    a = read_table(tmp_path / "a", "articles")
    assert a["status"].tolist() == ["skipped: documentation file", "ok"]
    assert a["body"][1] == "Body, with a comma."
    assert _run([str(src), "--out", str(tmp_path / "b"), "--include-docs"]) == 0
    assert read_table(tmp_path / "b", "articles")["status"].tolist()[1] == "ok"
    # 'tab' names a tab: this table has none, so no text column and nothing analysed.
    assert _run([str(src), "--out", str(tmp_path / "c"), "--delimiter", "tab"]) == 1
    assert read_table(tmp_path / "c", "articles")["status"].tolist()[1] == (
        "unreadable: no text column"
    )


def test_a_worker_killed_from_outside_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from concurrent.futures.process import BrokenProcessPool

    def killed(*args: object, **kwargs: object) -> object:
        raise BrokenProcessPool("A process in the process pool was terminated abruptly")
        yield

    monkeypatch.setattr("analysis.cli.run_chunks", killed)
    out = tmp_path / "out"
    assert _run([str(_corpus(tmp_path / "in")), "--out", str(out), "--jobs", "2"]) == 1
    assert _one_line(capsys.readouterr().err) == (
        "news-workbook: a worker process died (killed from outside, or out of memory); "
        "no table was written"
    )
    assert list(out.iterdir()) == []

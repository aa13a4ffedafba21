"""Does ``news-workbook report`` stay linear in time and bounded in memory in every dimension?

    python benchmarks/scale_sweep.py [--dimensions rows empty-rows files article-bytes lines]
                                     [--steps 4] [--jobs 1] [--keep DIR]

Each dimension is doubled ``--steps`` times from its start size; every input is
generated (no corpus needed) into a temporary folder and the whole command runs
on it in a fresh process, as a user runs it. First the fixed cost of a run
(start-up, imports, the report of one tiny article) is measured, best of
three; then, per run: the size, wall seconds, CPU seconds (user + system of
that process alone, from ``os.wait4``: far steadier than wall time on a shared
machine), CPU milliseconds per item net of the fixed cost, that per-item cost
relative to the previous size (1.00 is linear), the child's peak RSS
(``ru_maxrss``), the exit code and the statuses. Dimensions:

- ``rows``: one CSV of N rows, each a short article (~400 characters);
- ``empty-rows``: one CSV of N rows with a title and an empty text cell;
- ``files``: N one-article ``.txt`` files in one folder;
- ``article-bytes``: one ``.txt`` article of N MB of prose in one paragraph (the
  last step passes ``MAX_BODY_CHARS``: status ``too large``, not analysed);
- ``lines``: one ``.txt`` file of N short lines, each a sentence and a paragraph
  (the last step passes ``MAX_BODY_UNITS``).

Wall time is noisy on a shared machine: compare the per-item column within one
run, and repeat a run before believing a step.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from analysis.loading.load import MAX_BODY_CHARS, MAX_BODY_UNITS

SENTENCES = (
    "The council approved the budget on Tuesday after a long debate.",
    '"We are pleased with the result," the mayor said in a statement.',
    "Critics warned that the plan would raise taxes for {n} families next year.",
    "Officials did not say when the second phase of the work would begin.",
    "Shares in the company rose {n} percent in early trading, dealers said.",
    "The minister told reporters that talks would resume in the spring.",
)


def _article(i: int, sentences: int = 6) -> str:
    return " ".join(
        SENTENCES[(i + k) % len(SENTENCES)].format(n=(i * 7 + k) % 997) for k in range(sentences)
    )


def _rows(folder: Path, n: int) -> None:
    with open(folder / "rows.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "title", "text"])
        for i in range(n):
            writer.writerow([i, f"Story {i}", _article(i)])


def _empty_rows(folder: Path, n: int) -> None:
    with open(folder / "empty.csv", "w", encoding="utf-8") as fh:
        fh.write("title,text\n")
        fh.writelines(f"t{i},\n" for i in range(n))


def _files(folder: Path, n: int) -> None:
    for i in range(n):
        (folder / f"{i:06d}.txt").write_text(f"Story {i}\n\n{_article(i)}\n", encoding="utf-8")


def _article_bytes(folder: Path, megabytes: int) -> None:
    target = megabytes * 1_000_000
    with open(folder / "big.txt", "w", encoding="utf-8") as fh:
        fh.write("One long article\n\n")
        written, i = 0, 0
        while written < target:
            piece = _article(i) + " "
            fh.write(piece)
            written += len(piece)
            i += 1
        fh.write("\n")


def _lines(folder: Path, n: int) -> None:
    with open(folder / "lines.txt", "w", encoding="utf-8") as fh:
        fh.write("Many lines\n\n")
        fh.writelines(f"Line {i} of the file.\n" for i in range(n))


# name -> (writer of an input of a given size, first size, unit of size)
DIMENSIONS: dict[str, tuple[Callable[[Path, int], None], int, str]] = {
    "rows": (_rows, 2_000, "rows"),
    "empty-rows": (_empty_rows, 125_000, "rows"),
    "files": (_files, 1_000, "files"),
    "article-bytes": (_article_bytes, 1, "MB"),
    "lines": (_lines, 15_625, "lines"),  # 125,000 lines: 249,999 units, the limit is 250,000
}


def run(folder: Path, out: Path, jobs: int) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds, peak RSS in MiB and exit code of one run, in a fresh process.

    CPU and RSS are the report process's own (with ``--jobs 1`` all the work is there).
    """
    command = [sys.executable, "-m", "analysis", "report", str(folder), "--out", str(out)]
    command += ["--jobs", str(jobs), "--no-progress"]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.stderr is not None:
        process.stderr.close()
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, process.returncode


def statuses(out: Path) -> str:
    try:
        counts = json.loads((out / "run.json").read_text())["statuses"]
    except (OSError, ValueError, KeyError):
        return "-"
    return ", ".join(f"{n} {s}" for s, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def fixed_cost(jobs: int) -> float:
    """CPU seconds of a run on one tiny article, best of three."""
    best = float("inf")
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            _files(folder, 1)
            best = min(best, run(folder, Path(tmp) / "out", jobs)[1])
    return best


def sweep(name: str, steps: int, jobs: int, keep: Path | None, fixed: float) -> None:
    write, first, unit = DIMENSIONS[name]
    sizes = [first * 2**k for k in range(steps)]
    if name == "article-bytes":
        sizes.append(MAX_BODY_CHARS // 1_000_000 * 2)  # past the limit: too large
    if name == "lines":
        sizes.append(MAX_BODY_UNITS * 2)  # past the limit: too large
    print(f"\n{name} ({unit})")
    head = f"{'size':>10} {'wall s':>7} {'CPU s':>7} {'net CPU ms/item':>15} {'vs prev':>7}"
    head += f" {'peak MiB':>9}"
    print(f"{head} exit statuses")
    previous: float | None = None
    for size in sizes:
        base = Path(tempfile.mkdtemp(prefix=f"sweep-{name}-", dir=keep))
        folder = base / "in"
        folder.mkdir()
        write(folder, size)
        seconds, cpu, peak, code = run(folder, base / "out", jobs)
        per_item = max(cpu - fixed, 0.0) / size * 1000
        ratio = f"{per_item / previous:7.2f}" if previous else f"{'':>7}"
        previous = per_item
        print(
            f"{size:>10,} {seconds:7.2f} {cpu:7.2f} {per_item:15.4f} {ratio} {peak:9.1f} {code:>4} "
            f"{statuses(base / 'out')}",
            flush=True,
        )
        if keep is None:
            shutil.rmtree(base, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dimensions", nargs="+", choices=list(DIMENSIONS), default=list(DIMENSIONS)
    )
    parser.add_argument("--steps", type=int, default=4, help="sizes per dimension (doubling)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write inputs and outputs here and keep them")
    args = parser.parse_args(argv)
    fixed = fixed_cost(args.jobs)
    print(f"fixed CPU cost of a run (one tiny article, best of 3): {fixed:.2f} s")
    for name in args.dimensions:
        sweep(name, args.steps, args.jobs, args.keep, fixed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

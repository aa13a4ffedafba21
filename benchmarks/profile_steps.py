"""Where `analyze` spends its time, step by step, per BBC article (one core).

    python benchmarks/profile_steps.py BBC [--repeat 3]

Each step of the per-article measuring (text units, VADER, the quotation engine,
readability, quote roll-ups, unit tables, DataFrames) is wrapped in a timer for
the run; nested calls are counted in the step that made them (VADER called from
the quote roll-ups counts there). The wrappers cost a little, so the total is a
few percent above an unwrapped run. Best of ``--repeat`` whole passes; the
process is pinned to one core.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import load_bbc

import analysis
from analysis.tables import measure

STEPS = ("_units", "score_columns", "quote_columns", "readability", "_tone_rollup")
METHODS = ("_add_units", "_add_quotes", "tables")


def instrument(acc: collections.Counter[str]) -> None:
    depth = [0]

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            if depth[0]:
                return fn(*args, **kwargs)
            depth[0] += 1
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                acc[name] += time.perf_counter() - t0
                depth[0] -= 1

        return wrapper

    for name in STEPS:
        setattr(measure, name, timed(name, getattr(measure, name)))
    for name in METHODS:
        setattr(measure.ChunkBuilder, name, timed(name, getattr(measure.ChunkBuilder, name)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bbc", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    articles = load_bbc(args.bbc)
    n = len(articles)
    acc: collections.Counter[str] = collections.Counter()
    instrument(acc)
    analysis.analyze(articles.head(100))  # warm: dictionaries, lexicon
    best: tuple[float, dict[str, float]] | None = None
    for _ in range(args.repeat):
        acc.clear()
        t0 = time.perf_counter()
        analysis.analyze(articles, chunk_size=n)
        total = time.perf_counter() - t0
        if best is None or total < best[0]:
            best = (total, dict(acc))
    assert best is not None
    total, steps = best
    print(f"{n} BBC articles, best of {args.repeat}: {1000 * total / n:.3f} ms per article")
    for name, seconds in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"  {name:16s} {1000 * seconds / n:6.3f} ms")
    rest = total - sum(steps.values())
    print(f"  {'(rest)':16s} {1000 * rest / n:6.3f} ms")


if __name__ == "__main__":
    main()

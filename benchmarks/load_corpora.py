"""Load corpora and report what came out: rows, statuses, duplicates, readers, languages, speed.

Usage: python benchmarks/load_corpora.py PATH [PATH ...]

Each PATH is loaded separately with analysis.load_articles (e.g. ../shared/corpora/bbc
and ../shared/corpora/reuters21578/sgm-data). Prints counts and elapsed wall time.
"""

from __future__ import annotations

import sys
import time

from analysis.load import load_articles


def report(path: str) -> None:
    start = time.perf_counter()
    df = load_articles(path)
    elapsed = time.perf_counter() - start
    n = len(df)
    print(f"== {path}")
    print(f"rows: {n:,}  files: {df['source'].nunique():,}")
    print(f"elapsed: {elapsed:.2f} s  ({n / elapsed:,.0f} articles/s)")
    print(f"duplicates (duplicate_of set): {int(df['duplicate_of'].notna().sum()):,}")
    print(f"repaired: {int(df['repaired'].sum()):,}")
    for column in ("status", "reader", "language", "encoding", "section"):
        counts = df[column].value_counts(dropna=False)
        print(f"{column}: " + ", ".join(f"{k}={v:,}" for k, v in counts.items()))


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    for path in argv:
        report(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

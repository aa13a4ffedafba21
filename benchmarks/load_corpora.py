"""Load corpora and report what came out: rows, statuses, duplicates, readers, languages, speed.

Usage: python benchmarks/load_corpora.py [--sweep] PATH [PATH ...]

Each PATH is loaded separately with analysis.load_articles (e.g. the BBC News folder
and Reuters-21578's sgm-data folder). Prints counts and elapsed wall time.
``--sweep`` also times one-page files of growing size (1-10 MB of one paragraph,
ASCII and non-ASCII, and a 25k-200k character token) written to a temporary folder:
time per MB should stay flat (linear loading).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from analysis.loading.load import load_articles


def report(path: str) -> None:
    start = time.perf_counter()
    df = load_articles(path)
    elapsed = time.perf_counter() - start
    n = len(df)
    print(f"== {path}")
    print(f"rows: {n:,}  files: {df['source'].nunique():,}")
    print(f"elapsed: {elapsed:.2f} s  ({n / elapsed:,.0f} articles/s)")
    dup = df[df["duplicate_of"].notna()]
    titles = df.set_index("article_id")["title"]
    same_title = (dup["title"].values == titles.reindex(dup["duplicate_of"]).values).sum()
    print(f"duplicates (duplicate_of set): {len(dup):,}, of which same title too: {same_title:,}")
    print(f"repaired: {int(df['repaired'].sum()):,}")
    for column in ("status", "reader", "language", "encoding", "section"):
        counts = df[column].value_counts(dropna=False)
        print(f"{column}: " + ", ".join(f"{k}={v:,}" for k, v in counts.items()))


def _timed(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    df = load_articles(path)
    return time.perf_counter() - start, len(df["body"][0])


def sweep() -> None:
    sentences = {
        "ascii": "The council said the new bridge would open in spring, officials said. ",
        "unicode": "“Quoted,” the café owner said of the £5 menu. ",
    }
    with tempfile.TemporaryDirectory() as tmp:
        for kind, sentence in sentences.items():
            for mb in (1, 2, 5, 10):
                path = Path(tmp) / f"{kind}{mb}.txt"
                path.write_text("Head\n\n" + sentence * (mb * 1_000_000 // len(sentence)))
                elapsed, chars = _timed(path)
                print(f"sweep {kind} {mb:>2} MB page: {elapsed:.2f} s ({elapsed / mb:.3f} s/MB)")
        for k in (25_000, 50_000, 100_000, 200_000):
            path = Path(tmp) / f"token{k}.txt"
            path.write_text("Head\n\nBefore " + "x" * k + " after.\n")
            elapsed, chars = _timed(path)
            print(f"sweep {k:>7}-character token: {elapsed * 1000:.1f} ms, body {chars:,} chars")


def main(argv: list[str]) -> int:
    if "--sweep" in argv:
        argv = [a for a in argv if a != "--sweep"]
        sweep()
    elif not argv:
        print(__doc__)
        return 2
    for path in argv:
        report(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

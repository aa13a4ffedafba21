"""What a streamed run keeps per article for the report, and what the report costs per article.

    python benchmarks/report_rows_memory.py CORPUS [--copies N] [--chunk-size 200]

Analyses CORPUS chunk by chunk in this process, feeds every chunk to the command's
:class:`ReportRows` (``--copies N`` feeds the analysed chunks N times, for a run of
N times the articles without analysing them again) and prints, per article: the
bytes of the kept article rows (Arrow buffers, measured with ``nbytes``), the
Arrow memory pool's growth, the named speakers folded, the size of the report.html
rendered from it (the article table's rows travel inside the page), and how much
the rendering raised the peak RSS of this process. docs/presentation.md quotes
these figures.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time

import pyarrow as pa

from analysis.engines import analyze_chunk
from analysis.loading import iter_articles
from analysis.presentation.digest import ReportRows
from analysis.presentation.report import render_report
from analysis.versions import versions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--chunk-size", type=int, default=200)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    chunks = [analyze_chunk(c) for c in iter_articles(args.corpus, chunk_size=args.chunk_size)]
    analysed = time.perf_counter() - start
    kept = ReportRows()
    pool_before = pa.total_allocated_bytes()
    for _ in range(args.copies):
        for tables in chunks:
            kept.add(tables)
    pool = pa.total_allocated_bytes() - pool_before
    n = kept.n
    speakers = kept.speakers()
    articles = kept.articles()
    peak_before = _peak_mib()
    page = render_report(articles, speakers, versions(), examples=kept.examples())
    peak_after = _peak_mib()
    size = len(page.encode("utf-8"))
    print(f"{n:,} articles ({args.copies} x {n // args.copies:,} analysed in {analysed:.1f} s)")
    print(f"article rows kept: {kept.nbytes:,} bytes = {kept.nbytes / n:.0f} bytes/article")
    print(f"Arrow pool growth: {pool:,} bytes = {pool / n:.0f} bytes/article")
    print(f"speakers folded: {len(speakers):,} (one entry per named speaker)")
    print(f"examples kept: {len(kept.examples())} articles with their rows")
    print(f"report.html: {size:,} bytes = {size / n:.0f} bytes/article")
    print(
        f"rendering it raised the peak RSS from {peak_before:.1f} to {peak_after:.1f} MiB "
        f"(+{peak_after - peak_before:.1f} MiB)"
    )
    return 0


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    sys.exit(main())

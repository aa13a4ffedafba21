"""Are the five output tables still the same? A guard for refactoring.

Usage::

    python benchmarks/tables_identity.py CORPUS [CORPUS …] --write SNAPSHOT_DIR
    python benchmarks/tables_identity.py CORPUS [CORPUS …] --compare SNAPSHOT_DIR

Loads ``CORPUS`` with :func:`analysis.load_articles`, analyses it with
:func:`analysis.analyze` (the public API only, so the script outlives any
reorganisation of the package) and either writes the five tables as Parquet
into ``SNAPSHOT_DIR`` (keep it outside the repository: it holds corpus text) or
compares them with the stored ones by ``pandas.testing.assert_frame_equal``
(values, dtypes, column order). ``--compare`` prints one line per table and
exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

import analysis


def tables(corpora: list[str]) -> dict[str, pd.DataFrame]:
    articles = analysis.load_articles(corpora)
    return dict(analysis.analyze(articles).items())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="+")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", metavar="SNAPSHOT_DIR", type=Path)
    mode.add_argument("--compare", metavar="SNAPSHOT_DIR", type=Path)
    args = ap.parse_args(argv)
    current = tables(args.corpora)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for name, frame in current.items():
            frame.to_pickle(args.write / f"{name}.pkl")
            print(f"{name}: {len(frame)} rows written")
        return 0
    failed = 0
    for name, frame in current.items():
        stored = pd.read_pickle(args.compare / f"{name}.pkl")
        try:
            pd.testing.assert_frame_equal(frame, stored)
        except AssertionError as exc:
            failed += 1
            print(f"{name}: DIFFERENT ({len(frame)} rows now, {len(stored)} stored)")
            print("  " + str(exc).replace("\n", "\n  ")[:2000])
        else:
            print(f"{name}: identical ({len(frame)} rows)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

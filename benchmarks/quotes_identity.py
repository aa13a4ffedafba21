"""Does :func:`analysis.measures.quotations.quote_columns` still give the same rows?
How fast is it?

Usage::

    python benchmarks/quotes_identity.py BBC_ROOT POLNEAR.jsonl [more.jsonl …]
        (--write SNAPSHOT | --compare SNAPSHOT) [--units] [--repeat N]

Runs ``quote_columns`` over every PolNeAR ``text`` (``<tweet …>`` tags blanked
with spaces, as ``quotes_accuracy.py`` does, so offsets stay) and every BBC body
(:func:`analysis.load_articles`). ``--write`` stores every article's columns in
a JSON snapshot (keep it outside the repository: it holds corpus text);
``--compare`` counts the articles whose columns differ from the snapshot (every
column, every row, ``==``; NA as null) and must print 0 mismatches.

``--units`` also passes the paragraphs and sentences the pipeline already has
(``analysis.units.spans.paragraph_spans`` / ``sentence_spans``) and checks that those
rows equal the plain call's; its timing leaves out the two splitters, as the
pipeline does.

Timing: CPU milliseconds per article (``time.process_time``: the machine is
shared, and wall time there measures the neighbours) of ``quote_columns`` alone
(loading and the comparison excluded), the best of ``--repeat`` passes; each
pass starts with the engine's caches (and ``re``'s) emptied.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import pkgutil
import re
import sys
import time
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

import pandas as pd  # noqa: E402

import analysis  # noqa: E402
from analysis.measures import quotations  # noqa: E402
from analysis.measures.quotations import quote_columns  # noqa: E402
from analysis.speed.memo import BoundedMemo  # noqa: E402
from analysis.units.spans import paragraph_spans, sentence_spans  # noqa: E402

_TAG = re.compile(r"</?tweet\b[^<>]*>")


def _plain(columns: dict[str, list]) -> dict[str, list]:
    """JSON-ready columns: NA as None, numpy scalars as Python ones."""
    out = {}
    for name, values in columns.items():
        out[name] = [
            None if v is pd.NA else (v.item() if hasattr(v, "item") else v) for v in values
        ]
    return out


def corpora(bbc_root: str, polnear: list[str]) -> dict[str, list[str]]:
    """Corpus name -> texts, in a fixed order."""
    texts: dict[str, list[str]] = {}
    pol = []
    for path in polnear:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    t = json.loads(line)["text"]
                    pol.append(_TAG.sub(lambda m: " " * len(m.group()), t))
    texts["polnear"] = pol
    bodies = analysis.load_articles(bbc_root)["body"].tolist()
    texts["bbc"] = [b if isinstance(b, str) else "" for b in bodies]
    return texts


def _cold() -> None:
    """Empty the engine's caches (and re's), so every pass starts as the first."""
    re.purge()
    for info in pkgutil.iter_modules(quotations.__path__):
        module = importlib.import_module(f"{quotations.__name__}.{info.name}")
        for name in dir(module):
            value = getattr(module, name)
            clear = getattr(value, "cache_clear", None)
            if clear is not None:
                clear()
            elif isinstance(value, BoundedMemo):
                value.clear()


def run(texts: list[str], units: list | None, repeat: int) -> tuple[list[dict], float]:
    """Columns per text and the best total seconds over ``repeat`` passes."""
    best = math.inf
    out: list[dict] = []
    for _ in range(repeat):
        _cold()
        res = []
        t0 = time.process_time()
        if units is None:
            for t in texts:
                res.append(quote_columns(t))
        else:
            for t, (ps, ss) in zip(texts, units, strict=True):
                res.append(quote_columns(t, paragraphs=ps, sentences=ss))
        best = min(best, time.process_time() - t0)
        out = res
    return [_plain(r) for r in out], best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bbc")
    ap.add_argument("polnear", nargs="+")
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", metavar="SNAPSHOT")
    mode.add_argument("--compare", metavar="SNAPSHOT")
    ap.add_argument("--units", action="store_true")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)

    texts = corpora(args.bbc, args.polnear)
    snapshot = {}
    if args.compare:
        with open(args.compare, encoding="utf-8") as fh:
            snapshot = json.load(fh)
    written = {}
    total_bad = 0
    for name, ts in texts.items():
        rows, secs = run(ts, None, args.repeat)
        n_quotes = sum(len(r["start"]) for r in rows)
        line = (
            f"{name}: {len(ts)} articles, {n_quotes} quotes, {1000 * secs / len(ts):.3f} ms/article"
        )
        if args.units:
            units = []
            for t in ts:
                ps = paragraph_spans(t)
                units.append((ps, sentence_spans(t, ps)))
            urows, usecs = run(ts, units, args.repeat)
            bad_units = sum(a != b for a, b in zip(rows, urows, strict=True))
            total_bad += bad_units
            ms = 1000 * usecs / len(ts)
            line += f"; with units {ms:.3f} ms/article, {bad_units} differ from plain"
        if args.compare:
            old = snapshot[name]
            if len(old) != len(rows):
                line += f"; snapshot has {len(old)} articles"
                total_bad += 1
            bad = sum(a != b for a, b in zip(rows, old, strict=False))
            total_bad += bad
            line += f"; {bad} mismatches vs snapshot"
        else:
            written[name] = rows
        print(line)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            json.dump(written, fh)
        print(f"snapshot written to {args.write}")
    print(f"total mismatches: {total_bad}")
    return 1 if total_bad else 0


if __name__ == "__main__":
    sys.exit(main())

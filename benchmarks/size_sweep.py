"""Time of ``analysis.analyze`` on one huge article: does it grow linearly with size?

    python benchmarks/size_sweep.py [--mb 1 2 5 10] [--tokens 25000 50000 100000 200000]
                                    [--kinds sentences run-on open-quote] [--stages]

Each page is written to a temporary file as one headline and ONE paragraph, loaded
with :func:`analysis.load_articles` (so the row is what a real run sees) and then
timed through :func:`analysis.analyze` alone (best of ``--repeat``). Kinds of page:

- ``sentences``: ordinary news sentences, ~150,000 per 10 MB;
- ``run-on``: words (a "but" in every thirteen) and no sentence boundary at all,
  so the whole page is one "sentence" handed to VADER and to the readability
  formulas (VADER's "but" rule was quadratic in a sentence's length);
- ``open-quote``: ordinary sentences after one opening quotation mark that never
  closes;
- ``open-quotes`` (not run by default): every sentence opens a quotation that never
  closes, so an engine that scans ahead for the closing mark from each opening one
  rescans the rest of the paragraph per mark (quadratic; try small ``--mb`` first);
- ``token``: a short article around one word of 25k–200k letters.

Printed per page: size, seconds, seconds per MB (per 100k characters for tokens),
sentences and words found, status. Time per MB that stays flat as the size grows is
linear behaviour. ``--stages`` also times the steps of :mod:`analysis.tables.measure`
(text units, tone, quotations, readability) on the largest page of each kind
(caches filled by the timed run may make the second measurement of a step cheaper).

Nothing here is a test: figures vary with the machine. Run it on a quiet one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

import analysis
from analysis.measures.readability.formulas import readability
from analysis.measures.tone.sentiment import score_columns  # tone as the tables score it
from analysis.units.spans import paragraph_spans, sentence_spans, word_spans
from analysis.versions import versions

try:  # the quotation engine's plain-list core, as analysis.tables.measure calls it
    from analysis.measures.quotations.engine import quote_columns as find_quotes
except ImportError:  # the placeholder interface before the engine landed
    from analysis.measures.quotations.engine import quote_records as find_quotes

MB = 1_000_000
SENTENCES = (
    "The harbour reopened on Monday after the repairs, officials said. ",
    "Traders welcomed the news but warned that prices could rise again. ",
    "The minister did not say when the second bridge would be finished. ",
)
RUN_ON = "the harbour reopened on monday after long repairs but traders welcomed the news "


def page_text(kind: str, size: int) -> str:
    """A one-paragraph body of ``size`` characters (``token``: a word of that length)."""
    if kind == "token":
        return "The council published a list of names: " + "x" * size + " and nothing more."
    unit = "".join(SENTENCES) if kind != "run-on" else RUN_ON
    body = (unit * (size // len(unit) + 1))[:size]
    if kind == "open-quote":
        body = "“" + body[1:]
    elif kind == "open-quotes":
        body = body.replace(". ", ". “")
    return body.rstrip()


def load_page(body: str, folder: Path) -> pd.DataFrame:
    path = folder / "page.txt"
    path.write_text("A headline for the size sweep\n\n" + body + "\n", encoding="utf-8")
    return analysis.load_articles(path)


def best_of(repeat: int, fn: Callable[[], object]) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def stages(body: str) -> dict[str, float]:
    """Seconds per step of analysis.tables.measure on one body."""
    out: dict[str, float] = {}
    t0 = time.perf_counter()
    spans = sentence_spans(body, paragraph_spans(body))
    word_spans(body)
    out["text units"] = time.perf_counter() - t0
    texts = [body[s:e] for s, e in spans]
    out["tone"], _ = best_of(1, lambda: score_columns(texts))
    out["quotes"], _ = best_of(1, lambda: find_quotes(body))
    out["readability"], _ = best_of(1, lambda: readability(body))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[1, 2, 5, 10])
    parser.add_argument("--tokens", type=int, nargs="*", default=[25_000, 50_000, 100_000, 200_000])
    parser.add_argument(
        "--kinds", nargs="+", default=["sentences", "run-on", "open-quote"], help="page kinds"
    )
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--stages", action="store_true", help="time each measure step too")
    args = parser.parse_args(argv)
    print(", ".join(f"{k} {v}" for k, v in versions().items()))
    cases = [(kind, int(mb * MB)) for kind in args.kinds for mb in args.mb]
    cases += [("token", n) for n in args.tokens]
    header = f"{'kind':<11} {'size':>12} {'seconds':>8} {'per unit':>14} "
    print(header + f"{'sentences':>10} {'words':>9}  status")
    with tempfile.TemporaryDirectory(prefix="size-sweep-") as tmp:
        analysis.analyze(load_page(page_text("sentences", 20_000), Path(tmp)))  # warm up
        for i, (kind, size) in enumerate(cases):
            body = page_text(kind, size)
            articles = load_page(body, Path(tmp))
            seconds, tables = best_of(args.repeat, lambda a=articles: analysis.analyze(a))
            row = tables.articles.iloc[0]
            if kind == "token":
                size_text, per = f"{size:,} chars", f"{seconds / (size / 1e5):.3f} s/100k ch"
            else:
                size_text, per = (
                    f"{len(body) / MB:.2f} MB",
                    f"{seconds / (len(body) / MB):.3f} s/MB",
                )
            print(
                f"{kind:<11} {size_text:>12} {seconds:8.2f} {per:>14} "
                f"{row['n_sentences']:>10} {row['n_words']:>9}  {row['status']}",
                flush=True,
            )
            last_of_kind = i + 1 == len(cases) or cases[i + 1][0] != kind
            if args.stages and last_of_kind:
                steps = stages(articles["body"].iloc[0])
                print("    steps: " + ", ".join(f"{k} {v:.2f} s" for k, v in steps.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Compare analysis.readability() with textstat 0.7.13 on every BBC article body.

Usage: python benchmarks/readability_equality.py BBC_PATH [--limit N] [--repeat N]

BBC_PATH may also be a JSONL file with a ``text`` field (PolNeAR train.jsonl), to
check texts with curly apostrophes.

Prints, per key, the largest absolute difference between our value and textstat's
public function (run offline on the same dictionary, on the same normalised text),
the number of texts compared, and the time per article of both.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import textstat
from _corpora import bbc_articles, polnear_texts

from analysis.measures.readability import clear_textstat_caches, offline_textstat
from analysis.measures.readability.formulas import FORMULAS, TEXTSTAT_COUNTS, readability


def textstat_values(ts: object, text: str) -> dict[str, float]:
    """textstat's own value for each key of readability(), public functions, defaults."""
    out = {}
    for name in FORMULAS:
        if name == "text_standard":
            out[name] = ts.text_standard(text, float_output=True)
        else:
            out[name] = getattr(ts, name)(text)
    for key, name in TEXTSTAT_COUNTS.items():
        out[key] = getattr(ts, name)(text)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bbc_path")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--repeat", type=int, default=2, help="timing runs; the best counts")
    args = parser.parse_args()

    if Path(args.bbc_path).is_dir():
        bodies = [body for _, _, body in bbc_articles(args.bbc_path)][: args.limit]
    else:  # a JSONL file with a "text" field (PolNeAR: curly apostrophes)
        bodies = list(polnear_texts(args.bbc_path))[: args.limit]
    # readability() normalises ’ to ' by default; textstat gets the same text.
    normalised = [b.replace("’", "'") for b in bodies]

    with offline_textstat() as ts:
        ts.syllable_count("warm up")  # load the dictionary outside the timings
        readability("warm up")

        # Timed, interleaved, best of --repeat (the machine is shared): ours, then the
        # 9 headline functions as a user would call them (textstat shares counts
        # between them through its per-text caches, which is its own fast path).
        t_ours = t_theirs = math.inf
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            ours = [readability(b) for b in bodies]
            t_ours = min(t_ours, time.perf_counter() - t0)
            clear_textstat_caches()
            t0 = time.perf_counter()
            for b in normalised:
                for name in FORMULAS:
                    if name == "text_standard":
                        ts.text_standard(b, float_output=True)
                    else:
                        getattr(ts, name)(b)
            t_theirs = min(t_theirs, time.perf_counter() - t0)
        clear_textstat_caches()
        theirs = [textstat_values(ts, b) for b in normalised]

    keys = list(FORMULAS) + list(TEXTSTAT_COUNTS)
    print(f"textstat {'.'.join(map(str, textstat.__version__))}; texts compared: {len(bodies)}")
    print(f"{'key':32} {'max abs diff':>14} {'n unequal':>10}")
    worst = 0.0
    for key in keys:
        diffs = []
        for o, t in zip(ours, theirs, strict=True):
            if math.isnan(o[key]):
                diffs.append(math.nan)  # word-less text: documented NaN, counted below
            else:
                diffs.append(abs(o[key] - t[key]))
        real = [d for d in diffs if not math.isnan(d)]
        m = max(real) if real else 0.0
        worst = max(worst, m)
        print(f"{key:32} {m:14.3g} {sum(d != 0 for d in real):10d}")
    n_nan = sum(math.isnan(o["flesch_reading_ease"]) for o in ours)
    print(f"texts with no words (NaN by design): {n_nan}")
    n = len(bodies)
    print(
        f"time per article: readability() {1000 * t_ours / n:.2f} ms, "
        f"textstat's 9 functions {1000 * t_theirs / n:.2f} ms, "
        f"speed-up {t_theirs / t_ours:.1f}x"
    )
    print("EQUAL (<= 1e-9)" if worst <= 1e-9 else f"NOT EQUAL: worst {worst}")


if __name__ == "__main__":
    main()

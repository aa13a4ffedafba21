"""How much of a corpus textstat finds in CMUdict, with and without apostrophe normalisation.

Usage: python benchmarks/dictionary_coverage.py PATH [PATH ...]

PATH is a BBC-style folder (``<category>/NNN.txt``, headline on line 1) or a JSONL
file with a ``text`` field (PolNeAR). Coverage is the share of the word tokens that
textstat looks up for syllables (punctuation removed its way, lower-cased) that
are in the dictionary; the rest get Pyphen's estimate. Three versions of each text:

- ``raw``: as it is;
- ``’ -> '``: the right single quotation mark made ASCII (what
  ``analysis.measures.readability.formulas`` does by default);
- ``‘’ -> '``: both single marks made ASCII (``analysis.units.spans.ascii_apostrophes``).

Also printed: tokens that hold an apostrophe, their coverage, and how many texts
change their Flesch reading ease under each normalisation (mean absolute change).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _corpora import bbc_articles, polnear_texts

from analysis.measures.readability.formulas import readability
from analysis.measures.readability.syllables import in_dictionary, remove_punctuation
from analysis.units.spans import ascii_apostrophes

VARIANTS = {
    "raw": lambda t: t,
    "’ -> '": lambda t: t.replace("’", "'"),
    "‘’ -> '": ascii_apostrophes,
}


def load(path: str) -> list[str]:
    p = Path(path)
    if p.is_dir():
        return [body for _, _, body in bbc_articles(p)]
    return list(polnear_texts(p))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    for path in args.paths:
        texts = load(path)
        curly = sum("’" in t or "‘" in t for t in texts)
        print(f"\n{path}: {len(texts)} texts, {curly} with curly single quotes")
        print(
            f"{'variant':9} {'tokens':>9} {'found':>9} {'in dict':>8} {'apos tokens':>12} "
            f"{'apos in dict':>13} {'texts FRE changed':>18} {'mean |dFRE|':>12}"
        )
        base_fre = [readability(t, normalise=False)["flesch_reading_ease"] for t in texts]
        for name, fn in VARIANTS.items():
            n = hit = n_apos = hit_apos = 0
            changed = 0
            delta = 0.0
            for text, fre0 in zip(texts, base_fre, strict=True):
                norm = fn(text)
                for token in remove_punctuation(norm).lower().split():
                    found = in_dictionary(token)
                    n += 1
                    hit += found
                    if "'" in token:
                        n_apos += 1
                        hit_apos += found
                fre = readability(norm, normalise=False)["flesch_reading_ease"]
                if fre != fre0:
                    changed += 1
                    delta += abs(fre - fre0)
            print(
                f"{name:9} {n:9d} {hit:9d} {hit / n:8.3%} {n_apos:12d} "
                f"{(hit_apos / n_apos if n_apos else 0):13.2%} {changed:18d} "
                f"{(delta / changed if changed else 0):12.3f}"
            )


if __name__ == "__main__":
    main()

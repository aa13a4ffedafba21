"""Who is quoted on a whole corpus, checked without gold: names that cannot be names.

Usage::

    python benchmarks/speakers_corpus.py CORPUS [--top 20] [--max-bad 0]

Runs :func:`analysis.analyze` on the corpus (BBC News in issue 14) and prints:

- the count of **impossible speaker names**: a ``speaker_name`` that starts with
  a lowercase letter, is a number, or is found in the article only inside the
  quotation it is said to have spoken (the resolver took a word of the quote),
  and each such name with its mention;
- the top named speakers of the corpus ``speakers`` table (by quoted words),
  with type, gender, articles and quotations;
- voiced quotations by speaker type, persons' quotations by gender, and the
  share of attributed quotations from unnamed sources.

``--max-bad N`` exits 1 when more than N impossible names are found.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

import analysis
from analysis.tables.speakers import voiced_mask
from analysis.versions import versions


def impossible_names(quotes: pd.DataFrame, bodies: dict[str, str]) -> list[tuple[str, str]]:
    """``(speaker_name, speaker)`` of every quotation whose resolved name cannot be a name."""
    bad = []
    named = quotes[quotes["speaker_name"].notna()]
    for aid, name, mention, start, end in zip(
        named["article_id"],
        named["speaker_name"],
        named["speaker"],
        named["start"],
        named["end"],
        strict=True,
    ):
        body = bodies[aid]
        only_inside = name in body[start:end] and name not in body[:start] + body[end:]
        number = name.replace(",", "").replace(".", "").isdigit()
        if name[:1].islower() or number or only_inside:
            bad.append((name, str(mention)))
    return bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--max-bad", type=int, default=None)
    args = parser.parse_args()

    print("versions:", ", ".join(f"{k} {v}" for k, v in versions().items()))
    tables = analysis.analyze(analysis.load_articles(args.corpus))
    arts, quotes = tables.articles, tables.quotes
    bodies = dict(zip(arts["article_id"], arts["body"].fillna(""), strict=True))
    bad = impossible_names(quotes, bodies)
    voiced = quotes[voiced_mask(quotes)]
    attributed = voiced[voiced["speaker"].notna()]
    print(
        f"{len(arts)} articles, {len(quotes)} quotations, {len(attributed)} voiced with a"
        f" speaker, {int(attributed['speaker_name'].notna().sum())} of them named"
    )
    print(f"impossible speaker names (lowercase, a number, only inside its quote): {len(bad)}")
    for name, mention in bad[:30]:
        print(f"    {name!r} (mention {mention!r})")
    top = tables.speakers.head(args.top)
    cols = ["speaker_name", "speaker_type", "speaker_gender", "articles", "quotes", "words"]
    print(f"\ntop {len(top)} named speakers by quoted words:")
    print(top[cols].to_string(index=False))
    print("\nvoiced quotations by speaker type:")
    print(attributed["speaker_type"].value_counts(dropna=False).to_string())
    people = attributed[attributed["speaker_type"] == "person"]
    print("\npersons' quotations by gender:")
    print(people["speaker_gender"].value_counts(dropna=False).to_string())
    share = attributed["speaker_name"].isna().mean() if len(attributed) else float("nan")
    print(f"\nshare of attributed quotations from unnamed sources: {share:.3f}")
    if args.max_bad is not None and len(bad) > args.max_bad:
        print(f"FAIL: {len(bad)} impossible names > {args.max_bad}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How far the first-name lexicon alone goes on PolNeAR's gold persons, and how often it errs.

Usage::

    python benchmarks/name_gender_lexicon.py POLNEAR/dev_speakers.jsonl

Population
    The entity lines whose type is ``person`` and whose gender the annotators
    give (``female``/``male``; they used the article's pronouns and titles, or
    the person being well known). Scored per person (distinct document and
    canonical ``entity``) and per mention (entity line). The first name is
    :func:`analysis.measures.quotations.first_names.given_name` of the canonical entity; persons
    without one (a single word, an initial, a surname-first name) are counted
    apart: the lexicon is never asked about a surname.

Figures
    ``answered``: the share of persons with a first name that the lexicon gives a
    gender; ``right``: the share of those answers equal to the gold gender. By
    threshold (share of births of one sex, minimum births), for the two halves of
    dev by :func:`speakers_accuracy.doc_bucket` (bucket 0 to choose on, bucket 1
    held out) and for all of it. The module's threshold (95%, 100 births) and
    years come from reasoning, checked on bucket 0; bucket 1 is the figure to
    quote.

Then every wrong answer and every abstention at the module's threshold, with the
reason (not in the data, shared, too rare) and the number of mentions behind it:
the famous people whose first name misleads (a man named Lindsey) are to be read
off this list.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

import speakers_accuracy as sa  # noqa: E402

from analysis.measures.quotations import first_names as nl  # noqa: E402

SHARES = (0.80, 0.90, 0.95, 0.98, 0.99)
COUNTS = (100, 1000)


def persons(entities: dict[tuple[str, int, int], dict]) -> dict[tuple[str, str], dict]:
    """Gold persons of known gender: (doc, entity) -> gender, mentions, first name."""
    out: dict[tuple[str, str], dict] = {}
    for e in entities.values():
        if e["type"] != "person" or e["gender"] not in ("female", "male") or not e["entity"]:
            continue
        p = out.setdefault(
            (e["doc"], e["entity"]),
            {"gender": e["gender"], "mentions": 0, "first": nl.given_name(e["entity"])},
        )
        p["mentions"] += 1
    return out


def answers(
    people: dict[tuple[str, str], dict], min_share: float, min_count: int
) -> dict[tuple[str, str], str | None]:
    """The lexicon's answer for every person with a first name."""
    return {
        key: nl.first_name_gender(p["first"], min_share=min_share, min_count=min_count)
        for key, p in people.items()
        if p["first"]
    }


def tally(
    people: dict[tuple[str, str], dict], got: dict[tuple[str, str], str | None], weight: str
) -> Counter:
    """Counts per half and overall: n, answered, right (per person or per mention)."""
    c: Counter = Counter()
    for key, answer in got.items():
        w = 1 if weight == "person" else people[key]["mentions"]
        for part in (f"half{sa.doc_bucket(key[0], 2)}", "all"):
            c[part, "n"] += w
            c[part, "answered"] += w * (answer is not None)
            c[part, "right"] += w * (answer == people[key]["gender"])
    return c


def _cell(c: Counter, part: str) -> str:
    n, a, r = c[part, "n"], c[part, "answered"], c[part, "right"]
    answered = a / n if n else float("nan")
    right = r / a if a else float("nan")
    return f"{answered:.3f} ({a}/{n}) right {right:.3f} ({r}/{a})"


def reason(first: str, min_share: float, min_count: int, counts: dict) -> str:
    """Why the lexicon said nothing about a first name."""
    folded = nl._fold(first)
    if folded is None:
        return "not a plain name"
    f, m = counts.get("".join(folded), (0, 0))
    if f + m == 0:
        if len(folded) > 1:
            return "parts disagree or unknown"
        return f"not in the file (fewer than {nl.MIN_COUNT} births, or none)"
    if f + m < min_count:
        return f"rare ({f} F / {m} M)"
    return f"shared ({f} F / {m} M, {max(f, m) / (f + m):.0%})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("entities", help="speaker entity JSONL file (e.g. dev_speakers.jsonl)")
    args = ap.parse_args(argv)
    people = persons(sa.load_entities(args.entities))
    with_first = {k: p for k, p in people.items() if p["first"]}
    mentions = sum(p["mentions"] for p in people.values())
    print(
        f"lexicon {nl.DATA_RESOURCE[1]}: US births {nl.FIRST_YEAR}-{nl.LAST_YEAR}, "
        f"{len(nl.load_counts()):,} names; module threshold {nl.MIN_SHARE:.0%} of "
        f">= {nl.MIN_COUNT} births"
    )
    halves = Counter(f"half{sa.doc_bucket(d, 2)}" for d, _ in with_first)
    print(
        f"gold persons of known gender: {len(people)} ({mentions} mentions); with a first "
        f"name: {len(with_first)} (half0 {halves['half0']}, half1 {halves['half1']}); "
        f"without: {', '.join(sorted(e for (_, e), p in people.items() if not p['first']))}"
    )
    for weight in ("person", "mention"):
        print(f"\nper {weight}: answered share (n) and right share (n), by threshold")
        for min_share in SHARES:
            for min_count in COUNTS:
                c = tally(people, answers(people, min_share, min_count), weight)
                mark = " *" if (min_share, min_count) == (nl.MIN_SHARE, nl.MIN_COUNT) else ""
                print(
                    f"  {min_share:.2f} >={min_count:<5} half0 {_cell(c, 'half0')} | "
                    f"half1 (held out) {_cell(c, 'half1')} | all {_cell(c, 'all')}{mark}"
                )
    got = answers(people, nl.MIN_SHARE, nl.MIN_COUNT)
    counts = nl.load_counts()
    wrong: dict[str, list] = defaultdict(list)
    silent: dict[str, list] = defaultdict(list)
    for key, answer in got.items():
        p = people[key]
        if answer is None:
            silent[key[1]].append(p)
        elif answer != p["gender"]:
            wrong[key[1]].append((answer, p))
    print("\nwrong at the module's threshold (entity: said / gold, documents, mentions):")
    for entity, items in sorted(wrong.items()):
        answer, p = items[0]
        n = sum(q["mentions"] for _, q in items)
        print(f"  {entity}: {answer} / {p['gender']}, {len(items)} docs, {n} mentions")
    print("no answer at the module's threshold (entity: gold, documents, mentions, why):")
    for entity, items in sorted(silent.items()):
        p = items[0]
        n = sum(q["mentions"] for q in items)
        why = reason(p["first"], nl.MIN_SHARE, nl.MIN_COUNT, counts)
        print(f"  {entity}: {p['gender']}, {len(items)} docs, {n} mentions, {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

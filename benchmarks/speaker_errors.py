"""Why resolved speaker names are wrong: gold mention make-up and error classes on PolNeAR.

Usage::

    python benchmarks/speaker_errors.py POLNEAR/dev.jsonl \\
        POLNEAR/dev_speakers.jsonl [--split-docs K/N] [--examples FILE]

Companion of ``speakers_accuracy.py`` (same pairs, same strict name rule). It
prints two tables:

Gold mentions by form
    Every entity line, and every scored pair, by how the gold mention names its
    entity: ``unnamed`` (the article never names it), ``pronoun`` (he, they, who,
    …), ``full name`` (equal to the entity under the name rule), ``full name +
    title/role`` (the entity's words and more: "Sen. Jane Roe (D-Ore.)"),
    ``short form`` (a subset keeping the last word: a surname, "the Post"),
    ``title + short form`` ("Mr. Roe"), ``description`` (no word of the entity:
    "the company", "the president") and ``other``.

Error classes
    Every pair whose name is wrong, in the first class that fits:
    ``no speaker`` (the row has none); ``mention wrong`` (the predicted mention
    neither overlaps the gold one nor reads the same: the span, not the
    resolution, is wrong); ``unnamed source given a name`` (by gold type);
    ``short form not expanded`` (passes the loose rule only: "Roe" for "Jane
    Roe"); ``title/role kept`` (the entity's words and more); for a pronoun
    mention, ``pronoun -> another speaker`` (the name is another entity of the
    same article: equal, or a person's short form), ``pronoun -> a capitalised
    non-speaker`` (a name nobody quotes, a capitalised word) or ``pronoun -> a
    description or word`` (a role, a word of the quotation); for a description
    mention ("the president"), ``description left unresolved`` (the name is
    words of the description) or ``description -> wrong name``; then ``name ->
    another speaker`` (a surname expanded to the wrong bearer: "Jo Roe" for "Al
    Roe"), ``surname given another first name`` (a first name and the
    entity's surname: "Jo Roe" for "Al Roe" when Jo Roe is not quoted; the first
    name is one of the lexicon's), ``title kept on a short form`` ("Mr. Roe" for "Jane Roe"), ``name
    merged or cut`` (the mention holds the name but the extracted name runs
    into neighbouring words or drops some: "Daily Bugle Roe", "Al B. Roe" for
    "Al B. Roe Jr.") and ``other``. Each class is also
    counted by gold type (person, organisation, group, document).

``--examples FILE`` writes every wrong pair with its class and a short context
(for reading; the corpus is copyrighted, keep the file out of the repository).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

import pandas as pd  # noqa: E402
import quotes_accuracy as qa  # noqa: E402
import speakers_accuracy as sa  # noqa: E402

from analysis.measures.quotations import first_names as nl  # noqa: E402

PRONOUNS = frozenset(
    "he she they it i we you him her them his hers their its who which that whom me us".split()
)
# Words that make "Mr. Roe" a titled short form rather than a name cut wrongly (for
# classifying only: the engine's own title list is its business).
TITLES = frozenset(
    """mr mrs ms miss dr sir dame lady lord sen senator rep representative gov governor
    president vice secretary gen general col chief judge justice mayor prime minister
    rev father sister pope king queen prince princess""".split()
)
CUE_WORDS = frozenset("said says added adds told tells asked asks wrote writes".split())
TYPES = ("person", "organisation", "group", "document")


def mention_form(mention: str, entity: str) -> str:
    """How a gold mention names its entity (see the module docstring).

    >>> mention_form("Mr. Roe", "Jane Roe"), mention_form("the company", "Acme")
    ('title + short form', 'description')
    """
    if not entity:
        return "unnamed"
    m, e = sa.norm_name(mention), sa.norm_name(entity)
    if m in PRONOUNS:
        return "pronoun"
    if m == e:
        return "full name"
    mw, ew = m.split(), e.split()
    if not mw or not ew:
        return "other"
    if set(ew) <= set(mw):
        return "full name + title/role"
    if set(mw) <= set(ew) and ew[-1] in mw:
        return "short form"
    if ew[-1] in mw and set(mw) - set(ew) <= TITLES:
        return "title + short form"
    if not set(mw) & set(ew):
        return "description"
    return "other"


def _mention_ok(row: object, unit: dict) -> bool:
    """The predicted mention is the gold one, as ``quotes_accuracy`` judges it."""
    if pd.isna(getattr(row, "speaker_start", None)):
        return False
    ss, se = int(row.speaker_start), int(row.speaker_end)
    overlap = ss < unit["speaker_end"] and unit["speaker_start"] < se
    return overlap or qa._norm_str(row.speaker) == qa._norm_str(unit["speaker"])


@cache
def _given_names() -> frozenset[str]:
    return frozenset(nl.load_counts())


def _capitalised(name: str) -> bool:
    return bool(name) and all(w[:1].isupper() for w in name.split() if w.isalpha())


def error_class(row: object, unit: dict, entity: dict, article: dict[str, str]) -> str:
    """The first class (module docstring) that fits a pair whose name is wrong.

    ``article`` maps every named entity of the article to its type.
    """
    speaker = sa._text(getattr(row, "speaker", None))
    name = sa._text(getattr(row, "speaker_name", None))
    if not speaker:
        return "no speaker"
    if not _mention_ok(row, unit):
        return "mention wrong"
    if not entity["entity"]:
        return f"unnamed source given a name ({entity['type']})"
    _, loose = sa.name_scores(name, entity["entity"])
    if loose:
        return "short form not expanded"
    p, e = sa.norm_name(name), sa.norm_name(entity["entity"])
    pw, ew = set(p.split()), e.split()
    if ew and set(ew) <= pw:
        return "title/role kept"
    others = {a: t for a, t in article.items() if a != entity["entity"]}
    another = any(
        sa.name_scores(name, a)[0] or (t == "person" and sa.name_scores(name, a)[1])
        for a, t in others.items()
    )
    form = mention_form(unit["speaker"], entity["entity"])
    if form == "pronoun":
        if another:
            return "pronoun -> another speaker"
        if _capitalised(name):
            return "pronoun -> a capitalised non-speaker"
        return "pronoun -> a description or word"
    if form == "description":
        mw = set(sa.norm_name(unit["speaker"]).split())
        return "description left unresolved" if pw and pw <= mw else "description -> wrong name"
    if another:
        return "name -> another speaker"
    words = p.split()
    if len(words) == 2 and ew and words[1] == ew[-1] and words[0] not in ew:  # noqa: SIM102
        # "Said Roe" is a cue verb glued on, though Said is a first name too.
        if words[0] not in CUE_WORDS and words[0] in _given_names():
            return "surname given another first name"
    if ew and ew[-1] in pw and pw - set(ew) <= TITLES:
        return "title kept on a short form"
    if pw & set(ew):
        return "name merged or cut"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", help="PolNeAR JSONL file (e.g. dev.jsonl)")
    ap.add_argument("entities", help="speaker entity JSONL file (e.g. dev_speakers.jsonl)")
    ap.add_argument("--split-docs", type=sa.parse_split, metavar="K/N", help="as speakers_accuracy")
    ap.add_argument("--examples", help="write every wrong pair, its class and context here")
    args = ap.parse_args(argv)
    print(qa.versions())
    records = sa.select_docs(qa.load(args.gold), args.split_docs)
    entities = sa.load_entities(args.entities)
    docs = {r["id"] for r in records}
    by_doc: dict[str, dict[str, str]] = defaultdict(dict)
    lines = Counter()
    for e in entities.values():
        if e["doc"] in docs:
            lines[mention_form(e["mention"], e["entity"]), e["type"]] += 1
            if e["entity"]:
                by_doc[e["doc"]][e["entity"]] = e["type"]
    pairs_form: Counter = Counter()
    classes: Counter = Counter()
    examples: list[str] = []
    wrong = scored = 0
    for rec in records:
        found, _ = sa.pairs(rec, entities)
        for row, unit, entity in found:
            if entity is None:
                continue
            scored += 1
            pairs_form[mention_form(unit["speaker"], entity["entity"]), entity["type"]] += 1
            if sa.score_pair(row, entity, ()).get("name_ok"):
                continue
            wrong += 1
            cls = error_class(row, unit, entity, by_doc[rec["id"]])
            classes[cls, entity["type"]] += 1
            if args.examples:
                s, e = unit["start"], unit["end"]
                examples.append(
                    json.dumps(
                        {
                            "class": cls,
                            "doc": rec["id"],
                            "gold_mention": unit["speaker"],
                            "gold_entity": entity["entity"],
                            "gold_type": entity["type"],
                            "pred_speaker": sa._text(getattr(row, "speaker", None)) or None,
                            "pred_name": sa._text(getattr(row, "speaker_name", None)) or None,
                            "context": rec["text"][max(0, s - 100) : min(e, s + 80)]
                            + " … "
                            + rec["text"][e : e + 100],
                        },
                        ensure_ascii=False,
                    )
                )
    print(f"\n{args.gold}: {len(records)} articles, {scored} scored pairs, {wrong} wrong names")
    for title, counts in (("entity lines", lines), ("scored pairs", pairs_form)):
        print(f"\ngold mentions by form ({title}; by gold type):")
        _print(counts)
    print("\nwrong names by class (by gold type):")
    _print(classes)
    if args.examples:
        examples.sort()
        Path(args.examples).write_text("\n".join(examples) + "\n", encoding="utf-8")
    return 0


def _print(counts: Counter) -> None:
    keys = sorted({k for k, _ in counts}, key=lambda k: -sum(counts[k, t] for t in TYPES))
    table = pd.DataFrame(
        [[counts[k, t] for t in TYPES] for k in keys], index=keys, columns=list(TYPES)
    )
    table["all"] = table.sum(axis=1)
    table.loc["ALL"] = table.sum(axis=0)
    print(table.to_string())


if __name__ == "__main__":
    raise SystemExit(main())

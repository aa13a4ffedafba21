"""Who is quoted: the resolved speakers of :func:`analysis.extract_quotes` against PolNeAR entities.

Usage::

    python benchmarks/speakers_accuracy.py POLNEAR/dev.jsonl \\
        POLNEAR/dev_speakers.jsonl [--split-docs K/N] [--errors FILE]
        [--min-name X] [--min-type X] [--min-gender X]

``quotes_accuracy.py`` scores the speaker MENTION ("she" overlaps the gold
"she"). This script scores WHO the mention is (issue 14): the entity file gives,
for every gold speaker mention (document, ``speaker_start``, ``speaker_end``), the
article's canonical name of the entity, its type and a person's gender (format in
docs/speakers.md).

Pairs
    Quotations are matched exactly as ``quotes_accuracy.py`` matches them (its
    :func:`~quotes_accuracy.units` and :func:`~quotes_accuracy.match` are
    imported, not copied): normalised spans, one to one by word Jaccard >= 0.5,
    ``discard_spans`` and tweets excluded, nested and scare rows not counted.
    Scored are the matched pairs whose gold unit has a speaker; the gold entity
    is looked up by (doc, speaker_start, speaker_end). A gold speaker with no
    entity line (dev: units that ``quotes_accuracy`` adds from straight single
    marks in ``indirect`` runs) is counted as ``no_entity`` and not scored.

Name
    Gold named (``entity`` not empty): strict when the predicted
    ``speaker_name`` equals the entity ignoring case, punctuation, a possessive
    ``'s`` and a leading "the" (:func:`norm_name`); loose when its words are a
    subset of the entity's that keeps the entity's last word ("Obama" for
    "Barack Obama", "Post" for "The Washington Post"). Gold unnamed (``entity``
    is ``""``: "a senior official"): right iff the row has a ``speaker`` and an
    NA ``speaker_name`` (an empty string counts as NA). A row without a
    speaker is wrong either way. ``name`` pools named (strict) and unnamed;
    ``name_loose`` pools named (loose) and unnamed.

Type and gender
    ``type``: ``speaker_type`` equals the gold type, on every scored pair.
    ``gender``: ``speaker_gender`` equals the gold gender, on gold persons whose
    gender is ``female`` or ``male``. A column the engine does not have yet is
    reported as ``n/a (column missing)``; a ``--min-*`` floor on it fails.

Held-out documents
    Dev is the only entity gold, so tuning on all of it leaves nothing unseen.
    ``--split-docs K/N`` keeps the documents whose stable bucket
    (:func:`doc_bucket`: SHA-256 of the document id, first 8 bytes as an
    integer, modulo N) is K; K may be a comma list (``0,1/4``). Tune on
    ``--split-docs 0/2``, report ``--split-docs 1/2`` (dev: 45 and 39 articles;
    the buckets do not depend on the file's order or on Python's hash seed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

import pandas as pd  # noqa: E402
import quotes_accuracy as qa  # noqa: E402

from analysis.versions import versions as dependency_versions  # noqa: E402

# The held-out split is quotes_accuracy's (one definition serves both scripts).
doc_bucket, parse_split, select_docs = qa.doc_bucket, qa.parse_split, qa.select_docs

# The targets for ALL.
TARGETS = {"name": 0.90, "type": 0.90, "gender": 0.95}
# The optional columns this script scores, and the figure each one feeds.
OPTIONAL = {"type": "speaker_type", "gender": "speaker_gender"}
# What the figures mean, in print order: (column, numerator key, denominator key).
FIGURES = (
    ("name", "name_ok", "name_n"),
    ("name_loose", "name_loose_ok", "name_n"),
    ("named_strict", "named_ok", "named_n"),
    ("named_loose", "named_loose_ok", "named_n"),
    ("unnamed", "unnamed_ok", "unnamed_n"),
    ("type", "type_ok", "type_n"),
    ("gender", "gender_ok", "gender_n"),
)
MISSING = "n/a (column missing)"

_POSSESSIVE = re.compile(r"['’]s\b")
_NON_WORD = re.compile(r"[\W_]+")


def load_entities(path: str | Path) -> dict[tuple[str, int, int], dict]:
    """The entity lines keyed by (doc, speaker_start, speaker_end)."""
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                e = json.loads(line)
                out[(e["doc"], e["speaker_start"], e["speaker_end"])] = e
    return out


def _is_na(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _text(value: object) -> str:
    """A cell as a stripped string; NA and missing as ``""``."""
    return "" if _is_na(value) else str(value).strip()


def norm_name(name: object) -> str:
    """A name compared ignoring case, punctuation, a possessive 's and a leading "the".

    Unicode is NFKC-folded first, so typographic apostrophes and plain ones
    compare equal; accents are kept (both sides come from the same article).

    >>> norm_name("The Washington Post's")
    'washington post'
    >>> norm_name("Timothy J. Sloan")
    'timothy j sloan'
    >>> norm_name(None)
    ''
    """
    s = unicodedata.normalize("NFKC", _text(name)).lower()
    s = _POSSESSIVE.sub("", s)
    s = _NON_WORD.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def name_scores(predicted: object, entity: str) -> tuple[bool, bool]:
    """(strict, loose) for a predicted ``speaker_name`` against a named gold entity.

    Loose accepts the entity's words or a subset of them that keeps its last
    word: a surname for a person, the head of an organisation's name.

    >>> name_scores("Obama", "Barack Obama")
    (False, True)
    >>> name_scores("Barack", "Barack Obama")
    (False, False)
    """
    p, g = norm_name(predicted), norm_name(entity)
    if not p or not g:
        return False, False
    if p == g:
        return True, True
    pw, gw = p.split(), g.split()
    return False, set(pw) <= set(gw) and gw[-1] in pw


def score_pair(row: object, entity: dict, columns: Iterable[str]) -> dict[str, float]:
    """Counts for one matched pair: a predicted row (a namedtuple) and its gold entity."""
    columns = set(columns)
    c: dict[str, float] = defaultdict(float)
    speaker = _text(getattr(row, "speaker", None))
    name = _text(getattr(row, "speaker_name", None))
    if entity["entity"]:
        strict, loose = name_scores(name, entity["entity"]) if speaker else (False, False)
        c["named_n"] += 1
        c["named_ok"] += strict
        c["named_loose_ok"] += loose
        c["name_ok"] += strict
        c["name_loose_ok"] += loose
    else:
        ok = bool(speaker) and not name
        c["unnamed_n"] += 1
        c["unnamed_ok"] += ok
        c["name_ok"] += ok
        c["name_loose_ok"] += ok
    c["name_n"] += 1
    if OPTIONAL["type"] in columns:
        c["type_n"] += 1
        c["type_ok"] += _text(getattr(row, OPTIONAL["type"])) == entity["type"]
    known = entity["type"] == "person" and entity["gender"] in ("female", "male")
    if known and OPTIONAL["gender"] in columns:
        c["gender_n"] += 1
        c["gender_ok"] += _text(getattr(row, OPTIONAL["gender"])) == entity["gender"]
    return dict(c)


def _error_line(
    rec: dict, row: object, unit: dict, entity: dict | None, wrong: list[str], loose: bool = False
) -> str:
    """One wrong pair as a JSON line (``loose``: the name passes the loose rule)."""
    text = rec["text"]
    quote = text[unit["start"] : unit["end"]]
    if len(quote) > 160:
        quote = quote[:120] + " … " + quote[-30:]
    out = {
        "doc": rec["id"],
        "publisher": rec.get("publisher", "?"),
        "wrong": wrong,
        "name_loose_ok": loose,
        "quote": quote,
        "gold_mention": unit["speaker"],
        "gold_entity": None if entity is None else entity["entity"],
        "gold_type": None if entity is None else entity["type"],
        "gold_gender": None if entity is None else entity["gender"],
        "unsure": None if entity is None else entity["unsure"],
        "pred_speaker": _text(getattr(row, "speaker", None)) or None,
        "pred_speaker_name": _text(getattr(row, "speaker_name", None)) or None,
    }
    for key, col in OPTIONAL.items():
        out[f"pred_{key}"] = (_text(getattr(row, col)) or None) if hasattr(row, col) else MISSING
    return json.dumps(out, ensure_ascii=False)


def pairs(
    rec: dict, entities: dict[tuple[str, int, int], dict], df: pd.DataFrame | None = None
) -> tuple[list[tuple[object, dict, dict | None]], set[str]]:
    """The scored pairs of one article, (predicted row, gold unit, gold entity or None),
    and the optional columns its extraction has.

    ``df`` is the extraction of the masked text (run here when None); tests pass
    hand-made rows.
    """
    u = qa.units(rec, df)
    columns = {col for col in OPTIONAL.values() if col in u.top.columns}
    out = []
    for i, j, jac in qa.match(u.text, u.pred, u.gold):
        unit = u.gunits[j]
        if jac < qa.MIN_JACCARD or unit["speaker_start"] is None:
            continue
        key = (rec["id"], unit["speaker_start"], unit["speaker_end"])
        out.append((u.pred_rows[i], unit, entities.get(key)))
    return out, columns


def score_record(
    rec: dict,
    entities: dict[tuple[str, int, int], dict],
    df: pd.DataFrame | None = None,
    errors: list[str] | None = None,
) -> tuple[dict[str, float], set[str]]:
    """Counts for one article and the optional columns its extraction has."""
    scored, columns = pairs(rec, entities, df)
    c: dict[str, float] = defaultdict(float)
    for row, unit, entity in scored:
        c["pairs"] += 1
        if entity is None:
            c["no_entity"] += 1
            if errors is not None:
                errors.append(_error_line(rec, row, unit, None, ["no_entity"]))
            continue
        pc = score_pair(row, entity, columns)
        for k, v in pc.items():
            c[k] += v
        if errors is not None:
            wrong = [
                key
                for key, ok, n in (
                    ("name", "name_ok", "name_n"),
                    ("type", "type_ok", "type_n"),
                    ("gender", "gender_ok", "gender_n"),
                )
                if pc.get(n) and not pc.get(ok)
            ]
            if wrong:
                loose = bool(pc.get("name_loose_ok"))
                errors.append(_error_line(rec, row, unit, entity, wrong, loose))
    return dict(c), columns


def evaluate(
    records: Iterable[dict],
    entities: dict[tuple[str, int, int], dict],
    extract: Callable[[dict], pd.DataFrame | None] = lambda rec: None,
    errors: list[str] | None = None,
) -> tuple[pd.DataFrame, set[str]]:
    """Counts per publisher plus ``ALL``, and the optional columns every extraction had.

    ``extract(rec)`` gives a record's extraction (None: the engine's own).
    """
    by_pub: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    present = set(OPTIONAL.values())
    for rec in records:
        c, columns = score_record(rec, entities, extract(rec), errors)
        present &= columns
        for key in (rec.get("publisher", "?"), "ALL"):
            by_pub[key]["articles"] += 1
            for k, v in c.items():
                by_pub[key][k] += v
    order = sorted(by_pub, key=lambda p: (p == "ALL", p))
    table = pd.DataFrame.from_dict({p: dict(by_pub[p]) for p in order}, orient="index")
    return table.fillna(0.0), present


def figures(counts: pd.Series, present: set[str]) -> dict[str, tuple[float, float] | None]:
    """Each figure as (accuracy, n), or None when its column is missing."""
    out: dict[str, tuple[float, float] | None] = {}
    for name, ok, n in FIGURES:
        if name in OPTIONAL and OPTIONAL[name] not in present:
            out[name] = None
            continue
        total = float(counts.get(n, 0.0))
        out[name] = (float(counts.get(ok, 0.0)) / total if total else float("nan"), total)
    return out


def format_table(table: pd.DataFrame, present: set[str]) -> pd.DataFrame:
    """The printed table: each figure as ``0.652 (612)``, its n in brackets."""
    rows = {}
    for pub, counts in table.iterrows():
        row = {"articles": f"{counts.get('articles', 0):.0f}"}
        for name, value in figures(counts, present).items():
            row[name] = MISSING if value is None else f"{value[0]:.3f} ({value[1]:.0f})"
        row["pairs"] = f"{counts.get('pairs', 0):.0f}"
        row["no_entity"] = f"{counts.get('no_entity', 0):.0f}"
        rows[pub] = row
    return pd.DataFrame.from_dict(rows, orient="index")


def targets_line(counts: pd.Series, present: set[str]) -> str:
    """ALL's name, type and gender accuracy against the targets, in one line.

    >>> s = pd.Series({"name_ok": 45, "name_n": 50, "type_ok": 9, "type_n": 10})
    >>> targets_line(s, {"speaker_type"})
    'ALL: name 0.9000 >= 0.90, type 0.9000 >= 0.90, gender n/a (column missing): below target'
    """
    f = figures(counts, present)
    parts, met = [], True
    for key, target in TARGETS.items():
        value = f[key]
        if value is None:
            parts.append(f"{key} {MISSING}")
            met = False
            continue
        ok = value[0] >= target
        met = met and ok
        parts.append(f"{key} {value[0]:.4f} {'>=' if ok else '<'} {target:.2f}")
    return f"ALL: {', '.join(parts)}: {'targets met' if met else 'below target'}"


def below_floors(counts: pd.Series, present: set[str], floors: dict[str, float]) -> list[str]:
    """The figures under their floor (a missing column is under any floor above 0)."""
    f = figures(counts, present)
    out = []
    for key, floor in floors.items():
        if floor <= 0:
            continue
        value = f[key]
        if value is None or not value[0] >= floor:
            out.append(key)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", help="PolNeAR JSONL file (e.g. dev.jsonl)")
    ap.add_argument("entities", help="speaker entity JSONL file (e.g. dev_speakers.jsonl)")
    ap.add_argument(
        "--split-docs",
        type=parse_split,
        metavar="K/N",
        help="score only the documents in bucket K of N (stable hash of the id; K1,K2/N for more)",
    )
    ap.add_argument("--errors", help="write every wrong pair here, one JSON object a line")
    ap.add_argument("--min-name", type=float, default=0.0, help="exit 1 below this (ALL)")
    ap.add_argument("--min-type", type=float, default=0.0, help="exit 1 below this (ALL)")
    ap.add_argument("--min-gender", type=float, default=0.0, help="exit 1 below this (ALL)")
    args = ap.parse_args(argv)
    print(qa.versions())
    print("versions:", ", ".join(f"{k} {v}" for k, v in dependency_versions().items()))
    records = select_docs(qa.load(args.gold), args.split_docs)
    entities = load_entities(args.entities)
    errors: list[str] | None = [] if args.errors else None
    table, present = evaluate(records, entities, errors=errors)
    split = ""
    if args.split_docs is not None:
        keep, n = args.split_docs
        split = f" (documents in bucket {','.join(map(str, sorted(keep)))} of {n})"
    print(f"\n{args.gold}: {len(records)} articles{split}; entities {args.entities}")
    pd.set_option("display.width", 250)
    print(format_table(table, present).to_string())
    overall = table.loc["ALL"] if "ALL" in table.index else pd.Series(dtype=float)
    print(targets_line(overall, present))
    if args.errors:
        Path(args.errors).write_text("\n".join(errors or []) + "\n", encoding="utf-8")
    floors = {"name": args.min_name, "type": args.min_type, "gender": args.min_gender}
    below = below_floors(overall, present, floors)
    if below:
        print(f"below the required minimum: {', '.join(below)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

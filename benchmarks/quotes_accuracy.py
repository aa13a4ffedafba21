"""Accuracy of :func:`analysis.extract_quotes` against PolNeAR gold attributions.

Usage::

    python benchmarks/quotes_accuracy.py POLNEAR/dev.jsonl [more.jsonl …]
        [--split-docs K/N] [--errors FILE] [--timing]

Gold units
    Every ``direct`` run (the whole run, also when it spans paragraphs) and
    every quotation-mark segment (``quoted_segments``) of a ``mixed`` run, each
    with its run's speaker span. A segment lying inside another segment of the
    same run (``‘…’`` within ``“…”``) is part of that unit, not a unit itself.
    ``indirect`` runs have no marks and are not units.

    Straight single marks (``'…'``) are a fix to the gold: PolNeAR's ``kind``
    and ``quoted_segments`` were derived from the double marks, the curly
    singles and the NYT ``''`` only, so a run quoting in straight single marks
    (headlines of Politico, USA Today, the Post, the NYT: ``Flynn says Trump
    'absolutely right'``) is labelled ``indirect`` and had no unit, and a
    correct extraction scored as a false positive (train 32 such segments, dev
    8). Every straight-single-quoted segment of an ``indirect`` or ``mixed``
    run that no listed segment covers is a unit, with the run's speaker. Such
    marks outside any annotated run stay unjudged by gold and a prediction
    there counts as a false positive, as any unannotated quotation does.

    Reversed double openers are the same kind of fix: a closing curly mark
    typed where the opening one was meant (``\n\n” … they are so not like
    him,” she said``, ``aides ”get close to Ben …”``: Western Journal, HuffPost,
    Politico) did not count as a mark for PolNeAR's derivation, so the run is
    labelled ``indirect`` (or the segment is missing from a ``mixed`` run) and a
    correct extraction scored as a false positive (train 8, dev 8). A ``”`` at
    the left edge of a word (after white space, the run's start, an opening
    bracket or an invisible direction mark, before a word or `` …``) paired with
    the next ``”`` of the paragraph is a unit when no listed segment covers it.

    Double marks inside double marks are a third such fix: PolNeAR's segments
    of a ``mixed`` run pair the outer opener with the INNER closer
    (``“People wearing “Settle For Hillary”`` cut before ``shirts at her event
    … ouch.”``), a span no reader would give. A listed segment that opens with
    a double mark, holds exactly one more opener and ends at a double closer
    while the run goes on is widened to the run's next double closer, when no
    opener comes first (train 6 segments, dev 2).

    Reversed closers, the mirror case: an opening curly mark typed where the
    closing one was meant (``the “Frozen“ film and books too “pro-gay,”``) did
    not close for PolNeAR's derivation, so the segment runs on to the next
    closer over unquoted words. A direct run or listed segment is cut after
    each such mark (after a word or sentence punctuation, before white space or
    punctuation); what follows is quoted again only from its next opening mark
    (train 4 segments, dev 0).

Predictions that count
    Every top-level row whose ``kind`` is not ``scare``. Scare rows are
    expected to match ``other_quote_segments`` (quotation marks attributed to
    no one), and the script reports how many of those segments get a ``scare``
    row. Nested rows (a quote inside a quote) do not count: gold annotates the
    enclosing run.

Excluded from scoring
    ``discard_spans`` (bylines, "Follow X on Twitter", book excerpts the
    annotators skipped: nothing in them is annotated) and ``<tweet …>…</tweet>``
    blocks (embedded tweets are markup, never annotated). Before extraction the
    tags' characters are replaced by spaces (offsets stay), so the quotes in
    ``author="…"`` attributes are not read as quotations. A prediction or a
    gold unit lying inside an excluded region is dropped. One that only runs
    into it is scored: an extraction that runs on from a quotation into a
    byline is a wrong span, not an unannotated one (dropping any overlap hid
    that error; dev had one).

Matching
    Spans are normalised by trimming quotation marks, white space and edge
    punctuation. Predicted and gold units are matched one to one, greedily by
    word Jaccard (highest first, word sets by offset). ``exact``: the
    normalised spans are equal; ``overlap``: Jaccard >= 0.5. Precision, recall
    and F1 are computed for both.

Speaker accuracy
    On overlap-matched pairs whose gold run has a speaker: the predicted
    ``speaker`` MENTION span (not the resolved name: gold annotates the
    mention, which may be a pronoun) overlaps the gold speaker span, or the
    normalised mention strings are equal. A missing predicted speaker is wrong.

Held-out documents
    ``--split-docs K/N`` scores, in every file given, only the documents whose
    stable bucket (:func:`doc_bucket`: SHA-256 of the document id, first 8
    bytes as an integer, modulo N) is K (a comma list: ``1,2,3/4``). The
    speaker rules are tuned on dev and on train buckets ``1,2,3/4`` (the
    tuning part, 608 articles); train bucket ``0/4`` (232 articles) is kept
    unread as news the rules have never seen, and reported beside the others.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

import pandas as pd  # noqa: E402

import analysis  # noqa: E402
from analysis.measures.quotations.engine import extract_quotes  # noqa: E402

_TAG = re.compile(r"</?tweet\b[^<>]*>")
_TWEET = re.compile(r"<tweet\b[^<>]*>.*?</tweet>", re.DOTALL)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A straight single mark opening after a non-word (not ``Iran's``), closing before one.
_STRAIGHT_SINGLE = re.compile(r"(?<![\w'’])'(?=[^\s'])[^'\n]*?[^\s']'(?![\w'])")
# A closing curly mark typed as the opener (``\n\n” … they are so not like him,”``,
# ``aides ”get close to Ben”``): at the left edge of a word (after white space,
# the text's start, an opening bracket or an invisible direction mark), paired
# with the next ``”`` in the paragraph.
_REVERSED_DOUBLE = re.compile(
    r"(?<![^\s(\[\u202a-\u202e\u200e\u200f])”(?=[^\s“”]|\s…)[^“”\n]*?”(?!\w)"
)
# An opening double mark inside a segment (after white space or a bracket or dash,
# before a word), and a closing one (not before a word).
_INNER_OPEN = re.compile(r"(?<=[\s(\[—–-])(?:“|\"|'')(?=\w)")
_DOUBLE_CLOSE = re.compile(r"(?:”|\"|'')(?!\w)")
# An opening curly mark typed as the closer: after a word or sentence punctuation,
# before white space or punctuation (``the “Frozen“ film``).
_REVERSED_CLOSE = re.compile(r"(?<=[\w.,!?])“(?=[\s.,;:!?)]|$)")
_OPEN_DOUBLE = re.compile(r"(?<![\w])(?:“|\"|'')(?=\w)")
_EDGE = " \t\n\r\u00a0\"'“”‘’«»„.,;:!?—–-…()[]"


def load(path: str | Path) -> list[dict]:
    """PolNeAR records, one per line."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def mask_markup(text: str) -> str:
    """Tweet tags replaced by spaces, so offsets stay valid."""
    return _TAG.sub(lambda m: " " * len(m.group()), text)


def excluded_spans(rec: dict) -> list[tuple[int, int]]:
    """Regions nobody annotated: ``discard_spans`` and embedded tweets."""
    out = [tuple(s) for s in rec.get("discard_spans", [])]
    out += [m.span() for m in _TWEET.finditer(rec["text"])]
    return out


def normalise(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim quotation marks, white space and edge punctuation from ``text[start:end]``."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _widen(text: str, s: int, e: int, run_end: int) -> tuple[int, int]:
    """A mixed run's segment closed by the closer of a quote inside it, run to the outer closer.

    ``“People wearing “Settle For Hillary” shirts … ouch.”``: PolNeAR's segments
    paired the outer opener with the inner closer. A segment that opens with a
    double mark, holds exactly one more opener and ends at a double closer with
    the run going on is widened to the next double closer of the run, if no
    opener comes first.
    """
    seg = text[s:e]
    if not seg.startswith(("“", '"', "''")) or not seg.endswith(("”", '"', "''")):
        return s, e
    if len(_INNER_OPEN.findall(text, s + 1, e)) != 1:
        return s, e
    m = _DOUBLE_CLOSE.search(text, e, run_end)
    if m is None or _INNER_OPEN.search(text, e, m.start()):
        return s, e
    return s, m.end()


def _split_reversed(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A segment cut at each reversed closer inside it (see above).

    The part after the closer is quoted only from its next opening mark on.
    """
    out = []
    while True:
        m = _REVERSED_CLOSE.search(text, s + 1, e - 1)
        if m is None:
            break
        out.append((s, m.end()))
        o = _OPEN_DOUBLE.search(text, m.end(), e)
        if o is None:
            return out
        s = o.start()
    out.append((s, e))
    return out


def gold_units(rec: dict) -> list[dict]:
    """Direct runs and the marked segments of mixed runs, with their speaker span."""
    units = []
    for q in rec["quotes"]:
        if q["kind"] == "direct":
            segs = [(q["start"], q["end"])]
        elif q["kind"] == "mixed":
            segs = [tuple(s) for s in q["quoted_segments"]]
            # A segment inside another segment of the run is a quote within the
            # quote: the enclosing segment is the unit (as for nested rows).
            segs = [
                a for a in segs if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in segs)
            ]
            segs = [_widen(rec["text"], s, e, q["end"]) for s, e in segs]
        if q["kind"] in ("direct", "mixed"):
            segs = [p for s, e in segs for p in _split_reversed(rec["text"], s, e)]
        else:
            segs = []
        if q["kind"] != "direct":
            # Straight single marks and reversed double openers, invisible to the
            # gold's own segments (see above).
            for pattern in (_STRAIGHT_SINGLE, _REVERSED_DOUBLE):
                segs += [
                    m.span()
                    for m in pattern.finditer(rec["text"], q["start"], q["end"])
                    if not any(a < m.end() and m.start() < b for a, b in segs)
                ]
        for s, e in segs:
            units.append(
                {
                    "start": s,
                    "end": e,
                    "speaker": q["speaker"],
                    "speaker_start": q["speaker_start"],
                    "speaker_end": q["speaker_end"],
                    "kind": q["kind"],
                }
            )
    return units


def doc_bucket(doc_id: str, n: int) -> int:
    """A document's bucket among ``n``: stable across runs, machines and file order.

    >>> doc_bucket("nyt_2016-10-01_x", 1)
    0
    """
    digest = hashlib.sha256(doc_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % n


def parse_split(spec: str) -> tuple[frozenset[int], int]:
    """``"K/N"`` or ``"K1,K2/N"`` as (buckets kept, N).

    >>> parse_split("1/2")
    (frozenset({1}), 2)
    """
    try:
        keep, n = spec.split("/")
        total = int(n)
        buckets = frozenset(int(k) for k in keep.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected K/N or K1,K2/N, got {spec!r}") from None
    if total < 1 or not buckets or not all(0 <= k < total for k in buckets):
        raise argparse.ArgumentTypeError(f"buckets must lie in 0..N-1, got {spec!r}")
    return buckets, total


def select_docs(records: Iterable[dict], split: tuple[frozenset[int], int] | None) -> list[dict]:
    """The records whose document lies in the kept buckets (all of them without a split)."""
    if split is None:
        return list(records)
    keep, n = split
    return [r for r in records if doc_bucket(r["id"], n) in keep]


def _overlaps(s: int, e: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


def _inside(s: int, e: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _words(text: str, s: int, e: int) -> frozenset[int]:
    return frozenset(m.start() for m in _WORD.finditer(text, s, e))


def match(text: str, pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[tuple]:
    """Greedy one-to-one matching by word Jaccard: ``(pred_i, gold_j, jaccard)``."""
    pw = [_words(text, s, e) for s, e in pred]
    gw = [_words(text, s, e) for s, e in gold]
    cands = []
    for i, a in enumerate(pw):
        for j, b in enumerate(gw):
            if a and b and not a.isdisjoint(b):
                cands.append((len(a & b) / len(a | b), i, j))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p, used_g, out = set(), set(), []
    for jac, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j, jac))
    return out


def _norm_str(s: str | None) -> str:
    return re.sub(r"\W+", " ", (s or "").lower()).strip()


# Word Jaccard from which a predicted and a gold unit are the same quotation.
MIN_JACCARD = 0.5


class Units(NamedTuple):
    """One article's scored units, as every accuracy script built on this one sees them."""

    text: str
    excl: list[tuple[int, int]]  # excluded regions (discard spans, tweets)
    top: pd.DataFrame  # the top-level rows of the extraction (scare rows too)
    pred_rows: list  # the counted predictions: top-level, not scare, not excluded
    pred: list[tuple[int, int]]  # their normalised spans
    gunits: list[dict]  # the gold units outside excluded regions
    gold: list[tuple[int, int]]  # their normalised spans


def units(rec: dict, df: pd.DataFrame | None = None) -> Units:
    """The predictions and gold units of one article, before matching.

    ``df`` is the extraction of the masked text (``extract_quotes`` is run when
    it is None); ``benchmarks/speakers_accuracy.py`` scores the same pairs, so
    the selection lives here once.
    """
    text = rec["text"]
    excl = excluded_spans(rec)
    if df is None:
        df = extract_quotes(mask_markup(text))
    top = df[~df["nested"]]
    pred_rows = [r for r in top.itertuples(index=False) if r.kind != "scare"]
    pred_rows = [r for r in pred_rows if not _inside(r.start, r.end, excl)]
    pred = [normalise(text, r.start, r.end) for r in pred_rows]
    gunits = [g for g in gold_units(rec) if not _inside(g["start"], g["end"], excl)]
    gold = [normalise(text, g["start"], g["end"]) for g in gunits]
    return Units(text, excl, top, pred_rows, pred, gunits, gold)


def score_record(rec: dict, errors: list[str] | None = None) -> dict[str, float]:
    """Counts for one article: predictions, gold units, exact/overlap hits, speakers, scare."""
    text, excl, top, pred_rows, pred, gunits, gold = units(rec)
    m = match(text, pred, gold)
    c = defaultdict(float)
    c["pred"] = len(pred)
    c["gold"] = len(gold)
    matched_p, matched_g = set(), set()
    for i, j, jac in m:
        exact = pred[i] == gold[j]
        c["exact"] += exact
        if jac >= MIN_JACCARD:
            c["overlap"] += 1
            matched_p.add(i)
            matched_g.add(j)
            g = gunits[j]
            if g["speaker_start"] is not None:
                c["spk_n"] += 1
                r = pred_rows[i]
                ok = False
                if not pd.isna(r.speaker_start):
                    ss, se = int(r.speaker_start), int(r.speaker_end)
                    ok = ss < g["speaker_end"] and g["speaker_start"] < se
                    ok = ok or _norm_str(r.speaker) == _norm_str(g["speaker"])
                c["spk_ok"] += ok
                if not ok and errors is not None:
                    errors.append(
                        f"SPK {rec['id']} gold={g['speaker']!r} pred={r.speaker!r} "
                        f"cue={r.cue!r} | {text[max(0, r.start - 120) : r.end + 100]!r}"
                    )
        if not exact and errors is not None:
            errors.append(
                f"SPAN {rec['id']} pred={text[pred[i][0] : pred[i][1]]!r}\n"
                f"     gold={text[gold[j][0] : gold[j][1]]!r}"
            )
    if errors is not None:
        for i, (s, e) in enumerate(pred):
            if i not in matched_p:
                errors.append(
                    f"FP {rec['id']} kind={pred_rows[i].kind} {text[s:e][:200]!r} "
                    f"| ctx {text[max(0, s - 80) : e + 80]!r}"
                )
        for j, (s, e) in enumerate(gold):
            if j not in matched_g:
                errors.append(
                    f"FN {rec['id']} {text[s:e][:200]!r} | ctx {text[max(0, s - 80) : e + 80]!r}"
                )
    other = [tuple(o) for o in rec.get("other_quote_segments", []) if not _inside(*o, excl)]
    scare = [
        normalise(text, r.start, r.end)
        for r in top.itertuples(index=False)
        if r.kind == "scare" and not _inside(r.start, r.end, excl)
    ]
    onorm = [normalise(text, s, e) for s, e in other]
    c["other"] = len(onorm)
    c["other_scare"] = sum(1 for _, _, jac in match(text, scare, onorm) if jac >= MIN_JACCARD)
    c["scare"] = len(scare)
    return dict(c)


def _prf(hit: float, pred: float, gold: float) -> tuple[float, float, float]:
    p = hit / pred if pred else float("nan")
    r = hit / gold if gold else float("nan")
    f = 2 * p * r / (p + r) if pred and gold and (p + r) else float("nan")
    return p, r, f


def summarise(counts: dict[str, float]) -> dict[str, float]:
    """Precision, recall, F1 (exact and overlap), speaker accuracy, scare counts."""
    ep, er, ef = _prf(counts.get("exact", 0), counts.get("pred", 0), counts.get("gold", 0))
    op, orr, of = _prf(counts.get("overlap", 0), counts.get("pred", 0), counts.get("gold", 0))
    n = counts.get("spk_n", 0)
    return {
        "gold": counts.get("gold", 0),
        "pred": counts.get("pred", 0),
        "exact_p": ep,
        "exact_r": er,
        "exact_f1": ef,
        "overlap_p": op,
        "overlap_r": orr,
        "overlap_f1": of,
        "speaker_acc": counts.get("spk_ok", 0) / n if n else float("nan"),
        "speaker_n": n,
        "other_segments": counts.get("other", 0),
        "other_as_scare": counts.get("other_scare", 0),
        "scare_rows": counts.get("scare", 0),
    }


def evaluate(records: list[dict], errors: list[str] | None = None) -> pd.DataFrame:
    """One row per publisher plus ``ALL``: the :func:`summarise` figures."""
    by_pub: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for rec in records:
        c = score_record(rec, errors)
        for key in (rec.get("publisher", "?"), "ALL"):
            for k, v in c.items():
                by_pub[key][k] += v
    rows = {pub: summarise(c) for pub, c in sorted(by_pub.items(), key=lambda x: x[0] == "ALL")}
    return pd.DataFrame.from_dict(rows, orient="index")


def timing(records: list[dict], repeat: int = 3) -> dict[str, float]:
    """Milliseconds per article (best of ``repeat`` passes) and per 400 words."""
    texts = [mask_markup(r["text"]) for r in records]
    words = sum(len(_WORD.findall(t)) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            extract_quotes(t)
        best = min(best, time.perf_counter() - t0)
    unclosed = "“" + "word " * 200_000  # ~1 MB, one paragraph, never closed
    t0 = time.perf_counter()
    extract_quotes(unclosed)
    big = time.perf_counter() - t0
    return {
        "ms_per_article": 1000 * best / len(texts),
        "ms_per_400_words": 1000 * best / words * 400,
        "s_unclosed_1MB": big,
    }


def versions() -> str:
    return (
        f"python {platform.python_version()}, pandas {pd.__version__}, "
        f"analysis {getattr(analysis, '__version__', 'checkout')}"
    )


# The targets for ALL: exact-span F1, overlap F1, speaker accuracy.
TARGETS = {"exact_f1": 0.96, "overlap_f1": 0.97, "speaker_acc": 0.90}


def targets_line(overall: pd.Series) -> str:
    """ALL's three headline figures to four decimals, each against its target.

    >>> figures = {"exact_f1": 0.96541, "overlap_f1": 0.96994, "speaker_acc": 0.9}
    >>> line = targets_line(pd.Series(figures))
    >>> line.split(", ")
    ['ALL: exact_f1 0.9654 >= 0.96', 'overlap_f1 0.9699 < 0.97',
     'speaker_acc 0.9000 >= 0.90: below target']
    """
    parts = [
        f"{k} {overall[k]:.4f} {'>=' if overall[k] >= t else '<'} {t:.2f}"
        for k, t in TARGETS.items()
    ]
    met = all(overall[k] >= t for k, t in TARGETS.items())
    return f"ALL: {', '.join(parts)}: {'targets met' if met else 'below target'}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+", help="PolNeAR JSONL file(s)")
    ap.add_argument(
        "--split-docs",
        type=parse_split,
        metavar="K/N",
        help="score only the documents in bucket K of N (stable hash of the id; K1,K2/N for more)",
    )
    ap.add_argument("--errors", help="write error samples (FP, FN, span, speaker) here")
    ap.add_argument("--timing", action="store_true", help="also measure speed")
    ap.add_argument("--min-exact-f1", type=float, default=0.0, help="exit 1 below this (ALL)")
    ap.add_argument("--min-overlap-f1", type=float, default=0.0, help="exit 1 below this (ALL)")
    ap.add_argument("--min-speaker-acc", type=float, default=0.0, help="exit 1 below this (ALL)")
    args = ap.parse_args(argv)
    below: list[str] = []
    print(versions())
    pd.set_option("display.width", 200)
    all_errors: list[str] = []
    for path in args.gold:
        records = select_docs(load(path), args.split_docs)
        errors: list[str] | None = [] if args.errors else None
        table = evaluate(records, errors)
        if errors is not None:
            all_errors.append(f"##### {path}")
            all_errors.extend(errors)
        split = ""
        if args.split_docs is not None:
            keep, n = args.split_docs
            split = f" (documents in bucket {','.join(map(str, sorted(keep)))} of {n})"
        print(f"\n{path}: {len(records)} articles{split}")
        fmt = table.copy()
        for c in fmt.columns:
            if c.endswith(("_p", "_r", "_f1", "_acc")):
                fmt[c] = fmt[c].map(lambda v: f"{v:.3f}")
            else:
                fmt[c] = fmt[c].map(lambda v: f"{v:.0f}")
        print(fmt.to_string())
        overall = table.loc["ALL"]
        print(targets_line(overall))
        if (
            overall["exact_f1"] < args.min_exact_f1
            or overall["overlap_f1"] < args.min_overlap_f1
            or overall["speaker_acc"] < args.min_speaker_acc
        ):
            below.append(path)
        if args.timing:
            t = timing(records)
            print(
                f"speed: {t['ms_per_article']:.3f} ms/article, "
                f"{t['ms_per_400_words']:.3f} ms per 400 words, "
                f"unclosed mark in 1 MB paragraph: {t['s_unclosed_1MB']:.3f} s"
            )
    if args.errors:
        Path(args.errors).write_text("\n".join(all_errors), encoding="utf-8")
    if below:
        print(f"below the required minimum: {', '.join(below)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

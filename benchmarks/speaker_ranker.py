"""Would a learned ranker over candidate speaker mentions beat the rule cascade?

Usage::

    python benchmarks/speaker_ranker.py POLNEAR/train.jsonl \\
        POLNEAR/dev.jsonl [--epochs 300] [--trees]

Issue 14 suggests a small learned ranker over candidate mentions. This script is
the experiment that decided against shipping one (see ``docs/speaker-mentions.md``).

Candidates
    For every quotation, each pattern of
    :mod:`analysis.measures.quotations.attribution` is run on its own (not as a
    cascade): the right and left cue patterns, the mid-sentence order, the colon
    name, the possessor, the passive agent, ``according to``, the colon intro of
    the paragraph before, the continuation from the previous quotation of the
    paragraph and of the paragraph before, the sentence before, the sentence
    subject before and after the quotation, and the speaker of every cue of the
    sentence. Candidates with the same span are one candidate with every
    pattern that gave it.

Features (per candidate)
    Which patterns gave it (one-hot, cues pooled with the rank of the first),
    how many gave it and whether it has the most votes, whether the cascade
    chose it, before or after the quotation and the distance (log), pronoun,
    determiner or capital at its start, its length in words, whether it is the
    previous quotation's speaker, whether a paragraph break lies between, and
    whether the quotation ends in ``,`` ``?`` ``!``.

Training and scoring
    Pairs are matched as ``quotes_accuracy.py`` matches them. The ranker is
    trained on train buckets ``1,2,3/4`` (the tuning part, see
    ``quotes_accuracy.py --split-docs``) by a listwise softmax logistic
    regression in numpy (a candidate is right when it overlaps the gold speaker
    span); with ``--trees`` also a gradient-boosted pointwise classifier when
    scikit-learn is installed (never a dependency of the package). Reported:
    for train bucket ``0/4`` (held out), the tuning part and dev, the share of
    scored pairs whose chosen candidate overlaps the gold speaker for the
    cascade, the ranker(s) and an oracle that picks a right candidate whenever
    there is one. (Overlap only: ``quotes_accuracy.py`` also accepts an equal
    mention string, so its figures are a little higher.)
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

import numpy as np  # noqa: E402
import quotes_accuracy as qa  # noqa: E402

from analysis.measures.quotations import attribution as at  # noqa: E402
from analysis.measures.quotations import engine  # noqa: E402
from analysis.measures.quotations.cue_scan import cues_in  # noqa: E402
from analysis.measures.quotations.noun_phrases import DETERMINERS, is_pronoun  # noqa: E402
from analysis.measures.quotations.subjects import subject_at  # noqa: E402

PATTERNS = (
    "chosen right left mid colon_name possessive subject subject_full passive according "
    "colon_intro cont_para cont_prev_para prev_sent prev_para transcript cue"
).split()


def candidates(doc, spans, inside, found) -> dict[tuple[int, int], dict[str, tuple[int, int]]]:
    """Every pattern's speaker span for each top-level quotation, keyed by its words' span."""
    text, paragraphs = doc.text, doc.paragraphs
    last_in_para: dict[int, int] = {}
    out = {}
    for i, q in enumerate(spans):
        if q.parent >= 0:
            continue
        p0, p1 = q.paragraphs
        ps = paragraphs[p0][0]
        sent_start, ceiling = at.sentence_window(doc, q)
        c: dict[str, tuple[int, int]] = {}

        def add(name, a, c=c):
            if a is not None and a.speaker[0] >= 0:
                c.setdefault(name, a.speaker)

        add("chosen", found.by_quote.get(i))
        add("transcript", at._transcript_turn(text, q))
        add("right", at._right(doc, q, ceiling, inside))
        add("left", at._left(doc, q.outer_start, sent_start, inside))
        add("mid", at._mid_sentence(doc, q, sent_start, ceiling, inside))
        add("colon_name", at._colon_name(doc, q, sent_start, ps))
        add("possessive", at._possessive(doc, sent_start, q.outer_start))
        add("passive", at._passive(doc, q, sent_start, ceiling))
        add("according", at._according_to(doc, sent_start, ceiling, inside))
        for name, end in (("subject", q.outer_start), ("subject_full", ceiling)):
            sub = subject_at(doc, sent_start, end, determiners=True)
            if sub[0] >= 0:
                c.setdefault(name, sub)
        if p0 > 0:
            add("colon_intro", at._colon_intro(doc, p0 - 1))
            if last_in_para.get(p0 - 1) is not None:
                add("cont_prev_para", found.by_quote.get(last_in_para[p0 - 1]))
        if last_in_para.get(p0) is not None:
            add("cont_para", found.by_quote.get(last_in_para[p0]))
        if q.outer_start > ps:
            add("prev_sent", at._previous_sentence(doc, q.outer_start, ps, inside, subject=True))
        elif p0:
            prev_end = paragraphs[p0 - 1][1]
            add("prev_para", at._previous_sentence(doc, prev_end, 0, inside, subject=True))
        for k, (cs, ce) in enumerate(cues_in(doc, sent_start, ceiling)):
            if not inside(cs):
                sp = at._speaker_for_cue(doc, cs, ce, sent_start, ceiling)
                if sp[0] >= 0:
                    c.setdefault(f"cue{k}", sp)
        last_in_para[p1] = i
        out[(q.start, q.end)] = c
    return out


def features(text: str, quote: tuple[int, int], by_span: dict, previous) -> list[tuple]:
    """``(span, feature vector)`` for each candidate span (see the module docstring)."""
    qs, qe = quote
    most = max(len(v) for v in by_span.values())
    out = []
    for (s, e), names in by_span.items():
        base = {"cue" if n.startswith("cue") else n for n in names}
        ranks = [int(n[3:]) for n in names if n.startswith("cue")]
        before = e <= qs
        dist = (qs - e) if before else (s - qe)
        words = text[s:e].split()
        f = [1.0 if p in base else 0.0 for p in PATTERNS]
        f += [
            min(ranks) / 5 if ranks else 1.0,
            len(names) / 5,
            1.0 if len(names) == most else 0.0,
            1.0 if before else 0.0,
            math.log1p(max(dist, 0)) / 7,
            1.0 if len(words) == 1 and is_pronoun(words[0]) else 0.0,
            1.0 if words[0].lower() in DETERMINERS else 0.0,
            1.0 if words[0][:1].isupper() else 0.0,
            min(len(words), 12) / 12,
            1.0 if previous is not None and previous[0] < e and s < previous[1] else 0.0,
            1.0 if "\n" in text[min(e, qs) : max(s, qe)] else 0.0,
            1.0 if text[qs:qe].rstrip()[-1:] in {",", "?", "!"} else 0.0,
        ]
        out.append(((s, e), f))
    return out


def collect(records: list[dict]) -> list[tuple]:
    """Per scored pair: (candidates with features, indices of the right ones, the cascade's)."""
    found_by_text: dict[str, dict] = {}
    real = engine.attribute

    def recording(doc, spans, inside):
        found = real(doc, spans, inside)
        found_by_text[doc.text] = candidates(doc, spans, inside, found)
        return found

    engine.attribute = recording
    try:
        data = []
        for rec in records:
            u = qa.units(rec)
            cands = found_by_text.get(qa.mask_markup(rec["text"]), {})
            previous_of, previous = {}, None
            for key in sorted(cands):
                previous_of[key] = previous
                previous = cands[key].get("chosen", previous)
            for i, j, jac in qa.match(u.text, u.pred, u.gold):
                g = u.gunits[j]
                if jac < qa.MIN_JACCARD or g["speaker_start"] is None:
                    continue
                r = u.pred_rows[i]
                by_span: dict[tuple[int, int], set[str]] = {}
                for name, span in cands.get((r.start, r.end), {}).items():
                    by_span.setdefault(tuple(span), set()).add(name)
                if not by_span:
                    data.append(([], set(), None))
                    continue
                fs = features(u.text, (r.start, r.end), by_span, previous_of.get((r.start, r.end)))
                right = {
                    k
                    for k, (sp, _) in enumerate(fs)
                    if sp[0] < g["speaker_end"] and g["speaker_start"] < sp[1]
                }
                chosen = next((k for k, (sp, _) in enumerate(fs) if "chosen" in by_span[sp]), None)
                data.append((fs, right, chosen))
        return data
    finally:
        engine.attribute = real


def train(data: list[tuple], epochs: int, rate: float = 0.5, l2: float = 1e-3) -> np.ndarray:
    """Weights of a listwise softmax ranker: maximise the log probability of the right ones."""
    groups = [
        (np.array([f for _, f in fs]), np.array([k in right for k in range(len(fs))], float))
        for fs, right, _ in data
        if fs and right
    ]
    w = np.zeros(len(groups[0][0][0]))
    for _ in range(epochs):
        grad = np.zeros_like(w)
        for x, y in groups:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            t = p * y
            t /= t.sum()
            grad += x.T @ (p - t)
        w -= rate * (grad / len(groups) + l2 * w)
    return w


def accuracy(data: list[tuple], score=None) -> float:
    """Share of pairs whose pick is right: the cascade's (``score`` None) or the best-scored."""
    ok = 0
    for fs, right, chosen in data:
        if not fs:
            continue
        if score is None:
            ok += chosen in right
        else:
            ok += int(np.argmax(score(np.array([f for _, f in fs])))) in right
    return ok / len(data)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train", help="PolNeAR train.jsonl")
    ap.add_argument("dev", help="PolNeAR dev.jsonl")
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--trees", action="store_true", help="also gradient-boosted trees (sklearn)")
    args = ap.parse_args(argv)
    records = qa.load(args.train)
    sets = {
        "tuning train (1,2,3/4)": qa.select_docs(records, qa.parse_split("1,2,3/4")),
        "held-out train (0/4)": qa.select_docs(records, qa.parse_split("0/4")),
        "dev": qa.load(args.dev),
    }
    data = {name: collect(recs) for name, recs in sets.items()}
    tuning = data["tuning train (1,2,3/4)"]
    w = train(tuning, args.epochs)
    scorers = {"logistic ranker": lambda x: x @ w}
    if args.trees:
        from sklearn.ensemble import HistGradientBoostingClassifier

        x = [f for fs, right, _ in tuning if fs and right for _, f in fs]
        y = [k in right for fs, right, _ in tuning if fs and right for k in range(len(fs))]
        model = HistGradientBoostingClassifier(
            max_iter=200, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=20
        ).fit(np.array(x), np.array(y))
        scorers["boosted trees"] = lambda x: model.predict_proba(x)[:, 1]
    for name, d in data.items():
        oracle = sum(bool(right) for _, right, _ in d) / len(d)
        parts = [f"cascade {accuracy(d):.4f}"]
        parts += [f"{k} {accuracy(d, s):.4f}" for k, s in scorers.items()]
        print(f"{name}: {len(d)} pairs, " + ", ".join(parts) + f", oracle {oracle:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""02-readability: how hard the articles are to read, by which formula, and what makes them hard."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

import numpy as np
import pandas as pd

from analysis import schema
from analysis.measures.readability.formulas import readability
from analysis.presentation.explore.groups import distribution, measure_values, spearman
from analysis.presentation.explore.selection import analysed, labels, with_labels
from analysis.units.spans import word_spans

__all__ = [
    "FORMULAS",
    "GRADE_METRICS",
    "MIN_HARD_WORD",
    "formula_agreement",
    "formula_summary",
    "hardest_sentences",
    "hardest_words",
    "metric_guide",
    "sentence_readability",
]

MIN_HARD_WORD = 7  # letters: see hardest_words
# Formulas on a school-grade scale (the rest use their own scale), in the schema's order.
GRADE_METRICS = tuple(c.name for c in schema.FORMULAS if c.scale == "grade")
# Read in this order: the ease score, the grade formulas, those on a scale of their own,
# then the consensus of the grades.
FORMULAS = (
    *(c.name for c in schema.FORMULAS if c.scale == "0–100 ease"),
    *(c.name for c in schema.FORMULAS if c.scale == "grade" and c.name != schema.CONSENSUS),
    *(c.name for c in schema.FORMULAS if c.scale not in ("grade", "0–100 ease")),
    schema.CONSENSUS,
)


def _harder(name: str) -> str:
    return {c.name: c for c in schema.FORMULAS}[name].direction.split()[0]


def metric_guide() -> pd.DataFrame:
    """What each readability formula weighs, on what scale, and which direction is harder.

    Read from :mod:`analysis.schema`, the one place the formulas are written down.

    >>> metric_guide().set_index("metric").loc["flesch_reading_ease", "harder"]
    'lower'
    """
    columns = {c.name: c for c in schema.FORMULAS}
    rows = [
        {
            "metric": name,
            "scale": columns[name].scale,
            "harder": _harder(name),
            "formula": columns[name].doc,
        }
        for name in FORMULAS
    ]
    return pd.DataFrame(rows)


def formula_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """Every formula over the analysed articles: how many, median, quartiles, extremes, direction.

    One row per formula in :data:`FORMULAS` order (see :func:`.groups.distribution`).
    """
    out = distribution(articles, {name: name for name in FORMULAS})
    out = out.rename(columns={"measure": "metric"}).drop(columns="mean")
    out["harder"] = [_harder(name) for name in out["metric"]]
    return out


def formula_agreement(articles: pd.DataFrame) -> pd.DataFrame:
    """Does each formula rank the articles as the consensus grade does, and which is hardest?

    ``agreement`` is the Spearman rank correlation of the formula with
    ``text_standard`` over the analysed articles, signed so that +1 means the
    same order of difficulty (reading ease, where lower is harder, is flipped);
    NaN with fewer than three articles. ``hardest article`` is the one the
    formula finds hardest (ties go to the first in corpus order).
    """
    data = analysed(articles)
    names = labels(data).tolist()
    consensus = pd.Series(measure_values(data, schema.CONSENSUS))
    rows = []
    for name in FORMULAS:
        values = pd.Series(measure_values(data, name))
        harder = _harder(name)
        signed = -values if harder == "lower" else values
        agreement = spearman(signed, consensus)
        hardest = names[int(np.nanargmax(signed))] if signed.notna().any() else "NA"
        rows.append(
            {
                "metric": name,
                "harder": harder,
                "articles": int(values.notna().sum()),
                "agreement": agreement,
                "hardest article": hardest,
            }
        )
    return pd.DataFrame(
        rows, columns=["metric", "harder", "articles", "agreement", "hardest article"]
    )


def sentence_readability(
    sentences: pd.DataFrame,
    articles: pd.DataFrame,
    metrics: Iterable[str] = ("flesch_kincaid_grade", "flesch_reading_ease"),
) -> pd.DataFrame:
    """Readability of each sentence on its own (:func:`analysis.readability` per sentence).

    Only the sentences of the analysed articles (:func:`.selection.analysed`).
    Columns: ``article_id``, ``label``, ``sentence``, ``n_words``, the ``metrics``,
    ``syllables_per_word`` and ``text``.
    """
    metrics = list(metrics)
    keep = set(analysed(articles)["article_id"].astype(str))
    rows = []
    for article_id, sentence, n_words, text in zip(
        sentences["article_id"].astype(str),
        sentences["sentence"],
        sentences["n_words"],
        sentences["text"],
        strict=True,
    ):
        if article_id not in keep or not isinstance(text, str) or not text.strip():
            continue
        scores = readability(text)
        words = scores.get("words", math.nan)
        rows.append(
            {
                "article_id": article_id,
                "sentence": int(sentence),
                "n_words": n_words,
                **{m: float(scores.get(m, math.nan)) for m in metrics},
                "syllables_per_word": scores.get("syllables", math.nan) / words
                if words
                else math.nan,
                "text": text,
            }
        )
    columns = ["article_id", "sentence", "n_words", *metrics, "syllables_per_word", "text"]
    out = with_labels(pd.DataFrame(rows, columns=columns), articles)
    return out[["article_id", "label", *columns[1:]]]


def hardest_sentences(
    per_sentence: pd.DataFrame,
    metric: str = "flesch_kincaid_grade",
    n: int = 5,
    min_words: int = 5,
    harder: str = "higher",
) -> pd.DataFrame:
    """The ``n`` hardest sentences of at least ``min_words`` words by ``metric``."""
    data = per_sentence[per_sentence["n_words"].astype(float) >= min_words]
    data = data.dropna(subset=[metric])
    ascending = harder == "lower"
    data = data.sort_values(
        [metric, "article_id", "sentence"], ascending=[ascending, True, True], kind="mergesort"
    )
    return data.head(n)[["label", "sentence", "n_words", metric, "text"]].reset_index(drop=True)


def hardest_words(articles: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    """The longest words by syllables, with how often they occur and in how many articles.

    Syllables are counted as the readability formulas count them
    (:func:`analysis.readability` of the word alone). Spellings that differ only in case
    count as one word, shown in its most frequent spelling (the first seen on a tie).
    Only words of seven letters or more are looked up: shorter words seldom reach
    four syllables, and the look-up is the slow part. Sorted by syllables, then
    occurrences, then word.
    """
    counts: Counter[str] = Counter()
    in_articles: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for body in articles["body"]:
        if not isinstance(body, str):
            continue
        found = [body[s:e] for s, e in word_spans(body)]
        found = [w for w in found if any(c.isalpha() for c in w)]
        for word in found:
            spellings.setdefault(word.lower(), Counter())[word] += 1
        words = [w.lower() for w in found]
        counts.update(words)
        in_articles.update(set(words))
    candidates = [w for w in counts if len(w) >= MIN_HARD_WORD]
    rows = [
        {
            "word": spellings[w].most_common(1)[0][0],
            "syllables": int(readability(w).get("syllables", 0)),
            "times": counts[w],
            "articles": in_articles[w],
        }
        for w in candidates
    ]
    out = pd.DataFrame(rows, columns=["word", "syllables", "times", "articles"])
    out = out.sort_values(["syllables", "times", "word"], ascending=[False, False, True])
    return out.head(n).reset_index(drop=True)

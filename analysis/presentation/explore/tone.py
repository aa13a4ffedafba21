"""03-tone: how the tone is spread over the corpus, how it moves through an article, where its
extremes are, and whether headlines match bodies."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from analysis.presentation.explore.formatting import percent
from analysis.presentation.explore.groups import group_keys
from analysis.presentation.explore.selection import analysed, labels, with_labels
from analysis.schema import NEGATIVE, POSITIVE

__all__ = [
    "TONE_CLASSES",
    "arc_profile",
    "arc_summary",
    "extreme_sentences",
    "headline_agreement",
    "headline_gaps",
    "headline_summary",
    "tone_arc",
    "tone_class",
    "tone_overview",
]

TONE_CLASSES = ("negative", "neutral", "positive")


def tone_class(compound: float) -> str:
    """VADER's usual reading of a compound score.

    >>> tone_class(0.3), tone_class(0.0), tone_class(-0.05)
    ('positive', 'neutral', 'negative')
    """
    if compound is None or compound is pd.NA or math.isnan(compound):
        return "NA"
    if compound >= POSITIVE:
        return "positive"
    return "negative" if compound <= NEGATIVE else "neutral"


def _classes(values: pd.Series) -> pd.Series:
    return pd.Series([tone_class(float(v)) for v in values], index=values.index, dtype="object")


def tone_overview(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Shares of negative, neutral and positive among sentences, article bodies and headlines.

    Over the analysed articles. A body's class is that of its mean sentence
    compound. Columns: ``of``, ``n``, ``negative``, ``neutral``, ``positive``,
    ``mean compound``.
    """
    data = analysed(articles)
    ids = set(data["article_id"].astype(str))
    own = sentences[sentences["article_id"].astype(str).isin(ids)]
    rows = []
    for name, values in (
        ("sentences", own["compound"]),
        ("article bodies", data["tone_mean"]),
        ("headlines", data["headline_compound"]),
    ):
        values = pd.to_numeric(values, errors="coerce").dropna().astype(float)
        classes = _classes(values)
        row = {"of": name, "n": len(values)}
        for c in TONE_CLASSES:
            row[c] = float((classes == c).mean()) if len(values) else math.nan
        row["mean compound"] = float(values.mean()) if len(values) else math.nan
        rows.append(row)
    return pd.DataFrame(rows, columns=["of", "n", *TONE_CLASSES, "mean compound"])


def tone_arc(sentences: pd.DataFrame, articles: pd.DataFrame, window: int = 3) -> pd.DataFrame:
    """The analysed articles' sentences in order with their compound and a running mean.

    ``position`` is the sentence index scaled to 0–1 (0 first, 1 last), so articles
    of different lengths share an axis; ``smoothed`` is the mean compound of the
    ``window`` sentences ending at this one (fewer at the start). Articles come in
    corpus order.
    """
    columns = ["article_id", "sentence", "position", "compound", "smoothed"]
    order = {a: i for i, a in enumerate(analysed(articles)["article_id"].astype(str))}
    data = sentences.dropna(subset=["compound"])
    data = pd.DataFrame(
        {
            "article_id": data["article_id"].astype(str).to_numpy(),
            "sentence": data["sentence"].astype(int).to_numpy(),
            "compound": data["compound"].astype(float).to_numpy(),
        }
    )
    data = data[data["article_id"].isin(order.keys())]
    if data.empty:
        return with_labels(pd.DataFrame(columns=columns), articles)
    data = data.assign(_order=data["article_id"].map(order))
    data = data.sort_values(["_order", "sentence"], kind="mergesort").reset_index(drop=True)
    groups = data.groupby("_order", sort=False)
    n = groups["sentence"].transform("size").to_numpy()
    k = groups.cumcount().to_numpy()
    data["position"] = np.where(n > 1, k / np.maximum(n - 1, 1), 0.0)
    data["smoothed"] = (
        groups["compound"].rolling(window, min_periods=1).mean().reset_index(level=0, drop=True)
    )
    return with_labels(data[columns], articles)


def arc_profile(arc: pd.DataFrame, bins: int = 10) -> pd.DataFrame:
    """Tone by position in the article, over every sentence of :func:`tone_arc`.

    Positions are cut into ``bins`` equal parts (the last sentence falls in the
    last). Columns: ``from``, ``to`` (positions), ``sentences``, ``mean``,
    ``q1``, ``q3`` of the compound.
    """
    columns = ["from", "to", "sentences", "mean", "q1", "q3"]
    part = np.minimum((arc["position"].astype(float).to_numpy() * bins).astype(int), bins - 1)
    values = arc["compound"].astype(float).to_numpy()
    rows = []
    for b in range(bins):
        v = values[part == b]
        q1, q3 = np.quantile(v, [0.25, 0.75]) if len(v) else (math.nan, math.nan)
        rows.append(
            {
                "from": b / bins,
                "to": (b + 1) / bins,
                "sentences": len(v),
                "mean": float(v.mean()) if len(v) else math.nan,
                "q1": float(q1),
                "q3": float(q3),
            }
        )
    return pd.DataFrame(rows, columns=columns)


def arc_summary(arc: pd.DataFrame, articles: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Mean compound of the first, middle and last third of the articles' sentences.

    ``by`` None gives one row for the whole corpus; ``"article"`` one per article
    (for a handful); ``section``, ``source``, ``month`` … one per group
    (:func:`.groups.group_keys`). Columns: the grouping, ``articles``,
    ``sentences``, ``first third``, ``middle third``, ``last third``.
    """
    name = by or "corpus"
    columns = [name, "articles", "sentences", "first third", "middle third", "last third"]
    if arc.empty:
        return pd.DataFrame(columns=columns)
    if by is None:
        keys = pd.Series("all", index=arc.index)
    elif by == "article":
        keys = arc["label"]
    else:
        groups = group_keys(articles, by)
        by_id = dict(zip(articles["article_id"].astype(str), groups, strict=True))
        keys = arc["article_id"].map(by_id)
    thirds = np.minimum((arc["position"].astype(float).to_numpy() * 3).astype(int), 2)
    rows = []
    for key in pd.unique(keys):
        chosen = (keys == key).to_numpy()
        values = arc["compound"].astype(float).to_numpy()[chosen]
        row = {
            name: key,
            "articles": arc["article_id"][chosen].nunique(),
            "sentences": int(chosen.sum()),
        }
        for k, third in enumerate(columns[3:]):
            v = values[thirds[chosen] == k]
            row[third] = float(v.mean()) if len(v) else math.nan
        rows.append(row)
    out = pd.DataFrame(rows, columns=columns)
    if by not in (None, "article"):
        out = out.sort_values(name, kind="mergesort").reset_index(drop=True)
    return out


def extreme_sentences(
    sentences: pd.DataFrame, articles: pd.DataFrame, n: int = 3
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``n`` most positive and the ``n`` most negative sentences of the corpus."""
    data = with_labels(sentences.dropna(subset=["compound"]), articles)
    keep = ["label", "sentence", "compound", "text"]
    pos = data.sort_values(
        ["compound", "article_id", "sentence"], ascending=[False, True, True], kind="mergesort"
    )
    neg = data.sort_values(
        ["compound", "article_id", "sentence"], ascending=[True, True, True], kind="mergesort"
    )
    pos = pos[pos["compound"] >= POSITIVE].head(n)[keep].reset_index(drop=True)
    neg = neg[neg["compound"] <= NEGATIVE].head(n)[keep].reset_index(drop=True)
    return pos, neg


def _headline_pairs(articles: pd.DataFrame) -> pd.DataFrame:
    data = analysed(articles)
    head = pd.to_numeric(data["headline_compound"], errors="coerce").astype(float)
    body = pd.to_numeric(data["tone_mean"], errors="coerce").astype(float)
    known = (head.notna() & body.notna()).to_numpy()
    return pd.DataFrame(
        {
            "label": labels(data).to_numpy()[known],
            "headline": head.to_numpy()[known],
            "body": body.to_numpy()[known],
        }
    )


def headline_agreement(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles by the class of their headline (rows) and of their body (columns).

    Over the analysed articles with both scored; a last column and row ``all``.
    """
    pairs = _headline_pairs(articles)
    head = pd.Categorical(_classes(pairs["headline"]), categories=TONE_CLASSES)
    body = pd.Categorical(_classes(pairs["body"]), categories=TONE_CLASSES)
    table = pd.crosstab(head, body, dropna=False, margins=True, margins_name="all")
    table = table.reindex(
        index=[*TONE_CLASSES, "all"], columns=[*TONE_CLASSES, "all"], fill_value=0
    )
    table.index.name = "headline \\ body"
    return table.reset_index()


def headline_summary(articles: pd.DataFrame) -> str:
    """A sentence on how often headline and body agree, and how far apart they are."""
    pairs = _headline_pairs(articles)
    if pairs.empty:
        return "No article has both a scored headline and a scored body."
    same = (_classes(pairs["headline"]) == _classes(pairs["body"])).mean()
    neutral = (_classes(pairs["headline"]) == "neutral").mean()
    gap = (pairs["headline"] - pairs["body"]).abs().mean()
    return (
        f"Headlines: of {len(pairs):,} articles, the headline falls in the body's class in "
        f"{percent(same)}; "
        f"{percent(neutral)} of headlines are neutral; the mean distance between headline and "
        f"body compound is {gap:.2f}."
    )


def headline_gaps(articles: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The ``n`` articles whose headline is furthest from the body's tone, either way."""
    pairs = _headline_pairs(articles)
    pairs["headline − body"] = pairs["headline"] - pairs["body"]
    order = pairs["headline − body"].abs().sort_values(ascending=False, kind="mergesort")
    return pairs.loc[order.index[:n]].reset_index(drop=True)

"""Which rows a notebook looks at: the analysed articles, labels, and a few rows out of many.

Columns the loader may not provide (``section``, ``date``, ``duplicate_of`` …) are
read with :func:`column`, which gives NA when they are absent, so every helper
works on a frame built by hand as well as on :func:`analysis.load_articles`'s.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from analysis.presentation.figures import article_label

__all__ = [
    "analysed",
    "column",
    "is_analysed",
    "labels",
    "mask",
    "spread",
    "top",
    "with_labels",
]


def column(frame: pd.DataFrame, name: str) -> pd.Series:
    """``frame[name]``, or NA of the right length when the loader did not provide it."""
    if name in frame.columns:
        return frame[name]
    return pd.Series([pd.NA] * len(frame), index=frame.index, dtype="object")


def mask(values: pd.Series) -> np.ndarray:
    """A boolean Series as a plain array, NA counting as False."""
    return values.fillna(False).to_numpy(dtype=bool)


def articles_read(articles: pd.DataFrame) -> int:
    """Rows of the articles table that are articles: all but the files skipped on purpose.

    A documentation file or an unsupported format keeps its row (nothing is lost) but is
    no article, so "articles read" does not count it; the summary lists it apart.

    >>> articles_read(pd.DataFrame({"status": ["ok", "empty", "skipped: documentation file"]}))
    2
    """
    skipped = column(articles, "status").astype("string").str.startswith("skipped")
    return int((~skipped.fillna(False)).sum())


def is_analysed(articles: pd.DataFrame) -> np.ndarray:
    """True for the articles measured in full (status ``ok``) that repeat no earlier body.

    A story filed twice would otherwise count twice in every corpus figure.

    >>> frame = pd.DataFrame({"status": ["ok", "ok", "empty"], "duplicate_of": [None, "a", None]})
    >>> is_analysed(frame).tolist()
    [True, False, False]
    """
    ok = mask(column(articles, "status") == "ok")
    return ok & column(articles, "duplicate_of").isna().to_numpy(dtype=bool)


def analysed(articles: pd.DataFrame) -> pd.DataFrame:
    """The rows of :func:`is_analysed`, index kept."""
    return articles[is_analysed(articles)]


def labels(articles: pd.DataFrame, width: int = 40) -> pd.Series:
    """A short, unique label per article (headline cut to ``width``), keyed by article_id.

    Two articles with the same headline get ``(2)``, ``(3)`` … appended.

    >>> labels(pd.DataFrame({"article_id": ["a", "b"], "title": ["Rain", "Rain"]})).tolist()
    ['Rain', 'Rain (2)']
    """
    seen: Counter[str] = Counter()
    out = []
    titles = column(articles, "title").tolist()
    ids = articles["article_id"].astype(str).tolist()
    for title, article_id in zip(titles, ids, strict=True):
        label = article_label(pd.Series({"title": title, "article_id": article_id}), width)
        seen[label] += 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return pd.Series(out, index=ids, dtype="object")


def with_labels(frame: pd.DataFrame, articles: pd.DataFrame, width: int = 40) -> pd.DataFrame:
    """``frame`` (keyed by ``article_id``) with its article's :func:`labels` as ``label``."""
    names = labels(articles, width)
    return frame.assign(label=frame["article_id"].astype(str).map(names).astype("object"))


def spread(frame: pd.DataFrame, n: int) -> pd.DataFrame:
    """``n`` rows evenly spaced through ``frame`` (first and last included), in its order.

    A deterministic way to show a few rows of a long table that are not all from
    its beginning (one folder, one file, one day).

    >>> spread(pd.DataFrame({"x": range(10)}), 3)["x"].tolist()
    [0, 4, 9]
    >>> spread(pd.DataFrame({"x": range(2)}), 5)["x"].tolist()
    [0, 1]
    """
    if len(frame) <= n:
        return frame
    if n <= 1:
        return frame.head(n)
    positions = np.round(np.linspace(0, len(frame) - 1, n)).astype(int)
    return frame.iloc[np.unique(positions)]


def top(frame: pd.DataFrame, by: str, n: int, largest: bool = True) -> pd.DataFrame:
    """The ``n`` rows with the largest (or smallest) ``by``; ties keep the frame's order.

    >>> top(pd.DataFrame({"x": [1, 3, 3, 2]}), "x", 2).index.tolist()
    [1, 2]
    """
    return frame.sort_values(by, ascending=not largest, kind="mergesort").head(n)

"""DataFrames made by hand: analysed as if :func:`analysis.load_articles` had read them.

``analyze`` reads ``article_id`` and ``body`` (and ``title``, ``status``,
``language`` when present). A frame built in a notebook often has neither: a
``text`` column and the default index. :func:`as_loaded` fills them in the way the
table readers do for CSV and Parquet files (the same column guesses, see
:mod:`analysis.loading.readers.tabular`): the text column becomes ``body``, a
headline column ``title``, and the ids come from an id column when it names every
row once, else from the index when it does, else from the row positions.
"""

from __future__ import annotations

import pandas as pd

from analysis.loading.readers.tabular import TEXT_NAMES, choose_columns


def as_loaded(articles: pd.DataFrame) -> pd.DataFrame:
    """``articles`` with ``body`` and ``article_id`` (a copy only when something was added).

    Raises :class:`ValueError` when no column holds the text.

    >>> frame = as_loaded(pd.DataFrame({"headline": ["Rain"], "text": ["It rained."]}))
    >>> frame[["article_id", "title", "body"]].to_dict("records")
    [{'article_id': '0', 'title': 'Rain', 'body': 'It rained.'}]
    """
    if "body" in articles.columns and "article_id" in articles.columns:
        return articles
    out = articles.copy()
    if "body" not in out.columns:
        out["body"] = out[_text_column(out)]
    if "title" not in out.columns:
        title = choose_columns([*out.columns], text_column="body").title
        if title is not None:
            out["title"] = out[title]
    if "article_id" not in out.columns:
        out.insert(0, "article_id", _ids(out))
    return out


def _text_column(frame: pd.DataFrame) -> str:
    text = choose_columns(list(frame.columns)).text
    if text is None:
        raise ValueError(
            "analyze needs the articles' text: a column named body (as load_articles "
            f"gives) or one of {', '.join(TEXT_NAMES)}; this frame has "
            f"{', '.join(map(str, frame.columns)) or 'no columns'}"
        )
    return text


def _ids(frame: pd.DataFrame) -> list[str]:
    """One id per row: an id column's values, else the index labels, else positions."""
    column = choose_columns([*frame.columns], text_column="body").id
    if column is not None:
        values = frame[column]
        if values.notna().all() and values.astype(str).is_unique:
            return values.astype(str).tolist()
    if frame.index.is_unique and frame.index.notna().all():
        return [str(label) for label in frame.index]
    return [str(i) for i in range(len(frame))]


def check_dask_columns(columns: list[str]) -> None:
    """Raise :class:`ValueError` when a Dask DataFrame lacks what ``analyze`` reads."""
    missing = [c for c in ("article_id", "body") if c not in columns]
    if missing:
        raise ValueError(
            f"a Dask DataFrame needs the columns article_id and body (missing: "
            f"{', '.join(missing)}); load_articles gives both, or rename the text column "
            "to body and add ids before dd.from_pandas"
        )

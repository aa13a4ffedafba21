"""The unit of work: a chunk of loaded articles, measured in one process.

:func:`analyze_chunk` measures one chunk (a pandas DataFrame) into
:class:`~analysis.tables.Tables`; :func:`run_chunks` streams chunks through an
executor (or this process) and yields their tables in input order. Every
engine calls the same function on the same rows, so their tables are identical.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future

import numpy as np
import pandas as pd

from analysis import schema
from analysis.loading.handmade import checked
from analysis.loading.load import ANALYSED
from analysis.speed.memory import release_unused_memory
from analysis.tables import Tables
from analysis.tables.measure import measure

DEFAULT_CHUNK = 200


def analyze_chunk(articles: pd.DataFrame) -> Tables:
    """Measure one chunk of loaded articles in this process.

    >>> import analysis
    >>> chunk = pd.DataFrame({"article_id": ["a1"], "title": ["Rain"], "status": ["ok"],
    ...     "body": ['"It will pour," the forecaster said.\\n\\nUmbrellas sold out.']})
    >>> t = analyze_chunk(chunk)
    >>> t.articles[["article_id", "n_paragraphs", "n_sentences", "n_words", "status"]]
      article_id  n_paragraphs  n_sentences  n_words status
    0         a1             2            2        9     ok
    >>> t.quotes[["text", "speaker", "cue"]].to_dict("records")
    [{'text': 'It will pour,', 'speaker': 'the forecaster', 'cue': 'said'}]

    Rows that are not analysed (their status from loading is neither ``ok`` nor
    ``not english``: skipped, unreadable, empty …) keep their row with NA measures
    without passing through the measuring, so a chunk of thousands of them costs
    a few vectorised conversions. A body that is not a string, or a lone
    surrogate in a text column, is dealt with first (:func:`analysis.loading.handmade.checked`).
    """
    articles = checked(articles)
    if "status" not in articles.columns or not len(articles):
        return Tables(**measure(articles))
    status = articles["status"]
    resting = (status.notna() & ~status.isin(ANALYSED)).to_numpy(dtype=bool, na_value=False)
    if not resting.any():
        return Tables(**measure(articles))
    tables = measure(articles[~resting])
    rest = schema.conform(articles[resting].reset_index(drop=True), "articles")
    # The articles in their input order: the measured ones, then the resting, sorted back.
    order = np.argsort(
        np.concatenate([np.flatnonzero(~resting), np.flatnonzero(resting)]), kind="stable"
    )
    both = pd.concat([tables["articles"], rest], ignore_index=True)
    tables["articles"] = both.iloc[order].reset_index(drop=True)
    return Tables(**tables)


def chunks(frame: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    for start in range(0, len(frame), size):
        yield frame.iloc[start : start + size]


def run_chunks(
    chunks: Iterable[pd.DataFrame],
    executor: Executor | None = None,
    *,
    in_flight: int = 4,
) -> Iterator[Tables]:
    """Analyse chunks in order, at most ``in_flight`` at a time.

    With no executor the chunks are analysed here. Results come back in input
    order, and only a bounded number of chunks is held at once, so memory stays
    flat however long the stream.
    """
    if executor is None:
        for chunk in chunks:
            yield analyze_chunk(chunk)
        return
    pending: deque[Future[Tables]] = deque()
    for chunk in chunks:
        pending.append(executor.submit(_analyze_and_release, chunk))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _analyze_and_release(chunk: pd.DataFrame) -> Tables:
    """:func:`analyze_chunk` in a worker process, which then hands back freed memory."""
    tables = analyze_chunk(chunk)
    release_unused_memory()
    return tables


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1

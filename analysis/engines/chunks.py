"""``analyze()``: loaded articles in, the five tidy tables out.

The unit of work is a chunk of articles (a pandas DataFrame); :func:`analyze_chunk`
measures one chunk in one process. Everything else only decides where chunks
run: in this process, in worker processes (``jobs``), or on a Dask cluster
(``engine="dask"``). Because every engine calls the same function on the same
rows, their tables are identical.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

import pandas as pd

from analysis.speed.memory import release_unused_memory
from analysis.tables import schema
from analysis.tables.measure import measure

if TYPE_CHECKING:
    import dask.dataframe as dd

TABLE_NAMES = tuple(schema.TABLES)
DEFAULT_CHUNK = 200


@dataclass
class Tables:
    """The analysis of a corpus: one DataFrame per table (see :mod:`analysis.tables.schema`)."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame
    speakers: pd.DataFrame

    def items(self) -> Iterator[tuple[str, pd.DataFrame]]:
        for f in fields(self):
            yield f.name, getattr(self, f.name)

    @classmethod
    def empty(cls) -> Tables:
        return cls(**{name: schema.empty(name) for name in TABLE_NAMES})

    @classmethod
    def concat(cls, parts: Iterable[Tables]) -> Tables:
        parts = list(parts)
        if not parts:
            return cls.empty()
        return cls(
            **{
                name: pd.concat([getattr(p, name) for p in parts], ignore_index=True)
                for name in TABLE_NAMES
            }
        )


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
    """
    return Tables(**measure(articles))


def chunks(frame: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    for start in range(0, len(frame), size):
        yield frame.iloc[start : start + size]


def run_chunks(
    chunks: Iterable[pd.DataFrame],
    executor: Executor | None = None,
    *,
    in_flight: int = 4,
) -> Iterator[Tables]:
    """Analyse chunks in order, at most ``in_flight`` at a time per worker slot.

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


def analyze(
    articles: pd.DataFrame | dd.DataFrame,
    engine: str = "pandas",
    *,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK,
    scheduler: str | Any | None = None,
    progress: Callable[[int], None] | None = None,
) -> Tables:
    """Analyse loaded articles (the output of :func:`analysis.load_articles`).

    ``engine="pandas"`` runs here, in ``jobs`` worker processes when ``jobs > 1``.
    ``engine="dask"`` accepts a pandas or Dask DataFrame and analyses each
    chunk (or partition) on a Dask cluster: ``scheduler`` is a scheduler address,
    a ``distributed.Client``, or None for the current client, else a local
    cluster of ``jobs`` worker processes (all cores when ``jobs`` is 1).
    ``progress`` is called with the number of articles done after each chunk.
    """
    if engine == "dask":
        from analysis.engines.cluster import analyze_dask

        return analyze_dask(
            articles, scheduler=scheduler, chunk_size=chunk_size, workers=jobs if jobs > 1 else None
        )
    if engine != "pandas":
        raise ValueError(f"unknown engine {engine!r}: use 'pandas' or 'dask'")
    if not isinstance(articles, pd.DataFrame):
        raise TypeError("the pandas engine takes a pandas DataFrame; use engine='dask'")
    parts = []
    executor = ProcessPoolExecutor(jobs) if jobs > 1 else None
    try:
        for tables in run_chunks(chunks(articles, chunk_size), executor, in_flight=2 * jobs):
            parts.append(tables)
            if progress is not None:
                progress(len(tables.articles))
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    return Tables.concat(parts)

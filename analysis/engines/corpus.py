"""``analyze()``: a corpus of loaded articles in, the five tidy tables out."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pandas as pd

from analysis.engines.chunks import DEFAULT_CHUNK, chunks, run_chunks
from analysis.engines.cluster import analyze_partitions, dask_client
from analysis.engines.executors import check_engine, workers
from analysis.engines.frames import as_loaded, check_dask_columns
from analysis.tables import Tables

if TYPE_CHECKING:
    import dask.dataframe as dd


def analyze(
    articles: pd.DataFrame | dd.DataFrame,
    engine: str = "pandas",
    *,
    jobs: int | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    scheduler: str | Any | None = None,
    progress: Callable[[int], None] | None = None,
) -> Tables:
    """Analyse loaded articles (the output of :func:`analysis.load_articles`), or a frame
    made by hand: a ``text`` (or ``body``, ``content`` …) column is enough, ids are
    derived (:func:`analysis.engines.frames.as_loaded`).

    ``engine="pandas"`` runs here, or in ``jobs`` worker processes when
    ``jobs > 1``. ``engine="dask"`` analyses each chunk (of a pandas DataFrame)
    or partition (of a Dask DataFrame) on a Dask cluster: ``scheduler`` is a
    scheduler address, a ``distributed.Client``, or None for the current client,
    else a local cluster of ``jobs`` worker processes (default: all cores).
    ``progress`` is called with the number of articles done after each chunk.
    """
    check_engine(engine, scheduler)
    if not isinstance(articles, pd.DataFrame):
        import dask.dataframe as dd

        if engine != "dask" or not isinstance(articles, dd.DataFrame):
            raise TypeError(
                "analyze takes a pandas DataFrame (or, with engine='dask', a Dask DataFrame)"
            )
        check_dask_columns(list(articles.columns))
        with dask_client(scheduler, jobs) as client:
            return analyze_partitions(articles, client)
    articles = as_loaded(articles)
    parts = []
    with workers(engine, jobs, scheduler) as pool:
        done = run_chunks(chunks(articles, chunk_size), pool.executor, in_flight=2 * pool.slots)
        for tables in done:
            parts.append(tables)
            if progress is not None:
                progress(len(tables.articles))
    return Tables.concat(parts)

"""The Dask engine: the same chunk analysis, run chunk by chunk on a cluster.

Each chunk of articles (a slice of a pandas DataFrame, or a partition of a Dask
DataFrame) becomes one task that calls :func:`analysis.engines.chunks.analyze_chunk`;
results come back in input order. Workers need ``news-workbook`` installed (the
same version as the client) and, for Parquet input, read access to the files.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pandas as pd

from analysis.engines.chunks import Tables, analyze_chunk, chunks, default_jobs


@contextlib.contextmanager
def dask_client(scheduler: str | Any | None = None, workers: int | None = None) -> Iterator[Any]:
    """A ``distributed.Client`` for ``scheduler``.

    ``scheduler`` may be a Client (used as is), an address (connected to), or None:
    then the current client if there is one, else a local cluster of ``workers``
    single-threaded worker processes (default: all cores) for the duration.
    """
    from distributed import Client, LocalCluster, default_client

    if scheduler is not None and not isinstance(scheduler, str):
        yield scheduler
        return
    if scheduler is not None:
        with Client(scheduler) as client:
            yield client
        return
    try:
        current = default_client()
    except ValueError:
        current = None
    if current is not None:
        yield current
        return
    with (
        LocalCluster(
            n_workers=workers or default_jobs(), threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def analyze_dask(
    articles: Any,
    *,
    scheduler: str | Any | None = None,
    chunk_size: int = 200,
    workers: int | None = None,
) -> Tables:
    """Analyse a pandas or Dask DataFrame of loaded articles on a Dask cluster."""
    import dask
    import dask.dataframe as dd

    if isinstance(articles, pd.DataFrame):
        # Slices, not dd.from_pandas: Dask would turn the captions lists into strings.
        tasks = [dask.delayed(analyze_chunk)(chunk) for chunk in chunks(articles, chunk_size)]
    elif isinstance(articles, dd.DataFrame):
        tasks = [dask.delayed(analyze_chunk)(part) for part in articles.to_delayed()]
    else:
        raise TypeError("engine='dask' takes a pandas or a Dask DataFrame")
    with dask_client(scheduler, workers) as client:
        parts = client.gather(client.compute(tasks))
    return Tables.concat(parts)

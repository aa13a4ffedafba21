"""The Dask engine: the same chunk analysis, run partition by partition on a cluster.

Each partition of the articles becomes one task that calls
:func:`analysis.pipeline.analyze_chunk`; the client gathers the results in
partition order. Workers need ``news-workbook`` installed (the same version as
the client) and, for Parquet input, read access to the files.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pandas as pd

from analysis.pipeline import Tables, analyze_chunk


@contextlib.contextmanager
def client_for(scheduler: str | Any | None) -> Iterator[Any]:
    """A ``distributed.Client``: the given one, one connected to an address, or the current.

    Yields None when there is no cluster at all, and Dask's local scheduler runs the tasks.
    """
    if scheduler is not None and not isinstance(scheduler, str):
        yield scheduler
        return
    from distributed import Client, default_client

    if scheduler is None:
        try:
            yield default_client()
        except ValueError:
            yield None
        return
    with Client(scheduler) as client:
        yield client


def analyze_dask(
    articles: Any, *, scheduler: str | Any | None = None, chunk_size: int = 500
) -> Tables:
    """Analyse a pandas or Dask DataFrame of loaded articles on a Dask cluster."""
    import dask
    import dask.dataframe as dd

    if isinstance(articles, pd.DataFrame):
        npartitions = max(1, -(-len(articles) // chunk_size))
        articles = dd.from_pandas(articles, npartitions=npartitions, sort=False)
    elif not isinstance(articles, dd.DataFrame):
        raise TypeError("engine='dask' takes a pandas or a Dask DataFrame")
    tasks = [dask.delayed(analyze_chunk)(part) for part in articles.to_delayed()]
    with client_for(scheduler) as client:
        if client is not None:
            parts = client.gather(client.compute(tasks))
        else:
            parts = dask.compute(*tasks, scheduler="threads")
    return Tables.concat(parts)

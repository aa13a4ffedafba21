"""Dask: a client for a scheduler, and Dask DataFrame partitions measured on it.

Workers need ``news-workbook`` installed (the same version as the client) and,
for Parquet input, read access to the files.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from analysis.engines.chunks import analyze_chunk, default_jobs
from analysis.tables import Tables


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


def worker_threads(client: Any) -> int:
    """How many tasks the cluster runs at once (its workers' threads)."""
    workers = client.scheduler_info().get("workers", {})
    return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))


def analyze_partitions(articles: Any, client: Any) -> Tables:
    """Measure each partition of a Dask DataFrame of loaded articles as one task.

    The workers read the partitions themselves (from Parquet on shared storage,
    say), so the articles never pass through this process.
    """
    import dask

    tasks = [dask.delayed(analyze_chunk)(part) for part in articles.to_delayed()]
    return Tables.concat(client.gather(client.compute(tasks)))

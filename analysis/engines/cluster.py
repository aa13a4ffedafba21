"""Dask: a client for a scheduler, and Dask DataFrame partitions measured on it.

Workers need ``news-workbook`` installed (the same version as the client) and,
for Parquet input, read access to the files.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from typing import Any

from analysis.engines.chunks import analyze_chunk, default_jobs
from analysis.tables import Tables

#: Seconds to wait for a scheduler to answer: a cluster on the network answers in well
#: under a second; Dask's own default (30 s) leaves a mistyped address hanging.
CONNECT_TIMEOUT = 10.0


def scheduler_problem(address: str, timeout: float = CONNECT_TIMEOUT) -> str | None:
    """Why ``address`` cannot be a scheduler to connect to, in one line; None if it may be.

    The address must parse as Dask's (``tcp://host:port``, ``host:port``,
    ``tls://…``); for TCP, something must accept a connection there within
    ``timeout`` seconds. Nothing is sent.

    >>> scheduler_problem("http://example.org").startswith("unknown address scheme 'http'")
    True
    >>> scheduler_problem("tcp://127.0.0.1:99999")
    'port 99999 is out of range'

    """
    from distributed.comm import parse_address, parse_host_port
    from distributed.comm.registry import backends

    try:
        scheme, location = parse_address(address)
    except (ValueError, TypeError) as err:
        return str(err)
    if scheme not in backends:
        return f"unknown address scheme {scheme!r} (known: {', '.join(sorted(backends))})"
    if scheme not in ("tcp", "tls"):
        return None
    try:
        host, port = parse_host_port(location)
    except (ValueError, TypeError) as err:
        return str(err)
    if not 0 < int(port) < 65536:
        return f"port {port} is out of range"
    try:
        with socket.create_connection((host, int(port)), timeout=timeout):
            return None
    except OSError as err:
        reason = "timed out" if isinstance(err, TimeoutError) else (err.strerror or str(err))
        return f"cannot connect to {host}:{port} within {timeout:g} s ({reason})"


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
        with Client(scheduler, timeout=CONNECT_TIMEOUT) as client:
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

"""Dask: a client for a scheduler, and Dask DataFrame partitions measured on it.

Workers need ``news-workbook`` installed (the same version as the client) and,
for Parquet input, read access to the files.

A local cluster starts its workers as new processes, which import the running
script again (Python's "spawn" start method); a script whose analysis is not
under ``if __name__ == "__main__":`` would start it again in every worker, and
Dask reports only "Nanny failed to start". :func:`check_script_guard` finds that
case before any process starts and says what to add.
"""

from __future__ import annotations

import ast
import contextlib
import os
import socket
import sys
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
    check_script_guard()
    with (
        LocalCluster(
            n_workers=workers or default_jobs(), threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def check_script_guard() -> None:
    """Raise :class:`RuntimeError` when called from a script's unguarded top level.

    That is: a frame of the ``__main__`` module's own file is running its
    top-level code on a line outside an ``if __name__ == "__main__":`` block.
    Notebooks, ``python -c`` and interactive sessions have no such file and pass.
    """
    found = unguarded_call()
    if found is None:
        return
    path, line = found
    raise RuntimeError(
        f"analyze(engine='dask') would start a local Dask cluster from the top level of "
        f"{os.path.basename(path)} (line {line}). Its worker processes import that script "
        "again and would run the analysis anew in every worker, so the cluster cannot start. "
        'Put the code that runs the analysis under `if __name__ == "__main__":` at the end of '
        "the script, or pass scheduler= the address of a running Dask scheduler."
    )


def unguarded_call() -> tuple[str, int] | None:
    """``(script, line)`` when the main script's top level runs outside a ``__main__`` guard."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or not isinstance(path, str) or not os.path.isfile(path):
        return None
    name = getattr(getattr(main, "__spec__", None), "name", None) or ""
    if name == "__main__" or name.endswith(".__main__"):
        return None  # a package's __main__.py: multiprocessing does not import it again
    line = None
    frame = sys._getframe(1)
    while frame is not None:
        if (
            frame.f_globals is main.__dict__
            and frame.f_code.co_name == "<module>"
            and os.path.abspath(frame.f_code.co_filename) == os.path.abspath(path)
        ):
            line = frame.f_lineno
        frame = frame.f_back
    if line is None:
        return None
    try:
        with open(path, "rb") as fh:
            tree = ast.parse(fh.read())
    except (OSError, SyntaxError, ValueError):
        return None
    for node in tree.body:
        guarded = isinstance(node, ast.If) and _is_main_test(node.test)
        if guarded and node.body[0].lineno <= line <= (node.end_lineno or line):
            return None
    return path, line


def _is_main_test(test: ast.expr) -> bool:
    """``__name__ == "__main__"`` (either way round)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return False
    if not isinstance(test.ops[0], ast.Eq):
        return False
    sides = [test.left, test.comparators[0]]
    names = [s for s in sides if isinstance(s, ast.Name) and s.id == "__name__"]
    mains = [s for s in sides if isinstance(s, ast.Constant) and s.value == "__main__"]
    return len(names) == 1 and len(mains) == 1


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

"""The engine switch: where chunks run, for :func:`analysis.analyze` and the command line alike.

``pandas``: in this process (``jobs`` 1) or in a pool of ``jobs`` worker
processes. ``dask``: on a Dask cluster through its client's executor (see
:func:`analysis.engines.cluster.dask_client`: a scheduler address, a client,
the current client, else a local cluster of ``jobs`` workers).
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any, NamedTuple

from analysis.engines.cluster import dask_client, worker_threads

ENGINES = ("pandas", "dask")


class Workers(NamedTuple):
    """An executor (None: this process) and how many chunks it runs at once."""

    executor: Executor | None
    slots: int


def check_engine(engine: str, scheduler: object = None) -> None:
    """Raise :class:`ValueError` for an unknown engine, or a scheduler without Dask."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: use 'pandas' or 'dask'")
    if scheduler is not None and engine != "dask":
        raise ValueError("a scheduler needs engine 'dask'")


@contextlib.contextmanager
def workers(
    engine: str = "pandas", jobs: int | None = None, scheduler: str | Any | None = None
) -> Iterator[Workers]:
    """The workers that ``engine`` runs chunks on, for the duration of the block.

    ``jobs`` None means one process for ``pandas`` and all cores for a local
    Dask cluster. On leaving the block early (an error, an interrupt), chunks
    not yet started are cancelled.
    """
    check_engine(engine, scheduler)
    if engine == "dask":
        with dask_client(scheduler, jobs) as client:
            yield Workers(client.get_executor(), worker_threads(client))
        return
    if jobs is None or jobs <= 1:
        yield Workers(None, 1)
        return
    pool = ProcessPoolExecutor(jobs, initializer=_worker_started)
    try:
        yield Workers(pool, jobs)
    except BaseException:
        stop_workers(pool)
        raise
    pool.shutdown(cancel_futures=True)


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _worker_started() -> None:
    """In each worker process: default signal handling, and die with the parent.

    A forked worker inherits the parent's handlers; the parent stops its workers
    itself on Ctrl-C or SIGTERM, so they ignore SIGINT (a terminal sends it to the
    whole process group) and die on SIGTERM. On Linux, the kernel also sends them
    SIGTERM if the parent dies without stopping them (SIGKILL).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with contextlib.suppress(Exception):  # not Linux: no parent-death signal
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def stop_workers(pool: ProcessPoolExecutor, grace: float = 5.0) -> None:
    """Stop a pool's worker processes now: SIGTERM, then SIGKILL after ``grace`` seconds."""
    # The executor has no public way to stop running workers before Python 3.14.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(grace)
            if process.is_alive():
                process.kill()
                process.join(grace)

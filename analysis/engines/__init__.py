"""Where chunks of articles are measured: here, in worker processes, or on a Dask cluster.

:func:`analyze` is the entry point; :func:`workers` is the one engine switch
(the command line uses it too); every engine calls the same
:func:`analyze_chunk` on the same chunks, so their tables are identical.
"""

from __future__ import annotations

from analysis.engines.chunks import DEFAULT_CHUNK, analyze_chunk, default_jobs, run_chunks
from analysis.engines.corpus import analyze
from analysis.engines.executors import ENGINES, workers

__all__ = [
    "DEFAULT_CHUNK",
    "ENGINES",
    "analyze",
    "analyze_chunk",
    "default_jobs",
    "run_chunks",
    "workers",
]

"""Where chunks of articles are measured: here, in worker processes, or on a Dask cluster.

Every engine calls the same :func:`analyze_chunk` on the same chunks, so their
tables are identical.
"""

from __future__ import annotations

from analysis.engines.chunks import Tables, analyze, analyze_chunk, run_chunks

__all__ = ["Tables", "analyze", "analyze_chunk", "run_chunks"]

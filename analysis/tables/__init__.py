"""The output tables: the per-article measuring that fills them (:mod:`.measure`),
the :class:`Tables` that hold them (:mod:`.frames`) and the atomic writer
(:mod:`.output`). Their columns are defined in :mod:`analysis.schema`.
"""

from __future__ import annotations

from analysis.tables.frames import TABLE_NAMES, Tables

__all__ = ["TABLE_NAMES", "Tables"]

"""The output tables: their columns (:mod:`.schema`), the per-article measuring
that fills them (:mod:`.measure`), the :class:`Tables` that hold them and the
atomic writer (:mod:`.output`).
"""

from __future__ import annotations

from analysis.tables.frames import TABLE_NAMES, Tables
from analysis.tables.schema import TABLES, conform, data_dictionary, empty

__all__ = ["TABLES", "TABLE_NAMES", "Tables", "conform", "data_dictionary", "empty"]

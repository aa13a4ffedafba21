"""The output tables: their columns (:mod:`.schema`), the per-article measuring
that fills them (:mod:`.measure`) and the atomic writer (:mod:`.output`).
"""

from __future__ import annotations

from analysis.tables.schema import TABLES, conform, data_dictionary, empty

__all__ = ["TABLES", "conform", "data_dictionary", "empty"]

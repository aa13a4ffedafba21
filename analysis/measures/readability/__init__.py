"""Readability: textstat 0.7.13's formulas, computed offline, values identical to textstat's.

:func:`readability` gives every formula and count of a text; :mod:`.syllables`
reads the CMU Pronouncing Dictionary without a download.
"""

from __future__ import annotations

from analysis.measures.readability.formulas import (
    COUNTS,
    FORMULAS,
    clear_textstat_caches,
    offline_textstat,
    readability,
)

__all__ = ["COUNTS", "FORMULAS", "clear_textstat_caches", "offline_textstat", "readability"]

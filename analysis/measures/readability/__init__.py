"""Readability: textstat 0.7.13's formulas, computed offline, values identical to textstat's.

:func:`readability` gives every formula and count of a text: :mod:`.counts`
makes the counts, :mod:`.formulas` applies textstat's formulas to them,
:mod:`.syllables` reads the CMU Pronouncing Dictionary without a download and
:mod:`.offline` runs textstat itself on that dictionary, for comparison.
"""

from __future__ import annotations

from analysis.measures.readability.formulas import COUNTS, FORMULAS, readability
from analysis.measures.readability.offline import clear_textstat_caches, offline_textstat

__all__ = ["COUNTS", "FORMULAS", "clear_textstat_caches", "offline_textstat", "readability"]

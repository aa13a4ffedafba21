"""Tone: VADER (vaderSentiment 3.3.2) per sentence, scores identical to vaderSentiment's.

:func:`sentiment` gives one row per sentence of a text; :func:`score_columns`
scores many sentences at once (what the tables use); :mod:`.vader` is the
re-implementation of VADER's scoring.
"""

from __future__ import annotations

from analysis.measures.tone.sentiment import score_columns, sentiment, typographic_to_ascii

__all__ = ["score_columns", "sentiment", "typographic_to_ascii"]

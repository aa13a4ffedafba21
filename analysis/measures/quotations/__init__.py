"""Quotations: what is quoted, in which kind, and who says it.

:func:`extract_quotes` gives one row per quotation of a text; :func:`quote_columns`
the same as plain column lists (what the tables use). Marks are paired in
:mod:`.marks`, speech cues listed in :mod:`.cues`, speakers found and resolved in
:mod:`.attribution`.
"""

from __future__ import annotations

from analysis.measures.quotations.engine import extract_quotes, quote_columns

__all__ = ["extract_quotes", "quote_columns"]

"""Loading: files and folders in, one row per article out.

:func:`load_articles` (a DataFrame) and :func:`iter_articles` (the same rows in
chunks, for streaming) walk the inputs (:mod:`.walk`), decode them
(:mod:`.encoding`), read each format (:mod:`.readers`), detect the language
(:mod:`.language`) and flag repeated bodies (:mod:`.dedupe`).
"""

from __future__ import annotations

from analysis.loading.load import COLUMNS, STATUSES, iter_articles, load_articles

__all__ = ["COLUMNS", "STATUSES", "iter_articles", "load_articles"]

"""Loading: files and folders in, one row per article out.

:func:`load_articles` (a DataFrame) and :func:`iter_articles` (the same rows in
chunks, for streaming) walk the inputs (:mod:`.walk`, deciding by name with
:mod:`.formats` what is read and what is skipped), unpack compressed files and
archives (:mod:`.archives`), decode them (:mod:`.encoding`), read each format
(:mod:`.readers`), detect the language (:mod:`.language`) and flag repeated
bodies (:mod:`.dedupe`). Every entry met is a row (see ``docs/inputs.md``).
:mod:`.handmade` makes frames built by hand safe for ``analyze``.
"""

from __future__ import annotations

from analysis.loading.load import COLUMNS, STATUSES, iter_articles, load_articles

__all__ = ["COLUMNS", "STATUSES", "iter_articles", "load_articles"]

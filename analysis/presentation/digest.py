"""What the report and the command's summary keep of a streamed run, kept small."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.presentation.report import MAX_ARTICLE_ROWS, REPORT_COLUMNS, tally_speakers
from analysis.tables import Tables

# What the charts and the summary read of every article; the report's article list
# (its other columns) needs only its first rows.
_CHART_COLUMNS = ["flesch_kincaid_grade", "flesch_reading_ease", "tone_mean"]
_LISTED_COLUMNS = [c for c in REPORT_COLUMNS if c not in _CHART_COLUMNS and c != "status"]
_FOLD_EVERY = 32  # chunks of speaker tallies summed into one


class ReportRows:
    """What the report and the summary need from the articles, kept small.

    Every article keeps the numbers the charts and medians use (a row of a float
    array) and its status (a code); only the first :data:`MAX_ARTICLE_ROWS`,
    which the report lists, keep their other columns. Speaker tallies are summed
    as they come. Memory grows by about 30 bytes per article.
    """

    def __init__(self) -> None:
        self.head: list[pd.DataFrame] = []
        self.numbers: list[np.ndarray] = []  # per chunk: (chart columns, articles), NA as NaN
        self.codes: list[np.ndarray] = []  # per chunk: status codes
        self.status_names: dict[str, int] = {}
        self.n = 0
        self.tallies: list[pd.DataFrame] = []
        self.quote_kinds: dict[str, int] = {}

    def add(self, tables: Tables) -> None:
        arts = tables.articles
        room = MAX_ARTICLE_ROWS - self.n
        if room > 0:
            self.head.append(arts[_LISTED_COLUMNS].head(room))
        self.n += len(arts)
        numbers = arts[_CHART_COLUMNS].to_numpy(dtype="float64", na_value=np.nan)
        self.numbers.append(np.ascontiguousarray(numbers.T))
        names = self.status_names
        statuses = arts["status"].fillna("NA").tolist()
        self.codes.append(np.array([names.setdefault(s, len(names)) for s in statuses], np.int32))
        self.tallies.append(tally_speakers(tables.article_speakers))
        if len(self.tallies) >= _FOLD_EVERY:
            self.tallies = [_fold(self.tallies)]
        for kind, n in tables.quotes["kind"].value_counts().items():
            self.quote_kinds[str(kind)] = self.quote_kinds.get(str(kind), 0) + int(n)

    def articles(self) -> pd.DataFrame:
        """The :data:`REPORT_COLUMNS` of every article; the listed ones NA after the first rows."""
        if not self.n:
            return Tables.empty().articles[REPORT_COLUMNS]
        self.numbers = [np.concatenate(self.numbers, axis=1)]  # the chunks' arrays are freed
        charts = dict(zip(_CHART_COLUMNS, self.numbers[0], strict=True))  # views
        head = pd.concat(self.head, ignore_index=True)
        rows = pd.RangeIndex(self.n)
        names = pa.array(list(self.status_names), pa.string())
        codes = pa.array(np.concatenate(self.codes))
        columns: dict[str, Any] = {}
        for c in REPORT_COLUMNS:
            if c in charts:
                columns[c] = charts[c]
            elif c == "status":
                columns[c] = pd.arrays.ArrowStringArray(names.take(codes))
            else:  # padded with NA by a take (in Arrow for text: no Python object per row)
                columns[c] = head[c].reindex(rows).array
        return pd.DataFrame(columns, copy=False)


def _fold(tallies: list[pd.DataFrame]) -> pd.DataFrame:
    """Several :func:`tally_speakers` results as one (the sums add up)."""
    return pd.concat(tallies).groupby("speaker_name", as_index=False).sum()

"""What the report and the command's summary keep of a streamed run: small, whatever its size.

A run of 100,000 articles never holds its tables at once; :class:`ReportRows` takes
each chunk's tables as they come and keeps:

- every article's :data:`~analysis.presentation.report.REPORT_COLUMNS` (its id,
  headline, file, section, date, status and eighteen numbers), in Arrow arrays,
  so that the report can sort, filter and break down over all articles. Text is
  cut to :data:`TEXT_CUT` characters; a typical news article costs about 265
  bytes (:attr:`ReportRows.nbytes`; ``benchmarks/report_rows_memory.py``
  measures it on a corpus);
- the corpus speakers table, folded as the chunks come
  (:class:`~analysis.tables.speakers.SpeakerFold`, one entry per named speaker):
  the command writes it and the report shows it, one computation for both;
- the quotation count per kind;
- the example articles (:class:`~analysis.presentation.explore.examples.ExamplePicker`):
  one article per criterion with its rows of every table, replaced when a better
  one arrives.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

from analysis import schema
from analysis.presentation.explore.examples import Example, ExamplePicker
from analysis.presentation.report import REPORT_COLUMNS
from analysis.tables import Tables
from analysis.tables.speakers import SpeakerFold

TEXT_CUT = 200  # characters kept of a headline, file name or speaker (the tables hold all)
_FOLD_EVERY = 32  # Arrow row batches merged into one
_TEXT = frozenset(c.name for c in schema.ARTICLES if c.dtype == "string")
_SCHEMA = pa.schema(
    [
        pa.field(c.name, pa.string() if c.name in _TEXT else pa.float64())
        for c in schema.ARTICLES
        if c.name in REPORT_COLUMNS
    ]
)


class ReportRows:
    """What the report and the summary need from a stream of tables (see the module doc)."""

    def __init__(self) -> None:
        self.batches: list[pa.Table] = []
        self.n = 0
        self.fold = SpeakerFold()
        self.quote_kinds: dict[str, int] = {}
        self.picker = ExamplePicker()

    def add(self, tables: Tables) -> None:
        arts = tables.articles
        self.n += len(arts)
        self.batches.append(_batch(arts))
        self.fold.add(tables.quotes)
        if len(self.batches) >= _FOLD_EVERY:
            self.batches = [pa.concat_tables(self.batches).combine_chunks()]
        for kind, n in tables.quotes["kind"].value_counts().items():
            self.quote_kinds[str(kind)] = self.quote_kinds.get(str(kind), 0) + int(n)
        self.picker.add(tables)

    @property
    def nbytes(self) -> int:
        """Bytes held by the article rows (the part that grows with the corpus)."""
        return sum(b.nbytes for b in self.batches)

    def speakers(self) -> pd.DataFrame:
        """The corpus speakers table of every chunk added so far (one row per named speaker)."""
        return self.fold.table()

    def examples(self) -> list[Example]:
        """The example articles, one per criterion that any article met."""
        return self.picker.examples()

    def articles(self) -> pd.DataFrame:
        """The :data:`REPORT_COLUMNS` of every article, in input order (text backed by Arrow)."""
        table = pa.concat_tables(self.batches) if self.batches else _SCHEMA.empty_table()
        frame = table.to_pandas(types_mapper={pa.string(): pd.StringDtype("pyarrow")}.get)
        return frame[[c for c in REPORT_COLUMNS if c in frame.columns]]


def _batch(articles: pd.DataFrame) -> pa.Table:
    """The report's columns of one chunk as Arrow arrays, text cut to :data:`TEXT_CUT`."""
    arrays = []
    for field in _SCHEMA:
        values = (
            articles[field.name] if field.name in articles else pd.Series([None] * len(articles))
        )
        if field.name in _TEXT:
            arrays.append(pa.array([_cut(v) for v in values], pa.string()))
        else:
            numbers = pd.to_numeric(values, errors="coerce").astype("float64")
            arrays.append(pa.array(numbers.to_numpy(), pa.float64(), from_pandas=True))
    return pa.Table.from_arrays(arrays, schema=_SCHEMA)


def _cut(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return value if len(value) <= TEXT_CUT else value[: TEXT_CUT - 1] + "…"

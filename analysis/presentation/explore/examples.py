"""A few articles chosen on purpose: the easiest and hardest to read, the most negative, the most
quoted.

One definition serves the notebooks (a whole :class:`~analysis.tables.Tables` at
once) and the report (chunks streamed through :class:`ExamplePicker`, which keeps
only the best article per criterion, its rows in every table included): the
picker fed chunk by chunk picks the same articles as fed the whole corpus.

Only analysed articles count (status ``ok``, duplicates left out). Articles of at
least :data:`MIN_WORDS` words come before shorter ones, because a formula over
two sentences swings widely and a one-line item of one quotation is "all quote";
ties go to the article that comes first.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from analysis.presentation.article_view import ArticleView, one_article
from analysis.presentation.explore.groups import measure_values
from analysis.presentation.explore.selection import analysed, column
from analysis.tables import Tables

__all__ = [
    "CRITERIA",
    "MIN_WORDS",
    "Criterion",
    "Example",
    "ExamplePicker",
    "candidates",
    "criterion",
    "example_id",
    "example_view",
    "examples_table",
    "pick_examples",
]

MIN_WORDS = 100


class Criterion(NamedTuple):
    """What makes an article an example: the extreme of one articles column."""

    name: str
    column: str
    largest: bool  # True: the largest value is the example
    reads: str  # what the value is, for a reader
    positive_only: bool = False  # only values above zero qualify


CRITERIA = (
    Criterion("easiest to read", "flesch_kincaid_grade", False, "lowest Flesch–Kincaid grade"),
    Criterion("hardest to read", "flesch_kincaid_grade", True, "highest Flesch–Kincaid grade"),
    Criterion("most negative", "tone_mean", False, "lowest mean sentence tone"),
    Criterion("most quoted", "quoted_share", True, "largest share of words quoted", True),
)
BY_NAME = {c.name: c for c in CRITERIA}


class Example(NamedTuple):
    """An article picked by a criterion, with its rows of every table."""

    criterion: Criterion
    article_id: str
    value: float
    tables: Tables


def criterion(name: str | Criterion) -> Criterion:
    """The :data:`CRITERIA` entry called ``name`` (a Criterion passes through)."""
    if isinstance(name, Criterion):
        return name
    try:
        return BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown example {name!r}: one of {', '.join(BY_NAME)}") from None


def candidates(articles: pd.DataFrame, name: str | Criterion) -> pd.DataFrame:
    """The analysed articles that qualify for ``name``, best first (see the module doc).

    Adds ``value`` (the criterion's column) and ``long_enough``; index reset.
    """
    c = criterion(name)
    data = analysed(articles).reset_index(drop=True)
    values = measure_values(data, c.column)
    ok = ~np.isnan(values)
    if c.positive_only:
        ok &= np.nan_to_num(values) > 0
    words = pd.to_numeric(column(data, "n_words"), errors="coerce").to_numpy("float64", na_value=0)
    long_enough = np.nan_to_num(words) >= MIN_WORDS
    signed = values if c.largest else -values
    order = np.lexsort((np.arange(len(data)), -np.nan_to_num(signed), ~long_enough))
    order = order[ok[order]]
    out = data.iloc[order].assign(value=values[order], long_enough=long_enough[order])
    return out.reset_index(drop=True)


def example_id(articles: pd.DataFrame, name: str | Criterion) -> str | None:
    """The article_id of the best candidate for ``name``, None when no article qualifies."""
    best = candidates(articles, name).head(1)
    return None if best.empty else str(best["article_id"].iloc[0])


class Note(str):
    """A sentence shown in a notebook in place of an example no article qualifies for."""

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        import html

        return f"<p>{html.escape(self)}</p>"


def example_view(tables: Tables, name: str | Criterion) -> ArticleView | Note:
    """The best article for ``name`` shown in full (:meth:`Tables.article`), or a note
    saying that no article qualifies (a corpus without quotations has no "most quoted")."""
    c = criterion(name)
    article_id = example_id(tables.articles, c)
    if article_id is None:
        return Note(f"No article analysed in full qualifies as {c.name} ({c.reads}).")
    return tables.article(article_id)


class ExamplePicker:
    """The best article per criterion over chunks of tables, with its rows; memory bounded.

    >>> picker = ExamplePicker()
    >>> picker.examples()
    []
    """

    def __init__(self, criteria: tuple[Criterion, ...] = CRITERIA) -> None:
        self.criteria = criteria
        self._best: dict[str, tuple[tuple[bool, float], Example]] = {}

    def add(self, tables: Tables) -> None:
        """Consider the articles of one chunk (in corpus order after the earlier chunks)."""
        for c in self.criteria:
            top = candidates(tables.articles, c).head(1)
            if top.empty:
                continue
            value = float(top["value"].iloc[0])
            key = (bool(top["long_enough"].iloc[0]), value if c.largest else -value)
            kept = self._best.get(c.name)
            if kept is None or key > kept[0]:  # strictly better: on a tie the earlier stays
                article_id = str(top["article_id"].iloc[0])
                example = Example(c, article_id, value, one_article(tables, article_id))
                self._best[c.name] = (key, example)

    def examples(self) -> list[Example]:
        """The examples found, in the order of the criteria."""
        return [self._best[c.name][1] for c in self.criteria if c.name in self._best]


def pick_examples(tables: Tables, criteria: tuple[Criterion, ...] = CRITERIA) -> list[Example]:
    """:class:`ExamplePicker` over a whole analysis at once."""
    picker = ExamplePicker(criteria)
    picker.add(tables)
    return picker.examples()


def examples_table(examples: list[Example]) -> pd.DataFrame:
    """One row per example: ``example``, ``value``, ``measure`` (what the value is),
    ``words``, ``title``."""
    rows = []
    for ex in examples:
        row = ex.tables.articles.iloc[0]
        rows.append(
            {
                "example": ex.criterion.name,
                "value": ex.value,
                "measure": ex.criterion.reads,
                "words": row.get("n_words"),
                "title": row.get("title"),
            }
        )
    return pd.DataFrame(rows, columns=["example", "value", "measure", "words", "title"])

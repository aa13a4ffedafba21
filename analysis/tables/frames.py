"""``Tables``: the five output tables of an analysis, one DataFrame each."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

import pandas as pd

from analysis import schema
from analysis.tables.speakers import corpus_speakers

if TYPE_CHECKING:
    from analysis.presentation.article_view import ArticleView

TABLE_NAMES = tuple(schema.TABLES)


@dataclass
class Tables:
    """The analysis of a corpus: one DataFrame per table (see :mod:`analysis.schema`).

    ``speakers`` has one row per named speaker over all the articles;
    ``article_speakers`` one per speaker of each article.
    """

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame
    speakers: pd.DataFrame
    article_speakers: pd.DataFrame

    def items(self) -> Iterator[tuple[str, pd.DataFrame]]:
        for f in fields(self):
            yield f.name, getattr(self, f.name)

    def article(self, article: str | int) -> ArticleView:
        """One article as HTML (displayed in Jupyter): its text with quotations, speakers,
        cues and sentence tone marked, and its measures beside it.

        ``article`` is an article_id or a row position in ``articles``. See
        :func:`analysis.presentation.article_view.article_view`.
        """
        # Imported here: the tables do not depend on the presentation layer at import time.
        from analysis.presentation.article_view import article_view

        return article_view(self, article)

    def select(self, article_ids: Collection[str]) -> Tables:
        """The rows of the articles ``article_ids``, in the tables' order; ``speakers``
        folded again from their quotations (it has one row per speaker, not per article)."""
        wanted = {str(a) for a in article_ids}
        rows = {
            name: frame[frame["article_id"].astype(str).isin(wanted).to_numpy(dtype=bool)]
            for name, frame in self.items()
            if name != "speakers"
        }
        return Tables(**rows, speakers=corpus_speakers(rows["quotes"]))

    @classmethod
    def empty(cls) -> Tables:
        return cls(**{name: schema.empty(name) for name in TABLE_NAMES})

    @classmethod
    def concat(cls, parts: Iterable[Tables]) -> Tables:
        """The tables of consecutive chunks as one; ``speakers`` is folded again over all."""
        parts = list(parts)
        if not parts:
            return cls.empty()
        tables = {
            name: pd.concat([getattr(p, name) for p in parts], ignore_index=True)
            for name in TABLE_NAMES
            if name != "speakers"
        }
        return cls(**tables, speakers=corpus_speakers(tables["quotes"]))

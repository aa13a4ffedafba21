"""``Tables``: the five output tables of an analysis, one DataFrame each."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import TYPE_CHECKING

import pandas as pd

from analysis import schema
from analysis.tables.speakers import corpus_speakers

if TYPE_CHECKING:
    from analysis.presentation.article_view import ArticleView

TABLE_NAMES = tuple(schema.TABLES)
#: The tables whose rows belong to articles (``speakers`` is folded over the corpus).
PER_ARTICLE = tuple(name for name in TABLE_NAMES if name != "speakers")


class Tables:
    """The analysis of a corpus: one DataFrame per table (see :mod:`analysis.schema`).

    ``speakers`` has one row per named speaker over all the articles;
    ``article_speakers`` one per speaker of each article. ``speakers`` is derived
    from ``quotes`` (:func:`~analysis.tables.speakers.corpus_speakers`) the first
    time it is read, unless given: a chunk's speakers are never read when the
    chunks are joined (:meth:`concat`) or streamed (the command folds its own),
    so they are not made.
    """

    def __init__(
        self,
        *,
        articles: pd.DataFrame,
        paragraphs: pd.DataFrame,
        sentences: pd.DataFrame,
        quotes: pd.DataFrame,
        article_speakers: pd.DataFrame,
        speakers: pd.DataFrame | None = None,
    ) -> None:
        self.articles = articles
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.quotes = quotes
        self.article_speakers = article_speakers
        self._speakers = speakers

    @property
    def speakers(self) -> pd.DataFrame:
        if self._speakers is None:
            self._speakers = corpus_speakers(self.quotes)
        return self._speakers

    def items(self) -> Iterator[tuple[str, pd.DataFrame]]:
        """``(name, table)`` in :data:`TABLE_NAMES` order."""
        for name in TABLE_NAMES:
            yield name, getattr(self, name)

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
        return Tables(
            **{
                name: frame[frame["article_id"].astype(str).isin(wanted).to_numpy(dtype=bool)]
                for name, frame in self.per_article()
            }
        )

    @classmethod
    def empty(cls) -> Tables:
        return cls(**{name: schema.empty(name) for name in TABLE_NAMES})

    @classmethod
    def concat(cls, parts: Iterable[Tables]) -> Tables:
        """The tables of consecutive chunks as one; ``speakers`` is folded again over all."""
        parts = list(parts)
        if not parts:
            return cls.empty()
        return cls(
            **{
                name: pd.concat([getattr(p, name) for p in parts], ignore_index=True)
                for name in PER_ARTICLE
            }
        )

    def replace(self, **tables: pd.DataFrame) -> Tables:
        """These tables with some swapped for others (by name); ``speakers`` is derived
        again from the quotations unless it is given."""
        return Tables(**{**dict(self.per_article()), **tables})

    def per_article(self) -> Iterator[tuple[str, pd.DataFrame]]:
        """The tables with rows of articles: all but the corpus ``speakers``."""
        for name in PER_ARTICLE:
            yield name, getattr(self, name)

"""An article's text and its units, each built once and passed down to every measure.

The word counts, the tone per sentence and the quotation engine all read the
same paragraphs, sentences and tokens of one article. :class:`ArticleText`
builds each the first time it is asked for and keeps it, so the text is
scanned once however many steps read it; the steps receive the object, not
the bare string. A layer above may keep an index of its own on the article
with :meth:`ArticleText.derived` (the quotation engine keeps its cue index
there) without this module knowing about it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar

from analysis.speed.token_index import region
from analysis.units.fast_split import fast_tokens
from analysis.units.spans import (
    INDEX_MAX,
    TOKEN,
    Span,
    paragraph_spans,
    sentence_spans,
    word_starts,
)

T = TypeVar("T")
Token = tuple[int, int, str]


class ArticleText:
    """``text`` with its paragraphs, sentences, tokens and word starts.

    >>> doc = ArticleText("Rain fell. “It poured,” she said.\\n\\nThen sun.")
    >>> [doc.text[s:e] for s, e in doc.sentences]
    ['Rain fell.', '“It poured,” she said.', 'Then sun.']
    >>> doc.sentence_paragraph, len(doc.word_starts)
    ([0, 0, 1], 8)
    >>> [w for _, _, w in doc.tokens_in(11, 23)]
    ['“', 'It', 'poured', ',', '”']
    """

    def __init__(
        self, text: str, paragraphs: list[Span] | None = None, sentences: list[Span] | None = None
    ) -> None:
        self.text = text
        if paragraphs is not None:
            self.paragraphs = paragraphs
        if sentences is not None:
            self.sentences = sentences
        self._derived: dict[str, Any] = {}

    @cached_property
    def paragraphs(self) -> list[Span]:
        return paragraph_spans(self.text)

    @cached_property
    def sentences(self) -> list[Span]:
        return sentence_spans(self.text, self.paragraphs)

    @cached_property
    def paragraph_starts(self) -> list[int]:
        return [s for s, _ in self.paragraphs]

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @cached_property
    def sentence_paragraph(self) -> list[int]:
        """Index of the paragraph each sentence belongs to."""
        starts = self.paragraph_starts
        return [bisect.bisect_right(starts, s) - 1 for s, _ in self.sentences]

    @cached_property
    def tokens(self) -> tuple[list[int], list[int], list[str]] | None:
        """Starts, ends and texts of the text's TOKEN matches; None past :data:`INDEX_MAX`.

        A text longer than that is scanned region by region instead, so one huge
        text never holds millions of tokens.
        """
        if len(self.text) > INDEX_MAX:
            return None
        return fast_tokens(self.text)

    @cached_property
    def token_triples(self) -> list[Token]:
        """The tokens as ``(start, end, text)`` (what the noun-phrase readers walk)."""
        found = self.tokens
        return [] if found is None else list(zip(*found, strict=True))

    @cached_property
    def word_starts(self) -> list[int]:
        return word_starts(self.text, self.tokens)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens ``TOKEN.finditer(text, start, end)`` finds, as ``(start, end, text)``.

        Sliced from the whole text's tokens (see :mod:`analysis.speed.token_index`).
        """
        start = max(start, 0)
        if end <= start:
            return []
        found = self.tokens
        if found is None:
            return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(self.text, start, end)]
        starts, ends, _ = found
        head, i, k, tail = region(TOKEN, self.text, starts, ends, start, end)
        out = [(m.start(), m.end(), m.group()) for m in head]
        if i is None:
            return out
        out += self.token_triples[i:k]
        out += [(m.start(), m.end(), m.group()) for m in tail]
        return out

    def derived(self, key: str, build: Callable[[ArticleText], T]) -> T:
        """``build(self)``, made once per article and kept under ``key``."""
        got = self._derived.get(key)
        if got is None:
            got = self._derived[key] = build(self)
        return got


def as_article(text: str | ArticleText) -> ArticleText:
    """``text`` as an :class:`ArticleText` (a string gets its own, built as needed)."""
    return text if isinstance(text, ArticleText) else ArticleText(text)

"""Text units with character offsets: paragraphs, sentences, words and tokens.

Every measure reads an article through these units, built once per article.
"""

from __future__ import annotations

from analysis.units.spans import (
    TOKEN,
    Span,
    ascii_apostrophes,
    paragraph_spans,
    sentence_spans,
    tokens,
    word_spans,
    word_starts,
)

__all__ = [
    "TOKEN",
    "Span",
    "ascii_apostrophes",
    "paragraph_spans",
    "sentence_spans",
    "tokens",
    "word_spans",
    "word_starts",
]

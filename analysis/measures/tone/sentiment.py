"""Tone: VADER sentiment (vaderSentiment 3.3.2) per sentence, with character offsets.

:func:`sentiment` splits a text with :func:`analysis.units.spans.sentence_spans` and scores
each sentence; :func:`score_columns` scores many sentences at once (what the tables
use). Scores come from :mod:`analysis.measures.tone.vader`, a re-implementation
whose values are identical (``==``) to
``SentimentIntensityAnalyzer().polarity_scores``:

- ``compound``: the sum of the words' valences, adjusted by VADER's rules
  (boosters, negation, ALL CAPS, "but", "least", idioms, ``!`` and ``?``) and
  normalised to [-1, 1] by x / sqrt(x² + 15), rounded to 4 decimals;
- ``pos``, ``neu``, ``neg``: shares of positive, neutral and negative weight,
  rounded to 3 decimals (they sum to about 1; all 0 for a text with no tokens).

Typographic marks. VADER strips only ASCII punctuation from a word's ends and
knows only ASCII apostrophes, so in typeset news “great” is not found in the
lexicon and "don’t" is not a negation. By default (``normalise=True``) each
sentence is scored after mapping ‘ ’ to ``'`` and “ ” to ``"`` (one character for
one, so offsets do not move); the ``text`` column keeps the original characters.
The identity with vaderSentiment then holds for the mapped sentence:
``polarity_scores(typographic_to_ascii(sentence))``. On PolNeAR train (30,599
sentences, 7,427 with curly marks) the mapping changes the scores of 1,175
sentences, by 0.36 compound on average. ``normalise=False`` scores raw text.

>>> tone = sentiment("The rescue was a success. “It’s not good enough,” he said.")
>>> [(row.start, row.end, row.compound) for row in tone.itertuples()]
[(0, 25, 0.7906), (26, 58, -0.3412)]
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.measures.tone import vader
from analysis.measures.tone.vader import COLUMNS
from analysis.units.spans import sentence_spans
from analysis.values import require_text

__all__ = ["COLUMNS", "score_columns", "sentiment", "typographic_to_ascii"]

_ASCII = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def typographic_to_ascii(text: str) -> str:
    """Map curly single and double quotation marks to ASCII, keeping every offset.

    >>> typographic_to_ascii("“It’s ‘fine’,” she said.")
    '"It\\'s \\'fine\\'," she said.'
    """
    # Speed: str.isascii is a flag look-up: plain ASCII text is returned as it is, not
    # copied. Nor is text without the four marks (BBC's "£"): translating a text that
    # is not ASCII looks up every character in the table, far slower than these searches.
    if text.isascii():
        return text
    if "’" in text or "‘" in text or "“" in text or "”" in text:
        return text.translate(_ASCII)
    return text


def sentiment(text: str, normalise: bool = True) -> pd.DataFrame:
    """VADER tone of each sentence of ``text``.

    Columns: ``start``, ``end`` (int offsets, ``text[start:end]`` is the sentence),
    ``text``, ``compound``, ``pos``, ``neu``, ``neg`` (float). One row per sentence
    of :func:`analysis.units.spans.sentence_spans`; no sentences, no rows.

    >>> sentiment("").columns.tolist()
    ['start', 'end', 'text', 'compound', 'pos', 'neu', 'neg']
    """
    require_text(text, "sentiment")
    spans = sentence_spans(text)
    sentences = [text[s:e] for s, e in spans]
    scored = score_columns(sentences, normalise=normalise)
    frame = pd.DataFrame(
        {
            "start": np.array([s for s, _ in spans], dtype=np.int64),
            "end": np.array([e for _, e in spans], dtype=np.int64),
            "text": pd.Series(sentences, dtype=object),
        }
    )
    for name, values in zip(COLUMNS, scored, strict=True):
        frame[name] = np.array(values, dtype=np.float64)
    return frame[["start", "end", "text", "compound", "pos", "neu", "neg"]]


def score_columns(sentences: Sequence[str], normalise: bool = True) -> list[list[float]]:
    """VADER scores of many sentences at once: four lists, :data:`COLUMNS` = compound,
    pos, neu, neg, each with one float per sentence.

    Item ``k`` of each list is the score of
    ``polarity_scores(typographic_to_ascii(sentences[k]))`` (without the mapping
    when ``normalise=False``); a blank sentence scores all zeros. Plain lists of
    Python floats, which is what the tables read (an array per article costs
    more to build and slice than the lists).

    >>> score_columns(["It isn’t good.", ""])
    [[-0.3412, 0.0], [0.0, 0.0], [0.454, 0.0], [0.546, 0.0]]
    >>> score_columns([])
    [[], [], [], []]
    """
    # Speed: ASCII sentences map to themselves: one C-level test, not a call per sentence.
    if normalise and not all(map(str.isascii, sentences)):
        sentences = [typographic_to_ascii(s) for s in sentences]
    rows = list(map(vader.scores, sentences))
    return list(map(list, zip(*rows, strict=True))) if rows else [[], [], [], []]

"""The corpus check of issue 14: a speaker name that cannot be a name is counted."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from speakers_corpus import impossible_names

import analysis


def test_a_resolved_article_has_no_impossible_name() -> None:
    body = 'Mayor Jane Smith spoke on Monday.\n\n"I cannot tell," she said.'
    quotes = analysis.extract_quotes(body).assign(article_id="a")
    assert quotes["speaker_name"].tolist() == ["Jane Smith"]
    assert impossible_names(quotes, {"a": body}) == []


def test_lowercase_numbers_and_words_of_the_quote_are_impossible() -> None:
    body = '"I cannot tell," she said. "Yes," 42 said. "No," the Mayor said.'
    quotes = pd.DataFrame(
        {
            "article_id": ["a", "a", "a"],
            "speaker_name": ["cannot", "42", "Mayor"],
            "speaker": ["she", "42", "the Mayor"],
            "start": [0, 27, 43],
            "end": [16, 33, 49],
        }
    )
    assert impossible_names(quotes, {"a": body}) == [("cannot", "she"), ("42", "42")]

"""The "but" rule of the VADER re-implementation: vaderSentiment's values, in linear-log time.

The rescaling itself is tested against vaderSentiment's loop in
``tests/speed/test_first_equal.py``; here whole texts against vaderSentiment.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.measures.tone.vader import polarity_scores

SIA = SentimentIntensityAnalyzer()


WORDS = "good bad but great not very terrible fine but kind of happy sad".split()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=400))
def test_long_texts_with_but_identical_to_vadersentiment(words: list[str]) -> None:
    text = " ".join(words)
    assert polarity_scores(text) == SIA.polarity_scores(text)


@pytest.mark.parametrize("n", [300, 3_000, 100_000])
def test_a_run_on_sentence_with_but_scales(n: int) -> None:
    """One "but" in n words (took minutes at 100,000 with list.index); values as at n=300."""
    text = "good " * n + "but " + "bad " * n
    expected = {"neg": 0.709, "neu": 0.0, "pos": 0.291, "compound": -1.0}
    assert polarity_scores(text) == expected
    if n <= 3_000:
        assert SIA.polarity_scores(text) == expected

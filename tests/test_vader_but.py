"""The "but" pass of the VADER re-implementation: vaderSentiment's, in linear-log time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.measures.tone import vader as vader_fast

SIA = SentimentIntensityAnalyzer()


def reference_but_check(lows: list[str], sentiments: list[float]) -> list[float]:
    """vaderSentiment 3.3.2's ``_but_check`` loop, verbatim (quadratic)."""
    sentiments = list(sentiments)
    bi = lows.index("but")
    for sentiment in sentiments:
        si = sentiments.index(sentiment)
        if si < bi:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * 0.5)
        elif si > bi:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * 1.5)
    return sentiments


# Few distinct values, chained by the 0.5 and 1.5 factors, so that rescaled values
# collide with values still to be visited (the list.index quirk), signed zeros included.
VALUES = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.0, 0.75, 2.25, 3.0, -0.5, -1.5, -2.25, 1.125]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(VALUES), min_size=1, max_size=40), st.data())
def test_same_replacements_as_vadersentiment(sentiments: list[float], data: st.DataObject) -> None:
    bi = data.draw(st.integers(0, len(sentiments) - 1))
    lows = ["w"] * len(sentiments)
    lows[bi] = "but"
    lows[data.draw(st.integers(bi, len(sentiments) - 1))] = "but"  # a second "but" maybe
    got = list(sentiments)
    vader_fast._but_check(lows, got, list(range(len(got))))
    expected = reference_but_check(lows, sentiments)
    # Bit for bit, but for the sign of a zero (which no score sees: see _but_check).
    assert [x.hex() if x else 0 for x in got] == [x.hex() if x else 0 for x in expected]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(VALUES + [0] * 6), min_size=1, max_size=40), st.data())
def test_positions_outside_the_hits_are_zero_and_stay_so(
    sentiments: list[float], data: st.DataObject
) -> None:
    """As scores() calls it: only lexicon positions (hits) may hold a non-zero value."""
    hits = [j for j, x in enumerate(sentiments) if x or data.draw(st.booleans())]
    bi = data.draw(st.integers(0, len(sentiments) - 1))
    lows = ["w"] * len(sentiments)
    lows[bi] = "but"
    got = list(sentiments)
    vader_fast._but_check(lows, got, hits)
    expected = reference_but_check(lows, sentiments)
    assert [x.hex() if x else 0 for x in map(float, got)] == [
        x.hex() if x else 0 for x in map(float, expected)
    ]
    assert float(sum(got)).hex() == float(sum(expected)).hex()


WORDS = "good bad but great not very terrible fine but kind of happy sad".split()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=400))
def test_long_texts_with_but_identical_to_vadersentiment(words: list[str]) -> None:
    text = " ".join(words)
    assert vader_fast.polarity_scores(text) == SIA.polarity_scores(text)


@pytest.mark.parametrize("n", [300, 3_000, 100_000])
def test_a_run_on_sentence_with_but_scales(n: int) -> None:
    """One "but" in n words (took minutes at 100,000 with list.index); values as at n=300."""
    text = "good " * n + "but " + "bad " * n
    expected = {"neg": 0.709, "neu": 0.0, "pos": 0.291, "compound": -1.0}
    assert vader_fast.polarity_scores(text) == expected
    if n <= 3_000:
        assert SIA.polarity_scores(text) == expected

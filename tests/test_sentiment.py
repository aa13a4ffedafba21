"""analysis.sentiment and its VADER re-implementation: scores identical to vaderSentiment 3.3.2."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from fixtures.texts import ARTICLES, SENTENCES
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.measures.tone.sentiment import (
    COLUMNS,
    score_columns,
    sentiment,
    typographic_to_ascii,
)
from analysis.measures.tone.vader import polarity_scores
from analysis.units.spans import sentence_spans

SIA = SentimentIntensityAnalyzer()


def assert_identical(text: str) -> None:
    expected = SIA.polarity_scores(text)
    got = polarity_scores(text)
    assert got == expected, text  # exact ==, not approx
    assert list(got) == list(expected)  # same key order


# Cases aimed at each rule of vaderSentiment, beyond the fixture sentences.
TRICKY = [
    "VADER is smart, handsome, and funny.",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "Today only kinda sux! But I'll get by, lol",
    "Make sure you :) or :D today!",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "Sentiment analysis has never been this good!",
    "Most automated sentiment analysis tools are shit.",
    "With VADER, sentiment analysis is the shit!",
    "On the other hand, VADER is quite bad ass",
    "VADER is such a badass!",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    "Not such a badass after all.",
    # "but" with repeated values: the list.index quirk rescales the first equal value
    "good good but good good",
    "bad but bad but bad",
    "good bad good but bad good bad",
    "no but no",
    # "no" rules
    "no good",
    "no no good",
    "no or nor good",
    "good no",
    "no",
    "no way no how no good",
    # caps differential
    "GOOD",
    "GOOD bad",
    "VERY GOOD movie",
    "very GOOD MOVIE",
    "EXTREMELY bad",
    # boosters and dampeners around negation
    "not very good",
    "not very bad",
    "never so good",
    "never this bad",
    "without doubt good",
    "without a doubt good",
    "kind of good",
    "sort of bad",
    "just enough good",
    "the kind of man he is",
    "kind",
    "kind of",
    "least good",
    "very least good",
    "at least good",
    "the least",
    # idioms
    "the shit is the bomb",
    "yeah right that was the bomb",
    "a kiss of death",
    "cut the mustard",
    "back handed compliment",
    "it was to die for",
    "bus stop is good",
    "the beating heart of the city is great",
    # punctuation emphasis
    "good!",
    "good!!!!!!",
    "bad??",
    "bad????",
    "good?",
    "?!?!?!",
    # emoji and emoticons
    "😁",
    "x😁y",
    "good 😁",
    "😁😁😁 bad",
    "👍🏽 fine",
    ":( :) :-D <3 </3",
    "'good' \"bad\" (great) [awful]",
    "--good-- ..bad.. a.b.c",
    "n't",
    "I can't believe it isn't butter",
    "dont do that",
    "uh-uh, no way",
    "",
    "   ",
    "\t\n",
]


@pytest.mark.parametrize("text", SENTENCES + TRICKY)
def test_identical_on_written_cases(text):
    assert_identical(text)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_identical_on_fixture_articles_and_their_sentences(name):
    body = ARTICLES[name]
    assert_identical(body)
    for s, e in sentence_spans(body):
        assert_identical(body[s:e])
        assert_identical(typographic_to_ascii(body[s:e]))


_WORDS = [
    "good",
    "bad",
    "great",
    "awful",
    "happy",
    "sad",
    "not",
    "never",
    "no",
    "nor",
    "or",
    "but",
    "BUT",
    "very",
    "VERY",
    "extremely",
    "kind",
    "of",
    "sort",
    "kinda",
    "least",
    "at",
    "the",
    "shit",
    "bomb",
    "bad",
    "ass",
    "yeah",
    "right",
    "without",
    "doubt",
    "so",
    "this",
    "isn't",
    "don't",
    "aint",
    "GOOD",
    "BAD",
    "Good",
    "lol",
    ":)",
    ":(",
    ":D",
    "<3",
    "😁",
    "💘",
    "👍",
    "🙁",
    "!",
    "!!",
    "?",
    "??",
    "...",
    "'",
    '"',
    "-",
    "won't",
    "nothing",
    "despite",
    "rarely",
    "uh-uh",
    "kiss",
    "death",
    "to",
    "die",
    "for",
    "just",
    "enough",
    "hardly",
    "slightly",
    "utterly",
    "less",
    "most",
    "more",
    "success",
    "fail",
    # capitals and "n't" forms: the negation test reads the raw text for "'t" / "'T"
    "DON'T",
    "wasN'T",
    "n't",
    "NEVER",
    "THIS",
    "SO",
    "LEAST",
    "NO",
]
_SEPS = [" ", " ", " ", ", ", ". ", "! ", "? ", "\n", "", "  "]

vader_like = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), max_size=40).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)


@settings(max_examples=600, deadline=None)
@given(text=vader_like)
def test_identical_on_generated_rule_heavy_text(text):
    assert_identical(text)


@settings(max_examples=400, deadline=None)
@given(text=st.text(max_size=200))
def test_identical_on_arbitrary_unicode(text):
    assert_identical(text)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("goodbadnt' !?:)(😁ABCDEFGHX-.,\n")), max_size=80)
)
def test_identical_on_character_soup(text):
    assert_identical(text)


# --- sentiment() and score_columns() ---------------------------------------------------


def test_sentiment_frame_shape_and_offsets():
    text = ARTICLES["council_budget"]
    tone = sentiment(text)
    assert list(tone.columns) == ["start", "end", "text", "compound", "pos", "neu", "neg"]
    spans = sentence_spans(text)
    assert list(zip(tone["start"], tone["end"], strict=True)) == spans
    assert tone["text"].tolist() == [text[s:e] for s, e in spans]
    for row in tone.itertuples():
        expected = SIA.polarity_scores(typographic_to_ascii(row.text))
        assert (row.compound, row.pos, row.neu, row.neg) == (
            expected["compound"],
            expected["pos"],
            expected["neu"],
            expected["neg"],
        )
    assert tone["start"].dtype == np.int64 and tone["end"].dtype == np.int64
    for col in COLUMNS:
        assert tone[col].dtype == np.float64


def test_sentiment_of_empty_text_is_an_empty_frame():
    for text in ["", "   \n\n  "]:
        tone = sentiment(text)
        assert tone.empty
        assert list(tone.columns) == ["start", "end", "text", "compound", "pos", "neu", "neg"]


def test_typographic_marks_are_mapped_before_scoring():
    curly = "“It’s not good,” she said."
    tone = sentiment(curly)
    assert tone["text"].tolist() == [curly]  # original characters kept
    assert (
        tone["compound"].iloc[0] == SIA.polarity_scores('"It\'s not good," she said.')["compound"]
    )
    # Raw VADER misses both the negation and the quoted word.
    raw = sentiment(curly, normalise=False)["compound"].iloc[0]
    assert raw == SIA.polarity_scores(curly)["compound"]
    assert raw != tone["compound"].iloc[0]


def test_typographic_to_ascii_keeps_length():
    text = "‘a’ “b” c’d"
    out = typographic_to_ascii(text)
    assert len(out) == len(text)
    assert out == "'a' \"b\" c'd"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("a '\"£é‘’“”–€")), max_size=40))
def test_typographic_to_ascii_equals_the_translation(text):
    """Text without the four marks is returned as it is: the same as translating it."""
    table = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
    assert typographic_to_ascii(text) == text.translate(table)


def test_score_columns_are_polarity_scores_by_column():
    sentences = ["Good news.", "Terrible news!", "", "The bus stop moved.", "It’s HUGE, but fine."]
    columns = score_columns(sentences)
    assert len(columns) == len(COLUMNS) == 4
    for k, s in enumerate(sentences):
        d = SIA.polarity_scores(typographic_to_ascii(s))
        assert [c[k] for c in columns] == [d[name] for name in COLUMNS]
        assert all(type(c[k]) is float for c in columns)
    assert score_columns([]) == [[], [], [], []]


def test_score_columns_map_typographic_marks_unless_told_not_to():
    curly = score_columns(["It isn’t good"])
    assert curly == score_columns(["It isn't good"], normalise=False)
    raw = score_columns(["It isn’t good"], normalise=False)
    assert raw != curly
    d = SIA.polarity_scores("It isn’t good")
    assert [c[0] for c in raw] == [d[name] for name in COLUMNS]


def test_sentiment_accepts_a_body_with_many_paragraphs():
    body = "\n\n".join(ARTICLES.values())
    tone = sentiment(body)
    assert len(tone) == len(sentence_spans(body))
    assert isinstance(tone, pd.DataFrame)
    assert tone["compound"].between(-1, 1).all()

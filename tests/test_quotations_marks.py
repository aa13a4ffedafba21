"""Pairing quotation marks: mark styles, apostrophes, nesting, paragraphs, transcripts."""

from __future__ import annotations

import pandas as pd
import pytest
from fixtures.quotes import rows

from analysis import extract_quotes
from analysis.measures.quotations.marks import find_quote_spans, inside_quotes


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” Jane Roe said.",  # curly
        '"We will win," Jane Roe said.',  # straight
        '“We will win," Jane Roe said.',  # mixed “…"
        '"We will win,” Jane Roe said.',  # mixed "…”
        "''We will win,'' Jane Roe said.",  # NYT doubled apostrophes
        "«We will win,» Jane Roe said.",  # guillemets
    ],
)
def test_every_double_mark_style(text):
    assert rows(text, "text", "kind", "speaker", "cue") == [
        ("We will win,", "full", "Jane Roe", "said")
    ]


def test_single_marks_in_a_headline():
    t = "Plan Is a ‘Disaster’ for Farmers, Aides Say"
    assert rows(t, "text", "speaker") == [("Disaster", "Aides")]


def test_apostrophes_never_open_a_quotation():
    t = (
        "Iran’s envoy, who don’t rest, recalled the ’90s and rock ’n’ roll at 9 o’clock; "
        "the voters’ choice and ’em and the '80s and Iran's"
    )
    assert extract_quotes(t).empty


def test_quote_inside_a_quote_is_a_nested_row():
    t = "“He told me ‘never again,’ and I believed him,” Roe said."
    df = extract_quotes(t)
    assert df.text.tolist() == ["He told me ‘never again,’ and I believed him,", "never again,"]
    assert df.nested.tolist() == [False, True]
    assert df.parent.tolist() == [-1, 0]
    assert df.speaker.tolist()[0] == "Roe"
    assert pd.isna(df.speaker[1])


def test_nyt_inner_single_before_closing_double():
    t = "''She said, 'Eight years, no progress.''' Mr. Roe recalled."
    df = extract_quotes(t)
    assert df.text.tolist() == [
        "She said, 'Eight years, no progress.'",
        "Eight years, no progress.",
    ]
    assert df.speaker[0] == "Mr. Roe"


def test_quotation_over_paragraphs_is_one_row():
    t = (
        "Roe said:\n\n"
        "“The first part of the statement runs on.\n\n"
        "“The second part ends here.”\n\n"
        "Reporters left."
    )
    df = extract_quotes(t)
    assert len(df) == 1
    assert df.text[0] == "The first part of the statement runs on.\n\n“The second part ends here."
    assert (df.paragraph[0], df.paragraphs[0]) == (1, 2)
    assert df.speaker[0] == "Roe"
    assert t[df.start[0] : df.end[0]] == df.text[0]


def test_a_quote_inside_the_first_paragraph_of_a_long_quotation_keeps_it_open():
    # The first paragraph's only pair is a quote within the quotation, which goes on
    # in the next paragraph: one quotation, the inner one nested in it.
    t = (
        "As the foundation's website notes:\n\n"
        '"In 1960 they met. Written “at a time of crisis,” the statement sums it up.\n\n'
        '"Among its principles are these."\n\n'
        "Reporters left."
    )
    assert rows(t, "text", "nested") == [
        (
            "In 1960 they met. Written “at a time of crisis,” the statement sums it up."
            '\n\n"Among its principles are these.',
            False,
        ),
        ("at a time of crisis,", True),
    ]
    # Without a next paragraph that reopens, the pair is a quotation of its own.
    t = '"In 1960 they met. Written “at a time of crisis,” the statement sums it up.\n\nThen more.'
    assert rows(t, "text") == [("at a time of crisis,",)]


def test_reopened_paragraph_closed_by_a_comma_is_its_own_quotation():
    t = (
        "“The first part of the statement runs on.\n\n"
        "“The second part has its own attribution,” Roe said. “And more.”"
    )
    assert rows(t, "text", "paragraph", "paragraphs", "closed", "speaker") == [
        ("The first part of the statement runs on.", 0, 1, False, "Roe"),
        ("The second part has its own attribution,", 1, 1, True, "Roe"),
        ("And more.", 1, 1, True, "Roe"),
    ]


def test_transcript_turns_are_quotations_of_their_labels():
    t = (
        "The exchange went as follows:\n\n"
        '"HOST: Governor, will she be there?\n\n'
        '"LEE: Well, look, I think not.\n\n'
        '"HOST: But why?\n\n'
        '"LEE: Because we care."\n\n'
        "The show ended."
    )
    assert rows(t, "text", "speaker", "cue", "closed") == [
        ("Governor, will she be there?", "HOST", ":", False),
        ("Well, look, I think not.", "LEE", ":", False),
        ("But why?", "HOST", ":", False),
        ("Because we care.", "LEE", ":", True),
    ]
    # a label-like word in a single quotation is part of it
    assert rows("He tweeted: “BREAKING: We won.”", "text", "speaker") == [
        ("BREAKING: We won.", "He")
    ]


def test_unclosed_mark_stops_at_paragraph_end():
    t = "He said “this never closes.\n\nA new paragraph with “a real quote” later, he said."
    df = extract_quotes(t)
    assert df.text.tolist() == ["this never closes.", "a real quote"]
    assert df.closed.tolist() == [False, True]


def test_stray_closing_mark_is_ignored():
    assert rows('He is 6\'2" tall and said "fine" to that.', "text") == [("fine",)]


def test_mark_after_an_invisible_direction_mark_opens() -> None:
    # Pasted social-media text: a left-to-right embedding (U+202A) before a reversed opener.
    t = "Fans wrote back.\n\n\u202a”We love it, truly,” said Ann Lee."
    assert rows(t, "text", "kind", "speaker") == [("We love it, truly,", "full", "Ann Lee")]


def test_double_marks_inside_double_marks_nest() -> None:
    # “… “term” …”: the inner quotation closes first, the outer one goes on.
    t = "Lee wrote: “People here wear “Vote Early” shirts every day.”"
    assert rows(t, "text", "speaker", "nested", "parent") == [
        ("People here wear “Vote Early” shirts every day.", "Lee", False, -1),
        ("Vote Early", None, True, 0),
    ]
    # An opener never closed before the next quotation still starts afresh.
    t = "He said “we will win. “Go home,” she said, “now.”"
    assert rows(t, "text", "nested") == [("Go home,", False), ("now.", False)]


def test_two_openers_side_by_side_open_once() -> None:
    # A quotation pasted inside a blockquote's straight marks, and a doubled curly opener.
    t = '"“We will not win this way,” Lee said after the vote."'
    assert rows(t, "text", "speaker") == [("We will not win this way,", "Lee")]
    t = "The plan reads: ““Taxes must fall for every family in the state.”"
    assert rows(t, "text", "kind") == [("Taxes must fall for every family in the state.", "full")]


# -- find_quote_spans on its own: the spans, their marks and their structure ------------------


def _spans(text: str) -> list[tuple[str, str, bool, int, tuple[int, int]]]:
    """Each span as (words, words with marks, closed, parent, paragraphs)."""
    return [
        (text[q.start : q.end], text[q.outer_start : q.outer_end], q.closed, q.parent, q.paragraphs)
        for q in find_quote_spans(text)
    ]


def test_spans_give_the_words_and_the_marks_around_them() -> None:
    text = "He said “yes” and ‘no’ twice."
    assert _spans(text) == [
        ("yes", "“yes”", True, -1, (0, 0)),
        ("no", "‘no’", True, -1, (0, 0)),
    ]
    spans = find_quote_spans(text)
    assert [q.double for q in spans] == [True, False]


def test_a_quote_inside_a_quote_points_at_its_parent() -> None:
    text = "“He told me ‘never again’ twice,” she said."
    (outer, inner) = find_quote_spans(text)
    assert (outer.parent, inner.parent) == (-1, 0)
    assert outer.children == [1]
    assert text[inner.start : inner.end] == "never again"
    assert outer.start < inner.outer_start < inner.outer_end < outer.end


def test_a_long_quotation_reopened_by_the_next_paragraph_is_one_span() -> None:
    text = "“The first part goes on\n\n“and ends here.” She left.\n\nThe end."
    words = "The first part goes on\n\n“and ends here."
    assert _spans(text) == [(words, f"“{words}”", True, -1, (0, 1))]


def test_an_unclosed_mark_ends_at_its_paragraph() -> None:
    text = "She said “this never closes\n\nNext paragraph “here” ends."
    assert _spans(text) == [
        ("this never closes", "“this never closes", False, -1, (0, 0)),
        ("here", "“here”", True, -1, (1, 1)),
    ]


def test_apostrophes_make_no_span() -> None:
    assert _spans("Rock ’n’ roll in the ’90s: don’t, Iran’s, voters’ choice, ’til then.") == []


def test_a_paragraph_reopened_and_closed_by_a_comma_has_its_own_span() -> None:
    text = "“We will stay.\n\n“We will win,” she said."
    assert _spans(text) == [
        ("We will stay.", "“We will stay.", False, -1, (0, 0)),
        ("We will win,", "“We will win,”", True, -1, (1, 1)),
    ]


def test_inside_quotes_is_true_between_the_marks_of_top_level_spans() -> None:
    text = 'A "b ‘c’ d" e.'
    inside = inside_quotes(find_quote_spans(text))
    assert [i for i in range(len(text)) if inside(i)] == list(range(2, 11))

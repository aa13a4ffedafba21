"""The kind of a quotation: full, partial or scare (titles, terms, subheads, notes)."""

from __future__ import annotations

import pytest
from fixtures.quotes import rows


def test_kinds_full_partial_scare():
    t = (
        "“The budget is balanced,” Finance Minister Ana Soto said.\n\n"
        "Soto warned that the plan was “reckless and late.”\n\n"
        "Critics watched the “Midnight Hour” show on Friday."
    )
    assert rows(t, "text", "kind") == [
        ("The budget is balanced,", "full"),
        ("reckless and late.", "partial"),
        ("Midnight Hour", "scare"),
    ]


def test_scare_quote_has_no_speaker():
    t = "The so-called “reform” package passed in the night."
    assert rows(t, "text", "kind", "speaker") == [("reform", "scare", None)]


def test_a_preposition_or_number_opening_the_sentence_is_no_speaker():
    t = "Across the state, voters wanted “real change.”"
    assert rows(t, "kind", "speaker") == [("scare", None)]
    t = "Thirty percent of voters “strongly agree” with the plan."
    assert rows(t, "kind", "speaker") == [("scare", None)]
    # Nor do "Of …" and a question's auxiliary.
    t = "Of the ten photos only one showed her “wings”."
    assert rows(t, "kind", "speaker") == [("scare", None)]
    t = "Is the party not against the laws “in principle”?"
    assert rows(t, "speaker") == [(None,)]


def test_modifier_quote_is_scare():
    t = "Supporters pushed the “law and order” message all week."
    assert rows(t, "kind") == [("scare",)]
    # after an adjective or a conjunction inside the noun phrase
    t = "The inmates moved to a federal “supermax” prison in Utah."
    assert rows(t, "kind") == [("scare",)]
    t = "Ann Lowe visited her rich and “restless” friends."
    assert rows(t, "kind") == [("scare",)]


def test_single_quoted_subhead_paragraph_is_scare():
    t = "The mayor spoke first.\n\n‘A Long Night Ahead.’\n\nThe council met at noon."
    assert rows(t, "kind", "speaker") == [("scare", None)]
    # between dashes, as agencies set subheads
    t = "The mayor spoke first.\n\n– ‘We stay’ –.\n\nThe council met at noon."
    assert rows(t, "kind", "speaker") == [("scare", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Gov. Ada Park said on an episode of “The Late Hour” that she would run.",
        "Gov. Ada Park praised the documentary, “13th,” in a speech.",
        "Gov. Ada Park revived the “Contract with America” in a speech.",
        "“Broad Daylight” star Tom Reyes said he would run.",
        # a show after "on", "told", "with"; short capitalised words make a title too
        "Sen. Bo Lund defended the plan on “Sunday Forum” last week.",
        "Sen. Bo Lund told “Good Day America” that he would act.",
        "Sen. Bo Lund said in an interview with “The Big Talk.”",
        "Sen. Bo Lund said on Monday’s “New Day” that he would act.",
        # a work named after its genre noun or its editor
        "Ray Dunn, who stars in the hospital drama, “Night Shift,” spoke at the gala.",
        "Mia Roth, a co-editor of “Modern Voters,” said the vote was close.",
    ],
)
def test_titles_of_works_are_scare(text):
    assert rows(text, "kind") == [("scare",)]


@pytest.mark.parametrize(
    "text",
    [
        "For years the mayor cast herself as the “Builder of Bridges,” in every speech.",
        "The trade route was sold to farmers as a “ladder” of prosperity.",
        "The squad, known as the “Night Owls,” was disbanded in May.",
        "The harbor town has been called the “Pearl of the Coast” for a century.",
        "Old rivals long referred to the “Iron Chancellor” in private.",
    ],
)
def test_a_name_given_after_as_or_called_the_is_not_scare(text):
    # Someone gives the name, so it is reported (partial), unlike a title of a work.
    assert rows(text, "kind") == [("partial",)]


def test_a_name_after_as_the_that_modifies_a_noun_stays_scare():
    t = "He ran as the “outsider” candidate in the race."
    assert rows(t, "kind") == [("scare",)]
    t = "As the “Stop Now” movement grew, donors left."
    assert rows(t, "kind") == [("scare",)]


def test_a_bracketed_note_in_quotation_marks_is_no_quotation():
    # A transcriber's stage direction or a source tag: nobody is quoted saying it.
    t = 'Lee walked on stage.\n\n"(APPLAUSE.)"\n\n"Thank you," Lee said.'
    assert rows(t, "text", "kind", "speaker") == [
        ("(APPLAUSE.)", "scare", None),
        ("Thank you,", "full", "Lee"),
    ]
    t = "Turnout was up.“[Daily Ledger.]"
    assert rows(t, "kind") == [("scare",)]
    # brackets inside the words do not count
    assert rows("“(We will) win,” she said.", "kind", "speaker")[0][1] == "she"


def test_cued_modifier_quote_is_reported_speech():
    t = "Rep. Al Moss said the agency did an “awful” job in the flood."
    assert rows(t, "kind", "speaker", "cue") == [("partial", "Rep. Al Moss", "said")]
    t = "Rep. Al Moss attacked what he dubbed “the paper plan.”"
    assert rows(t, "kind", "cue") == [("partial", "dubbed")]


def test_quoted_line_in_capitals_alone_is_a_subhead() -> None:
    # An agency subhead quoting someone in capitals, a paragraph of its own: nobody speaks.
    t = "The talks ended.\n“DIVISIVE AND WRONG”\nLee will work with the winner."
    assert rows(t, "kind", "speaker") == [("scare", None)]
    # Capitals inside a sentence are still speech.
    assert rows("“NO WAY,” he shouted.", "kind", "speaker") == [("full", "he")]


def test_title_before_an_appositive_naming_the_work_is_scare() -> None:
    t = "The studio bought the rights to “Dark Water,” a thriller about a banker, last year."
    assert rows(t, "kind") == [("scare",)]
    t = 'To top it off, "River Town," a new movie about the city, opens this week.'
    assert rows(t, "kind") == [("scare",)]
    # A person after the comma is a speaker, not a kind of work.
    assert rows("“We Will Win,” a spokesman said.", "kind", "speaker") == [("full", "a spokesman")]


def test_speech_verb_before_a_short_quote_reports_it_without_a_speaker() -> None:
    # The subject is out of reach (a dash-led clause), but "calling" still reports the words.
    t = "— Two weeks on, after a row that split the council, calling the plan a “total mess.”"
    assert rows(t, "text", "kind") == [("total mess.", "partial")]
    t = "The ones who stayed, with nothing left, warned of a “long” winter ahead."
    assert rows(t, "kind") == [("partial",)]
    # With no speech verb the words stay scare; a passive naming verb gives a usual name.
    t = "— Two weeks on, after a row that split the council, the plan was a “total mess.”"
    assert rows(t, "kind") == [("scare",)]
    t = "The deal creates what are called “free zones” along the border."
    assert rows(t, "kind") == [("scare",)]


def test_title_after_titled_is_the_documents_own_words() -> None:
    # A memo or an ad named with "titled"/"entitled" is quoted: its authors' words.
    t = "On Monday her campaign released a memo titled “The Road Ahead.”"
    assert rows(t, "kind") == [("partial",)]
    t = "The group's new ad, entitled “Broken Promises,” runs this week."
    assert rows(t, "kind") == [("partial",)]
    # The same title after a work noun alone stays a name.
    assert rows("The group's new ad “Broken Promises” runs this week.", "kind") == [("scare",)]


def test_a_quotation_cited_with_its_year_is_a_name() -> None:
    # A slogan or work followed by its year in parentheses is cited, not spoken here.
    t = "The party ran on “Close the border!” (2005) and “Jobs first” (poster 2009)."
    assert rows(t, "kind") == [("scare",), ("scare",)]
    # A year later in the sentence changes nothing.
    assert rows("“We will win,” Roe said in a speech (2005).", "kind") == [("full",)]


def test_a_quotation_dated_by_a_year_before_it_is_a_name() -> None:
    # "his 1994 “Contract with America”": a determiner and a year date a named thing.
    t = "It was part of his 1994 “Contract with America.” Later, the 2010 “Expulsion Plan” came."
    assert rows(t, "kind") == [("scare",), ("scare",)]
    t = "The tax rose in the January 2013 “fiscal cliff” deal."
    assert rows(t, "kind") == [("scare",)]
    # A year as the sentence's subject does not: "that 2016 “is going to be …”".
    t = "Roe said that 2016 “is going to be a national security election.”"
    assert rows(t, "kind") == [("partial",)]


@pytest.mark.parametrize(
    "text",
    [
        "ABC is axing its revival of “The Muppets,” and CBS said it would cut more.",
        "Isabelle, the heroine of “Opening Belle,” is a banker, Ms. Sherry said.",
        "Norbert Leo Butz stars in “Girls, Girls, Girls” at a club downtown, he said.",
        "The network canceled “Minority Report,” based on the film, Mr. Lee said.",
        "Hulu paid $1 million an episode to stream “Seinfeld,” the report said.",
    ],
)
def test_titles_after_revival_heroine_stars_in_or_canceled_are_scare(text: str) -> None:
    assert rows(text, "kind") == [("scare",)]

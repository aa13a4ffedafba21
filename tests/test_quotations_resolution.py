"""Who a speaker mention stands for: speaker_name."""

from __future__ import annotations

import pytest
from fixtures.quotes import rows

from analysis import extract_quotes


def test_pronoun_resolves_to_the_last_person_who_spoke():
    t = (
        "Prime Minister Leila Haddad said the talks would resume.\n\n"
        "“We will not walk away,” she said."
    )
    assert rows(t, "speaker", "speaker_name") == [("she", "Leila Haddad")]


def test_surname_resolves_to_the_earlier_full_name():
    t = "Donald Trump spoke first.\n\n“It went well,” Trump said."
    assert rows(t, "speaker_name") == [("Donald Trump",)]


def test_mr_surname_resolves_to_the_full_name():
    t = "Senator Paul Grant arrived late.\n\n“We will see,” Mr. Grant said."
    assert rows(t, "speaker_name") == [("Paul Grant",)]


def test_definite_description_resolves_to_the_named_body():
    t = (
        "Japan's foreign ministry said the visit was useful.\n\n"
        "The visit was “a step forward,” the ministry said."
    )
    assert rows(t, "speaker", "speaker_name") == [("the ministry", "Japan's foreign ministry")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A capitalised run before the surname crosses a full stop: the name opens
        # its sentence, and a word of the sentence before is no part of it.
        (
            "The final was played in Cardiff. John Toshack said the team was poor.\n\n"
            "“It hurts,” Toshack said.",
            "John Toshack",
        ),
        # A full name right before a full stop is still found after it.
        (
            "The new coach is Dave Collins. Collins said the job was hard.\n\n"
            "“It is hard,” Collins said.",
            "Dave Collins",
        ),
        # A sentence's conjunction or adverb is no first name.
        ("Dana Reed arrived in Cardiff. But Reed said: “It hurts.”", "Dana Reed"),
        ("Ann Cole won the vote.\n\nLater Ann Cole spoke. Cole said: “It hurts.”", "Ann Cole"),
        # A month after "last" is a date, not a first name.
        (
            "Danny Grewcock plays for Bath. Last June Grewcock was banned.\n\n"
            "“It was an accident,” Grewcock said.",
            "Danny Grewcock",
        ),
        # A determiner is no name: an unnamed source, not "A" or the text before it.
        ("The show was Jump Jump. A spokeswoman said it was in “early stages”.", None),
        # A description with no name in it, then the name as its appositive.
        (
            "The club's head of media, Jo Lund, said the team was ready.\n\n"
            "“We are ready,” she said.",
            "Jo Lund",
        ),
        ("The Higher Education Minister, Kim Howe, said: “We agree.”", "Kim Howe"),
        # A cue opening its sentence ("Speaking later,") has no subject before it.
        (
            "Tom Lin said the team was ready. Fans loved the game. Speaking later, he said: “Yes.”",
            "Tom Lin",
        ),
        # A sentence adverb after the subject is no part of it ("Lee though said").
        ("Ann Lee won.\n\nLee though blamed the wind: “It was strong.”", "Ann Lee"),
        # A phrase before the cue never ends in "of"/"for": the subject comes first.
        (
            "Jo Lin, the mayor, scolded Roe for saying it: “We will see.”\n\n“Maybe,” she said.",
            "Jo Lin",
        ),
        # A pronoun resolves past an adverb that stood where a subject would.
        ("Gatland has not yet offered Matt a deal.\n\n“We will see,” he said.", "Gatland"),
    ],
)
def test_names_stay_inside_their_sentence(text: str, name: str | None) -> None:
    assert rows(text, "speaker_name")[-1] == (name,)


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        ("Theresa May told reporters: “We will go on.”", "Theresa May", "Theresa May"),
        (
            "Theresa May, the shadow secretary, told reporters: “We will go on.”",
            "Theresa May, the shadow secretary",
            "Theresa May",
        ),
        ("Brian May said: “We will rock you.”", "Brian May", "Brian May"),
        ("George Will wrote: “Nonsense.”", "George Will", "George Will"),
        ("April Ryan said: “Ask the question.”", "April Ryan", "April Ryan"),
        ("Prime Minister Theresa May arrived.\n\n“Yes,” Mrs May said.", "Mrs May", "Theresa May"),
        # After a preposition the month is a date, and a title-case cue makes a headline.
        ("It opens in May.\n\nMrs May said: “Yes.”", "Mrs May", "May"),
        ("Priebus later Thursday told reporters: “We are united.”", "Priebus", "Priebus"),
    ],
)
def test_a_month_or_modal_after_a_first_name_is_a_surname(
    text: str, speaker: str, name: str
) -> None:
    assert rows(text, "speaker", "speaker_name")[-1] == (speaker, name)


def test_a_title_case_modal_before_the_cue_stays_a_verb() -> None:
    assert rows("Trump Will Say “No” To Deal", "speaker") == [("Trump",)]


def test_it_resolves_to_an_organisation():
    t = "The State Department said the meeting took place.\n\n“It was useful,” it said."
    assert rows(t, "speaker_name") == [("State Department",)]


def test_a_person_of_a_place_is_the_person_and_a_lone_pronoun_names_no_one() -> None:
    rows = extract_quotes(
        "''This is a disaster,'' said Senator Jane Roe of Ohio.\n\n“We will appeal,” she said."
    )
    assert rows["speaker_name"].tolist()[0] == "Jane Roe"
    lone = extract_quotes("“We will appeal,” she said.")
    assert lone["speaker"].tolist() == ["she"]
    assert lone["speaker_name"].isna().tolist() == [True]

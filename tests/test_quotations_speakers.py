"""Who is quoted, as people and institutions: speaker_name, type, gender, evidence and id.

The examples of issue 14, written for these tests (no corpus text), and property
tests: a speaker's name is NA or words of the article outside the quotation
itself; a name has one id in every article.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from fixtures.quotes import rows
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis
from analysis import extract_quotes
from analysis.measures.quotations.noun_phrases import ABBREVIATED_TITLES
from analysis.measures.quotations.resolution import speaker_id
from analysis.units.spans import sentence_spans

SPEAKER = ("speaker", "speaker_name", "speaker_type", "speaker_gender", "speaker_gender_evidence")


def test_a_pronoun_is_the_person_named_before_never_a_word_of_the_quotation() -> None:
    text = 'Mayor Jane Smith spoke on Monday.\n\n"I cannot tell," she said.'
    assert rows(text, *SPEAKER) == [("she", "Jane Smith", "person", "female", "text")]


def test_titles_and_short_forms_are_the_fullest_name() -> None:
    text = (
        "President Barack Obama spoke on Monday. “We will act,” Obama said. "
        "“Soon,” Mr. Obama added. “Now,” he said."
    )
    assert rows(text, "speaker", "speaker_name") == [
        ("Obama", "Barack Obama"),
        ("Mr. Obama", "Barack Obama"),
        ("he", "Barack Obama"),
    ]
    text = "“We will cut taxes,” Chancellor Gordon Brown said. “Not now,” Brown added."
    assert rows(text, "speaker_name") == [("Gordon Brown",), ("Gordon Brown",)]


def test_the_fullest_name_may_come_later_in_the_article() -> None:
    text = "“We will see,” Cruz said.\n\nSenator Ted Cruz of Texas spoke later."
    assert rows(text, "speaker_name") == [("Ted Cruz",)]


def test_a_newspaper_is_one_organisation_however_it_is_called() -> None:
    text = (
        "The Washington Post reported the deal. “We stand by it,” the newspaper said. "
        "“It holds,” The Washington Post said."
    )
    assert rows(text, "speaker_name", "speaker_type") == [
        ("Washington Post", "organisation"),
        ("Washington Post", "organisation"),
    ]


def test_organisation_variants_and_short_forms_are_one_speaker() -> None:
    text = (
        "Russia's foreign ministry said it was “deeply concerned”. The Russian foreign "
        "ministry said the move was “unacceptable”. The ministry said it would “respond”."
    )
    got = extract_quotes(text)
    assert got["speaker_id"].nunique() == 1
    assert set(got["speaker_type"]) == {"organisation"}
    text = "Acme Corp reported losses. “We are sorry,” the company said."
    assert rows(text, "speaker_name", "speaker_type") == [("Acme Corp", "organisation")]


def test_a_role_description_is_the_person_given_that_role() -> None:
    text = "“I am ready,” Senator Tom Green said. “We are ready,” the senator added."
    assert rows(text, "speaker_name") == [("Tom Green",), ("Tom Green",)]
    text = (
        "Candidate Maria Lopez spoke first. Gov. Al Poe spoke next.\n\n"
        "“We will win,” the candidate said."
    )
    assert rows(text, "speaker_name") == [("Maria Lopez",)]


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("“No comment,” a senior official said.", "a senior official", "person"),
        ("“Later,” aides said.", "aides", "group"),
        ("“It is wrong,” the letter said.", "the letter", "document"),
        ("“We object,” critics said.", "critics", "group"),
        ("“Not yet,” one diplomat said.", "one diplomat", "person"),
    ],
)
def test_an_unnamed_source_keeps_its_mention_and_has_no_name(
    text: str, speaker: str, kind: str
) -> None:
    got = extract_quotes(text)
    assert got["speaker"].tolist() == [speaker]
    assert got["speaker_name"].isna().all() and got["speaker_id"].isna().all()
    assert got["speaker_type"].tolist() == [kind]


def test_a_resident_of_a_town_is_the_person_not_the_town() -> None:
    # News gives a member of the public an age and a home town: the town is no speaker.
    text = "Ann Lee, 44, of Dayton, Ohio, said: “It is fine.” Later “We wait,” she said."
    assert rows(text, "speaker", "speaker_name") == [
        ("Ann Lee, 44, of Dayton, Ohio", "Ann Lee"),
        ("she", "Ann Lee"),
    ]
    text = "Jo Roe, of Ashton, Md., who watched the ceremony, said it was “a long time coming.”"
    assert rows(text, "speaker_name") == [("Jo Roe",)]
    # An office in a place is no home town: the name before the appositive stays.
    text = "Jo Roe, the mayor of Dayton, Ohio, said: “No.”"
    assert rows(text, "speaker_name") == [("Jo Roe",)]


def test_a_person_of_an_organisation_is_the_person() -> None:
    text = (
        "Jo Smith of the Brookings Institution said: “No.” "
        "“It was the least bad outcome,” said Mr. Morgan of the Sierra Club. "
        "“Not so,” said Lord Nicholls of Birkenhead."
    )
    assert rows(text, "speaker_name", "speaker_type") == [
        ("Jo Smith", "person"),
        ("Morgan", "person"),
        ("Nicholls", "person"),
    ]
    # Without a person before it, the organisation speaks.
    assert rows("“No,” the Bank of England said.", "speaker_name") == [("Bank of England",)]


def test_a_common_word_opening_a_sentence_is_no_name() -> None:
    # "Plans" is capitalised only where it opens a sentence and written "plans" elsewhere.
    text = "The minister spoke.\n\nPlans include “new money” for schools. Teachers like the plans."
    assert rows(text, "speaker", "speaker_name") == [("Plans", None)]
    # A surname stays a name, and a possessor's organisation keeps its own words.
    assert rows("Brown said the deal was “fair”. Brown left.", "speaker_name") == [("Brown",)]
    text = "“Never,” the People's Daily newspaper said."
    assert rows(text, "speaker_name") == [("People's Daily newspaper",)]


def test_a_date_written_with_a_slash_leads_a_name() -> None:
    text = "“They are wrong,” said 9/11 widow Terry Strada.\n\nShe continued, “We ask.”"
    assert rows(text, "speaker", "speaker_name") == [
        ("9/11 widow Terry Strada", "Terry Strada"),
        ("She", "Terry Strada"),
    ]


def test_words_of_the_sentence_beside_a_known_name_are_stepped_over() -> None:
    text = (
        "Donald Trump spoke in Ohio. Mr. Trump hardly clarified the matter, asserting, "
        "“Of course, I pay taxes.” In a Bloomberg interview Trump declared “NATO may be "
        "obsolete.”"
    )
    assert rows(text, "speaker", "speaker_name") == [
        ("Mr. Trump hardly", "Donald Trump"),
        ("a Bloomberg interview Trump", "Donald Trump"),
    ]


def test_a_name_tied_to_the_speaker_is_not_the_speaker() -> None:
    # A spokesman for her, her brief, and a noun the name modifies are someone else.
    text = (
        "Hillary Clinton spoke. A spokesman for Hillary Clinton said “no.” "
        "Hillary Clinton's brief says “never.” Clinton campaign aides said “later.”"
    )
    assert [name for (name,) in rows(text, "speaker_name")] == [None, None, None]


def test_gender_from_pronouns_and_honorifics_of_the_article_first() -> None:
    text = (
        "“It is over,” said Mrs Lee. “It is not,” said Sir Alan Poe. “Maybe,” said Dame Edna Ray."
    )
    assert rows(text, "speaker_name", "speaker_gender", "speaker_gender_evidence") == [
        ("Lee", "female", "text"),
        ("Alan Poe", "male", "text"),
        ("Edna Ray", "female", "text"),
    ]
    # A pronoun that refers to the person is evidence from the text.
    text = "Robin Vale spoke on Monday. She said the plan was “fair”."
    assert rows(text, "speaker_name", "speaker_gender", "speaker_gender_evidence") == [
        ("Robin Vale", "female", "text")
    ]


def test_gender_from_an_unambiguous_first_name_never_from_a_surname() -> None:
    assert rows("“Yes,” Margaret Hale said.", "speaker_gender", "speaker_gender_evidence") == [
        ("female", "name")
    ]
    # Pat is borne by women and men: unknown; a surname alone says nothing.
    assert rows("“Yes,” Pat Lee said.", "speaker_gender", "speaker_gender_evidence") == [
        ("unknown", None)
    ]
    assert rows("“Yes,” Kelly said.", "speaker_gender", "speaker_gender_evidence") == [
        ("unknown", None)
    ]


def test_a_pronoun_among_several_people_is_the_one_of_its_gender() -> None:
    # Clinton is a woman by her first name, so "he" is Sanders ("Bernie" decides nothing).
    text = (
        "Hillary Clinton met Bernie Sanders on Monday. Clinton thanked Sanders before he "
        'left.\n\n"We are proud," Sanders said.'
    )
    assert rows(text, "speaker_name", "speaker_gender", "speaker_gender_evidence") == [
        ("Bernie Sanders", "male", "text")
    ]
    # Any form of the pronoun, among several people: "his" is Sanders's.
    text = (
        "Bernie Sanders spoke on Monday. Sanders still senses anger at Hillary Clinton "
        'among his supporters.\n\n"Some people," Sanders said.'
    )
    assert rows(text, "speaker_name", "speaker_gender") == [("Bernie Sanders", "male")]
    # A possessive in a phrase fronted before the only person named is that person's:
    # a man named Lindsey.
    text = 'In his speech, Lindsey Graham urged action.\n\n"Neither do I," Graham said.'
    assert rows(text, "speaker_name", "speaker_gender") == [("Lindsey Graham", "male")]
    # Not a possessive inside the subject's own description, nor a clause's subject.
    text = (
        "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
        "“We agree.”"
    )
    assert rows(text, "speaker_gender") == [("male",)]
    # Two men and "he": nothing said of either.
    text = (
        "John Smith met Bernie Sanders on Monday. Smith thanked Sanders before he "
        'left.\n\n"We are proud," Sanders said.'
    )
    assert rows(text, "speaker_gender") == [("unknown",)]


def test_mr_is_no_woman_named_only_later() -> None:
    text = (
        "President Obama spoke on Saturday. “It is about me,” Mr. Obama said.\n\n"
        "The campaign will employ Mr. Obama and the first lady, Michelle Obama."
    )
    assert rows(text, "speaker_name", "speaker_gender") == [("Obama", "male")]
    # A woman's first name does not stop "Mr." after her full name (the name may mislead).
    text = "Lindsey Graham spoke. “No,” Mr. Graham said."
    assert rows(text, "speaker_name", "speaker_gender") == [("Lindsey Graham", "male")]


def test_an_honorific_in_a_clause_about_someone_else_is_not_the_speakers() -> None:
    text = (
        "Tom Fitton, the president of Judicial Watch, a group that sued over Mrs. Clinton's "
        "emails, said: “It will cast a shadow.”"
    )
    assert rows(text, "speaker_name", "speaker_gender") == [("Tom Fitton", "male")]
    text = "Mrs. Lee's lawyer said: “We will appeal.”"
    assert rows(text, "speaker_name", "speaker_gender") == [(None, "unknown")]


def test_organisations_and_groups_have_no_gender() -> None:
    got = extract_quotes("“We disagree,” the Labour Party said. “No,” voters said.")
    assert got["speaker_type"].tolist() == ["organisation", "group"]
    assert got["speaker_gender"].isna().all() and got["speaker_gender_evidence"].isna().all()


def test_an_abbreviated_title_is_no_sentence_end_nor_the_speaker() -> None:
    text = "Talks stalled.\n\n“We will win,” said Del. Ann Lee of the Virgin Islands."
    assert rows(text, "speaker", "speaker_name") == [
        ("Del. Ann Lee of the Virgin Islands", "Ann Lee")
    ]


def test_people_named_for_their_cause_are_an_organisation() -> None:
    text = "“Tax cuts help the rich,” said Americans for Prosperity."
    assert rows(text, "speaker_name", "speaker_type") == [
        ("Americans for Prosperity", "organisation")
    ]
    # The mention finder stops at "Without"; the organisation it ends is still the speaker.
    text = (
        "A spokesman for Reporters Without Borders, which tracks press freedom, "
        "described the sentence as “harsh”."
    )
    assert rows(text, "speaker_name", "speaker_type") == [
        ("Reporters Without Borders", "organisation")
    ]


def test_a_country_after_of_is_no_short_form_of_the_organisation() -> None:
    text = "Bank of Ireland shares rose. Ireland's economic ‘miracle’ goes on, officials said."
    assert ("Bank of Ireland",) not in rows(text, "speaker_name")


def test_a_sentence_adverb_opens_no_name_and_leaves_the_subject_the_subject() -> None:
    assert rows("Even China said, “Stop it now.”", "speaker_name", "speaker_type") == [
        ("China", "organisation")
    ]
    for opener in ("Perhaps", "And even"):
        # The subject after the adverb is whom the next "he" refers to, not Trudeau.
        text = (
            f"Justin Trudeau spoke at length. {opener} Barack Obama tried to help, noting "
            'that he would stay out.\n\n"It is not my job," he said.'
        )
        assert rows(text, "speaker", "speaker_name") == [("he", "Barack Obama")]


def test_a_nickname_inside_a_name_is_not_a_quotation() -> None:
    text = "Rally held.\n\n“This is a big year!” Rep. Robert C. “Bobby” Scott shouted."
    assert rows(text, "kind", "speaker") == [("full", None), ("scare", None)]
    # Nor is it a word of an organisation's name ("Cia" is not the CIA).
    text = "Rally held.\n\n“We will win!” Scott's niece, state Del. Marcia “Cia” Price, shouted."
    assert rows(text, "speaker_name")[0] == ("Marcia “Cia” Price",)


def test_a_headline_names_the_people_its_capitals_run_together() -> None:
    text = (
        "Hillary Clinton Goes After Donald Trump As A Rival.\n\n"
        "If it worked before, Clinton said, “it will work again.”"
    )
    assert rows(text, "speaker", "speaker_name") == [("Clinton", "Hillary Clinton")]
    # A first name and a word the article never writes again is no one.
    text = (
        "Hillary Asking Moderator To Check Facts.\n\n"
        "Hillary Clinton's team wrote to him. “Check,” Hillary said."
    )
    assert rows(text, "speaker_name") == [("Hillary Clinton",)]


def test_the_same_person_has_the_same_id_across_articles() -> None:
    one = extract_quotes("“We will win,” Tony Blair said.")
    two = extract_quotes("Tony Blair spoke. “We will win,” Blair said.")
    three = extract_quotes("“We will not,” Mr Blair said.")
    assert one["speaker_id"][0] == two["speaker_id"][0] == speaker_id("Tony Blair")
    assert three["speaker_id"][0] == speaker_id("Blair") != speaker_id("Tony Blair")


def test_speaker_columns_in_the_quotes_table() -> None:
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "body": [
                "Tony Blair spoke. “We will win,” Blair said.",
                "“It is over,” Tony Blair said. “No,” a spokesman said.",
            ],
        }
    )
    quotes = analysis.analyze(arts).quotes
    assert quotes["speaker_id"].tolist()[:2] == [speaker_id("Tony Blair")] * 2
    assert quotes["speaker_name"].isna().tolist() == [False, False, True]


# -- properties ------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "“We will win,” ",
        "“It is over.” ",
        "he said. ",
        "she said. ",
        "they said. ",
        "it said. ",
        "Jane Roe said ",
        "Mayor Tom Poe said ",
        "Mr. Poe said ",
        "the mayor said ",
        "a senior official said ",
        "the ministry said ",
        "Russia's foreign ministry said ",
        "The Washington Post reported ",
        "the newspaper said ",
        "Acme Corp said ",
        "the company said ",
        "aides said ",
        "Roe added ",
        "“Tom Poe is wrong,” ",
        "“Ask Mr. Lee,” ",
        "\n\n",
        ". ",
        ", ",
        "”",
        "“",
    ]
)
_WORD = re.compile(r"[^\W_]+")


def _outside(text: str, start: int, end: int) -> str:
    return (text[:start] + " " + text[end:]).lower()


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_a_speaker_name_is_na_or_words_of_the_article_outside_its_quotation(text: str) -> None:
    got = extract_quotes(text)
    for r in got.itertuples():
        if pd.isna(r.speaker_name):
            continue
        assert r.speaker_name[:1].isupper()
        outside = _outside(text, r.start, r.end)
        for word in _WORD.findall(r.speaker_name.lower()):
            assert word in outside, (r.speaker_name, text)


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join), st.lists(_PIECES, max_size=20).map("".join))
def test_a_name_has_one_id_in_every_article(first: str, second: str) -> None:
    ids: dict[str, set[str]] = {}
    for text in (first, second):
        for r in extract_quotes(text).itertuples():
            if not pd.isna(r.speaker_name):
                ids.setdefault(r.speaker_name, set()).add(r.speaker_id)
    assert all(len(v) == 1 for v in ids.values())
    assert all(v == {speaker_id(k)} for k, v in ids.items())


@pytest.mark.parametrize("short", sorted(ABBREVIATED_TITLES))
def test_an_abbreviated_title_ends_no_sentence(short: str) -> None:
    title = short.capitalize() + "."
    assert len(sentence_spans(f"Yesterday {title} Ann Lee spoke.")) == 1

"""extract_quotes: marks, kinds, speakers, cues and name resolution on written examples."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import extract_quotes
from analysis.measures.quotations.cues import CUE_FORMS, cue_words, is_cue
from analysis.measures.quotations.engine import COLUMNS

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7c307cd8212ecb45.txt"


def rows(text: str, *cols: str) -> list[tuple]:
    df = extract_quotes(text)
    cols = cols or ("text",)
    return [
        tuple(None if pd.isna(v) else v for v in r) for r in df[list(cols)].itertuples(index=False)
    ]


# ----------------------------------------------------------------- the frame


def test_empty_text_gives_empty_frame_with_columns_and_dtypes():
    df = extract_quotes("")
    assert list(df.columns) == COLUMNS
    assert len(df) == 0
    full = extract_quotes("“Yes,” she said.")
    assert df.dtypes.to_dict() == full.dtypes.to_dict()
    assert str(full.dtypes["speaker_start"]) == "Int64"
    assert str(full.dtypes["text"]) == "string"


def test_text_without_quotes_gives_empty_frame():
    assert extract_quotes("No one said anything at all.").empty


def test_offsets_exclude_marks_and_match_text_column():
    t = "The mayor said: “We are ready.” Then she left."
    df = extract_quotes(t)
    assert (df.start[0], df.end[0]) == (t.index("We"), t.index("”"))
    assert t[df.start[0] : df.end[0]] == df.text[0] == "We are ready."


# ----------------------------------------------------------------- mark styles


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


# ----------------------------------------------------------------- kinds


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


# ----------------------------------------------------------------- attribution patterns


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“We are ready,” Maria Lopez said.", "Maria Lopez", "said"),
        ("“We are ready,” said Maria Lopez, a spokeswoman.", "Maria Lopez", "said"),
        ("Maria Lopez said: “We are ready.”", "Maria Lopez", "said"),
        ("According to Maria Lopez, “we are ready.”", "Maria Lopez", "According to"),
        ("Maria Lopez told reporters, “We are ready.”", "Maria Lopez", "told"),
        ("“We are ready,” Maria Lopez said in a statement.", "Maria Lopez", "said"),
        ("“We are ready.” — Maria Lopez", "Maria Lopez", "—"),
        ("“We are ready.” ― Maria Lopez", "Maria Lopez", "―"),
        ("The senator warned that the plan was “reckless.”", "The senator", "warned"),
        ("“We are ready,” she tweeted on Monday.", "she", "tweeted"),
        ("“We are ready,” the ministry wrote.", "the ministry", "wrote"),
        ("“We are ready,” Lopez added.", "Lopez", "added"),
        ("“We are ready,” Lopez has repeatedly stated.", "Lopez", "stated"),
        (
            "Lopez, the party’s chairwoman, says “we are ready.”",
            "Lopez, the party’s chairwoman",
            "says",
        ),
        ("Sen. Ann Lee (D-Ore.) said “we are ready.”", "Sen. Ann Lee (D-Ore.)", "said"),
    ],
)
def test_attribution_patterns(text, speaker, cue):
    df = extract_quotes(text)
    assert len(df) == 1
    assert (df.speaker[0], df.cue[0]) == (speaker, cue)
    assert text[df.speaker_start[0] : df.speaker_end[0]] == speaker
    assert text[df.cue_start[0] : df.cue_end[0]] == cue


def test_colon_in_previous_paragraph_introduces_the_quote():
    t = "Governor Tom Hale said in a statement:\n\n“The bridge will reopen in May.”"
    assert rows(t, "speaker", "cue", "speaker_name") == [("Governor Tom Hale", "said", "Tom Hale")]


def test_unattributed_paragraph_continues_the_previous_speaker():
    t = (
        "“We start on Monday,” said Coach Dana Pike.\n\n"
        "“Nobody will miss practice. Nobody.”\n\n"
        "The team trains at noon."
    )
    assert rows(t, "text", "speaker") == [
        ("We start on Monday,", "Coach Dana Pike"),
        ("Nobody will miss practice. Nobody.", "Coach Dana Pike"),
    ]


def test_second_quote_after_he_said_in_same_paragraph():
    t = "“It was late,” he said. “We were tired.”"
    assert rows(t, "speaker") == [("he",), ("he",)]


def test_split_quote_around_the_cue():
    t = "“The first half,” Mr. Park said, “and the second half.”"
    assert rows(t, "text", "speaker") == [
        ("The first half,", "Mr. Park"),
        ("and the second half.", "Mr. Park"),
    ]


def test_relative_pronoun_is_the_speaker_and_resolves_to_its_noun():
    t = "The vote went to Mayor Ruth Adler, who said the result was “a fresh start.”"
    assert rows(t, "speaker", "speaker_name", "cue") == [("who", "Ruth Adler", "said")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“This is a relief,” Ana Ruiz bemoaned.", "Ana Ruiz", "bemoaned"),
        ("“Go home,” Ana Ruiz barked at the crowd.", "Ana Ruiz", "barked"),
        ("“It will be fine,” Ana Ruiz assured the crowd.", "Ana Ruiz", "assured"),
        ("“No more delays,” the marchers chanted.", "the marchers", "chanted"),
        ("Ana Ruiz referred to the rival as “a tired man.”", "Ana Ruiz", "referred"),
        ("A new study found that rents were “out of control.”", "A new study", "found"),
    ],
)
def test_added_cue_verbs(text, speaker, cue):
    assert rows(text, "speaker", "cue") == [(speaker, cue)]


def test_participle_cue_after_an_object_takes_the_sentence_subject():
    t = "The town council issued a statement Friday saying the fee was “unfair.”"
    assert rows(t, "speaker", "cue") == [("The town council", "saying")]
    t = "The former governor emailed supporters saying “the fight goes on.”"
    assert rows(t, "speaker", "cue") == [("The former governor", "saying")]


def test_participle_cue_after_a_time_lead_in_takes_the_subject():
    t = "Hours later, Ms. Ortiz returned the favour, telling reporters “he is a friend.”"
    assert rows(t, "speaker", "cue") == [("Ms. Ortiz", "telling")]


def test_outer_reporting_verb_takes_a_nested_report():
    t = "Senator Ida Holm said that her aide had told donors the bill was “dead on arrival.”"
    assert rows(t, "speaker", "cue") == [("Senator Ida Holm", "said")]


def test_a_coordinated_clause_has_its_own_speaker():
    t = "“It is fine,” Ann Lee says, but she cautions that she sees “two sides to it.”"
    assert rows(t, "speaker", "cue") == [("Ann Lee", "says"), ("she", "cautions")]
    t = "Reid said both men are weak, but he gave Cruz a compliment: “You never have to guess.”"
    assert rows(t, "speaker", "cue") == [("he", None)]


def test_according_to_names_the_outer_source_of_a_report():
    t = "“We can vote as we wish,” Walker said, according to a local radio account."
    assert rows(t, "speaker", "cue") == [("a local radio account", "according to")]
    t = "According to two aides, Roe said the plan is “dead.”"
    assert rows(t, "speaker", "cue") == [("two aides", "According to")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“We lost,” Sen. Pat Toomey fumed on Tuesday.", "Sen. Pat Toomey", "fumed"),
        ("“Go home!” the crowd screamed back.", "the crowd", "screamed"),
        ("“Close the border,” the sign read.", "the sign", "read"),
        (
            "“It is a slump,” like the fall in stocks, said Ann Lee, an economist.",
            "Ann Lee",
            "said",
        ),
    ],
)
def test_right_attributions_without_a_listed_cue(text, speaker, cue):
    assert rows(text, "speaker", "cue") == [(speaker, cue)]


def test_a_surname_that_is_a_verb_form_is_not_a_cue():
    t = "“We will merge,” Ian Read said on Monday."
    assert rows(t, "speaker", "cue") == [("Ian Read", "said")]


def test_passive_after_a_quote_is_not_an_attribution():
    assert rows("“Fine,” the deal was signed by Roe.", "speaker") == [(None,)]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Ban Ki-moon condemned what he called a “brazen breach” of the rules.",
            "Ban Ki-moon",
            "called",
        ),
        ("In one tweet Friday, Trump said: “Nobody knows.”", "Trump", "said"),
        (
            "In a Facebook message posted Friday, Cruz said he had “areas of disagreement.”",
            "Cruz",
            "said",
        ),
        ("When my mother asked, I laughed and said, “I do not believe it.”", "I", "said"),
        (
            "“We will go,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said.",
            "Rep. Jim Jordan (R-Ohio), an oversight panel member",
            "said",
        ),
        (
            "When pressed, the 34-year-old mother of three replied, “It is meant to help.”",
            "the 34-year-old mother of three",
            "replied",
        ),
        ("Despite what he wrote, Cross said he was “proud of it.”", "Cross", "said"),
        # "and" + cue after a verb with an object: that verb's subject
        (
            "It was sharper when Rep. Ann Lowe knocked Mr. Dale on taxes and called him a “phony.”",
            "Rep. Ann Lowe",
            "called",
        ),
        # a passive cue: the agent after "by" speaks
        (
            "The probe, often labeled as a “witch hunt” by Democrats, goes on.",
            "Democrats",
            "labeled",
        ),
        # a conjunction opening the sentence without a comma
        (
            "Yet she did not stop there, also calling on voters to reject “cruelty.”",
            "she",
            "calling",
        ),
        # a description before the comma, the name in the appositive
        ("One voter at the diner, Ada Stone, said she was “still undecided.”", "Ada Stone", "said"),
        # a lead-in holding commas of its own; a dateline with an agency
        (
            "At a fair in Ames, Iowa, on Monday, Senator Lee Park backed Ms. Ruiz, saying "
            "she would “do the job well.”",
            "Senator Lee Park",
            "saying",
        ),
        (
            "DENVER (AP) — Governor Ivy Hale attacked the plan, saying that “rash cuts” would "
            "hurt schools.",
            "Governor Ivy Hale",
            "saying",
        ),
    ],
)
def test_outer_clause_speakers(text, speaker, cue):
    assert rows(text, "speaker", "cue") == [(speaker, cue)]


def test_comma_closed_quote_takes_the_cue_right_after_it():
    t = "In her speech, Ana Ruiz declared the need for will: “Change the world,” she said."
    assert rows(t, "speaker", "cue", "speaker_name") == [("she", "said", "Ana Ruiz")]


def test_relative_pronoun_after_a_dash():
    t = "Front-runner Dan Ortiz - who once said he would “fix it” - spoke on Monday."
    assert rows(t, "speaker", "speaker_name") == [("who", "Dan Ortiz")]


def test_participle_and_subordinate_cues_give_way_to_the_main_verb():
    t = "Asked whether the plan would pass, Mayor Ken Obi said: “I hope so.”"
    assert rows(t, "speaker", "cue") == [("Mayor Ken Obi", "said")]
    t = "As reporters asked about the vote, Mayor Ken Obi told them: “We did it.”"
    assert rows(t, "speaker", "cue") == [("Mayor Ken Obi", "told")]


def test_time_phrase_between_subject_and_cue_is_skipped():
    t = "Mayor Ken Obi at the time said the deal was “a bargain.”"
    assert rows(t, "speaker", "cue") == [("Mayor Ken Obi", "said")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # sentence subject without a cue verb: a determiner phrase, an appositive
        ("The new ad featured “a fair deal for all.”", "The new ad", None),
        (
            "Gov. Lu Chen, a Democrat from Ohio, delivered a warning: “Do not test us.”",
            "Gov. Lu Chen, a Democrat from Ohio",
            None,
        ),
        # "as X put it", possessor of a speech noun
        ("As Professor Ann Foner put it: “We do better.”", "Professor Ann Foner", "put it"),
        ("“We do better,” as Ann Foner puts it.", "Ann Foner", "puts it"),
        (
            "The Ohio senator’s answer was that “the family comes first.”",
            "The Ohio senator’s",
            "answer",
        ),
    ],
)
def test_subject_phrase_and_possessive_speakers(text, speaker, cue):
    assert rows(text, "speaker", "cue") == [(speaker, cue)]


def test_possessive_speaker_only_when_the_quote_is_what_the_noun_says():
    t = "Fact-checkers ruled that Mr. Vance’s statement about crime was “true.”"
    assert rows(t, "speaker") == [("Fact-checkers",)]


def test_noun_forms_after_an_adjective_are_not_cues():
    t = "Analysts rated 30 percent of Republican claims as “false.”"
    assert rows(t, "speaker", "cue") == [("Analysts", None)]
    t = "He defended his early-morning tweets as “honest.”"
    assert rows(t, "speaker", "cue") == [("He", None)]


def test_put_it_is_a_cue_only_before_punctuation():
    t = "He put it in the box and called it “junk.”"
    assert rows(t, "cue") == [("called",)]


# ----------------------------------------------------------------- name resolution


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
        # A determiner is no name: the description, not "A" or the text before it.
        ("The show was Jump Jump. A spokeswoman said it was in “early stages”.", "spokeswoman"),
        # A description with no name in it, then the name as its appositive.
        (
            "The club's head of media, Jo Lund, said the team was ready.\n\n"
            "“We are ready,” she said.",
            "Jo Lund",
        ),
        ("The Higher Education Minister, Kim Howe, said: “We agree.”", "Kim Howe"),
        # A cue opening its sentence ("Speaking later,") has no subject before it.
        (
            "Jo Lin said the team was ready. Fans loved the game. Speaking later, he said: “Yes.”",
            "Jo Lin",
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
def test_names_stay_inside_their_sentence(text: str, name: str) -> None:
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


# ----------------------------------------------------------------- cues


def test_cue_forms_cover_every_tense():
    for word in [
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "told",
        "tweeted",
        "writes",
        "wrote",
        "warns",
        "warned",
        "adding",
        "admitted",
        "quipped",
    ]:
        assert is_cue(word), word
    assert not is_cue("house")
    assert "according to" not in CUE_FORMS
    t = "According to aides, she later told them."
    assert [t[s:e] for s, e in cue_words(t)] == ["According to", "told"]


# ----------------------------------------------------------------- the seed corpus


def _seed_bodies() -> tuple[str, str]:
    raw = SEED.read_text(encoding="utf-8")
    first = raw[
        raw.index("Russian Foreign Minister Sergei Lavrov and US Secretary") : raw.index(
            "Trump Says Israeli Strike on Iran Could Happen"
        )
    ].strip()
    second = raw[raw.index("US President Donald Trump said Thursday") :].strip()
    return first, second


def test_seed_article_one_quotes_and_speakers():
    body, _ = _seed_bodies()
    assert rows(body, "text", "kind", "speaker", "speaker_name", "cue") == [
        ("unilateral barriers", "partial", "Moscow", "Moscow", "said"),
        (
            "in the interests of removing the unilateral barriers to mutually beneficial trade, "
            "economic and investment cooperation inherited from the previous administration,",
            "partial",
            "Russia's foreign ministry",
            "Russia's foreign ministry",
            "said",
        ),
        (
            "In addition, they discussed the opportunity to potentially work together on a "
            "number of other bilateral issues,",
            "full",
            "it",
            "US State Department",
            "said",
        ),
        (
            "expressed their mutual willingness to interact on pressing international issues, "
            "including the settlement around Ukraine, the situation around Palestine and in "
            "general in the Middle East in general",
            "partial",
            "Russia",
            "Russia",
            "said",
        ),
        (
            "mutually respectful interstate dialogue",
            "partial",
            "the ministry",
            "Russia's foreign ministry",
            "said",
        ),
        (
            "the conditions for the functioning of Russian diplomatic missions",
            "partial",
            "The Russian foreign ministry",
            "Russian foreign ministry",
            "said",
        ),
        (
            "to agree on specific steps to mutually remove obstacles to the work of Russian and "
            "US missions abroad,",
            "partial",
            "the ministry",
            "Russian foreign ministry",
            "said",
        ),
    ]


def test_seed_article_two_quotes_and_speakers():
    _, body = _seed_bodies()
    trump = ("Trump", "Donald Trump")
    assert rows(body, "text", "kind", "speaker", "speaker_name", "cue") == [
        ("massive conflict", "partial", "US President Donald Trump", "Donald Trump", "said"),
        (
            "I don’t want to say imminent, but it looks like it’s something that could very "
            "well happen,",
            "full",
            *trump,
            "said",
        ),
        (
            "Look, it’s very simple, not complicated. Iran cannot have a nuclear weapon.",
            "full",
            *trump,
            "said",
        ),
        (
            "As long as I think there is a (chance for an) agreement, I don’t want them going "
            "in because I think it would blow it,",
            "full",
            *trump,
            "stated",
        ),
        (
            "We have a lot of American people in this area. And I said, we got to tell them to "
            "get out because something could happen soon,",
            "full",
            *trump,
            "said",
        ),
        (
            "And I don’t want to be the one that didn’t give any warning, and missiles are "
            "flying into their buildings. It’s possible. So I had to do it.",
            "full",
            *trump,
            "said",
        ),
        (
            "Iran has no choice but to respond to this political resolution,",
            "full",
            "the Iranian Foreign Ministry and Atomic Energy Organization",
            "Iranian Foreign Ministry and Atomic Energy Organization",
            "said",
        ),
    ]


def test_seed_headline_single_quote():
    t = "Lavrov, Rubio Discuss Removal of ‘Barriers’ Set by Previous US Administration, Russia Says"
    assert rows(t, "text", "kind", "speaker", "cue") == [("Barriers", "partial", "Russia", "Says")]


def test_a_person_of_a_place_is_the_person_and_a_lone_pronoun_names_no_one() -> None:
    rows = extract_quotes(
        "''This is a disaster,'' said Senator Jane Roe of Ohio.\n\n“We will appeal,” she said."
    )
    assert rows["speaker_name"].tolist()[0] == "Jane Roe"
    lone = extract_quotes("“We will appeal,” she said.")
    assert lone["speaker"].tolist() == ["she"]
    assert lone["speaker_name"].isna().tolist() == [True]


def test_sentence_case_headline_name_colon_speaks() -> None:
    # "Name: claim" is the headline form of "Name said claim", title case or not.
    t = "Mayor Ortiz: Budget plan is 'a bad joke' for parks.\n\nThe council meets today."
    assert rows(t, "text", "kind", "speaker", "cue") == [
        ("a bad joke", "partial", "Mayor Ortiz", ":")
    ]
    # A long paragraph with sentences after the label is not a headline.
    body = "Update: The board met on Monday. Its 'rainy day' fund is empty.\n\nMore later."
    assert rows(body, "kind") == [("scare",)]


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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A time phrase between the subject and the cue is not part of the subject.
        ("Senator Jo Park last week said the plan was “a disaster.”", "Senator Jo Park"),
        (
            "Senator Jo Park (D-Ohio) this morning said the plan was “a disaster.”",
            "Senator Jo Park (D-Ohio)",
        ),
        # "now" before the cue is an adverb, never the speaker.
        ("“We will rebuild,” the mayor now says.", "the mayor"),
    ],
)
def test_time_words_before_the_cue_are_not_the_speaker(text: str, speaker: str) -> None:
    assert rows(text, "speaker") == [(speaker,)]


def test_subject_with_a_party_tag_speaks() -> None:
    # "Rep. X (D-N.Y.) reacted …, saying": the tag in parentheses belongs to the name.
    t = "On Thursday, Rep. Jo Park (D-N.Y.) reacted to the news, saying: “This is a disgrace.”"
    assert rows(t, "speaker", "cue") == [("Rep. Jo Park (D-N.Y.)", "saying")]


def test_heading_and_dash_before_name_colon() -> None:
    # A digest item: "HEADING - Name: “…”"; the name after the dash is the source.
    t = "TURNOUT WAS HIGH - Dana Lee: “More people voted than in any year since 1960.”"
    assert rows(t, "speaker", "cue") == [("Dana Lee", ":")]


def test_contracted_sentence_openers_are_not_speakers() -> None:
    # "That’s", "It's", "There’s" open a sentence but nobody speaks through them.
    for t in (
        "It's time to “go big” on taxes.",
        "That’s why voters want to “go big” on taxes.",
        "There’s a reason they “go big” on taxes.",
    ):
        assert rows(t, "speaker", "kind") == [(None, "scare")], t


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An appositive between dashes, as between commas.
        (
            "Ann Lee — a nurse from Dayton — says the mayor’s support was “a real help.”",
            "Ann Lee — a nurse from Dayton",
        ),
        # A quoted title inside the appositive, commas and all.
        (
            'Bob Stone, the author of "Lost Roads," about the region, said towns had '
            '"a shared story" once.',
            'Bob Stone, the author of "Lost Roads," about the region',
        ),
        # Two appositives in a row: the name before both.
        (
            "Mary Fox, a lawyer who once worked for Sen. Jo Doe (R-Ohio), one of the "
            "plan’s authors, called it “a very big step.”",
            "Mary Fox, a lawyer who once worked for Sen. Jo Doe (R-Ohio), one of the "
            "plan’s authors",
        ),
    ],
)
def test_appositives_before_the_cue(text: str, speaker: str) -> None:
    assert rows(text, "speaker")[-1] == (speaker,)


def test_lead_in_commas_are_not_a_chain_of_appositives() -> None:
    t = "In Ohio, Iowa, the mayor, a Democrat, said it was “fine.”"
    assert rows(t, "speaker") != [("Iowa, the mayor, a Democrat",)]


def test_quotation_inside_the_speaker_mention_is_not_theirs() -> None:
    # The pins' slogan describes the speaker; neither the cue nor continuation gives it him.
    t = "“We lost,” Bill Lee, wearing a hat and “Vote Lee” pins, said."
    assert rows(t, "text", "kind", "speaker") == [
        ("We lost,", "full", "Bill Lee, wearing a hat and “Vote Lee” pins"),
        ("Vote Lee", "scare", None),
    ]


def test_two_openers_side_by_side_open_once() -> None:
    # A quotation pasted inside a blockquote's straight marks, and a doubled curly opener.
    t = '"“We will not win this way,” Lee said after the vote."'
    assert rows(t, "text", "speaker") == [("We will not win this way,", "Lee")]
    t = "The plan reads: ““Taxes must fall for every family in the state.”"
    assert rows(t, "text", "kind") == [("Taxes must fall for every family in the state.", "full")]


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


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        # The name is the mention's part before the appositive, dash or comma.
        (
            "Ann Lee - a nurse from Dayton - said: “We are ready.”",
            "Ann Lee - a nurse from Dayton",
            "Ann Lee",
        ),
        # A lead-in before the name and its appositive is not the name.
        (
            "Following Mr Stone's announcement, lawyer Ann Lee, who represents the men, "
            "said: “We will appeal.”",
            "lawyer Ann Lee, who represents the men",
            "Ann Lee",
        ),
        # The object of a preposition is no speaker: none rather than a place.
        (
            "Dr Bo Li, who was born in Leeds, in the North, before becoming an MP, "
            "said: “It was cold.”",
            None,
            None,
        ),
    ],
)
def test_appositive_chains_and_lead_ins(text: str, speaker: str | None, name: str | None) -> None:
    row = extract_quotes(text).iloc[0]
    assert (None if pd.isna(row["speaker"]) else row["speaker"]) == speaker
    assert (None if pd.isna(row["speaker_name"]) else row["speaker_name"]) == name


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


def test_a_term_opening_a_sentence_that_defines_it_is_a_name() -> None:
    t = "The emails were marked. “Top secret” is the highest level of classification."
    assert rows(t, "kind") == [("scare",)]
    # "… was the message from X" reports someone's words.
    t = "We landed. “Welcome to Hanover” was the message from the pilot."
    assert rows(t, "kind") == [("full",)]
    # A quoted sentence with its own verb stays a quotation.
    t = "He paused. “The plan is a disaster,” Roe said."
    assert rows(t, "kind") == [("full",)]


@pytest.mark.parametrize(
    "text",
    [
        "Politifact checked Trump’s claim that there have been “thousands of shootings” there.",
        "Trump stood by his comment Monday that “Islam hates us,” aides said.",
        "Young voters prefer Sanders' call for “revolution” over caution.",
    ],
)
def test_a_short_quotation_after_a_possessors_speech_noun_is_their_words(text: str) -> None:
    assert rows(text, "kind") == [("partial",)]


def test_a_possessed_noun_that_is_not_speech_leaves_a_term() -> None:
    assert rows("The mayor’s office runs the “stop and frisk” unit.", "kind") == [("scare",)]


def test_a_languages_gloss_is_a_term() -> None:
    t = "He said Veritas - Latin for “truth” - would avoid the old parties' lies."
    assert [k for (k,) in rows(t, "kind")] == ["scare"]
    # "for" after another capitalised word is no gloss.
    t = "Trump mocked Marco Rubio for “having a tough night,” aides said."
    assert rows(t, "kind") == [("partial",)]


def test_liken_is_a_cue() -> None:
    t = "Conservative co-chairman Liam Fox likened the two men to “self-obsessed schoolboys”."
    assert rows(t, "speaker", "cue") == [("Conservative co-chairman Liam Fox", "likened")]


def test_a_headline_closing_on_a_quotation_reports_words() -> None:
    # A title-case headline that ends on a short quotation reports someone's words.
    t = "Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\nWASHINGTON — The caucus met."
    assert rows(t, "kind") == [("partial",)]
    # Inside the headline, a short quotation stays a name.
    t = "Democrats Lose Court Battle Over Ohio’s ‘Golden Week’ Of Early Voting\n\nThe court ruled."
    assert rows(t, "kind") == [("scare",)]
    # A sentence-case line is no headline: the short quotation stays a term.
    t = "It was a simple ‘surrender.’\n\nThe court ruled."
    assert rows(t, "kind") == [("scare",)]


def test_a_title_followed_by_its_author_is_a_name() -> None:
    # "“Title,” by Author": a work cited, whatever its length and wherever it stands.
    t = "Her recent read, “The Long Road Home: Ten Years on the Border,” by Ann Lee, helped."
    assert rows(t, "kind") == [("scare",)]
    # A passive attribution after a verb stays the agent's words.
    t = "The claims were dismissed as “Total Nonsense” by Senator Jo Lee."
    assert rows(t, "kind") == [("partial",)]

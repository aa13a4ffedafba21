"""Who says a quotation: the speaker mention and cue each pattern gives."""

from __future__ import annotations

import pandas as pd
import pytest
from fixtures.quotes import rows

from analysis import extract_quotes
from analysis.measures.quotations.attribution import attribute, carry_over
from analysis.measures.quotations.cue_scan import cues_in
from analysis.measures.quotations.marks import find_quote_spans, inside_quotes
from analysis.measures.quotations.noun_phrases import np_after, np_before
from analysis.measures.quotations.subjects import subject_at
from analysis.units.article import ArticleText


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“We are ready,” Maria Lopez said.", "Maria Lopez", "said"),
        ("“We are ready,” the email said in its first line.", "the email", "said"),
        ("Her tweet said “we are ready.”", "Her tweet", "said"),
        (
            "“We are ready,” Jo Lee, Sanders’ campaign manager, said.",
            "Jo Lee, Sanders’ campaign manager",
            "said",
        ),
        (
            "Jo Lee, who runs the drive for veterans' families, said, “We are ready.”",
            "Jo Lee, who runs the drive for veterans' families",
            "said",
        ),
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
        ("“Go home!” the crowd screamed back.", "the crowd", "screamed back"),
        ("“Not again,” Dana Roe shot back with a laugh.", "Dana Roe", "shot back"),
        ("“Is that so?” Roe went on, as if nobody had spoken.", "Roe", "went on"),
        ("“It cannot last,” he points out.", "he", "points out"),
        ("“Keep the levy as it is,” it recommended.", "it", "recommended"),
        ("“We are not done,” an angry Lafitte retaliated.", "an angry Lafitte", "retaliated"),
        # Verb first, whatever the verb (issue 14).
        ("“Oh, dear!” cried Catherine.", "Catherine", "cried"),
        ("“You are late,” returned the stranger.", "the stranger", "returned"),
        ("“Quite so,” added Mr. Collins.", "Mr. Collins", "added"),
        ("“Quite so,” cried Tom Hale Jr.", "Tom Hale Jr.", "cried"),
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


@pytest.mark.parametrize(
    "text",
    [
        # An object after a verb that is no speech cue: a new event, not an attribution.
        "“We lost,” he said. “Why stay?” Ann Roe put her house up for sale.",
        # A preposition inside the phrase, a title cut before its full stop.
        "The host of ''Evening,'' reminded his staff about Mr. Lee's work.",
    ],
)
def test_a_verb_in_speech_position_needs_a_speaker_and_no_object(text):
    last = extract_quotes(text).iloc[-1]
    assert pd.isna(last.speaker) or last.speaker == "he"


def test_a_cue_ending_the_previous_paragraph_introduces_the_quote():
    t = "Lydia laughed, and said,\n\n“Oh, it is only a joke.”"
    assert rows(t, "speaker", "cue") == [("Lydia", "said")]
    t = "Then the mayor replied,\n\n“We will see.”"
    assert rows(t, "speaker", "cue") == [("the mayor", "replied")]


def test_the_sentence_before_introduces_a_quotation_without_attribution():
    t = "Ann Roe broke with her party, saying she would vote no. “It is wrong and I will say so.”"
    assert rows(t, "speaker", "cue") == [("Ann Roe", "saying")]
    t = "The judge then turned to the clerk. “Is the witness here?”"
    assert rows(t, "speaker", "cue") == [("The judge", None)]
    # A paragraph before: only when it reports speech.
    t = "Ann Roe said the vote would come before the summer.\n\n“We have the numbers for it.”"
    assert rows(t, "speaker", "cue") == [("Ann Roe", "said")]
    t = "Ann Roe was launching her bid for the seat.\n\n“This is a big year for all of us!”"
    assert rows(t, "speaker") == [(None,)]
    # A short term is no sentence of anyone's.
    t = "The plan passed in the spring. “Fair share” is the phrase of the season."
    assert rows(t, "speaker") == [(None,)]


def test_a_clause_after_a_quotation_has_its_own_cue():
    t = (
        "Ann Roe, the police chief, said the tape did not give “clear visual evidence of a "
        "weapon,” but she said that other evidence “supports what we have heard.”"
    )
    assert rows(t, "speaker") == [("Ann Roe, the police chief",), ("she",)]


def test_a_coordinated_clause_with_and_counts_by_its_cue_only():
    t = (
        "She said fathers would not be covered, and when pressed on why, the mother of "
        "three replied, “It is meant to help the mother.”"
    )
    assert rows(t, "speaker", "cue") == [("the mother of three", "replied")]
    # "and" joining a list opens no clause.
    t = "Jo Lee said he expects Ann, Bo, and Cy to “do the right thing.”"
    assert rows(t, "speaker") == [("Jo Lee",)]


def test_the_writers_aside_and_i_quote_is_no_cue():
    t = "No wonder Roe said, and I quote, “We love the tired voters.”"
    assert rows(t, "speaker", "cue") == [("Roe", "said")]


def test_what_it_called_is_the_clause_subjects():
    t = "The city council condemned the test as what it called “a clear threat to peace.”"
    assert rows(t, "speaker", "cue") == [("The city council", "called")]


def test_a_year_between_subject_and_cue_is_stepped_over():
    t = "It was Mr. Hale, now the leader, who in 2010 said the goal was “one term.”"
    assert rows(t, "speaker", "cue") == [("who", "said")]


def test_according_to_counts_in_the_sentence_of_the_cue_only():
    t = (
        "Ann Roe weighed in, saying the city should release the tapes “without delay.” "
        "Roe plans to visit on Sunday, according to an aide."
    )
    assert rows(t, "speaker", "cue") == [("Ann Roe", "saying")]


def test_as_x_put_it_with_a_phrase_before_the_comma():
    t = "As Ms. Orr put it in a letter to Mr. J. Hale in May, the plan is “a fine mess.”"
    assert rows(t, "speaker", "cue") == [("Ms. Orr", "put it")]
    t = "He put it in the oven, and Roe said it was “done.”"
    assert rows(t, "speaker", "cue") == [("Roe", "said")]


@pytest.mark.parametrize("marks", ['"…,"', "“…,”", "''…,''"])
def test_an_appositive_ending_in_a_quoted_title(marks):
    title = marks.replace("…", "Lost Roads")
    t = f"Bob Stone, the author of {title} said, “We lost.”"
    assert rows(t, "speaker")[-1] == (f"Bob Stone, the author of {title}",)


def test_a_comma_before_a_nested_closing_mark_closes_the_clause():
    t = "Dr. Ann Orr scolded him: “You called them ‘cures,’” she said. “That is wrong.”"
    df = extract_quotes(t)
    top = df[~df.nested]
    assert top.speaker.tolist() == ["she", "she"]


def test_after_a_full_stop_the_attribution_must_follow_the_closing_mark():
    t = "“It is over.” Ann Orr, the chair, said on Monday."
    assert rows(t, "speaker", "cue") == [("Ann Orr, the chair", "said")]
    t = (
        "Ann Roe said the allies were “free riders.” Bo Lee, the nominee, has been even "
        "more scathing, threatening to leave."
    )
    assert rows(t, "speaker", "cue") == [("Ann Roe", "said")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A lead-in opening with "Following".
        (
            "Following a long meeting, the council issued a statement calling it “a crime.”",
            "the council",
        ),
        # A lead-in whose quotation closes before the subject.
        (
            "On “Face the Facts,” Sen. Ann Orr (Vt.), who lost the race, told voters “no more.”",
            None,
        ),
        (
            "On “Face the Facts,” Sen. Ann Orr (Vt.), who lost the race, identified “fatigue.”",
            "Sen. Ann Orr (Vt.), who lost the race",
        ),
        # An appositive after a party tag, an auxiliary after the appositive.
        (
            "Sen. Ann Orr (D-Ore.), in particular, has been calling him a “con artist” for months.",
            "Sen. Ann Orr (D-Ore.), in particular",
        ),
    ],
)
def test_sentence_subjects_after_lead_ins_and_appositives(text, speaker):
    got = rows(text, "speaker")[-1][0]
    assert got == speaker or (speaker is None and got is not None)


def test_no_subject_from_inside_an_unclosed_quotation():
    # A quotation left open within its paragraph: its first word is no subject.
    t = (
        'Mr Lee said the world had changed.\n\n"It has changed," he said. "We no longer '
        "hear the case: 'Good people, but a wasted vote'. \"You do not hear that now.\""
    )
    assert rows(t, "speaker") == [("he",), ("he",), ("he",)]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Critics seized on Roe’s claim that there were “thousands of votes” lost.",
            "Roe’s",
            "claim",
        ),
        (
            "Contrary to his claim that people would “learn nothing,” much was learned.",
            "his",
            "claim",
        ),
        ("Her answer was: “Not now.”", "Her", "answer"),
        ("In his words, “it is over.”", "his", "words"),
    ],
)
def test_a_possessors_claim_and_its_that_clause(text, speaker, cue):
    assert rows(text, "speaker", "cue") == [(speaker, cue)]


def test_a_pronoun_possessor_needs_a_link_to_the_quotation():
    t = "Roe said that an official in her position “should have known better.”"
    assert rows(t, "speaker") == [("Roe",)]


def test_point_out_is_a_cue_and_point_alone_is_none():
    assert rows("It also points out that “the fines are light.”", "speaker", "cue") == [
        ("It", "points out")
    ]
    assert rows("As the paper pointed out, “the fines are light.”", "speaker") == [("the paper",)]
    assert rows("She lost by 13 points on a “clean house” theme.", "speaker") == [(None,)]


def test_a_lone_verb_is_no_noun_phrase():
    t = "The board ruled it “fair,” but they could not resist pointing out the cost."
    assert rows(t, "speaker")[0][0] != "resist"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A long lead-in, a participle, a sentence adverb before the comma.
        (
            "On the eve of the vote in the capital of the northern province of the country, "
            "Ann Orr rallied her party by warning that “the seat is in danger.”",
            "Ann Orr",
        ),
        (
            "Weighing in on the fight, former Gov. Bo Lee agreed, praising her as “gifted.”",
            "former Gov. Bo Lee",
        ),
        (
            "Moreover, as part of the exchange, Bo Lee cited a report that “few emails” survived.",
            "Bo Lee",
        ),
        # Determiner and quantifier phrases with a time phrase or an aside before the verb.
        (
            "The Lee campaign on Monday also doubled down, saying she is ready “on paper” only.",
            "The Lee campaign",
        ),
        (
            "The Lee campaign, in a memo to donors, put it bluntly: “We are broke.”",
            "The Lee campaign",
        ),
        (
            "In May, several groups granted him more time, saying his “capital was short.”",
            "several groups",
        ),
    ],
)
def test_subjects_of_participle_cues_and_of_sentences(text, speaker):
    assert rows(text, "speaker")[-1] == (speaker,)


def test_a_participles_object_is_no_speaker():
    t = "Bo Lee has called the plan “reckless,” accusing it of “hiding the costs.”"
    assert rows(t, "speaker") == [("Bo Lee",), ("Bo Lee",)]
    t = "Ann Orr summed up the plan as “terrible,” denounced her rival and said no."
    assert rows(t, "speaker") == [("Ann Orr",)]


def test_a_quotation_in_a_lead_in_that_reports_speech_is_the_main_subjects():
    t = "After saying her foot was “so swollen I could not walk,” she was taken to a clinic."
    assert rows(t, "speaker") == [("she",)]
    t = "With ‘fair share,’ Ann Orr escalates the debate."
    assert rows(t, "speaker", "kind") == [(None, "scare")]


def test_the_sentence_before_introduces_a_quotation_after_a_title():
    t = (
        "On “Face It,” Sen. Ann Orr, who lost the race, named fatigue as the reason. "
        "“The young are tired of all of it.”"
    )
    assert rows(t, "speaker")[-1] == ("Sen. Ann Orr, who lost the race",)


def test_a_cue_form_after_a_and_an_adjective_is_a_noun():
    t = "Mr. Lee expressed a deep regret for “my failures in office.”"
    assert rows(t, "speaker") == [("Mr. Lee",)]
    t = "In a separate email exchange, Mr. Lee passed along a request for “a favor.”"
    assert rows(t, "speaker") == [("Mr. Lee",)]


def test_a_passive_cue_has_no_speaker():
    t = (
        "When their turn came and they were announced, Mr. Lee recalled the host "
        "“looked at me funny.”"
    )
    assert rows(t, "speaker") == [("Mr. Lee",)]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Orr, tired, responded: “What does it matter now?” Her critics cited it as proof.",
        "Ann Orr announced the suit. “We seek an order.” She further announced that it would end.",
    ],
)
def test_after_a_sentence_end_a_cue_with_an_object_reports_something_else(text):
    assert rows(text, "speaker")[0][0].startswith("Ann Orr")


def test_a_reporting_sentence_between_quotations_introduces_the_next():
    t = (
        "“Prices will rise,” said Ann Lee, an economist. “Banks know it.” "
        "Lee added that the bank wants out. “They will move soon.”"
    )
    assert rows(t, "speaker") == [("Ann Lee",), ("Ann Lee",), ("Lee",)]
    t = "“We wait,” Bo Lee said. He didn't suggest a date. “Our goal is peace.”"
    assert rows(t, "speaker") == [("Bo Lee",), ("Bo Lee",)]


def test_speech_left_open_in_a_paragraph_introduces_nobody():
    # A quotation reopened for each sentence, only the last one closed: the middle
    # sentence is quoted speech, not a narrative sentence with a subject.
    t = (
        'Lee praised them.\n\nHe said: "Chelsea are doing well. "They have a good team. '
        'They have shown they can cope. "Jose will have an impact."'
    )
    assert "They" not in [sp for (sp,) in rows(t, "speaker")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Said Wales assistant coach Scott Lee: "They worked hard."',
            "Wales assistant coach Scott Lee",
        ),
        ('Chelsea boss Jo Lee was not happy, calling it "a disgrace."', "Chelsea boss Jo Lee"),
        ('Local police were said to be "surprised" by the visit.', "Local police"),
    ],
)
def test_name_phrases_with_role_words_and_modifiers(text, speaker):
    assert rows(text, "speaker") == [(speaker,)]


def test_a_parenthetical_inverted_cue():
    t = "The idea, says Ann Lee, is to shape a “new model” for all."
    assert rows(t, "speaker", "cue") == [("Ann Lee", "says")]
    t = "Bo Roe, who was on the list, told Politics Daily, “I like Lee.”"
    assert rows(t, "speaker")[0][0].startswith("Bo Roe")


def test_a_sentence_opening_with_an_unclosed_mark_is_quoted():
    t = (
        '"Sales are booming," said Ann Lee, of the trade body. "However, piracy is '
        'continuing to hurt us. "The priority is to sell more."'
    )
    assert "piracy" not in [sp for (sp,) in rows(t, "speaker")]


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


def test_sentence_case_headline_name_colon_speaks() -> None:
    # "Name: claim" is the headline form of "Name said claim", title case or not.
    t = "Mayor Ortiz: Budget plan is 'a bad joke' for parks.\n\nThe council meets today."
    assert rows(t, "text", "kind", "speaker", "cue") == [
        ("a bad joke", "partial", "Mayor Ortiz", ":")
    ]
    # A long paragraph with sentences after the label is not a headline.
    body = "Update: The board met on Monday. Its 'rainy day' fund is empty.\n\nMore later."
    assert rows(body, "kind") == [("scare",)]


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


# -- the attribution step on its own ----------------------------------------------------------


def _attributed(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quoted words, speaker mention, cue) for each top-level quotation, by attribute()."""
    doc = ArticleText(text)
    spans = find_quote_spans(text)
    found = attribute(doc, spans, inside_quotes(spans))
    carry_over(doc, spans, found.by_quote)
    out = []
    for i, a in found.by_quote.items():
        q = spans[i]
        speaker = text[a.speaker[0] : a.speaker[1]] if a else None
        cue = text[a.cue[0] : a.cue[1]] if a and a.cue[0] >= 0 else None
        out.append((text[q.start : q.end], speaker, cue))
    return out


def test_attribute_gives_each_quotation_its_mention_and_cue() -> None:
    text = (
        "“We will win,” Jane Roe said. “It is done.”\n\n"
        "She added: “Never again.”\n\n"
        "The ministry said it was “reviewing” the case."
    )
    assert _attributed(text) == [
        ("We will win,", "Jane Roe", "said"),
        ("It is done.", "Jane Roe", "said"),  # continues the quotation before it
        ("Never again.", "She", "added"),
        ("reviewing", "The ministry", "said"),
    ]


def test_attribute_keeps_where_each_sentence_starts() -> None:
    text = "Rain fell. Jane Roe said it was “grim”. “Then sun,” Al Poe said."
    doc = ArticleText(text)
    spans = find_quote_spans(text)
    found = attribute(doc, spans, inside_quotes(spans))
    assert [text[found.sentence_start[i] :][:8] for i in found.by_quote] == ["Jane Roe", "“Then su"]


def test_a_quotation_with_no_cue_and_no_subject_has_no_attribution() -> None:
    assert _attributed("“Hello there.”") == [("Hello there.", None, None)]


def test_without_a_cue_the_sentence_subject_is_the_attribution() -> None:
    # The kind rules decide later that "the city" is a term (scare) and drop it.
    assert _attributed("Rain fell on “the city” all week.") == [("the city", "Rain", None)]


def test_an_open_quotation_takes_the_attribution_of_the_paragraph_reopening_it() -> None:
    text = "“We will stay.\n\n“We will win,” she said."
    assert _attributed(text) == [
        ("We will stay.", "she", "said"),
        ("We will win,", "she", "said"),
    ]


def test_a_transcript_turn_is_its_labels() -> None:
    text = '"ROE: We will win.\n\n"POE: We will not.\n\n"ROE: Yes we will."'
    assert _attributed(text) == [
        ("We will win.", "ROE", ":"),
        ("We will not.", "POE", ":"),
        ("Yes we will.", "ROE", ":"),
    ]


# -- the noun phrase readers on their own -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Russia's foreign ministry also said", "Russia's foreign ministry"),
        ("Sean Spicer, the press secretary, said", "Sean Spicer, the press secretary"),
        ("In Cardiff. John Toshack said", "John Toshack"),
        ("Earlier Foreign Secretary Jack Straw said", "Foreign Secretary Jack Straw"),
        ("Jane Roe, who said", "who"),
        ("Sen. Ted Cruz (R-Tex.) said", "Sen. Ted Cruz (R-Tex.)"),
        ("Theresa May told", "Theresa May"),
        ("Roe at the time said", "Roe"),
    ],
)
def test_np_before_reads_the_subject_of_a_cue(text: str, phrase: str) -> None:
    cue = text.rindex(" ") + 1
    s, e = np_before(text, cue)
    assert text[s:e] == phrase


def test_np_before_finds_nothing_after_a_sentence_end_or_a_preposition() -> None:
    text = "... the genre. Speaking to the BBC, she said"
    assert np_before(text, text.index("Speaking")) == (-1, -1)
    text = "a key reason for said"
    assert np_before(text, text.index("said")) == (-1, -1)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("said Mr. Smith, a lawyer.", "Mr. Smith"),
        ("said Dana Pike.", "Dana Pike"),
        ("said Tom Hale Jr. on Monday", "Tom Hale Jr."),
        ("said she.", "she"),
        ("said that it was over", None),
    ],
)
def test_np_after_reads_an_inverted_subject(text: str, phrase: str | None) -> None:
    s, e = np_after(text, 4, len(text))
    assert (text[s:e] if s >= 0 else None) == phrase


@pytest.mark.parametrize(
    ("text", "determiners", "subject"),
    [
        ("On Friday, Sen. Jane Roe blasted the plan.", False, "Sen. Jane Roe"),
        ("Yet she did not agree.", False, "she"),
        ("DENVER (AP) — Gov. Lu Chen signed it.", False, "Gov. Lu Chen"),
        ("Across the state, voters agreed.", False, None),
        ("The town released a statement.", True, "The town"),
        ("The town released a statement.", False, None),
    ],
)
def test_subject_at_reads_the_sentence_subject(
    text: str, determiners: bool, subject: str | None
) -> None:
    s, e = subject_at(text, 0, len(text), determiners=determiners)
    assert (text[s:e] if s >= 0 else None) == subject


def test_cues_in_counts_a_capitalised_cue_only_where_a_sentence_or_headline_opens() -> None:
    text = "Trump Says He Will Win. The State Department said so."
    doc = ArticleText(text)
    assert [text[s:e] for s, e in cues_in(doc, 0, len(text))] == ["Says", "said"]
    assert [text[s:e] for s, e in cues_in(doc, 24, len(text))] == ["said"]

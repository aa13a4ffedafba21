"""extract_quotes end to end: the frame it gives, and the bundled seed corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.quotes import rows

from analysis import extract_quotes
from analysis.measures.quotations.engine import COLUMNS

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7c307cd8212ecb45.txt"


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
            "Russia's foreign ministry",
            "said",
        ),
        (
            "to agree on specific steps to mutually remove obstacles to the work of Russian and "
            "US missions abroad,",
            "partial",
            "the ministry",
            "Russia's foreign ministry",
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


def test_seed_ministry_is_one_speaker_and_every_speaker_has_a_kind() -> None:
    """Issue 14: "Russia's foreign ministry" and "Russian foreign ministry" are one speaker."""
    import analysis

    quotes = analysis.analyze(analysis.load_articles(SEED)).quotes
    ministry = quotes[quotes["speaker"].str.contains("ministry", na=False)]
    assert ministry["speaker_id"].nunique() == 1
    assert set(ministry["speaker_type"]) == {"organisation"}
    trump = quotes[quotes["speaker_name"] == "Donald Trump"]
    assert len(trump) == 6 and set(trump["speaker_gender"]) == {"male"}
    spoken = quotes[quotes["speaker"].notna()]
    assert spoken["speaker_type"].notna().all()

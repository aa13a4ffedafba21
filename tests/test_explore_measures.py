"""What notebooks 02 to 04 show (explore.readability, .tone, .quotations, .speakers): exact
rows on hand-set tables, corpus-level rather than per article, degenerate input."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from fixtures import tables
from fixtures.articles import speaker_articles

import analysis
from analysis import schema
from analysis.presentation import explore

# -- 02 readability --------------------------------------------------------------------


def test_metric_guide_directions_come_from_the_schema() -> None:
    guide = explore.metric_guide().set_index("metric")
    assert list(guide.index) == list(explore.FORMULAS)
    assert guide.loc["flesch_reading_ease", "harder"] == "lower"
    assert set(guide.drop(index="flesch_reading_ease")["harder"]) == {"higher"}
    docs = {c.name: c.doc for c in schema.READABILITY}
    assert guide.loc["smog_index", "formula"] == docs["smog_index"]
    assert guide.loc["dale_chall_readability_score", "scale"] == "Dale–Chall score"


def test_formula_summary_is_one_row_per_formula_over_the_corpus() -> None:
    out = explore.formula_summary(tables.articles()).set_index("metric")
    assert list(out.index) == list(explore.FORMULAS)
    assert out.loc["flesch_kincaid_grade"].tolist() == [
        2,
        5.5,
        7.1875,
        8.875,
        10.5625,
        12.25,
        "higher",
    ]
    assert out.columns.tolist() == ["articles", "min", "q1", "median", "q3", "max", "harder"]
    assert out.loc["flesch_reading_ease", "harder"] == "lower"


def test_formula_agreement_with_the_consensus() -> None:
    arts = tables.articles(
        article_id=["a", "b", "c"],
        title=["One", "Two", "Three"],
        body=["x", "y", "z"],
        status=["ok"] * 3,
        **{
            name: values
            for name, values in {
                "text_standard": [6.0, 11.0, 9.0],
                "flesch_kincaid_grade": [5.0, 12.0, 8.0],  # same order as the consensus
                "flesch_reading_ease": [80.0, 40.0, 60.0],  # lower is harder: agrees too
                "coleman_liau_index": [9.0, 8.0, 10.0],  # its own order
            }.items()
        },
        **{
            c: [1.0, 2.0, 3.0]
            for c in (
                "gunning_fog",
                "smog_index",
                "automated_readability_index",
                "dale_chall_readability_score",
                "linsear_write_formula",
            )
        },
        **{
            c: [0.0] * 3
            for c in (
                "tone_mean",
                "share_positive",
                "share_neutral",
                "share_negative",
                "headline_compound",
                "quoted_share",
                "quoted_tone",
                "reporter_tone",
            )
        },
        n_words=[1, 2, 3],
        n_quotes=[0, 0, 0],
        n_speakers=[0, 0, 0],
        top_speaker=[None] * 3,
    )
    out = explore.formula_agreement(arts).set_index("metric")
    assert out.loc["flesch_kincaid_grade", "agreement"] == 1.0
    assert out.loc["flesch_reading_ease", "agreement"] == 1.0
    assert out.loc["coleman_liau_index", "agreement"] == -0.5
    assert out.loc["flesch_reading_ease", "hardest article"] == "Two"
    assert out.loc["coleman_liau_index", "hardest article"] == "Three"
    two = explore.formula_agreement(tables.articles()).set_index("metric")
    assert two["agreement"].isna().all()  # fewer than three articles: no correlation
    assert two.loc["text_standard", "hardest article"] == "Minister defends budget"


def test_sentence_readability_scores_each_sentence_alone() -> None:
    out = explore.sentence_readability(tables.sentences(), tables.articles())
    assert out["label"].tolist()[:1] == ["Floods hit the valley"]
    assert out["sentence"].tolist() == [0, 1, 2, 0, 1]
    expected = analysis.readability("Three.")["flesch_kincaid_grade"]
    assert out.loc[2, "flesch_kincaid_grade"] == expected
    only_a = explore.sentence_readability(
        tables.sentences(), tables.articles(status=["ok", "empty"])
    )
    assert set(only_a["article_id"]) == {"a"}


def test_hardest_sentences_filter_short_ones_and_break_ties_by_position() -> None:
    per_sentence = pd.DataFrame(
        {
            "article_id": ["b", "a", "a", "a"],
            "label": ["B", "A", "A", "A"],
            "sentence": [0, 2, 1, 0],
            "n_words": [9, 9, 9, 2],
            "flesch_kincaid_grade": [10.0, 10.0, 4.0, 30.0],
            "text": ["b0", "a2", "a1", "a0"],
        }
    )
    out = explore.hardest_sentences(per_sentence, n=2, min_words=5)
    assert out["text"].tolist() == ["a2", "b0"]
    easy = explore.hardest_sentences(per_sentence, n=1, min_words=5, harder="lower")
    assert easy["text"].tolist() == ["a1"]


def test_hardest_words_by_syllables_then_frequency() -> None:
    body = "Administration officials met. The administration spoke internationally. Cat."
    frame = pd.DataFrame({"body": [body, "Officials again.", None]})
    out = explore.hardest_words(frame, n=3)
    # "Officials"/"officials" tie: the first spelling seen is shown; "Cat" is too short
    assert out.values.tolist() == [
        ["internationally", 6, 1, 1],
        ["Administration", 5, 2, 1],
        ["officials", 3, 2, 2],
    ]


# -- 03 tone ---------------------------------------------------------------------------


def test_tone_class_thresholds() -> None:
    values = [0.05, 0.0499, -0.0499, -0.05, math.nan]
    assert [explore.tone_class(v) for v in values] == [
        "positive",
        "neutral",
        "neutral",
        "negative",
        "NA",
    ]


def test_tone_overview_counts_sentences_bodies_and_headlines() -> None:
    out = explore.tone_overview(tables.articles(), tables.sentences())
    assert out.values.tolist() == [
        ["sentences", 5, 0.4, 0.2, 0.4, pytest.approx(0.04)],
        ["article bodies", 2, 0.5, 0.0, 0.5, pytest.approx(-0.1)],
        ["headlines", 2, 0.5, 0.5, 0.0, pytest.approx(-0.15)],
    ]


def test_tone_arc_scales_positions_and_smooths() -> None:
    arc = explore.tone_arc(tables.sentences(), tables.articles(), window=2)
    a = arc[arc["article_id"] == "a"]
    assert a["position"].tolist() == [0.0, 0.5, 1.0]
    assert a["smoothed"].tolist() == pytest.approx([0.6, 0.15, -0.15])
    assert arc["label"].tolist() == ["Floods hit the valley"] * 3 + ["Minister defends budget"] * 2
    # articles come in corpus order, whatever the order of the sentences table
    shuffled = tables.sentences().iloc[::-1]
    assert explore.tone_arc(shuffled, tables.articles())["article_id"].tolist() == [
        "a",
        "a",
        "a",
        "b",
        "b",
    ]


def test_arc_summary_over_the_corpus_per_article_and_per_group() -> None:
    arts = tables.articles()
    arc = explore.tone_arc(tables.sentences(), arts, window=2)
    corpus = explore.arc_summary(arc, arts)
    assert corpus.values.tolist() == [["all", 2, 5, pytest.approx(-0.05), -0.3, 0.3]]
    per_article = explore.arc_summary(arc, arts, "article")
    assert per_article.values.tolist()[0] == ["Floods hit the valley", 1, 3, 0.6, -0.3, 0.0]
    arts["section"] = pd.array(["rain", "money"], dtype="string")
    by_section = explore.arc_summary(arc, arts, "section")
    assert by_section["section"].tolist() == ["money", "rain"]
    profile = explore.arc_profile(arc, bins=2)
    assert profile["sentences"].tolist() == [2, 3]
    assert profile["mean"].tolist() == pytest.approx([-0.05, 0.1])


def test_tone_arc_of_nothing_is_empty() -> None:
    arc = explore.tone_arc(tables.sentences().head(0), tables.articles())
    assert arc.empty and "label" in arc.columns
    assert explore.arc_summary(arc, tables.articles()).empty
    assert explore.arc_profile(arc, bins=3)["sentences"].tolist() == [0, 0, 0]


def test_extreme_sentences_respect_the_thresholds() -> None:
    pos, neg = explore.extreme_sentences(tables.sentences(), tables.articles(), n=5)
    assert pos["text"].tolist() == ["One.", "Five."]  # tie at 0.6: article a first
    assert neg["text"].tolist() == ["Four.", "Two."]


def test_headline_against_body_as_a_table_a_sentence_and_the_largest_gaps() -> None:
    arts = tables.articles()
    table = explore.headline_agreement(arts)
    assert table.columns.tolist() == ["headline \\ body", "negative", "neutral", "positive", "all"]
    assert table.values.tolist() == [
        ["negative", 1, 0, 0, 1],
        ["neutral", 0, 0, 1, 1],
        ["positive", 0, 0, 0, 0],
        ["all", 1, 0, 1, 2],
    ]
    assert explore.headline_summary(arts) == (
        "Headlines: of 2 articles, the headline falls in the body's class in 50%; 50% of "
        "headlines are neutral; the mean distance between headline and body compound is 0.15."
    )
    gaps = explore.headline_gaps(arts, n=1)
    assert gaps.values.tolist() == [["Minister defends budget", 0.0, 0.2, -0.2]]
    nothing = tables.articles(headline_compound=[math.nan, math.nan])
    assert explore.headline_summary(nothing).startswith("No article has")


# -- 04 quotations ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def spoken() -> analysis.Tables:
    """The speaker fixture analysed: every kind of source (see ``speaker_articles``)."""
    return analysis.analyze(speaker_articles())


def test_speaker_table_lists_the_most_quoted_named_speakers(spoken: analysis.Tables) -> None:
    out = explore.speaker_table(spoken.speakers)
    assert out.columns.tolist() == [
        "speaker",
        "type",
        "gender",
        "articles",
        "quotes",
        "words",
        "tone",
    ]
    # Named speakers only (no unnamed official, residents or unattributed quotation), the
    # scare quote and the nested quotation not counted; gender blank for an organisation.
    assert out.drop(columns="tone").values.tolist() == [
        ["Sarah Jones", "person", "female", 2, 3, 17],
        ["Peter Walsh", "person", "male", 1, 2, 10],
        ["Sam Taylor", "person", "male", 1, 1, 9],
        ["Department of Health", "organisation", "", 1, 1, 1],
    ]
    assert out["tone"].tolist() == pytest.approx([(0.3182 + 0.6249) / 3, 0.4767 / 2, 0.0018, 0])
    top = explore.speaker_table(spoken.speakers, n=2)
    assert top["speaker"].tolist() == ["Sarah Jones", "Peter Walsh"]
    assert len(explore.speaker_table(spoken.speakers, n=None)) == 4
    assert explore.speaker_table(schema.empty("speakers")).empty


def test_sourcing_sums_the_article_roll_ups(spoken: analysis.Tables) -> None:
    out = explore.sourcing(spoken.articles)
    assert out[["of", "source", "quotations"]].values.tolist() == [
        ["voiced quotations", "named speaker", 7],
        ["voiced quotations", "unnamed source", 2],
        ["voiced quotations", "no speaker found", 1],
        ["quotations with a speaker", "person", 7],
        ["quotations with a speaker", "organisation", 1],
        ["quotations with a speaker", "group", 1],
        ["quotations with a speaker", "document", 0],
        ["quotations of persons", "female", 3],
        ["quotations of persons", "male", 3],
        ["quotations of persons", "unknown", 1],  # the senior official
    ]
    assert out["share"].tolist() == pytest.approx(
        [0.7, 0.2, 0.1, 7 / 9, 1 / 9, 1 / 9, 0, 3 / 7, 3 / 7, 1 / 7]
    )
    # The same counts as the quotes table's voiced rows (12 rows: a scare, a nested one).
    q = explore.voiced(spoken.quotes)
    assert len(spoken.quotes) == 12 and len(q) == 10
    assert q["speaker"].isna().sum() == 1
    assert (q["speaker"].notna() & q["speaker_id"].isna()).sum() == 2
    nothing = explore.sourcing(tables.articles())  # no roll-up columns: nothing counted
    assert nothing["quotations"].sum() == 0 and nothing["share"].isna().all()


def test_gender_balance_counts_quotations_and_distinct_people(spoken: analysis.Tables) -> None:
    out = explore.gender_balance(spoken.articles, spoken.speakers)
    assert out.values.tolist() == [
        ["quotations of persons", 3, 3, 1, 0.5],
        ["named people", 1, 2, 0, pytest.approx(1 / 3)],  # Sarah Jones once, in two articles
    ]
    empty = explore.gender_balance(tables.articles(), schema.empty("speakers"))
    assert empty[["female", "male", "unknown"]].values.tolist() == [[0, 0, 0], [0, 0, 0]]
    assert empty["women share"].isna().all()


def test_sourcing_lines_say_what_is_counted(spoken: analysis.Tables) -> None:
    assert explore.sourcing_lines(spoken.articles, spoken.speakers) == [
        "10 quotations (full and partial, not nested in another): 70% from a named speaker, "
        "20% from an unnamed source (“an official”, “aides”), 10% with no speaker found.",
        "Of the 9 quotations with a speaker, unnamed sources give 22%; by type of speaker: "
        "person 78%, organisation 11%, group 11%, document 0%.",
        "Quotations of persons (named or not): 7, 43% of women, 43% of men, 14% of unknown "
        "gender; women give 50% of those whose gender is known.",
        "Distinct named people quoted: 3, 1 woman, 2 men, 0 of unknown gender; women are 33% "
        "of those whose gender is known.",
    ]
    assert explore.sourcing_lines(tables.articles(), schema.empty("speakers")) == [
        "No quotation (full or partial, not nested in another) was found."
    ]


def test_cue_counts_merge_case_name_missing_cues_and_fold_the_rest() -> None:
    out = explore.cue_counts(tables.quotes())
    assert out.values.tolist() == [["told", 2, 0.5], ["(no cue)", 1, 0.25], ["said", 1, 0.25]]
    folded = explore.cue_counts(tables.quotes(), top=2)
    assert folded.values.tolist() == [["told", 2, 0.5], ["(2 other cues)", 2, 0.5]]


def test_kind_summary() -> None:
    out = explore.kind_summary(tables.quotes()).set_index("kind")
    assert out.loc["full"].tolist() == [2, 8, 4.0, 4.0, 1.0, pytest.approx(-0.1)]
    assert out.loc["partial", "attributed"] == 0.5
    assert out.loc["scare", "quotations"] == 1
    empty = explore.kind_summary(tables.quotes().head(0))
    assert empty["quotations"].tolist() == [0, 0, 0] and empty["mean words"].isna().all()


def test_quote_examples_are_spread_through_the_corpus() -> None:
    quotes = tables.quotes()
    out = explore.quote_examples(quotes, tables.articles(), "partial")
    assert out["text"].tolist() == ["x", "y z"]  # article a comes first in the corpus
    many = pd.concat([quotes] * 5, ignore_index=True)
    many["quote"] = range(len(many))
    spread = explore.quote_examples(many, tables.articles(), "full", n=3)
    assert len(spread) == 3 and spread["text"].tolist()[0] == "We will balance the books,"


def test_quoting_summary() -> None:
    assert explore.quoting_summary(tables.articles()) == (
        "50% of 2 analysed articles quote someone; those that do carry 1 quotations (median) "
        "and give 50% of their words to them (median)."
    )
    assert explore.quoting_summary(tables.articles().head(0)).startswith("No analysed")


def test_voices_per_article_over_the_corpus_and_by_group() -> None:
    arts = tables.articles()
    out = explore.voice_comparison(arts)
    assert out.drop(columns="article_id").values.tolist() == [
        ["Minister defends budget", 1, 0.5, 0.25, -0.1, pytest.approx(0.35)]
    ]
    summary = explore.voice_summary(arts)
    assert summary.values.tolist() == [["all", 1, 0.25, -0.1, pytest.approx(0.35), 1.0]]
    arts["section"] = pd.array(["rain", "money"], dtype="string")
    assert explore.voice_summary(arts, "section")["section"].tolist() == ["money"]
    gaps = explore.voice_gaps(arts)
    assert gaps.columns.tolist()[:2] == ["label", "section"]
    none = explore.voice_summary(arts.head(0))
    assert none["articles"].tolist() == [0] and none["quoted"].isna().all()

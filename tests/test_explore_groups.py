"""Corpus-level views (explore.groups) and the examples chosen on purpose (explore.examples)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from fixtures.articles import sample_articles

import analysis
from analysis.presentation import explore


def _corpus() -> pd.DataFrame:
    """Six articles in three sections, hand-set measures, one repeat, one not analysed."""
    return pd.DataFrame(
        {
            "article_id": list("abcdef"),
            "title": ["A", "B", "C", "D", "E", "F"],
            "source": [f"s/{p}.txt" for p in ("pol/1", "pol/2", "pol/3", "biz/4", "biz/5", "6")],
            "section": ["pol", "pol", "pol", "biz", "biz", None],
            "date": ["2024-01-03", "2024-01-20", "2024-02-01", "2024-02-11", None, "bad"],
            "status": ["ok", "ok", "ok", "ok", "empty", "ok"],
            "duplicate_of": [None, None, "a", None, None, None],
            "n_words": [100, 300, 100, 200, math.nan, 50],
            "flesch_kincaid_grade": [10.0, 12.0, 10.0, 8.0, math.nan, 4.0],
            "tone_mean": [-0.5, 0.1, -0.5, 0.3, math.nan, 0.0],
            "n_quotes": [2, 0, 2, 1, math.nan, 0],
            "quoted_share": [0.4, 0.0, 0.4, 0.1, math.nan, 0.0],
            "quoted_tone": [0.2, math.nan, 0.2, 0.5, math.nan, math.nan],
            "reporter_tone": [-0.6, 0.1, -0.6, 0.1, math.nan, 0.0],
        }
    )


def test_group_keys_by_section_source_and_date() -> None:
    corpus = _corpus()
    assert explore.group_keys(corpus, "section").tolist() == [
        "pol",
        "pol",
        "pol",
        "biz",
        "biz",
        "(top level)",
    ]
    assert explore.group_keys(corpus, "month").tolist() == [
        "2024-01",
        "2024-01",
        "2024-02",
        "2024-02",
        "(no date)",
        "(no date)",
    ]
    weeks = explore.group_keys(corpus, "week").tolist()
    assert weeks[:4] == ["2024-01-01", "2024-01-15", "2024-01-29", "2024-02-05"]  # Mondays
    assert explore.group_keys(corpus, "year").tolist()[:2] == ["2024", "2024"]
    with pytest.raises(ValueError, match="unknown grouping"):
        explore.group_keys(corpus, "author")


def test_time_unit_follows_the_span() -> None:
    def unit(*dates: str) -> str | None:
        return explore.time_unit(pd.DataFrame({"date": list(dates)}))

    assert unit("2024-01-01", "2024-03-01") == "week"
    assert unit("2024-01-01", "2025-06-01") == "month"
    assert unit("2010-01-01", "2024-06-01") == "year"
    assert unit(None, "not a date") is None
    assert explore.time_unit(pd.DataFrame({"title": ["x"]})) is None


def test_groupings_keep_only_informative_ones() -> None:
    corpus = _corpus()
    # sections: 3 groups; sources: one file per article says nothing; dates: weeks
    assert explore.groupings(corpus) == ["section", "week"]
    one_file = corpus.assign(source="s/all.jsonl", section=None, date=None)
    assert explore.groupings(one_file) == []
    two_files = corpus.assign(source=["f1", "f1", "f1", "f2", "f2", "f2"], section=None)
    assert explore.groupings(two_files.assign(date=None)) == ["source"]


def test_breakdown_compares_the_analysed_articles_of_each_group() -> None:
    out = explore.breakdown(_corpus(), "section")
    assert out.columns.tolist() == [
        "section",
        "articles",
        "analysed",
        "words",
        "FK grade",
        "tone",
        "negative",
        "quoting",
        "quoted share",
    ]
    rows = {r["section"]: r for r in out.to_dict("records")}
    assert out["section"].tolist() == ["pol", "biz", "(top level)", "all"]  # largest first
    # pol: a, b analysed (c repeats a)
    assert rows["pol"]["articles"] == 3 and rows["pol"]["analysed"] == 2
    assert rows["pol"]["words"] == 200.0 and rows["pol"]["FK grade"] == 11.0
    assert rows["pol"]["tone"] == pytest.approx(-0.2)
    assert (rows["pol"]["negative"], rows["pol"]["quoting"]) == (0.5, 0.5)
    # biz: e is empty, so only d counts
    assert (rows["biz"]["articles"], rows["biz"]["analysed"], rows["biz"]["words"]) == (2, 1, 200)
    assert rows["all"]["analysed"] == 4 and rows["all"]["FK grade"] == 9.0


def test_breakdown_folds_small_groups_and_orders_dates() -> None:
    corpus = _corpus()
    folded = explore.breakdown(corpus, "section", measures=[], top=2)
    assert folded.values.tolist() == [
        ["pol", 3, 2],
        ["(2 other sections)", 3, 2],
        ["all", 6, 4],
    ]
    by_month = explore.breakdown(corpus, "month", explore.TONE)
    assert by_month["month"].tolist() == ["2024-01", "2024-02", "(no date)", "all"]
    empty = explore.breakdown(corpus.head(0), "section")
    assert empty["section"].tolist() == ["all"] and empty["analysed"].tolist() == [0]
    assert math.isnan(empty["tone"].iloc[0])


def test_measures_are_described_from_their_definitions() -> None:
    text = explore.describe_measures(explore.QUOTATION).splitlines()
    assert text[0] == "quoting: share of articles with n_quotes > 0"
    assert text[-1] == "quoted − reporter: mean of quoted_tone - reporter_tone"


def test_values_by_group_and_distribution() -> None:
    corpus = _corpus()
    groups = explore.values_by_group(corpus, "flesch_kincaid_grade", "section")
    assert list(groups) == ["pol", "biz", "(top level)"]
    assert groups["pol"].tolist() == [10.0, 12.0] and groups["biz"].tolist() == [8.0]
    assert explore.values_by_group(corpus, "n_words")["all"].tolist() == [100, 300, 200, 50]
    gap = explore.measure_values(corpus, "voice_gap")
    assert gap[0] == pytest.approx(0.8) and np.isnan(gap[1])
    out = explore.distribution(corpus, {"words": "n_words", "none": "not_a_column"})
    assert out.iloc[0].tolist() == ["words", 4, 162.5, 50.0, 87.5, 150.0, 225.0, 300.0]
    assert out.iloc[1]["articles"] == 0 and math.isnan(out.iloc[1]["median"])


def test_ranked_and_spearman() -> None:
    corpus = _corpus()
    out = explore.ranked(corpus, "flesch_kincaid_grade", True, 2, ["n_words"])
    assert out.values.tolist() == [["b", "B", "pol", 300.0], ["a", "A", "pol", 100.0]]
    assert explore.ranked(corpus, "flesch_kincaid_grade", False, 1)["article_id"].tolist() == ["f"]
    assert explore.spearman([1, 2, 3, 4], [1, 2, 3, 4]) == 1.0
    assert explore.spearman([1, 2, 3, 4], [4, 3, 2, 1]) == -1.0
    assert math.isnan(explore.spearman([1, 2], [1, 2]))  # too few pairs
    assert math.isnan(explore.spearman([1, 2, 3], [5, 5, 5]))  # constant
    assert explore.spearman([1, math.nan, 2, 3], [1, 9, 2, 3]) == 1.0


# -- examples ------------------------------------------------------------------------------


def test_candidates_prefer_long_articles_then_the_extreme_then_corpus_order() -> None:
    corpus = _corpus().assign(n_words=[150, 300, 100, 200, math.nan, 50])
    hard = explore.candidates(corpus, "hardest to read")
    # b (12.0, 300 words) and a (10.0, 150), then the short ones: f (4.0, 50 words) last
    assert hard["article_id"].tolist() == ["b", "a", "d", "f"]
    easy = explore.candidates(corpus, "easiest to read")
    assert easy["article_id"].tolist() == ["d", "a", "b", "f"]  # long ones first
    quoted = explore.candidates(corpus, "most quoted")
    assert quoted["article_id"].tolist() == ["a", "d"]  # a share of zero does not qualify
    assert explore.example_id(corpus, "most negative") == "a"
    assert explore.example_id(corpus.head(0), "most negative") is None
    with pytest.raises(ValueError, match="unknown example"):
        explore.candidates(corpus, "funniest")


def test_examples_picked_chunk_by_chunk_equal_those_of_the_whole() -> None:
    """Three copies of each article: every criterion ties, and the first copy must win."""
    arts = pd.concat([sample_articles()] * 3, ignore_index=True)
    arts["article_id"] = [f"id{i:02d}" for i in range(len(arts))]
    whole = analysis.analyze(arts)
    expected = [(e.criterion.name, e.article_id, e.value) for e in explore.pick_examples(whole)]
    picker = explore.ExamplePicker()
    for start in range(0, len(arts), 4):
        ids = set(arts["article_id"][start : start + 4])
        picker.add(whole.select(ids))
    got = picker.examples()
    assert all(int(article_id[2:]) < 5 for _, article_id, _ in expected)
    assert [(e.criterion.name, e.article_id, e.value) for e in got] == expected
    for example in got:  # each example carries its own rows of every table
        assert set(example.tables.sentences["article_id"]) == {example.article_id}
        assert example.tables.articles["article_id"].tolist() == [example.article_id]
    table = explore.examples_table(got)
    assert table.columns.tolist() == ["example", "value", "measure", "words", "title"]
    assert table["example"].tolist() == [name for name, _, _ in expected]


def test_an_example_no_article_qualifies_for_is_a_note() -> None:
    t = analysis.analyze(pd.DataFrame({"text": ["Rain fell all night.", "The river rose."]}))
    view = explore.example_view(t, "most quoted")
    assert repr(view) == (
        "No article analysed in full qualifies as most quoted (largest share of words quoted)."
    )
    assert view._repr_html_().startswith("<p>No article")
    shown = explore.example_view(t, "most negative")
    assert shown.article_id == explore.example_id(t.articles, "most negative")

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from fixtures.articles import assert_tables_equal, sample_articles

import analysis
from analysis import schema


def test_every_article_appears_once_with_a_status() -> None:
    t = analysis.analyze(sample_articles())
    assert t.articles["article_id"].tolist() == ["a", "b", "c", "d", "e"]
    assert t.articles["status"].tolist() == ["ok", "ok", "binary", "not english", "empty"]


def test_tables_follow_the_schema() -> None:
    t = analysis.analyze(sample_articles())
    for name, frame in t.items():
        assert list(frame.columns) == [c.name for c in schema.TABLES[name]]
        assert [str(d) for d in frame.dtypes] == [
            str(schema.empty(name)[c.name].dtype) for c in schema.TABLES[name]
        ]


def test_rows_point_at_existing_articles_and_offsets_hold() -> None:
    arts = sample_articles()
    t = analysis.analyze(arts)
    bodies = dict(zip(arts["article_id"], arts["body"], strict=True))
    for name in ("paragraphs", "sentences", "quotes"):
        frame = getattr(t, name)
        assert set(frame["article_id"]) <= set(t.articles["article_id"])
        for row in frame.itertuples():
            assert 0 <= row.start < row.end <= len(bodies[row.article_id])
    for row in t.sentences.itertuples():
        assert bodies[row.article_id][row.start : row.end] == row.text
    for row in t.quotes.itertuples():
        assert bodies[row.article_id][row.start : row.end] == row.text


def test_counts_and_tone_rollups() -> None:
    t = analysis.analyze(sample_articles())
    a = t.articles.set_index("article_id")
    sentences = t.sentences[t.sentences["article_id"] == "b"]
    assert a.loc["b", "n_paragraphs"] == 3
    assert a.loc["b", "n_sentences"] == len(sentences) == 4
    assert a.loc["b", "tone_mean"] == pytest.approx(sentences["compound"].mean())
    assert (
        a.loc["b", "most_negative_sentence"]
        == sentences.loc[sentences["compound"].idxmin(), "text"]
    )
    shares = a.loc["b", ["share_positive", "share_neutral", "share_negative"]]
    assert shares.sum() == pytest.approx(1.0)


def test_quotation_rollups_agree_with_the_quotes_table() -> None:
    t = analysis.analyze(sample_articles())
    a = t.articles.set_index("article_id")
    q = t.quotes[t.quotes["article_id"] == "a"]
    voiced = q[q["kind"] != "scare"]
    assert a.loc["a", "n_quotes"] == len(voiced) >= 2
    assert a.loc["a", "quoted_words"] == voiced["n_words"].sum()
    assert a.loc["a", "quoted_share"] == pytest.approx(
        a.loc["a", "quoted_words"] / a.loc["a", "n_words"]
    )
    assert a.loc["a", "top_speaker"] == "Donald Trump"
    s = t.article_speakers[t.article_speakers["article_id"] == "a"].set_index("speaker_name")
    assert s.loc["Donald Trump", "quotes"] == 2
    corpus = t.speakers.set_index("speaker_name")
    assert (
        corpus.loc["Donald Trump", "quotes"]
        == t.article_speakers.groupby("speaker_name")["quotes"].sum()["Donald Trump"]
    )


def test_english_only_measures_are_nan_for_other_languages() -> None:
    t = analysis.analyze(sample_articles())
    d = t.articles.set_index("article_id").loc["d"]
    assert d["n_words"] == 7
    assert np.isnan(d["flesch_reading_ease"]) and np.isnan(d["tone_mean"])


def test_a_failing_step_keeps_the_row(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str) -> dict:
        raise ValueError("synthetic failure")

    monkeypatch.setattr("analysis.tables.measure.readability", boom)
    t = analysis.analyze(sample_articles())
    a = t.articles.set_index("article_id")
    assert a.loc["a", "status"] == "error: readability: ValueError: synthetic failure"
    assert np.isnan(a.loc["a", "flesch_reading_ease"])
    assert not np.isnan(a.loc["a", "tone_mean"])  # other steps still ran


def test_empty_input_gives_empty_tables() -> None:
    t = analysis.analyze(sample_articles().iloc[:0])
    assert all(len(frame) == 0 for _, frame in t.items())
    assert list(t.articles.columns) == [c.name for c in schema.ARTICLES]


def test_worker_processes_give_identical_tables() -> None:
    arts = pd.concat([sample_articles()] * 3, ignore_index=True)
    arts["article_id"] = [f"id{i}" for i in range(len(arts))]
    assert_tables_equal(analysis.analyze(arts), analysis.analyze(arts, jobs=2, chunk_size=4))


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        analysis.analyze(sample_articles(), engine="spark")

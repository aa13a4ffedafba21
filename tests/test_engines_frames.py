"""analyze() on a DataFrame made by hand (engines.frames): text column, no ids."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis
from analysis.engines.frames import as_loaded

STORIES = ['"It will pour," the forecaster said on Monday.', "Umbrellas sold out by noon."]


def test_a_text_column_is_enough() -> None:
    tables = analysis.analyze(pd.DataFrame({"text": STORIES}))
    arts = tables.articles
    assert arts["article_id"].tolist() == ["0", "1"]
    assert arts["status"].tolist() == ["ok", "ok"]
    assert arts["n_words"].tolist() == [8, 5]
    assert arts["body"].tolist() == STORIES
    assert tables.quotes["speaker"].tolist() == ["the forecaster"]
    assert set(tables.sentences["article_id"]) == {"0", "1"}


def test_ids_come_from_an_id_column_else_the_index_else_positions() -> None:
    by_column = as_loaded(pd.DataFrame({"id": [7, 9], "content": STORIES}))
    assert by_column["article_id"].tolist() == ["7", "9"]
    by_index = as_loaded(pd.DataFrame({"story": STORIES}, index=["x", "y"]))
    assert by_index["article_id"].tolist() == ["x", "y"]
    repeated = pd.DataFrame({"text": STORIES, "id": [1, 1]}, index=[3, 3])
    assert as_loaded(repeated)["article_id"].tolist() == ["0", "1"]
    filtered = pd.DataFrame({"text": STORIES * 2}).iloc[[1, 3]]
    assert analysis.analyze(filtered).articles["article_id"].tolist() == ["1", "3"]


def test_a_headline_column_becomes_the_title_and_loaded_frames_pass_unchanged() -> None:
    frame = pd.DataFrame({"Headline": ["Rain", "Sun"], "Body": STORIES})
    out = as_loaded(frame)
    assert out["title"].tolist() == ["Rain", "Sun"] and out["body"].tolist() == STORIES
    assert "body" not in frame.columns  # the caller's frame is left alone
    loaded = pd.DataFrame({"article_id": ["a"], "body": ["Text."]})
    assert as_loaded(loaded) is loaded
    head = analysis.analyze(frame).articles["headline_compound"]
    assert head.notna().all()


def test_no_text_column_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="analyze needs the articles' text: a column named body"):
        analysis.analyze(pd.DataFrame({"words": STORIES}))


def test_missing_text_gives_a_row_with_a_status() -> None:
    arts = analysis.analyze(pd.DataFrame({"text": ["Rain fell.", None, "  "]})).articles
    assert arts["status"].tolist() == ["ok", "empty", "empty"]
    assert arts["article_id"].tolist() == ["0", "1", "2"]

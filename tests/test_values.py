"""Values that are not text: the public functions refuse them, analyze gives them a status."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.loading.handmade import checked
from analysis.loading.load import ANALYSED
from analysis.tables import measure
from analysis.tables.output import TableWriter, read_table
from analysis.values import kind_of, require_text, text_status

NOT_TEXT = [
    (None, "None"),
    (123, "an int"),
    (1.5, "a float"),
    (b"bytes", "bytes"),
    (["a"], "a list"),
    ({"en": "x"}, "a dict"),
]


@pytest.mark.parametrize("function", ["extract_quotes", "readability", "sentiment"])
@pytest.mark.parametrize(("value", "kind"), NOT_TEXT)
def test_the_public_functions_refuse_what_is_not_a_str(
    function: str, value: object, kind: str
) -> None:
    with pytest.raises(TypeError, match=rf"^{function}\(\) takes text as a str, not {kind}"):
        getattr(analysis, function)(value)


def test_a_str_subclass_is_text() -> None:
    assert analysis.readability(np.str_("Rain fell. The river rose."))["words"] == 5.0
    require_text(np.str_("x"), "f")


def test_kinds_and_statuses() -> None:
    assert [kind_of(v) for v, _ in NOT_TEXT] == [k for _, k in NOT_TEXT]
    assert text_status(pd.NA) is None and text_status(float("nan")) is None
    assert text_status(bytearray(b"x")) == "error: text is bytes"


def test_analyze_gives_each_non_string_body_a_status_of_its_own() -> None:
    bodies = ["The harbour reopened on Monday, officials said.", b"raw bytes", {"en": "x"}, 7, None]
    frame = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(5)],
            "title": ["T"] * 5,
            "status": ["ok"] * 5,
            "body": pd.Series(bodies, dtype=object),
        }
    )
    a = analysis.analyze(frame).articles
    assert a["status"].tolist() == [
        "ok",
        "error: text is bytes",
        "error: text is a dict",
        "error: text is an int",
        "empty",
    ]
    assert a["body"].isna().tolist() == [False, True, True, True, True]
    assert a["reason"][2] == "the body is a dict, not a string: not analysed"
    assert a["n_words"].notna().tolist() == [True, False, False, False, False]


def test_a_lone_surrogate_in_a_frame_is_replaced_and_every_table_written(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "article_id": ["a"],
            "title": pd.Series(["Lone \ud800 title"], dtype=object),
            "status": ["ok"],
            "body": pd.Series(['"It is \udc80 done," the mayor said.'], dtype=object),
        }
    )
    tables = analysis.analyze(frame)
    a = tables.articles.iloc[0]
    assert (a["title"], a["status"]) == ("Lone \ufffd title", "ok")
    assert a["reason"] == "lone surrogates (invalid in UTF-8) replaced with U+FFFD"
    assert tables.quotes["text"].tolist() == ["It is \ufffd done,"]
    for fmt in ("parquet", "csv"):
        writer = TableWriter(tmp_path / fmt, fmt)
        writer.write(tables)
        writer.commit()
        assert read_table(tmp_path / fmt, "articles")["title"][0] == "Lone \ufffd title"


def test_the_writer_replaces_what_slips_through(tmp_path: Path) -> None:
    """A frame built after analyze (by hand) still cannot fail a writer."""
    for fmt in ("parquet", "csv"):
        writer = TableWriter(tmp_path / fmt, fmt)
        speakers = pd.DataFrame(
            {
                "speaker_id": pd.Series(["sp-1"], dtype=object),
                "speaker_name": pd.Series(["Jo\udcff"], dtype=object),
                "speaker_type": ["person"],
                "speaker_gender": ["unknown"],
                "articles": [1],
                "quotes": [1],
                "words": [2],
                "compound": [0.5],
            }
        )
        writer.write({"speakers": speakers})
        writer.commit()
        assert read_table(tmp_path / fmt, "speakers")["speaker_name"][0] == "Jo\ufffd"


def test_checked_leaves_the_loaders_frames_alone(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rain\n\nRain fell all week.\n")
    loaded = analysis.load_articles(tmp_path)
    assert checked(loaded) is loaded


def test_the_loader_and_the_measures_agree_on_what_is_analysed() -> None:
    assert frozenset(measure.MEASURABLE) == ANALYSED

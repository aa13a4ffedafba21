"""The notebooks' table helpers: exact rows, stable order, degenerate input."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from fixtures import tables

import analysis
from analysis import paths, schema
from analysis.presentation import explore


def test_display_path_hides_the_machine() -> None:
    assert explore.display_path(paths.SEEDS_DIR) == "seeds"
    assert explore.display_path(paths.REPO_DIR / "notebooks" / "x.txt") == "notebooks/x.txt"
    assert explore.display_path(paths.REPO_DIR) == "."
    assert explore.display_path("my/articles") == "my/articles"
    assert explore.display_path("/elsewhere/articles") == "/elsewhere/articles"


def test_as_text_fixes_decimals_aligns_text_and_cuts_long_cells() -> None:
    frame = pd.DataFrame(
        {"name": ["a", "a long name here", None], "x": [1 / 3, 2.0, math.nan], "n": [1, 22, 3]}
    )
    assert explore.as_text(frame, width=10).splitlines() == [
        "name          x  n",
        "a          0.33  1",
        "a long na… 2.00 22",
        "NA          NaN  3",
    ]
    assert explore.as_text(frame.head(0)) == "(none)"


def test_as_text_formats_floats_inside_mixed_columns() -> None:
    frame = pd.DataFrame({"v": [0.123456, "text", 7]}, dtype=object)
    assert explore.as_text(frame, floats=3).splitlines() == ["v", "0.123", "text", "7"]


def test_as_blocks_keeps_the_whole_text() -> None:
    frame = pd.DataFrame({"who": ["Ann"], "score": [0.5], "text": ["word " * 30]})
    lines = explore.as_blocks(frame, wrap=40).splitlines()
    assert lines[0] == "1. who Ann · score 0.50"
    assert all(line.startswith("   word") for line in lines[1:])
    assert sum(line.count("word") for line in lines[1:]) == 30
    assert explore.as_blocks(frame.head(0)) == "(none)"


def test_labels_are_unique_and_fall_back_to_the_id() -> None:
    frame = pd.DataFrame({"article_id": ["x", "y", "z"], "title": ["Rain", None, "Rain"]})
    assert explore.labels(frame).to_dict() == {"x": "Rain", "y": "y", "z": "Rain (2)"}


# -- 01 corpus -------------------------------------------------------------------------


def test_corpus_overview_counts_and_tolerates_missing_columns() -> None:
    loaded = pd.DataFrame(
        {
            "article_id": ["a"],
            "title": ["Rain"],
            "body": ["Rain fell all night.\n\nThe river's level rose."],
            "status": ["ok"],
            "captions": [["A flooded road.", "Sandbags."]],
            "source": [str(paths.SEEDS_DIR / "x.txt")],
        }
    )
    row = explore.corpus_overview(loaded).iloc[0]
    assert (row["captions"], row["paragraphs"], row["words"]) == (2, 2, 8)
    assert row["characters"] == len(loaded.loc[0, "body"])
    assert row["source"] == "seeds/x.txt"
    assert pd.isna(row["duplicate_of"]) and pd.isna(row["section"])


def test_captions_list_in_corpus_order() -> None:
    loaded = pd.DataFrame(
        {"article_id": ["a", "b"], "title": ["A", "B"], "captions": [["c1", "c2"], []]}
    )
    assert explore.captions_list(loaded).to_dict("records") == [
        {"article": "A", "caption": "c1"},
        {"article": "A", "caption": "c2"},
    ]


def test_status_counts_most_first_then_by_name() -> None:
    frame = pd.DataFrame({"status": ["ok", "empty", "binary", "ok", None, "empty"]})
    out = explore.status_counts(frame)
    assert out.values.tolist() == [["empty", 2], ["ok", 2], ["NA", 1], ["binary", 1]]


def test_duplicates_lists_only_flagged_articles() -> None:
    frame = pd.DataFrame(
        {"article_id": ["a", "b"], "title": ["A", "B"], "duplicate_of": [None, "a"]}
    )
    assert explore.duplicates(frame).values.tolist() == [["b", "B", "a"]]
    assert explore.duplicates(frame.drop(columns="duplicate_of")).empty


PAGE = """Storm closes port
 A crane in the rain.
A crane in the rain.
TT
20

Storm closes port

A crane in the rain.

The port shut at noon.

Ships waited   offshore.
"""


def test_dropped_lines_name_what_the_loader_left_out(tmp_path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    loaded = pd.DataFrame(
        {
            "article_id": ["p"],
            "source": ["page.txt"],
            "title": ["Storm closes port"],
            "captions": [["A crane in the rain."]],
            "body": ["The port shut at noon.\n\nShips waited offshore."],
        }
    )
    out = explore.dropped_lines(loaded, tmp_path)
    assert out.values.tolist() == [
        ["page.txt", "A crane in the rain.", 2, "caption repeated"],
        ["page.txt", "Storm closes port", 1, "headline repeated"],
        ["page.txt", "20", 1, "page chrome"],
        ["page.txt", "TT", 1, "page chrome"],
    ]
    assert explore.dropped_summary(out).values.tolist() == [
        ["caption repeated", 1, 2],
        ["headline repeated", 1, 1],
        ["page chrome", 2, 2],
    ]


def test_dropped_lines_skip_tables_and_missing_files(tmp_path) -> None:
    (tmp_path / "t.csv").write_text("title,body\nA,b\n", encoding="utf-8")
    loaded = pd.DataFrame(
        {"article_id": ["x", "y"], "source": ["t.csv", "gone.txt"], "title": ["A", "B"]}
        | {"body": ["b", "c"]}
    )
    assert explore.dropped_lines(loaded, tmp_path).empty
    assert explore.dropped_summary(explore.dropped_lines(loaded.head(0), tmp_path)).empty


def test_source_file_resolves_absolute_and_relative(tmp_path) -> None:
    (tmp_path / "sub").mkdir()
    f = tmp_path / "sub" / "a.txt"
    f.write_text("x", encoding="utf-8")
    assert explore.source_file(str(f), tmp_path) == f
    assert explore.source_file("sub/a.txt", tmp_path) == tmp_path / "sub" / "a.txt"
    assert explore.source_file("a.txt", f) == f  # the corpus named one file
    assert explore.source_file("nope.txt", tmp_path) is None


def test_versions_text_is_sorted_one_per_line() -> None:
    assert explore.versions_text({"textstat": "1", "Pandas": "2", "ftfy": "3"}) == (
        "ftfy == 3\nPandas == 2\ntextstat == 1"
    )


# -- 02 readability --------------------------------------------------------------------


def test_metric_guide_directions_come_from_the_schema() -> None:
    guide = explore.metric_guide().set_index("metric")
    assert list(guide.index) == list(explore.FORMULAS)
    assert guide.loc["flesch_reading_ease", "harder"] == "lower"
    assert set(guide.drop(index="flesch_reading_ease")["harder"]) == {"higher"}
    docs = {c.name: c.doc for c in schema.READABILITY}
    assert guide.loc["smog_index", "formula"] == docs["smog_index"]
    assert guide.loc["dale_chall_readability_score", "scale"] == "Dale–Chall score"


def test_side_by_side_and_which_article_each_formula_finds_hardest() -> None:
    side = explore.readability_side_by_side(tables.articles())
    assert list(side.columns) == [
        "Floods hit the valley",
        "Minister defends budget",
        "scale",
        "harder",
    ]
    assert side.loc["flesch_kincaid_grade"].tolist()[:2] == [5.5, 12.25]
    agree = explore.formula_agreement(side).set_index("metric")["hardest article"]
    assert agree["flesch_reading_ease"] == "Minister defends budget"  # lower ease is harder
    assert agree["coleman_liau_index"] == "Floods hit the valley"
    assert agree["text_standard"] == "Minister defends budget"


def test_side_by_side_leaves_out_articles_not_measured() -> None:
    arts = tables.articles(flesch_kincaid_grade=[5.5, math.nan])
    assert list(explore.readability_side_by_side(arts).columns) == [
        "Floods hit the valley",
        "scale",
        "harder",
    ]


def test_sentence_readability_scores_each_sentence_alone() -> None:
    out = explore.sentence_readability(tables.sentences(), tables.articles())
    assert out["label"].tolist()[:1] == ["Floods hit the valley"]
    assert out["sentence"].tolist() == [0, 1, 2, 0, 1]
    expected = analysis.readability("Three.")["flesch_kincaid_grade"]
    assert out.loc[2, "flesch_kincaid_grade"] == expected


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


def test_tone_arc_scales_positions_and_smooths() -> None:
    arc = explore.tone_arc(tables.sentences(), tables.articles(), window=2)
    a = arc[arc["article_id"] == "a"]
    assert a["position"].tolist() == [0.0, 0.5, 1.0]
    assert a["smoothed"].tolist() == pytest.approx([0.6, 0.15, -0.15])
    assert arc["label"].tolist() == ["Floods hit the valley"] * 3 + ["Minister defends budget"] * 2
    summary = explore.arc_summary(arc)
    assert summary.values.tolist()[0] == ["Floods hit the valley", 3, 0.6, -0.3, 0.0]


def test_tone_arc_of_nothing_is_empty() -> None:
    arc = explore.tone_arc(tables.sentences().head(0), tables.articles())
    assert arc.empty and "label" in arc.columns
    assert explore.arc_summary(arc).empty


def test_extreme_sentences_respect_the_thresholds() -> None:
    pos, neg = explore.extreme_sentences(tables.sentences(), tables.articles(), n=5)
    assert pos["text"].tolist() == ["One.", "Five."]  # tie at 0.6: article a first
    assert neg["text"].tolist() == ["Four.", "Two."]


def test_tone_class_thresholds() -> None:
    values = [0.05, 0.0499, -0.0499, -0.05, math.nan]
    assert [explore.tone_class(v) for v in values] == [
        "positive",
        "neutral",
        "neutral",
        "negative",
        "NA",
    ]


def test_headline_vs_body_and_shares() -> None:
    out = explore.headline_vs_body(tables.articles())
    assert out.values.tolist()[0][:5] == [
        "Floods hit the valley",
        -0.3,
        -0.4,
        "negative",
        "negative",
    ]
    assert out["headline − body"].tolist() == pytest.approx([0.1, -0.2])
    shares = explore.tone_shares(tables.articles())
    assert shares.values.tolist()[1] == ["Minister defends budget", 0.2, 0.5, 0.5, 0.0]


# -- 04 quotations ---------------------------------------------------------------------


def test_speaker_table_leaves_out_scare_quotes() -> None:
    out = explore.speaker_table(tables.quotes())
    assert out.values.tolist() == [
        ["the minister", 1, 2, 1, 1, 7, 3.5, pytest.approx(0.25)],
        ["Ann Lee", 1, 1, 1, 0, 3, 3.0, -0.6],
        ["(unattributed)", 1, 1, 0, 1, 1, 1.0, 0.0],
    ]
    bars = explore.speaker_bars(out)
    assert bars.columns.tolist() == ["speaker_name", "words"]
    assert explore.speaker_table(tables.quotes().head(0)).empty


def test_cue_counts_merge_case_and_name_missing_cues() -> None:
    out = explore.cue_counts(tables.quotes())
    assert out.values.tolist() == [["told", 2, 0.5], ["(no cue)", 1, 0.25], ["said", 1, 0.25]]


def test_kind_summary() -> None:
    out = explore.kind_summary(tables.quotes()).set_index("kind")
    assert out.loc["full"].tolist() == [2, 8, 4.0, 4.0, 1.0, pytest.approx(-0.1)]
    assert out.loc["partial", "attributed"] == 0.5
    assert out.loc["scare", "quotations"] == 1
    empty = explore.kind_summary(tables.quotes().head(0))
    assert empty["quotations"].tolist() == [0, 0, 0] and empty["mean words"].isna().all()


def test_quote_examples_in_corpus_order() -> None:
    out = explore.quote_examples(tables.quotes(), tables.articles(), "partial")
    assert out["text"].tolist() == ["x", "y z"]  # article a comes first in the corpus


def test_voice_comparison_only_for_articles_with_quotations() -> None:
    out = explore.voice_comparison(tables.articles())
    assert out.values.tolist() == [
        ["Minister defends budget", 1, 0.5, 0.25, -0.1, pytest.approx(0.35)]
    ]


# -- 05 findings -----------------------------------------------------------------------


def test_findings_rank_and_describe_each_article() -> None:
    compared = explore.compare_articles(tables.articles(status=["ok", "ok"]))
    assert compared["label"].tolist() == ["Floods hit the valley", "Minister defends budget"]
    assert explore.findings(compared) == [
        "2 articles analysed in full.",
        "Hardest to read by the consensus grade: “Minister defends budget” (grade 11.0); "
        "easiest: “Floods hit the valley” (grade 6.0).",
        "Most negative body: “Floods hit the valley” (mean compound -0.40); "
        "most positive: “Minister defends budget” (+0.20).",
        "Leans most on quotation: “Minister defends budget” (50% of its words quoted).",
        "“Floods hit the valley”: grade 6.0 by consensus, body negative on average (-0.40), "
        "headline negative (-0.30); no quotations.",
        "“Minister defends budget”: grade 11.0 by consensus, body positive on average (+0.20), "
        "headline neutral (+0.00); 1 quotations carry 50% of the words and the quoted voices "
        "sound warmer than the reporter (+0.25 against -0.10).",
    ]


def test_findings_of_one_and_of_no_article() -> None:
    one = explore.compare_articles(tables.articles(status=["ok", "empty"]))
    assert len(one) == 1
    assert explore.findings(one)[0] == "1 article analysed in full."
    assert len(explore.findings(one)) == 2
    none = explore.compare_articles(tables.articles(status=["empty", "binary"]))
    assert explore.findings(none) == [
        "No article was analysed in full, so there is nothing to compare."
    ]


def test_numbers_never_print_as_negative_zero() -> None:
    assert explore.fmt(-0.004) == "0.00"
    assert explore.fmt(-0.004, sign=True) == "+0.00"
    assert explore.fmt(-0.006, sign=True) == "-0.01"
    assert explore.as_text(pd.DataFrame({"x": [-0.001]})).splitlines() == ["   x", "0.00"]


def test_duplicates_are_compared_once() -> None:
    arts = tables.articles()
    arts["duplicate_of"] = pd.array([pd.NA, "a"], dtype="string")
    assert explore.compare_articles(arts)["label"].tolist() == ["Floods hit the valley"]

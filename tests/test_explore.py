"""explore's formatting, selection and 01-corpus helpers: exact rows, stable order,
degenerate input. (Groups and examples: test_explore_groups; 02–05: test_explore_measures
and test_explore_findings.)"""

from __future__ import annotations

import math

import pandas as pd

from analysis import paths
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


def test_numbers_never_print_as_negative_zero() -> None:
    assert explore.fmt(-0.004) == "0.00"
    assert explore.fmt(-0.004, sign=True) == "+0.00"
    assert explore.fmt(-0.006, sign=True) == "-0.01"
    assert explore.as_text(pd.DataFrame({"x": [-0.001]})).splitlines() == ["   x", "0.00"]


def test_percent_count_and_listing_notes() -> None:
    assert (explore.percent(0.125), explore.percent(math.nan)) == ("12%", "NaN")
    assert explore.count(1, "file") == "1 file"
    assert explore.count(12_345, "speaker") == "12,345 speakers"
    frame = pd.DataFrame({"x": [1, 22]})
    assert explore.listing(frame, 2, "rows") == "All 2 rows shown.\n x\n 1\n22"
    assert explore.listing(frame.head(1), 9, "rows").splitlines()[0] == "1 of 9 rows shown."
    assert explore.listing(frame.head(0), 0, "repeats") == "No repeats."
    blocks = explore.listing(pd.DataFrame({"n": [1], "text": ["Rain."]}), 1, "rows", text="text")
    assert blocks.splitlines()[1:] == ["1. n 1", "   Rain."]


# -- selection ---------------------------------------------------------------------------


def test_analysed_means_ok_and_not_a_repeat() -> None:
    frame = pd.DataFrame(
        {
            "status": ["ok", "ok", "empty", None, "ok"],
            "duplicate_of": [None, "a", None, None, pd.NA],
        }
    )
    assert explore.is_analysed(frame).tolist() == [True, False, False, False, True]
    assert explore.analysed(frame).index.tolist() == [0, 4]
    no_column = frame.drop(columns="duplicate_of")
    assert explore.is_analysed(no_column).tolist() == [True, True, False, False, True]
    assert explore.analysed(frame.head(0)).empty


def test_spread_picks_evenly_including_both_ends() -> None:
    frame = pd.DataFrame({"x": range(100)})
    assert explore.spread(frame, 5)["x"].tolist() == [0, 25, 50, 74, 99]
    assert explore.spread(frame, 1)["x"].tolist() == [0]
    assert explore.spread(frame.head(3), 10)["x"].tolist() == [0, 1, 2]
    assert explore.spread(frame, 0).empty


def test_top_keeps_order_on_ties() -> None:
    frame = pd.DataFrame({"v": [2, 5, 5, 1], "name": list("abcd")})
    assert explore.top(frame, "v", 2)["name"].tolist() == ["b", "c"]
    assert explore.top(frame, "v", 2, largest=False)["name"].tolist() == ["d", "a"]


def test_column_gives_na_when_absent() -> None:
    frame = pd.DataFrame({"a": [1, 2]}, index=[5, 7])
    missing = explore.column(frame, "section")
    assert missing.index.tolist() == [5, 7] and missing.isna().all()


# -- 01 corpus: what was loaded ------------------------------------------------------------


def _loaded() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d"],
            "source": ["c/x/1.txt", "c/x/2.txt", "c/y/3.txt", "c/README.TXT"],
            "section": ["x", "x", "y", None],
            "title": ["A", "B", "C", "D"],
            "date": ["2024-01-05", None, "2024-03-01T10:00:00+02:00", None],
            "status": ["ok", "ok", "ok", "empty"],
            "duplicate_of": [None, "a", None, None],
            "n_words": [10, 10, 30, pd.NA],
        }
    )


def test_loaded_summary_names_repeats_beside_the_analysed() -> None:
    assert explore.loaded_summary("my/articles", _loaded()) == (
        "Corpus my/articles: 4 articles loaded from 4 files; 3 analysed in full, of which "
        "1 repeats an earlier body: 2 distinct articles."
    )
    one = _loaded().head(1)
    assert explore.loaded_summary(paths.SEEDS_DIR, one) == (
        "Corpus seeds: 1 article loaded from 1 file; 1 analysed in full."
    )
    # A documentation file keeps its row but is no article.
    docs = pd.concat([one, one.assign(source="README.TXT", status="skipped: documentation file")])
    assert explore.loaded_summary("my/articles", docs) == (
        "Corpus my/articles: 1 article (and 1 file skipped, not articles) loaded from 2 files;"
        " 1 analysed in full."
    )


def test_inventory_per_section_with_dates() -> None:
    out = explore.inventory(_loaded())
    assert out.columns.tolist() == [
        "section",
        "files",
        "articles",
        "analysed",
        "words",
        "median words",
        "first",
        "last",
    ]
    assert out.fillna(-1).values.tolist() == [
        ["(top level)", 1, 1, 0, 0, -1.0, "NA", "NA"],
        ["x", 2, 2, 1, 10, 10.0, "2024-01-05", "2024-01-05"],
        ["y", 1, 1, 1, 30, 30.0, "2024-03-01", "2024-03-01"],
        ["all", 4, 4, 2, 40, 20.0, "2024-01-05", "2024-03-01"],
    ]


def test_inventory_without_sections_or_dates_is_one_row_counting_words_itself() -> None:
    loaded = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "source": ["f.txt", "f.txt"],
            "status": ["ok", "ok"],
            "body": ["Rain fell all night.", "Sun."],
        }
    )
    out = explore.inventory(loaded)
    assert out.values.tolist() == [["all", 1, 2, 2, 5, 2.5]]

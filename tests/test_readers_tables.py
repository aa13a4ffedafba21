"""CSV, JSON Lines and Parquet inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.loading.load import load_articles
from analysis.loading.readers.tabular import TableError, choose_columns

ROWS = [
    {"ID": "a-1", "Headline": "Rates held", "Story": "The bank held rates.\r\nMarkets rose.",
     "Published": "2025-02-12"},
    {"ID": "a-2", "Headline": "Snow falls", "Story": "Snow fell overnight across the region.",
     "Published": "February 13, 2025"},
]  # fmt: skip


def test_guessing_columns() -> None:
    cols = choose_columns(["id", "TITLE", "Full Text", "pub_date"])
    assert (cols.text, cols.title, cols.date, cols.id) == ("Full Text", "TITLE", "pub_date", "id")


def test_given_columns_match_ignoring_case() -> None:
    cols = choose_columns(["Kopf", "Inhalt"], text_column="inhalt", title_column="KOPF")
    assert (cols.text, cols.title) == ("Inhalt", "Kopf")


def test_missing_columns_are_named_with_the_columns_found() -> None:
    missing = choose_columns(["a", "headline"])
    assert (missing.text, missing.title, missing.missing) == (
        None,
        "headline",
        "unreadable: no text column",
    )
    assert missing.missing_reason() == (
        "columns found: a, headline; name the text column with --text-column"
    )
    assert choose_columns(["text"], text_column="x").missing == "unreadable: no column 'x'"
    assert choose_columns(["text"], title_column="y").missing == "unreadable: no column 'y'"


def _check(df: pd.DataFrame, reader: str, source: str) -> None:
    assert df["reader"].tolist() == [reader, reader]
    assert df["source"].tolist() == [source, source]
    assert df["position"].tolist() == [0, 1]
    assert df["title"].tolist() == ["Rates held", "Snow falls"]
    assert df["body"].tolist() == [
        "The bank held rates.\n\nMarkets rose.",
        "Snow fell overnight across the region.",
    ]
    assert df["date"].tolist() == ["2025-02-12", "2025-02-13"]
    assert df["external_id"].tolist() == ["a-1", "a-2"]
    assert df["status"].tolist() == ["ok", "ok"]


def test_csv(tmp_path: Path) -> None:
    pd.DataFrame(ROWS).to_csv(tmp_path / "news.csv", index=False)
    _check(load_articles(tmp_path / "news.csv"), "csv", "news.csv")


def test_tsv_in_cp1252(tmp_path: Path) -> None:
    rows = [dict(r, Story=r["Story"] + " Café £5.") for r in ROWS]
    (tmp_path / "news.tsv").write_bytes(
        pd.DataFrame(rows).to_csv(sep="\t", index=False).encode("cp1252")
    )
    df = load_articles(tmp_path / "news.tsv")
    assert df["body"][1] == "Snow fell overnight across the region. Café £5."
    assert df["encoding"].tolist() == ["cp1252", "cp1252"]


def test_jsonl(tmp_path: Path) -> None:
    lines = [json.dumps(r) for r in ROWS]
    (tmp_path / "news.jsonl").write_text(lines[0] + "\n\n" + lines[1] + "\n")
    _check(load_articles(tmp_path / "news.jsonl"), "jsonl", "news.jsonl")


def test_json_array(tmp_path: Path) -> None:
    (tmp_path / "news.json").write_text(json.dumps(ROWS, indent=2))
    _check(load_articles(tmp_path / "news.json"), "jsonl", "news.json")


def test_parquet(tmp_path: Path) -> None:
    pd.DataFrame(ROWS).to_parquet(tmp_path / "news.parquet")
    _check(load_articles(tmp_path / "news.parquet"), "parquet", "news.parquet")


def test_parquet_with_datetime_and_missing_text(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "text": ["A story about the harbour reopening after repairs.", None],
            "date": pd.to_datetime(["2025-02-12 10:30", "2025-02-13 00:00"]),
        }
    )
    frame.to_parquet(tmp_path / "x.parquet")
    df = load_articles(tmp_path / "x.parquet")
    assert df["date"].tolist() == ["2025-02-12T10:30:00", "2025-02-13T00:00:00"]
    assert df["status"].tolist() == ["ok", "empty"]
    assert df["title"].isna().all()


def test_text_column_option(tmp_path: Path) -> None:
    pd.DataFrame({"words": ["Body text here."], "hed": ["Hed"]}).to_csv(
        tmp_path / "a.csv", index=False
    )
    df = load_articles(tmp_path / "a.csv", text_column="words")
    assert (df["body"][0], df["title"][0]) == ("Body text here.", "Hed")


def test_no_text_column_gives_every_row_a_status(tmp_path: Path) -> None:
    pd.DataFrame({"id": range(20), "headline": [f"H{i}" for i in range(20)]}).to_csv(
        tmp_path / "a.csv", index=False
    )
    df = load_articles(tmp_path / "a.csv")
    assert len(df) == 20
    assert set(df["status"]) == {"unreadable: no text column"}
    assert set(df["reason"]) == {
        "columns found: id, headline; name the text column with --text-column"
    }
    assert df["title"].tolist() == [f"H{i}" for i in range(20)]
    assert df["external_id"].tolist() == [str(i) for i in range(20)]


def test_bad_json_lines_are_rows_and_reading_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        '{"text": "First story is here."}\n{not json\n[1, 2]\n{"text": "Last story."}\n'
    )
    df = load_articles(tmp_path / "a.jsonl")
    assert df["status"].tolist() == [
        "ok",
        "unreadable: bad json",
        "unreadable: bad json",
        "ok",
    ]
    assert df["position"].tolist() == [0, 1, 2, 3]


def test_unbalanced_csv_quote_keeps_earlier_rows(tmp_path: Path) -> None:
    good = "".join(f'r{i},"Story number {i} is fine."\n' for i in range(5))
    (tmp_path / "a.csv").write_text("id,text\n" + good + 'r5,"This one never closes\nr6,x\n')
    df = load_articles(tmp_path / "a.csv")
    # The open quotation mark runs to the end of the file, as one field.
    assert df["external_id"].tolist() == ["r0", "r1", "r2", "r3", "r4", "r5"]
    assert df["body"][5] == "This one never closes r6,x"
    assert set(df["status"]) == {"ok"}


def test_short_and_long_csv_rows(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text(
        "id,title,text\nr1,Only a title\nr2,T,Body here.,extra,fields\n\nr3,T3,Last.\n"
    )
    df = load_articles(tmp_path / "a.csv")
    assert df["status"].tolist() == ["no body", "ok", "ok"]
    assert df["body"].tolist()[1:] == ["Body here.", "Last."]


def test_error_after_rows_gives_truncated() -> None:
    from analysis.loading.readers.base import Record
    from analysis.loading.readers.tabular import _guarded

    def rows():
        yield Record(body="One.")
        raise ValueError("parser gave up")

    assert [r.status for r in _guarded(rows())] == ["ok", "truncated"]

    def no_rows():
        raise ValueError("parser gave up")
        yield

    with pytest.raises(TableError, match="unreadable: ValueError"):
        list(_guarded(no_rows()))


def test_empty_and_binary_tables(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "bin.csv").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "bad.parquet").write_bytes(b"not a parquet file at all")
    df = load_articles(tmp_path)
    assert dict(zip(df["source"], df["status"], strict=True)) == {
        f"{tmp_path.name}/bad.parquet": "unreadable: bad parquet",
        f"{tmp_path.name}/bin.csv": "binary",
        f"{tmp_path.name}/empty.csv": "empty",
    }
    assert set(df["reader"]) == {"unreadable"}


def test_mojibake_cell_is_repaired(tmp_path: Path) -> None:
    pd.DataFrame({"text": ["The cafÃ© reopened on Monday."]}).to_csv(
        tmp_path / "a.csv", index=False
    )
    row = load_articles(tmp_path / "a.csv").iloc[0]
    assert (row["body"], row["repaired"]) == ("The café reopened on Monday.", True)


def test_captions_column_as_list(tmp_path: Path) -> None:
    pd.DataFrame(
        {"text": ["Body."], "captions": [["A photo.", "A photo.", "Another."]]}
    ).to_parquet(tmp_path / "c.parquet")
    assert load_articles(tmp_path / "c.parquet")["captions"][0] == ["A photo.", "Another."]


def test_csv_streams_in_chunks(tmp_path: Path) -> None:
    from analysis.loading.load import iter_articles

    pd.DataFrame({"text": [f"Story {i} text." for i in range(25)]}).to_csv(
        tmp_path / "a.csv", index=False
    )
    sizes = [len(c) for c in iter_articles(tmp_path / "a.csv", chunk_size=10)]
    assert sizes == [10, 10, 5]


def test_tables_without_rows_give_one_empty_row(tmp_path: Path) -> None:
    (tmp_path / "header.csv").write_text("id,text\n")
    (tmp_path / "blank.jsonl").write_text("\n\n  \n")
    (tmp_path / "none.json").write_text("[]")
    df = load_articles(tmp_path)
    assert df[["reader", "status"]].values.tolist() == [
        ["jsonl", "empty"],
        ["csv", "empty"],
        ["jsonl", "empty"],
    ]


# -- every row accounted for, whatever the table holds -----------------------------------


@pytest.mark.parametrize("sep", [",", ";", "\t", "|"])
def test_the_delimiter_is_sniffed(tmp_path: Path, sep: str) -> None:
    rows = [[i, f"Title {i}", f"Story {i}, with commas; semicolons | pipes."] for i in range(50)]
    pd.DataFrame(rows, columns=["id", "title", "text"]).to_csv(
        tmp_path / "a.csv", index=False, sep=sep
    )
    df = load_articles(tmp_path / "a.csv")
    assert len(df) == 50 and set(df["status"]) == {"ok"}
    assert df["body"][7] == "Story 7, with commas; semicolons | pipes."


def test_the_delimiter_can_be_given(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("title,text\nT1,One; two\nT2,Three; four\n")
    assert load_articles(tmp_path / "a.csv")["body"].tolist() == ["One; two", "Three; four"]
    # Given, it is obeyed: split at ";" the header is one column, and no text column.
    df = load_articles(tmp_path / "a.csv", delimiter=";")
    assert df["status"].tolist() == ["unreadable: no text column"] * 2
    assert df["reason"][0].startswith("columns found: title,text;")
    (tmp_path / "b.tsv").write_text("title|text\nT|Body, with a comma.\n")
    assert load_articles(tmp_path / "b.tsv", delimiter="|")["body"][0] == "Body, with a comma."
    with pytest.raises(ValueError, match="one character"):
        load_articles(tmp_path / "a.csv", delimiter=";;")


def test_a_row_of_empty_cells_is_a_row_and_a_blank_line_is_not(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("title,text\n\nA,Body one.\n,\n\nB,Body two.\n")
    assert load_articles(tmp_path / "a.csv")["status"].tolist() == ["ok", "empty", "ok"]


def test_non_string_values_are_a_status_never_a_repr(tmp_path: Path) -> None:
    rows = [
        {"text": {"en": "English text, he said."}, "title": "Dict"},
        {"text": ["a", "b"], "title": "List"},
        {"text": 3.5, "title": "Float"},
        {"text": True, "title": "Bool"},
        {"text": "Real text, he said.", "title": 2024},
        {"text": "Real text again.", "title": ["not", "a", "title"]},
    ]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    df = load_articles(tmp_path / "a.jsonl")
    assert df["status"].tolist() == [
        "error: text is a dict",
        "error: text is a list",
        "error: text is a float",
        "error: text is a bool",
        "ok",
        "ok",
    ]
    assert df["body"].isna().tolist() == [True, True, True, True, False, False]
    assert df["title"].tolist()[3:5] == ["Bool", "2024"]  # a number is a fine headline
    assert pd.isna(df["title"][5])
    assert df["reason"][5] == "the title value is a list, not text: dropped"


def test_parquet_values_of_every_kind(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "text": pa.array(
                [{"en": "Struct text."}, {"en": None}], pa.struct([("en", pa.string())])
            ),
            "title": ["S1", "S2"],
        }
    )
    pq.write_table(table, tmp_path / "struct.parquet")
    pq.write_table(pa.table({"text": [1, 2, 3]}), tmp_path / "ints.parquet")
    pq.write_table(pa.table({"x": [1, 2, 3]}), tmp_path / "nothing.parquet")
    pq.write_table(
        pa.table({"text": pa.array([b"Bytes body.", None], pa.binary())}), tmp_path / "bin.parquet"
    )
    df = load_articles(tmp_path)
    got = {}
    for source, status in zip(df["source"], df["status"], strict=True):
        got.setdefault(source.split("/")[1], []).append(status)
    assert got == {
        "bin.parquet": ["ok", "empty"],
        "ints.parquet": ["error: text is an int"] * 3,
        "nothing.parquet": ["unreadable: no text column"] * 3,
        "struct.parquet": ["error: text is a dict"] * 2,
    }
    assert df["reason"][0] == "the text value was bytes, decoded as ascii"


def test_jsonl_lines_without_the_text_field_list_the_fields(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"headline": "H", "summary": "S"}\n{"text": "Fine."}\n')
    df = load_articles(tmp_path / "a.jsonl")
    assert df["status"].tolist() == ["unreadable: no text field", "ok"]
    assert df["reason"][0] == (
        "columns found: headline, summary; name the text column with --text-column"
    )
    assert df["title"][0] == "H"


def test_a_json_array_is_read_item_by_item(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.loading.readers import tabular

    monkeypatch.setattr(tabular, "_JSON_CHUNK", 16)  # every item straddles buffer ends
    items = [{"title": f"T{i}", "text": f"Story number {i} " * (i + 1)} for i in range(30)]
    items[5] = 12345678  # a number cut at a buffer end must not be read as two
    (tmp_path / "a.json").write_text(json.dumps(items, indent=1))
    df = load_articles(tmp_path / "a.json")
    assert len(df) == 30
    assert df["status"][5] == "unreadable: bad json"
    assert df["reason"][5] == "an int, not an object"
    assert df["body"][29] == ("Story number 29 " * 30).strip()
    (tmp_path / "b.json").write_text('[{"text": "One."}, {"text": "Two."}, {"te')
    assert load_articles(tmp_path / "b.json")["status"].tolist() == ["ok", "ok", "truncated"]

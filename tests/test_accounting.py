"""Nothing lost, round two: every file the walk meets and every table row is a row.

A folder mixing every input class of issue 16 (tests/fixtures/mixed.py) goes through
``load_articles`` and ``news-workbook report``; property tests then generate folders of
files of every kind, with any content and odd names, and count the rows.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from fixtures.mixed import (
    INJECTED,
    LATIN1_SHOWN,
    NO_TEXT_ROWS,
    write_mixed,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.cli import main
from analysis.loading import STATUSES
from analysis.loading.encoding import printable_name
from analysis.tables.output import read_table


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("mixed-run") / "mixed"
    root.mkdir()
    return root, write_mixed(root)


def _by_source(frame: pd.DataFrame) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for source, reader, status in zip(
        frame["source"], frame["reader"], frame["status"], strict=True
    ):
        out.setdefault(source, []).append((reader, status))
    return out


def test_every_file_member_and_row_of_the_mixed_folder_is_accounted_for(mixed: tuple) -> None:
    root, expected = mixed
    df = analysis.load_articles(root)
    assert _by_source(df) == expected
    assert len(df) == sum(len(rows) for rows in expected.values())
    assert df["article_id"].is_unique
    assert df["status"].notna().all() and df["reader"].notna().all()
    # Each row's position counts up within its source.
    assert (df.groupby("source").cumcount() == df["position"]).all()


def test_every_status_is_documented(mixed: tuple) -> None:
    root, _ = mixed
    patterns = [s.split("<")[0] for s in STATUSES]
    for status in set(analysis.load_articles(root)["status"]):
        assert any(status == p or (p.endswith(" ") and status.startswith(p)) for p in patterns) or (
            status in STATUSES
        ), status


def test_the_reasons_say_what_happened(mixed: tuple) -> None:
    root, _ = mixed
    n = root.name
    df = analysis.load_articles(root).set_index(["source", "position"])
    reason = df["reason"]
    assert reason[(f"{n}/no_text_column.csv", 0)] == (
        "columns found: id, headline, summary; name the text column with --text-column"
    )
    assert df["title"][(f"{n}/no_text_column.csv", NO_TEXT_ROWS - 1)] == f"Head {NO_TEXT_ROWS - 1}"
    assert reason[(f"{n}/report.docx", 0)].startswith("a word-processor document (save it as .txt")
    assert reason[(f"{n}/paper.pdf", 0)].startswith("a PDF (extract its text to .txt")
    assert "--include-docs" in reason[(f"{n}/README.TXT", 0)]
    assert (
        reason[(f"{n}/objects.jsonl", 0)] == "the text value is a dict, not a string: not analysed"
    )
    assert reason[(f"{n}/objects.jsonl", 3)] == "the title value is a dict, not text: dropped"
    # Never a repr: the dict's text appears nowhere.
    assert not df["body"].dropna().str.contains("English text").any()
    assert pd.isna(df["body"][(f"{n}/objects.jsonl", 0)])
    assert pd.isna(reason[(f"{n}/plain.txt", 0)])


def test_names_and_values_no_writer_can_take_are_made_printable(mixed: tuple) -> None:
    root, _ = mixed
    n = root.name
    df = analysis.load_articles(root).set_index("source")
    latin = df.loc[f"{n}/{LATIN1_SHOWN}"]
    assert (latin["title"], latin["status"]) == ("Café budget approved", "ok")
    assert "not UTF-8" in latin["reason"] and "\\xNN" in latin["reason"]
    lone = df.loc[f"{n}/surrogate.jsonl"]
    assert (lone["title"], lone["body"]) == (
        "Lone \ufffd surrogate",
        "A body with a lone \ufffd surrogate.",
    )
    assert lone["repaired"] and "U+FFFD" in lone["reason"]
    for value in df.reset_index()[["source", "title", "body", "reason"]].stack().dropna():
        value.encode("utf-8")  # every value can be written


def test_archives_html_and_documentation(mixed: tuple) -> None:
    root, _ = mixed
    n = root.name
    df = analysis.load_articles(root).set_index("source")
    member = df.loc[f"{n}/bundle.zip/bundle/politics/001.txt"]
    assert (member["title"], member["section"]) == (
        "Zipped budget approved",
        "bundle.zip/bundle/politics",
    )
    assert df.loc[f"{n}/story.txt.gz", "title"] == "Gz approved"
    page = df.loc[f"{n}/page.html"]
    assert (page["title"], page["body"]) == ("Budget approved", df.loc[f"{n}/plain.txt", "body"])
    saved = df.loc[f"{n}/page_saved.txt"]
    assert saved["title"] == "Budget vote" and "alert" not in saved["body"]
    with_docs = analysis.load_articles(root, include_docs=True).set_index("source")
    assert with_docs.loc[f"{n}/README.TXT", "status"] == "no body"
    assert with_docs.loc[f"{n}/bundle.zip/bundle/README.txt", "reader"] == "text"


@pytest.fixture(scope="module")
def reported(mixed: tuple, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple]:
    """The mixed folder through ``news-workbook report``, once per table format."""
    root, _ = mixed
    out = {}
    for fmt in ("parquet", "csv"):
        folder = tmp_path_factory.mktemp(f"mixed-{fmt}")
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            code = main(["report", str(root), "--out", str(folder), "--jobs", "1", "--format", fmt])
        out[fmt] = (code, folder, printed.getvalue())
    return out


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_the_report_accounts_for_the_mixed_folder(mixed: tuple, reported: dict, fmt: str) -> None:
    _, expected = mixed
    code, out, printed = reported[fmt]
    assert code == 0
    articles = read_table(out, "articles")
    assert _by_source(articles) == expected
    run = json.loads((out / "run.json").read_text())
    skipped = [s for rows in expected.values() for _, s in rows if s.startswith("skipped: ")]
    assert run["skipped"] == len(skipped)
    assert run["unsupported_formats"] == {
        ".docx": 2,
        ".pdf": 1,
        ".png": 1,
        ".rtf": 1,
        ".tar.gz": 1,
        ".xlsx": 1,
    }
    assert f"{len(skipped)} files skipped (not articles; the articles table says why):" in (
        printed.splitlines()
    )
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    page = (out / "report.html").read_text()
    # The article table's rows travel as JSON (the page is ASCII: other characters as
    # escapes) and its script puts every cell's text in a bdi element.
    assert "Evil \\u202etitle\\u202c here" in page
    assert 'document.createElement("bdi")' in page


def test_csv_output_neutralises_formulas_and_parquet_keeps_them(reported: dict) -> None:
    raw = (reported["csv"][1] / "articles.csv").read_text()
    cells = [cell for row in csv.reader(io.StringIO(raw)) for cell in row]
    for title in INJECTED:
        assert "'" + title in cells and title not in cells
    # Only numbers (a spreadsheet reads "-0.66" as a number, never a formula) may lead with "-".
    risky = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert all(_is_number(c) for c in risky), [c for c in risky if not _is_number(c)]
    for fmt in ("csv", "parquet"):
        titles = set(read_table(reported[fmt][1], "articles")["title"].dropna())
        assert set(INJECTED) <= titles, fmt  # read back as they were


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


# -- property: whatever is generated, every file and row is counted ------------------------

NAME = st.text(
    alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)),
    min_size=1,
    max_size=12,
)
CELL = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=40)
JSON_VALUE = st.one_of(
    st.none(), CELL, st.integers(), st.floats(allow_nan=False), st.lists(CELL, max_size=2),
    st.dictionaries(CELL, CELL, max_size=2), st.booleans(),
)  # fmt: skip
KINDS = ["text", "csv", "jsonl", "unsupported", "hidden", "gz-csv", "zip"]


@st.composite
def entries(draw: st.DrawFn) -> tuple[str, str, object]:
    kind = draw(st.sampled_from(KINDS))
    stem = draw(NAME).lstrip(".") or "x"
    if kind == "text":
        return kind, stem + ".txt", draw(st.binary(max_size=300))
    if kind in ("csv", "gz-csv"):
        rows = draw(st.lists(st.tuples(CELL, CELL), max_size=6))
        return (
            kind,
            stem + (".csv" if kind == "csv" else ".csv.gz"),
            (draw(st.sampled_from(",;\t|")), rows),
        )
    if kind == "jsonl":
        return (
            kind,
            stem + ".jsonl",
            draw(
                st.lists(
                    st.dictionaries(st.sampled_from(["text", "title", "x"]), JSON_VALUE),
                    min_size=1,
                    max_size=5,
                )
            ),
        )
    if kind == "unsupported":
        return (
            kind,
            stem + draw(st.sampled_from([".docx", ".pdf", ".png", ".xlsx", ".rtf"])),
            draw(st.binary(max_size=50)),
        )
    if kind == "hidden":
        return kind, "." + stem, draw(st.binary(max_size=20))
    members = draw(
        st.lists(
            st.tuples(st.sampled_from([".txt", ".pdf", ".docx"]), st.binary(max_size=60)),
            max_size=4,
        )
    )
    return kind, stem + ".zip", members


def _csv_bytes(sep: str, rows: list[tuple[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep)
    writer.writerow(["title", "text"])
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _write(folder: Path, kind: str, name: str, spec: object) -> int:
    """Write one generated entry; return the rows it must give (None: at least one)."""
    path = folder / name
    if kind in ("text", "unsupported", "hidden"):
        path.write_bytes(spec)  # type: ignore[arg-type]
        return 1
    if kind in ("csv", "gz-csv"):
        sep, rows = spec  # type: ignore[misc]
        data = _csv_bytes(sep, rows)
        path.write_bytes(data if kind == "csv" else gzip.compress(data))
        # A row of empty cells is a row; a table without rows is one 'empty' row.
        return max(1, len(rows))
    if kind == "jsonl":
        path.write_text("".join(json.dumps(row) + "\n" for row in spec))  # type: ignore[union-attr]
        return len(spec)  # type: ignore[arg-type]
    with zipfile.ZipFile(path, "w") as archive:
        for i, (suffix, data) in enumerate(spec):  # type: ignore[union-attr]
            archive.writestr(f"m{i}{suffix}", data)
    return len(spec) or 1  # type: ignore[arg-type]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entries(), max_size=8, unique_by=lambda e: e[1].lower()))
def test_every_generated_file_and_row_is_counted(generated: list[tuple[str, str, object]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "gen"
        folder.mkdir()
        wanted: dict[str, int] = {}
        for kind, name, spec in generated:
            n = _write(folder, kind, name, spec)
            if kind == "zip" and spec:  # an empty archive is one row of its own
                for i, (suffix, _) in enumerate(spec):  # type: ignore[arg-type]
                    wanted[f"gen/{printable_name(name)[0]}/m{i}{suffix}"] = 1
                continue
            wanted[f"gen/{printable_name(name)[0]}"] = n
        # Documentation files count as one row either way; read them to count table rows.
        loaded = analysis.load_articles(folder, include_docs=True)
        counts = loaded.groupby("source").size().to_dict()
        for source, n in wanted.items():
            if n == 1 and source.endswith(".txt"):
                assert counts.get(source, 0) >= 1, source  # a text file may hold several pages
            else:
                assert counts.get(source, 0) == n, (source, counts)
        assert set(counts) == set(wanted)
        assert loaded["status"].notna().all()
        tables = analysis.analyze(loaded, chunk_size=3)
        assert tables.articles["article_id"].tolist() == loaded["article_id"].tolist()


def test_undecodable_names_at_every_level(tmp_path: Path) -> None:
    root = os.fsencode(tmp_path / "names")
    os.mkdir(root)
    os.mkdir(os.path.join(root, b"d\xff"))
    for rel in (b"d\xff/a.txt", b"\xe9t\xe9.csv", b"tab\there.txt"):
        with open(os.path.join(root, rel), "wb") as fh:
            fh.write(b"title,text\nT,Some text.\n" if rel.endswith(b".csv") else b"T\n\nBody.\n")
    df = analysis.load_articles(tmp_path / "names")
    assert df[["source", "section"]].fillna("-").values.tolist() == [
        ["names/d\\xff/a.txt", "d\\xff"],
        ["names/tab\\x09here.txt", "-"],
        ["names/\\xe9t\\xe9.csv", "-"],
    ]
    assert df["status"].tolist() == ["ok", "ok", "ok"]
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["report", str(tmp_path / "names"), "--out", str(tmp_path / "out")]) == 0
    assert read_table(tmp_path / "out", "articles")["source"].tolist() == df["source"].tolist()

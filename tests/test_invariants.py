"""Nothing is lost: properties of any corpus, however broken, through analyze and the CLI.

Generated corpora (random bytes, random text made of news-like and hostile pieces, in
several encodings, under nested folders with odd names and article-file suffixes of
every reader) are written to a temporary folder. Then:

- every article loaded is a row of ``articles``, once, in order, with its loaded
  columns unchanged, and no row has an ``error:`` status;
- every paragraph, sentence, quote and speaker row points at an existing article, at
  offsets inside its body, and the per-article counts add up;
- ``news-workbook report`` writes as many article rows as ``load_articles`` reads, and
  report.html holds no markup from the articles.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_hostile_report import assert_no_live_markup

import analysis
from analysis.cli import main
from analysis.tables import Tables
from analysis.tables.output import read_table

PIECES = [
    "The council approved the budget",
    "the new plan would be published in the spring",
    '"We are pleased," said Smith. ',
    "“It will pour,” the forecaster said. ",
    "officials said",
    " ",
    " ",
    ". ",
    "! ",
    "? ",
    "\n",
    "\n\n",
    "\r\n",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "''",
    "'",
    "said Smith",
    "Mr.",
    "U.S.",
    "…",
    "<script>alert(1)</script>",
    "<b onclick=x>",
    "&amp;",
    "&#3;",
    "$\\frac{",
    "Ünïcödé café",
    "أعلنت الحكومة",
    "\x00",
    "\t",
    "<REUTERS>",
    "<BODY>",
    "</BODY>",
    "{",
    ",",
]
ENCODINGS = ["utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]
SUFFIXES = [".txt", ".txt", ".txt", ".txt", ".txt", ".csv", ".jsonl", ".sgm", ".md"]
FOLDERS = ["news", "a", "<b>", "é", "deep"]

texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(PIECES), st.text(max_size=12)),
    max_size=40,
).map("".join)
# Mostly article-shaped: a headline line, a blank line, a body (that may be anything).
bodies = st.lists(st.sampled_from(PIECES), min_size=5, max_size=60).map("".join)
articles = st.builds(lambda head, body: f"{head}\n\n{body}", texts, st.one_of(texts, bodies))
contents = st.one_of(
    st.binary(max_size=200),
    st.tuples(st.one_of(articles, articles, texts), st.sampled_from(ENCODINGS)).map(
        lambda t: t[0].encode(t[1], "replace")
    ),
)
files = st.tuples(
    st.lists(st.sampled_from(FOLDERS), max_size=3),
    st.sampled_from(SUFFIXES),
    contents,
)
corpora = st.lists(files, max_size=8)


def write_corpus(root: Path, corpus: list[tuple[list[str], str, bytes]]) -> None:
    for i, (folders, suffix, data) in enumerate(corpus):
        folder = root.joinpath(*folders)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i}{suffix}").write_bytes(data)


def check_tables(loaded: pd.DataFrame, tables: Tables) -> None:
    a = tables.articles
    assert a["article_id"].tolist() == loaded["article_id"].tolist()
    for column in ("source", "title", "body", "language"):
        assert a[column].fillna("<NA>").tolist() == loaded[column].fillna("<NA>").tolist()
    assert a["status"].notna().all()
    assert not a["status"].str.startswith("error:").any(), a["status"].tolist()
    ids = set(a["article_id"])
    for name, frame in tables.items():
        if name not in ("articles", "speakers"):  # speakers: over the corpus, no article
            assert set(frame["article_id"]) <= ids, name
    q = tables.quotes
    voiced = q[(q["kind"] != "scare") & ~q["nested"].astype(bool)]
    assert set(tables.speakers["speaker_id"]) == set(voiced["speaker_id"].dropna())
    assert tables.speakers["quotes"].sum() == voiced["speaker_id"].notna().sum()
    bodies = dict(zip(a["article_id"], a["body"], strict=True))
    measured = a[a["n_words"].notna()].set_index("article_id")
    for table, count in (("paragraphs", "n_paragraphs"), ("sentences", "n_sentences")):
        frame = getattr(tables, table)
        per_article = frame.groupby("article_id").size()
        expected = measured[count][measured[count] > 0]
        assert per_article.sort_index().to_dict() == expected.sort_index().to_dict(), table
        words = frame.groupby("article_id")["n_words"].sum()
        assert words.to_dict() == measured.loc[words.index, "n_words"].to_dict(), table
        for row in frame.itertuples():
            body = bodies[row.article_id]
            assert 0 <= row.start < row.end <= len(body)
            if table == "sentences":
                assert body[row.start : row.end] == row.text
    for row in tables.quotes.itertuples():
        body = bodies[row.article_id]
        assert 0 <= row.start <= row.end <= len(body)
        assert body[row.start : row.end] == row.text
    quotes = tables.quotes.groupby("article_id").size()
    n_quotes = measured["n_quotes_full"] + measured["n_quotes_partial"] + measured["n_quotes_scare"]
    assert quotes.to_dict() == n_quotes[n_quotes > 0].astype(int).to_dict()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(corpora)
def test_analyze_keeps_every_loaded_article(corpus: list[tuple[list[str], str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        root.mkdir()
        write_corpus(root, corpus)
        loaded = analysis.load_articles(root)
        tables = analysis.analyze(loaded, chunk_size=3)
    assert len(loaded) >= sum(1 for _, suffix, _ in corpus if suffix == ".txt")
    check_tables(loaded, tables)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(corpora)
def test_the_report_writes_a_row_for_every_loaded_article(
    corpus: list[tuple[list[str], str, bytes]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        root.mkdir()
        write_corpus(root, corpus)
        loaded = analysis.load_articles(root)
        out = Path(tmp) / "out"
        with contextlib.redirect_stdout(io.StringIO()):
            code = main(
                ["report", str(root), "--out", str(out), "--jobs", "1", "--chunk-size", "2"]
            )
        assert code == (0 if (loaded["status"] == "ok").any() else 1)
        articles = read_table(out, "articles")
        assert articles["article_id"].tolist() == loaded["article_id"].tolist()
        assert articles["source"].tolist() == loaded["source"].tolist()
        ids = set(articles["article_id"])
        for table in ("paragraphs", "sentences", "quotes", "article_speakers"):
            assert set(read_table(out, table, ["article_id"])["article_id"]) <= ids, table
        assert_no_live_markup((out / "report.html").read_text())

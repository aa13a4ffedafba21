"""report.html (presentation.report) and what a streamed run keeps for it (presentation.digest)."""

from __future__ import annotations

import html
import json
import re

import pandas as pd
import pyarrow as pa
import pytest
from fixtures.articles import sample_articles, speaker_articles

import analysis
from analysis.presentation.digest import TEXT_CUT, ReportRows
from analysis.presentation.explore import ExamplePicker, pick_examples
from analysis.presentation.report import REPORT_COLUMNS, render_report
from analysis.tables import Tables
from analysis.tables.output import read_table
from analysis.tables.speakers import corpus_speakers

VERSIONS = {"news-workbook": "test"}


def _hostile() -> pd.DataFrame:
    arts = sample_articles()
    arts.loc[0, "title"] = "<script>alert('x')</script> & <b>bold</b>"
    return arts


def _payload(page: str) -> dict:
    """The article table's rows, as the page's script reads them."""
    data = re.search(r"<script type='application/json' id='nwb-data'>(.*?)</script>", page, re.S)
    return json.loads(data.group(1))


def test_article_text_is_escaped() -> None:
    t = analysis.analyze(_hostile())
    page = render_report(t.articles, t.speakers, VERSIONS, examples=pick_examples(t))
    assert "<script>alert" not in page and "<b>bold" not in page
    # in the examples (HTML-escaped) and in the article table's data (JSON, "<" escaped)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in page
    assert "\\u003cscript\\u003ealert('x')\\u003c/script\\u003e \\u0026" in page
    titles = [row[1] for row in _payload(page)["rows"]]
    assert titles[0] == "<script>alert('x')</script> & <b>bold</b>"


def test_report_is_self_contained_and_ascii() -> None:
    t = analysis.analyze(sample_articles())
    page = render_report(t.articles, t.speakers, VERSIONS, examples=pick_examples(t))
    # one byte a character in memory; other characters are references, decoded by the browser
    assert page.isascii()
    assert "I don&#8217;t want to say imminent" in page  # an example's text, curly apostrophe
    assert page.count("src='data:image/png;base64,") == 3  # readability, tone, speakers
    assert "http://" not in page and "https://" not in page
    assert re.findall(r"href='([^']*)'", page) == [
        *(f"#{key}" for key in ("status", "readability", "tone", "speakers", "examples")),
        "#articles",
        *re.findall(r"href='(#article-[^']*)'", page),
    ]
    assert not re.search(r"\bsrc=['\"](?!data:)", page)


def test_every_article_is_in_the_table_and_examples_are_linked() -> None:
    t = analysis.analyze(sample_articles())
    examples = pick_examples(t)
    page = render_report(t.articles, t.speakers, VERSIONS, examples=examples)
    data = _payload(page)
    assert [row[0] for row in data["rows"]] == list(range(5))
    names = [c["name"] for c in data["columns"]]
    assert names[0] == "title" and "section" not in names  # no article has a section
    position = {a: i for i, a in enumerate(t.articles["article_id"])}
    assert data["links"] == {
        str(position[ex.article_id]): f"article-{ex.article_id}" for ex in examples
    }
    for ex in examples:
        assert f"id='article-{ex.article_id}'" in page
    assert page.count("<details class='example'>") == len({ex.article_id for ex in examples})


def test_groups_are_broken_down_when_the_corpus_has_them() -> None:
    t = analysis.analyze(sample_articles())
    arts = t.articles.copy()
    arts["section"] = pd.array(["news", "news", "other", "other", "news"], dtype="string")
    page = render_report(arts, t.speakers, VERSIONS)
    assert "<h3>By section</h3>" in page
    assert "alt='readability, tone and quotation by section'" in page
    flat = render_report(t.articles, t.speakers, VERSIONS)
    assert "By section" not in flat and "id='groups'" not in flat


def _section(page: str, key: str) -> str:
    """The text of one section of the page, tags and figures left out."""
    start = page.index(f"<h2 id='{key}'>")
    body = page[start : page.index("<h2 ", start + 1)]
    body = re.sub(r"</(li|tr|p)>", "\n", body)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def test_who_is_quoted_shows_the_speakers_table_and_the_sourcing_roll_ups() -> None:
    t = analysis.analyze(speaker_articles())
    page = render_report(t.articles[REPORT_COLUMNS], t.speakers, VERSIONS)
    text = " ".join(_section(page, "speakers").split())
    assert (
        "10 quotations (full and partial, not nested in another): 70% from a named speaker, "
        "20% from an unnamed source (“an official”, “aides”), 10% with no speaker found."
    ) in text
    assert "Distinct named people quoted: 3, 1 woman, 2 men, 0 of unknown gender" in text
    assert "quotations of persons 3 3 1 50% named people 1 2 0 33%" in text  # gender table
    assert "The 4 most quoted of 4 named speakers" in text
    rows = "Sarah Jones person female 2 3 17 0.31 Peter Walsh person male 1 2 10 0.24"
    assert rows in text
    assert "Department of Health organisation 1 1 1 0.00" in text  # no gender: blank
    assert "alt='speakers chart'" in page


def test_who_is_quoted_without_quotations() -> None:
    t = analysis.analyze(sample_articles().iloc[[2, 3, 4]])  # nobody quoted
    page = render_report(t.articles, t.speakers, VERSIONS)
    text = " ".join(_section(page, "speakers").split())
    assert "No quotation (full or partial, not nested in another) was found." in text
    assert "No quotation was attributed to a named speaker." in text
    assert "alt='speakers chart'" not in page


# -- what a streamed run keeps ---------------------------------------------------------------


def _chunks(t: Tables, size: int) -> list[Tables]:
    ids = t.articles["article_id"].tolist()
    return [t.select(ids[i : i + size]) for i in range(0, len(ids), size)]


def test_report_rows_fold_the_speakers_table_of_the_whole_corpus() -> None:
    t = analysis.analyze(pd.concat([speaker_articles(), sample_articles()], ignore_index=True))
    kept = ReportRows()
    for chunk in _chunks(t, 1):  # Sarah Jones is quoted in two chunks
        kept.add(chunk)
    pd.testing.assert_frame_equal(kept.speakers(), t.speakers)
    assert kept.speakers().set_index("speaker_name").loc["Sarah Jones", "articles"] == 2
    assert ReportRows().speakers().empty


def test_joined_or_swapped_tables_fold_their_speakers_from_their_own_quotations() -> None:
    t = analysis.analyze(pd.concat([speaker_articles(), sample_articles()], ignore_index=True))
    pd.testing.assert_frame_equal(Tables.concat(_chunks(t, 1)).speakers, t.speakers)
    jones = t.quotes[t.quotes["speaker_name"] == "Sarah Jones"]
    only = t.replace(quotes=jones).speakers
    assert only["speaker_name"].tolist() == ["Sarah Jones"]
    assert only["quotes"].iloc[0] == len(jones)
    assert t.replace(speakers=t.speakers.iloc[:0]).speakers.empty  # given, not derived


def test_report_rows_keep_every_article_and_the_examples() -> None:
    t = analysis.analyze(sample_articles())
    kept = ReportRows()
    for chunk in _chunks(t, 2):
        kept.add(chunk)
    rows = kept.articles()
    full = t.articles[REPORT_COLUMNS].reset_index(drop=True)
    assert rows.columns.tolist() == REPORT_COLUMNS
    for column in REPORT_COLUMNS:
        got, want = rows[column], full[column]
        if pd.api.types.is_numeric_dtype(want):
            pd.testing.assert_series_equal(got, want.astype("float64"), check_names=False)
        else:
            assert got.astype("object").where(got.notna(), None).tolist() == (
                want.astype("object").where(want.notna(), None).tolist()
            )
    assert sum(kept.quote_kinds.values()) == len(t.quotes)
    whole = ExamplePicker()
    whole.add(t)
    assert [e.article_id for e in kept.examples()] == [e.article_id for e in whole.examples()]


def test_report_rows_cut_long_text_and_stay_small() -> None:
    arts = sample_articles().head(2)
    arts.loc[0, "title"] = "T" * 10_000
    t = analysis.analyze(arts)
    kept = ReportRows()
    kept.add(t)
    title = kept.articles()["title"].iloc[0]
    assert len(title) == TEXT_CUT and title.endswith("…")
    per_article = kept.nbytes / kept.n
    assert per_article < 2 * TEXT_CUT + 400  # two cut texts, eighteen numbers, ids
    empty = ReportRows().articles()
    assert empty.columns.tolist() == REPORT_COLUMNS and empty.empty


def test_report_rows_merge_their_batches() -> None:
    t = analysis.analyze(sample_articles())
    kept = ReportRows()
    for _ in range(40):
        kept.add(t)
    assert len(kept.batches) < 40 and kept.n == 200
    assert isinstance(kept.batches[0], pa.Table)
    assert kept.articles()["article_id"].tolist() == t.articles["article_id"].tolist() * 40


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_the_command_writes_a_report_with_every_article(tmp_path, fmt: str) -> None:
    from analysis.cli import main

    src = tmp_path / "in"
    (src / "politics").mkdir(parents=True)
    (src / "sport").mkdir()
    story = '"We will win," {} said on Monday. The team trained hard all week.'
    coaches = ("Ann Walsh", "the coach", "Peter Lee")  # each quoted in several chunks
    for i in range(7):
        section = "politics" if i % 2 else "sport"
        text = story.format(coaches[i % 3])
        (src / section / f"{i}.txt").write_text(f"Story {i}\n\n{text} Day {i}.\n")
    out = tmp_path / "out"
    args = ["--out", str(out), "--jobs", "1", "--chunk-size", "2", "--format", fmt]
    assert main(["report", str(src), *args, "--no-progress"]) == 0
    page = (out / "report.html").read_text()
    data = _payload(page)
    assert len(data["rows"]) == 7
    # The speakers table the command writes is the one its report shows, folded once.
    speakers = read_table(out, "speakers")
    quotes = read_table(out, "quotes")
    pd.testing.assert_frame_equal(speakers, corpus_speakers(quotes), check_dtype=False)
    assert speakers[["speaker_name", "articles", "quotes"]].values.tolist() == [
        ["Ann Walsh", 3, 3],
        ["Peter Lee", 2, 2],
    ]
    assert (
        "7 quotations (full and partial, not nested in another): 71% from a named speaker, "
        "29% from an unnamed source"
    ) in page
    assert "<h3>By section</h3>" in page and "<details class='example'>" in page

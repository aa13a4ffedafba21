"""report.html (presentation.report) and what a streamed run keeps for it (presentation.digest)."""

from __future__ import annotations

import json
import re

import pandas as pd
import pyarrow as pa
import pytest
from fixtures.articles import sample_articles

import analysis
from analysis.presentation.digest import TEXT_CUT, ReportRows
from analysis.presentation.explore import ExamplePicker, pick_examples
from analysis.presentation.report import (
    REPORT_COLUMNS,
    render_report,
    speaker_summary,
    tally_speakers,
)
from analysis.tables import Tables

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


def test_speaker_tallies_of_chunks_add_up_to_the_whole() -> None:
    speakers = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b", "c"],
            "speaker_name": ["Ann", "(unattributed)", "Ann", "Bob", "Bob"],
            "quotes": [2, 1, 1, 3, 1],
            "words": [20, 5, 4, 30, 10],
            "compound": [0.5, 0.0, -0.5, 0.1, 0.3],
        }
    )
    whole = speaker_summary(speakers)
    parts = speaker_summary([tally_speakers(speakers.iloc[:3]), tally_speakers(speakers.iloc[3:])])
    pd.testing.assert_frame_equal(whole, parts)
    assert whole["speaker_name"].tolist() == ["Bob", "Ann"]
    assert whole["articles"].tolist() == [2, 2]
    assert whole["compound"].tolist() == [(3 * 0.1 + 0.3) / 4, (2 * 0.5 - 0.5) / 3]


# -- what a streamed run keeps ---------------------------------------------------------------


def _chunks(t: Tables, size: int) -> list[Tables]:
    ids = t.articles["article_id"].tolist()
    return [
        Tables(**{n: f[f["article_id"].isin(ids[i : i + size])] for n, f in t.items()})
        for i in range(0, len(ids), size)
    ]


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
    assert per_article < 2 * TEXT_CUT + 400  # two cut texts, a dozen numbers, ids
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
    story = '"We will win," the coach said on Monday. The team trained hard all week.'
    for i in range(7):
        section = "politics" if i % 2 else "sport"
        (src / section / f"{i}.txt").write_text(f"Story {i}\n\n{story} Day {i}.\n")
    out = tmp_path / "out"
    args = ["--out", str(out), "--jobs", "1", "--chunk-size", "2", "--format", fmt]
    assert main(["report", str(src), *args, "--no-progress"]) == 0
    page = (out / "report.html").read_text()
    data = _payload(page)
    assert len(data["rows"]) == 7
    assert "<h3>By section</h3>" in page and "<details class='example'>" in page

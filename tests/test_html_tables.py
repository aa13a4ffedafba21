"""The report's tables (presentation.html_tables): widths, numbers, escaping, the article data."""

from __future__ import annotations

import json
import math
import re

import pandas as pd

from analysis.presentation.html_tables import (
    ARTICLE_COLUMNS,
    PAGE_ROWS,
    TEXT_CUT,
    article_table,
    script_json,
    static_table,
)


def _data(fragment: str) -> dict:
    return json.loads(re.search(r"id='nwb-data'>(.*?)</script>", fragment, re.S).group(1))


def test_static_table_formats_numbers_and_cuts_text_with_a_hover() -> None:
    frame = pd.DataFrame(
        {
            "name": ["<b>Ann</b> & co", None],
            "count": [1234, 5],
            "share": [0.256, math.nan],
            "score": [1 / 3, -0.0001],
        }
    )
    html = static_table(frame, decimals={"share": -1}, widths={"name": 40})
    assert "<col style='width:40%'><col><col><col>" in html
    assert (
        "<td title='&lt;b&gt;Ann&lt;/b&gt; &amp; co'><bdi>&lt;b&gt;Ann&lt;/b&gt; &amp; co</bdi>"
        in html
    )
    cells = re.findall(r"<td class=num>([^<]*)</td>", html)
    assert cells == ["1,234", "26%", "0.33", "5", "", "0.00"]  # never -0.00
    assert html.startswith("<table class='nwb'>")
    assert static_table(frame, fit=True).startswith("<table class='nwb auto'>")


def test_static_table_links_rows_to_anchors() -> None:
    frame = pd.DataFrame({"title": ["A", "B"], "n": [1, 2]})
    html = static_table(frame, links={1: "article-x'y"}, link_column="title")
    assert "<a href='#article-x&#x27;y'><bdi>B</bdi></a>" in html
    assert html.count("<a ") == 1


def test_article_table_carries_every_row_and_leaves_out_empty_columns() -> None:
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "title": ["First", "T" * (TEXT_CUT + 50), None],
            "source": ["x/1.txt", "x/2.txt", "x/3.txt"],
            "section": [None, None, None],
            "status": ["ok", "ok", "binary"],
            "n_words": [10.0, 200.0, math.nan],
            "tone_mean": [0.123456, -0.5, math.nan],
            "quoted_share": [0.25, 0.0, math.nan],
        }
    )
    html = article_table(articles, links={"b": "article-b"})
    data = _data(html)
    names = [c["name"] for c in data["columns"]]
    assert names == ["title", "status", "n_words", "tone_mean", "quoted_share"]
    assert data["page"] == PAGE_ROWS
    assert data["rows"][0] == [0, "First", "ok", 10, 0.1235, 0.25, "x/1.txt"]
    assert len(data["rows"][1][1]) == TEXT_CUT and data["rows"][1][1].endswith("…")
    assert data["rows"][2] == [2, None, "binary", None, None, None, "x/3.txt"]
    assert data["columns"][0]["hover"] == 5  # the title shows its source file on hover
    assert data["links"] == {"1": "article-b"}
    widths = [float(w) for w in re.findall(r"<col style='width:([\d.]+)%'>", html)]
    assert len(widths) == len(names) and abs(sum(widths) - 100) < 0.5
    assert "<noscript>" in html and "fetch" not in html and "XMLHttpRequest" not in html
    for column in ARTICLE_COLUMNS:  # every header explains its column on hover
        if column.name in names:
            assert f"title='{column.name}'" in html


def test_script_json_cannot_close_its_script() -> None:
    text = script_json({"t": "</script><!-- \u2028 & >"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><!-- \u2028 & >"}

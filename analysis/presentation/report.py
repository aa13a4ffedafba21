"""The self-contained HTML report: what was read, the three axes over the corpus and its groups,
who is quoted, a few articles shown in full, and every article in a sortable table.

Figures are PNGs embedded as data URIs and the article table's rows travel inside
the page, so the file can be mailed or archived alone and fetches nothing. Every
piece of text that comes from an article (titles, sources, speakers, statuses)
is escaped, and bidirectionally isolated: a headline holding ``<script>`` is
shown, never run. The charts are drawn with ``text.parse_math`` off: matplotlib
would otherwise read ``$…$`` in a headline or a speaker's name ("SELLS $5 MLN UNIT
FOR $3 MLN") as mathematics, mangling it, or fail to draw the report at all.

Each section is one function of the page's parts, so that sections can be
changed, added or reordered on their own.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping, Sequence

import matplotlib

matplotlib.use("Agg")  # no display: reports are written by scripts and CI

import matplotlib.pyplot as plt
import pandas as pd

from analysis.presentation.article_view import article_view
from analysis.presentation.explore import examples as picked
from analysis.presentation.explore.groups import (
    OVERVIEW,
    breakdown,
    describe_measures,
    groupings,
    values_by_group,
)
from analysis.presentation.explore.selection import articles_read, is_analysed
from analysis.presentation.explore.speakers import (
    SOURCING_COLUMNS,
    TOP_SPEAKERS,
    gender_balance,
    sourcing_lines,
    speaker_table,
)
from analysis.presentation.figures import (
    axes_figure,
    readability_figure,
    speakers_figure,
    timeline_figure,
    tone_figure,
)
from analysis.presentation.html_tables import CSS as TABLE_CSS
from analysis.presentation.html_tables import article_table_parts, bdi, static_table

__all__ = ["REPORT_COLUMNS", "render_report"]

#: What the report reads of each article (all a streamed run keeps of it).
REPORT_COLUMNS = [
    "article_id",
    "title",
    "source",
    "section",
    "date",
    "status",
    "duplicate_of",
    "n_words",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "text_standard",
    "tone_mean",
    "headline_compound",
    "n_quotes",
    "quoted_share",
    "quoted_tone",
    "reporter_tone",
    "top_speaker",
    # the sourcing roll-ups, summed over every article by "Who is quoted"
    *(c for c in SOURCING_COLUMNS if c != "n_quotes"),
]

_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif;
  margin:0 auto;padding:1.5em 24px;max-width:1160px;color:#1f2328;line-height:1.45}
h1{margin-top:0} h2{border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:1.6em}
img{max-width:100%;height:auto} a{color:#0969da}
.note{color:#57606a;font-size:13px} nav{font-size:14px}
.cols{display:flex;flex-wrap:wrap;gap:16px}.cols>div{flex:1 1 420px;min-width:0}
pre.note{white-space:pre-wrap}
details.example{margin:.5em 0} details.example>summary{cursor:pointer;font-weight:600}
"""


def _figure_uri(fig: plt.Figure) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _img(fig: plt.Figure, alt: str) -> str:
    return f"<img alt='{html.escape(alt, quote=True)}' src='{_figure_uri(fig)}'>"


def render_report(
    articles: pd.DataFrame,
    speakers: pd.DataFrame,
    versions: Mapping[str, str],
    title: str = "news-workbook report",
    examples: Sequence[picked.Example] | None = None,
) -> str:
    """The report as one HTML string.

    ``articles`` may hold only :data:`REPORT_COLUMNS`; ``speakers`` is the corpus
    speakers table (``tables.speakers``, or the command's fold); ``examples`` (from
    :class:`~analysis.presentation.explore.examples.ExamplePicker`) are shown in full.
    """
    with matplotlib.rc_context({"text.parse_math": False}):  # labels are article text
        return _render(articles, speakers, versions, title, list(examples or []))


def _render(
    articles: pd.DataFrame,
    speakers: pd.DataFrame,
    versions: Mapping[str, str],
    title: str,
    examples: list[picked.Example],
) -> str:
    anchors = {ex.article_id: f"article-{ex.article_id}" for ex in examples}
    sections = [
        ("status", "What was read", _status_section(articles)),
        ("groups", "By section, source and date", _groups_section(articles)),
        ("readability", "Readability", _chart_section(readability_figure(articles), "readability")),
        ("tone", "Tone", _chart_section(tone_figure(articles), "tone")),
        ("speakers", "Who is quoted", _speakers_section(articles, speakers)),
        ("examples", "Examples", _examples_section(examples, anchors)),
        ("articles", "Every article", _articles_section(articles, anchors)),
    ]
    nav = " · ".join(f"<a href='#{key}'>{name}</a>" for key, name, body in sections if body)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>{html.escape(title)}</title><style>{_CSS}{TABLE_CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p>{_headline_numbers(articles)}</p>",
        f"<nav>{nav}</nav>",
    ]
    for key, name, body in sections:
        if body:  # a section is markup, or pieces of it (the article table's)
            parts.append(f"<h2 id='{key}'>{name}</h2>")
            parts.extend([body] if isinstance(body, str) else body)
    version_text = ", ".join(f"{k} {v}" for k, v in versions.items())
    parts.append(f"<p class='note'>Produced with {html.escape(version_text)}.</p>")
    parts.append("</body></html>")
    # An all-ASCII page is one byte per character in memory (a single "é" would make the
    # whole string two or four): the article table's rows, most of a large page, are ASCII
    # already, and other text becomes character references.
    return "\n".join(p if p.isascii() else _ascii(p) for p in parts)


def _ascii(fragment: str) -> str:
    """``fragment`` with every other character as an HTML character reference.

    Only for markup without ``<script>`` or ``<style>``, whose text is not decoded
    (the report's own script and style are ASCII, and checked to be).

    >>> _ascii("Señor “quoted” <b>")
    'Se&#241;or &#8220;quoted&#8221; <b>'
    """
    return fragment.encode("ascii", "xmlcharrefreplace").decode("ascii")


def _headline_numbers(articles: pd.DataFrame) -> str:
    ok = int((articles["status"] == "ok").fillna(False).sum())
    distinct = int(is_analysed(articles).sum())
    text = f"{articles_read(articles):,} articles read; {ok:,} analysed in full"
    if ok != distinct:
        repeats = ok - distinct
        verbs = ("repeats", "is") if repeats == 1 else ("repeat", "are")
        text += f" ({repeats:,} of them {verbs[0]} an earlier body and {verbs[1]} counted once)"
    return text + "."


def _status_section(articles: pd.DataFrame) -> str:
    counts = articles["status"].astype("object").fillna("NA").value_counts()
    table = counts.rename_axis("status").reset_index(name="articles")
    table = table.sort_values(["articles", "status"], ascending=[False, True], kind="mergesort")
    return static_table(table, fit=True)


def _groups_section(articles: pd.DataFrame) -> str:
    """A breakdown for every informative grouping, the first one also as a chart."""
    parts = []
    found = groupings(articles)
    for by in found:
        table = breakdown(articles, by, OVERVIEW)
        parts.append(f"<h3>By {html.escape(by)}</h3>")
        parts.append(static_table(table, decimals=_BREAKDOWN_DECIMALS, widths={by: 22}))
        if by in ("week", "month", "year"):
            parts.append(_img(timeline_figure(table, by, "tone"), f"articles and tone per {by}"))
    if not found:
        return ""
    parts.append(
        "<p class='note'>Over the articles analysed in full, repeats left out. "
        + html.escape("; ".join(describe_measures(OVERVIEW).splitlines()))
        + ".</p>"
    )
    by = found[0]
    panels = [
        ("Flesch–Kincaid grade", values_by_group(articles, "flesch_kincaid_grade", by), None),
        ("mean sentence tone", values_by_group(articles, "tone_mean", by), (-1, 1)),
        ("share of words quoted", values_by_group(articles, "quoted_share", by), (0, 1)),
    ]
    parts.append(_img(axes_figure(panels), f"readability, tone and quotation by {by}"))
    return "".join(parts)


_BREAKDOWN_DECIMALS = {
    "articles": 0,
    "analysed": 0,
    "words": 0,
    "negative": -1,
    "quoting": -1,
    "quoted share": -1,
}


def _chart_section(fig: plt.Figure, name: str) -> str:
    return _img(fig, f"{name} chart")


def _speakers_section(articles: pd.DataFrame, speakers: pd.DataFrame) -> str:
    lines = "".join(f"<li>{html.escape(line)}</li>" for line in sourcing_lines(articles, speakers))
    sourcing = (
        f"<ul>{lines}</ul><p class='note'>Counted over every article read, repeats included, as "
        "the speakers table counts: voiced quotations are the full and partial ones, a "
        "quotation inside another not counted again. A speaker's gender is what the article "
        "says (an honorific, a gendered role, a pronoun) or an unambiguous first name; "
        "otherwise unknown.</p>"
    )
    if speakers.empty:
        return f"{sourcing}<p>No quotation was attributed to a named speaker.</p>"
    balance = static_table(
        gender_balance(articles, speakers),
        decimals={"female": 0, "male": 0, "unknown": 0, "women share": -1},
        fit=True,
    )
    top = speaker_table(speakers, n=TOP_SPEAKERS)
    note = (
        f"<p class='note'>The {len(top)} most quoted of {len(speakers):,} named speakers "
        "(people, organisations, groups of people, documents), by quoted words; tone is the "
        "mean VADER compound of their quotations.</p>"
    )
    table = static_table(
        top,
        decimals={"articles": 0, "quotes": 0, "words": 0},
        widths={"speaker": 34, "type": 14, "gender": 10},
    )
    chart = _img(speakers_figure(speakers, top=TOP_SPEAKERS), "speakers chart")
    return f"<div class='cols'><div>{chart}</div><div>{sourcing}{balance}</div></div>{note}{table}"


def _examples_section(examples: list[picked.Example], anchors: Mapping[str, str]) -> str:
    if not examples:
        return ""
    table = picked.examples_table(examples)
    links = {i: anchors[ex.article_id] for i, ex in enumerate(examples)}
    parts = [
        "<p class='note'>Articles chosen on purpose among those analysed in full (of at least "
        f"{picked.MIN_WORDS} words when there are any): open one to see its quotations, "
        "speakers and sentence tone marked in the text.</p>",
        static_table(
            table,
            decimals={"value": 2, "words": 0},
            widths={"example": 14, "measure": 24, "title": 44},
            links=links,
            link_column="title",
        ),
    ]
    shown: set[str] = set()
    for ex in examples:
        if ex.article_id in shown:
            continue
        shown.add(ex.article_id)
        names = ", ".join(e.criterion.name for e in examples if e.article_id == ex.article_id)
        view = article_view(ex.tables, ex.article_id, anchor=anchors[ex.article_id])
        parts.append(
            f"<details class='example'><summary>{html.escape(names)}: {bdi(view.title)}</summary>"
            f"{view.html}</details>"
        )
    return "".join(parts)


def _articles_section(articles: pd.DataFrame, anchors: Mapping[str, str]) -> list[str]:
    note = (
        f"<p class='note'>All {len(articles):,} articles, in the order they were read. Click a "
        "header to sort, type to filter; hover over a cut cell to read it whole and over a "
        "title to see its file.</p>"
    )
    return [note, *article_table_parts(articles, anchors)]

"""The self-contained HTML report: summary, charts and who is quoted.

Figures are PNGs embedded as data URIs, so the file can be mailed or archived
alone. Every piece of text that comes from an article (titles, sources,
speakers, statuses, captions) passes through :func:`html.escape`: a headline
holding ``<script>`` is shown, never run. The charts are drawn with
``text.parse_math`` off: matplotlib would otherwise read ``$…$`` in a headline
or a speaker's name ("SELLS $5 MLN UNIT FOR $3 MLN") as mathematics, mangling
it, or fail to draw the report at all on one it cannot parse.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping

import matplotlib

matplotlib.use("Agg")  # no display: reports are written by scripts and CI

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from analysis.presentation.figures import readability_figure, speakers_figure, tone_figure

MAX_ARTICLE_ROWS = 500
SUMMARY_COLUMNS = [
    "title",
    "source",
    "status",
    "n_words",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "text_standard",
    "tone_mean",
    "headline_compound",
    "n_quotes",
    "quoted_share",
    "top_speaker",
]
REPORT_COLUMNS = ["article_id", *SUMMARY_COLUMNS]


def _figure_uri(fig: plt.Figure) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def tally_speakers(speakers: pd.DataFrame) -> pd.DataFrame:
    """Per-speaker sums over some articles; tallies of several chunks add up.

    Columns: ``speaker_name``, ``articles``, ``quotes``, ``words``, ``tone_x_quotes``.
    """
    named = speakers[speakers["speaker_id"].notna()]
    return (
        named.assign(tone_x_quotes=named["compound"] * named["quotes"], articles=1)
        .groupby("speaker_name")[["articles", "quotes", "words", "tone_x_quotes"]]
        .sum()
        .reset_index()
    )


def speaker_summary(tallies: list[pd.DataFrame] | pd.DataFrame) -> pd.DataFrame:
    """Speakers across the corpus: articles, quotations, words, mean tone of quotations.

    Takes the speakers table, or a list of :func:`tally_speakers` results.
    """
    if isinstance(tallies, pd.DataFrame):
        tallies = [tally_speakers(tallies)]
    columns = ["speaker_name", "articles", "quotes", "words", "compound"]
    frames = [t for t in tallies if len(t)]
    if not frames:
        return pd.DataFrame(columns=columns)
    out = pd.concat(frames).groupby("speaker_name").sum()
    out["compound"] = out.pop("tone_x_quotes") / out["quotes"]
    out = out.reset_index().sort_values(
        ["words", "quotes", "speaker_name"], ascending=[False, False, True]
    )
    return out[columns].reset_index(drop=True)


def _table(frame: pd.DataFrame, floats: int = 2) -> str:
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    rows = []
    for _, row in frame.iterrows():
        cells = []
        for value in row:
            if isinstance(value, float):
                text = "" if np.isnan(value) else f"{value:.{floats}f}"
            elif value is None or value is pd.NA:
                text = ""
            else:
                text = str(value)
            if isinstance(value, str):  # isolated: a right-to-left override stays in its cell
                cells.append(f"<td><bdi>{html.escape(text)}</bdi></td>")
            else:
                cells.append(f"<td>{html.escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


_CSS = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
table{border-collapse:collapse;font-size:13px;margin:1em 0}
td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f2f2f2} img{max-width:100%} .note{color:#666;font-size:13px}
"""


def render_report(
    articles: pd.DataFrame,
    speakers: pd.DataFrame | list[pd.DataFrame],
    versions: Mapping[str, str],
    title: str = "news-workbook report",
) -> str:
    """The report as one HTML string.

    ``articles`` may hold only :data:`REPORT_COLUMNS`; ``speakers`` is the speakers
    table or a list of :func:`tally_speakers` results.
    """
    with matplotlib.rc_context({"text.parse_math": False}):  # labels are article text
        return _render(articles, speakers, versions, title)


def _render(
    articles: pd.DataFrame,
    speakers: pd.DataFrame | list[pd.DataFrame],
    versions: Mapping[str, str],
    title: str,
) -> str:
    status_counts = articles["status"].fillna("NA").value_counts()
    ok = int(status_counts.get("ok", 0))
    summary = speaker_summary(speakers)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p>{len(articles)} articles read; {ok} analysed in full.</p>",
        "<h2>Status</h2>",
        _table(status_counts.rename_axis("status").reset_index(name="articles")),
        "<h2>Readability</h2>",
        f"<img alt='readability chart' src='{_figure_uri(readability_figure(articles))}'>",
        "<h2>Tone</h2>",
        f"<img alt='tone chart' src='{_figure_uri(tone_figure(articles))}'>",
        "<h2>Who is quoted</h2>",
    ]
    if summary.empty:
        parts.append("<p>No attributed quotations.</p>")
    else:
        parts.append(f"<img alt='speakers chart' src='{_figure_uri(speakers_figure(summary))}'>")
        parts.append(_table(summary.head(50)))
    shown = articles.head(MAX_ARTICLE_ROWS)[SUMMARY_COLUMNS]  # not a copy of every row
    parts.append("<h2>Articles</h2>")
    if len(articles) > MAX_ARTICLE_ROWS:
        parts.append(
            f"<p class='note'>The first {MAX_ARTICLE_ROWS} of {len(articles)} articles; "
            "the full table is articles.parquet / articles.csv.</p>"
        )
    parts.append(_table(shown))
    version_text = ", ".join(f"{k} {v}" for k, v in versions.items())
    parts.append(f"<p class='note'>Produced with {html.escape(version_text)}.</p>")
    parts.append("</body></html>")
    return "\n".join(parts)

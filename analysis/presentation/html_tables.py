"""Tables for the HTML report: static ones, and the sortable, filterable table of every article.

Both fit the page width: columns have fixed shares of it, text cells that do not fit
are cut with an ellipsis and show their whole text on hover (``title``). Text
from articles is escaped and isolated (``<bdi>``), so neither markup nor a
right-to-left override can change the page around it.

The article table holds every article of the run, however many: its rows travel as
JSON in a ``<script type="application/json">`` block (no markup inside, ``<``
escaped) and a few lines of inline script draw one page of them at a time, sort
by a clicked header and filter on typed text, setting text with ``textContent``
only. The page fetches nothing; without JavaScript the table says where the rows
are (the articles table written beside the report).
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import numpy as np
import pandas as pd

PAGE_ROWS = 50
TEXT_CUT = 200  # characters of a text cell kept in the article table's data


class Column(NamedTuple):
    """A column of the article table: articles column, header, width share, number format."""

    name: str
    header: str
    width: float  # percent of the table's width
    decimals: int | None = None  # None: text; -1: a share shown as a percentage
    hover: str | None = None  # another column shown on hover (the title's source file)


ARTICLE_COLUMNS = (
    Column("title", "title", 24, hover="source"),
    Column("section", "section", 8),
    Column("date", "date", 7),
    Column("status", "status", 7),
    Column("n_words", "words", 5.5, 0),
    Column("flesch_kincaid_grade", "FK grade", 5.5, 1),
    Column("flesch_reading_ease", "ease", 5.5, 1),
    Column("text_standard", "con\u00adsensus", 5.5, 1),
    Column("tone_mean", "tone", 5.5, 2),
    Column("headline_compound", "head\u00adline", 5.5, 2),
    Column("n_quotes", "quotes", 5.5, 0),
    Column("quoted_share", "quoted", 5.5, -1),
    Column("top_speaker", "top speaker", 10),
)

CSS = """
table.nwb{border-collapse:collapse;font-size:13px;margin:.6em 0 1.2em;table-layout:fixed;width:100%}
table.nwb td,table.nwb th{border:1px solid #d0d7de;padding:3px 6px;text-align:left;
  vertical-align:top;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
table.nwb th{background:#f6f8fa;white-space:normal;overflow-wrap:break-word}
table.nwb td.num,table.nwb th.num{text-align:right}
table.nwb.auto{table-layout:auto;width:auto;max-width:100%}
table.nwb.auto td{white-space:normal;overflow-wrap:anywhere}
#nwb-articles th{cursor:pointer;user-select:none}
#nwb-articles th[aria-sort=ascending]::after{content:" \\25B2"}
#nwb-articles th[aria-sort=descending]::after{content:" \\25BC"}
.nwb-controls{display:flex;flex-wrap:wrap;gap:8px;align-items:center;font-size:13px}
.nwb-controls input{flex:1 1 240px;min-width:0;padding:4px 6px}
"""

SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById("nwb-data").textContent);
  var cols = data.columns, rows = data.rows, view = [], page = 0, per = data.page;
  var table = document.getElementById("nwb-articles"), body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells, sortBy = -1, dir = 1;
  var filter = document.getElementById("nwb-filter"), info = document.getElementById("nwb-info");
  function shown(c, v) {
    if (v === null) return "";
    if (c.decimals === null) return String(v);
    if (c.decimals < 0) return Math.round(v * 100) + "%";
    var p = Math.pow(10, c.decimals);
    return (Math.round(v * p) / p + 0).toFixed(c.decimals);  // + 0: never "-0.00"
  }
  function draw() {
    body.replaceChildren();
    view.slice(page * per, page * per + per).forEach(function (r) {
      var tr = body.insertRow();
      cols.forEach(function (c, j) {
        var td = tr.insertCell(), text = shown(c, rows[r][j + 1]), link = data.links[r];
        td.title = c.hover === null ? text : text + " \\u2014 " + (rows[r][c.hover + 1] || "");
        if (c.decimals !== null) td.className = "num";
        // Text in a bdi: a title's direction override stays inside its cell.
        var b = document.createElement("bdi"); b.textContent = text;
        if (j === 0 && link) {
          var a = document.createElement("a"); a.href = "#" + link; a.appendChild(b);
          td.appendChild(a);
        } else { td.appendChild(b); }
      });
    });
    var last = Math.min(view.length, (page + 1) * per);
    info.textContent = (view.length ? (page * per + 1) + "\\u2013" + last : "0") + " of " +
      view.length + (view.length < rows.length ? " (filtered from " + rows.length + ")" : "");
  }
  function apply() {
    var q = filter.value.trim().toLowerCase();
    view = [];
    function hit(v) { return typeof v === "string" && v.toLowerCase().indexOf(q) >= 0; }
    rows.forEach(function (row, i) { if (!q || row.some(hit)) view.push(i); });
    if (sortBy >= 0) view.sort(function (a, b) {
      var x = rows[a][sortBy + 1], y = rows[b][sortBy + 1];
      if (x === y) return rows[a][0] - rows[b][0];
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * dir;
    });
    page = 0; draw();
  }
  Array.prototype.forEach.call(heads, function (th, j) {
    th.addEventListener("click", function () {
      dir = sortBy === j ? -dir : (cols[j].decimals === null ? 1 : -1); sortBy = j;
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      apply();
    });
  });
  filter.addEventListener("input", apply);
  document.getElementById("nwb-prev").addEventListener("click", function () {
    if (page > 0) { page--; draw(); }
  });
  document.getElementById("nwb-next").addEventListener("click", function () {
    if ((page + 1) * per < view.length) { page++; draw(); }
  });
  apply();
})();
"""


def bdi(text: object) -> str:
    """``text`` escaped and isolated from the text around it."""
    return f"<bdi>{html.escape(str(text))}</bdi>"


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _shown(value: object, decimals: int | None) -> str:
    if _missing(value):
        return ""
    if isinstance(value, int | np.integer) and not decimals:
        return f"{int(value):,}"
    if isinstance(value, float | np.floating) or decimals:
        number = float(value)
        if decimals == -1:
            return f"{round(number, 2) + 0.0:.0%}"
        places = 2 if decimals is None else decimals
        return f"{round(number, places) + 0.0:.{places}f}"  # + 0.0: never "-0.00"
    return " ".join(str(value).split())


def _integers(values: pd.Series) -> bool:
    return pd.api.types.is_integer_dtype(values)


def static_table(
    frame: pd.DataFrame,
    *,
    decimals: Mapping[str, int] | None = None,
    widths: Mapping[str, float] | None = None,
    fit: bool = False,
    links: Mapping[int, str] | None = None,
    link_column: str | None = None,
) -> str:
    """``frame`` as an HTML table that never overflows its container.

    Numbers are right-aligned with ``decimals[column]`` places (2 by default, -1
    for a percentage). ``widths`` gives columns a percent share of the width
    (the rest share what is left); text cut to its cell shows in full on hover.
    ``fit`` lets a small table take only the width it needs, wrapping text.
    ``links`` maps row positions to anchors for the cells of ``link_column``.
    """
    decimals = dict(decimals or {})
    widths = dict(widths or {})
    numeric = {
        c
        for c in frame.columns
        if pd.api.types.is_numeric_dtype(frame[c]) and frame[c].dtype != bool
    }
    cols = "".join(
        f"<col style='width:{widths[c]}%'>" if c in widths else "<col>" for c in frame.columns
    )
    head = "".join(
        f"<th{' class=num' if c in numeric else ''} title='{html.escape(str(c), quote=True)}'>"
        f"{html.escape(str(c))}</th>"
        for c in frame.columns
    )
    rows = []
    for i, values in enumerate(frame.itertuples(index=False, name=None)):
        cells = []
        for c, value in zip(frame.columns, values, strict=True):
            default = None if c not in numeric else 0 if _integers(frame[c]) else 2
            text = _shown(value, decimals.get(c, default))
            tip = f" title='{html.escape(text, quote=True)}'" if c not in numeric and text else ""
            content = bdi(text) if c not in numeric else html.escape(text)
            if links and c == link_column and i in links:
                content = f"<a href='#{html.escape(links[i], quote=True)}'>{content}</a>"
            cells.append(f"<td{' class=num' if c in numeric else ''}{tip}>{content}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    kind = "nwb auto" if fit else "nwb"
    return (
        f"<table class='{kind}'><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _json_value(value: object, decimals: int | None) -> object:
    if _missing(value) or (decimals is not None and value != value):  # NaN
        return None
    if decimals is None:
        text = " ".join(str(value).split())
        return text if len(text) <= TEXT_CUT else text[: TEXT_CUT - 1] + "…"
    number = float(value)
    return round(number, 4) if decimals else round(number)


def article_table(
    articles: pd.DataFrame,
    links: Mapping[str, str] | None = None,
    columns: Sequence[Column] = ARTICLE_COLUMNS,
) -> str:
    """Every article in a sortable, filterable, paged table (see the module doc).

    Columns of ``columns`` that no article has a value in (no sections, no dates)
    are left out. ``links`` maps article_ids to anchors in the page (the examples
    shown in full): their titles link there.
    """
    return "".join(article_table_parts(articles, links, columns))


def article_table_parts(
    articles: pd.DataFrame,
    links: Mapping[str, str] | None = None,
    columns: Sequence[Column] = ARTICLE_COLUMNS,
) -> list[str]:
    """:func:`article_table` as pieces, all ASCII, for a page that joins them once: the
    rows' JSON, most of a large report, is then copied once, into the page."""
    shown = [c for c in columns if c.name in articles and articles[c.name].notna().any()]
    hovers = sorted({c.hover for c in shown if c.hover and c.hover in articles})
    order = [c.name for c in shown] + hovers
    ids = articles["article_id"].astype(str).tolist() if "article_id" in articles else []
    link_rows = {i: links[a] for i, a in enumerate(ids) if links and a in links}
    head = {
        "page": PAGE_ROWS,
        "columns": [
            {
                "name": c.name,
                "decimals": c.decimals,
                "hover": order.index(c.hover) if c.hover in order else None,
            }
            for c in shown
        ],
        "links": link_rows,
    }
    total = sum(c.width for c in shown)
    cols = "".join(f"<col style='width:{c.width * 100 / total:.1f}%'>" for c in shown)
    header = "".join(
        f"<th{' class=num' if c.decimals is not None else ''} title='{html.escape(c.name)}'>"
        f"{html.escape(c.header)}</th>"
        for c in shown
    )
    return [
        "<div class='nwb-controls'><input id='nwb-filter' type='search' "
        "placeholder='Filter: any text in a title, source, section, status or speaker' "
        "aria-label='filter the articles'>"
        "<button id='nwb-prev' type='button'>&#9664; previous</button>"
        "<button id='nwb-next' type='button'>next &#9654;</button>"
        "<span id='nwb-info'></span></div>",
        f"<table class='nwb' id='nwb-articles'><colgroup>{cols}</colgroup>",
        f"<thead><tr>{header}</tr></thead><tbody></tbody></table>",
        "<noscript><p class='note'>Sorting and filtering this table needs JavaScript; every "
        "row is in the articles table written beside this report.</p></noscript>",
        "<script type='application/json' id='nwb-data'>",
        script_json(head)[:-1] + ',"rows":',
        _rows_json(articles, shown, hovers),
        "}</script>",
        f"<script>{SCRIPT}</script>",
    ]


def _rows_json(articles: pd.DataFrame, shown: Sequence[Column], hovers: Sequence[str]) -> str:
    """The rows as one JSON array, built row by row: ``[position, value, …]``.

    100,000 articles make a 15 MB array; built whole from Python objects it took
    six times that at its peak. Here only one row's values exist at a time, and
    ASCII escapes keep the text one byte per character.
    """
    decimals = [c.decimals for c in shown] + [None] * len(hovers)
    series = [articles[c.name] for c in shown] + [articles[h] for h in hovers]
    values = [
        s.to_numpy(dtype="float64", na_value=np.nan) if d is not None else s
        for s, d in zip(series, decimals, strict=True)
    ]
    parts = ["["]
    for i, row in enumerate(zip(*values, strict=True)):
        cells = [_json_value(v, d) for v, d in zip(row, decimals, strict=True)]
        parts.append(("," if i else "") + script_json([i, *cells], ascii_only=True))
    parts.append("]")
    return "".join(parts)


def script_json(payload: object, ascii_only: bool = False) -> str:
    """``payload`` as JSON that cannot end or break out of the ``<script>`` holding it.

    ``ascii_only`` writes every other character as a ``\\u`` escape too.

    >>> script_json({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(payload, ensure_ascii=ascii_only, separators=(",", ":"), allow_nan=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escaped)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")

"""One article as HTML: how a reader checks whether to trust the numbers.

The body is shown paragraph by paragraph. Each sentence is tinted by its VADER
compound (red for negative, green for positive, stronger the further from zero;
neutral sentences stay white). Quotations are underlined in the colour of their
kind (full, partial, scare) and numbered; the speaker's mention carries the same
numbers in a box, the cue is in italics. Beside the text stand the article's
measures and a legend; below it, one row per quotation with its speaker and cue.

Everything taken from the article is escaped (:func:`html.escape`), and titles,
names and sentences are bidirectional isolates (``<bdi>``), so neither markup nor
a right-to-left override in the text can change the page around it. Styles are
inline: the fragment looks the same in JupyterLab, in a report and on its own.
Speaker columns are read by name, and the ones a table lacks are left out.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pandas as pd

from analysis.schema import NEGATIVE, POSITIVE
from analysis.tables import Tables

KIND_COLOURS = {"full": "#1f5fa8", "partial": "#b45309", "scare": "#6b7280"}
KIND_NOTES = {
    "full": "full: a sentence or more",
    "partial": "partial: a fragment in the reporter's sentence",
    "scare": "scare: a term nobody is quoted as saying",
}
SPEAKER_DETAILS = ("speaker_type", "speaker_gender")  # shown when the quotes table has them
QUOTE_CUT = 160  # characters of a quotation shown in the list (the text holds it all)
MAX_CHARS = 50_000  # of the body shown: a 10 MB "article" must not become a 30 MB page
# Double quotes only: the style attributes that hold it are single-quoted.
_FONT = 'font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif'

# The measures beside the text: (section, label, column, decimals); missing columns are skipped.
MEASURES = (
    ("Size", "words", "n_words", 0),
    ("Size", "sentences", "n_sentences", 0),
    ("Size", "paragraphs", "n_paragraphs", 0),
    ("Readability", "Flesch–Kincaid grade", "flesch_kincaid_grade", 1),
    ("Readability", "reading ease (lower is harder)", "flesch_reading_ease", 1),
    ("Readability", "consensus grade", "text_standard", 1),
    ("Readability", "Gunning fog", "gunning_fog", 1),
    ("Readability", "SMOG", "smog_index", 1),
    ("Readability", "Dale–Chall", "dale_chall_readability_score", 1),
    ("Tone", "body: mean compound", "tone_mean", 2),
    ("Tone", "headline compound", "headline_compound", 2),
    ("Tone", "positive sentences", "share_positive", -1),
    ("Tone", "negative sentences", "share_negative", -1),
    ("Quotation", "full", "n_quotes_full", 0),
    ("Quotation", "partial", "n_quotes_partial", 0),
    ("Quotation", "scare", "n_quotes_scare", 0),
    ("Quotation", "words quoted", "quoted_share", -1),
    ("Quotation", "speakers", "n_speakers", 0),
    ("Quotation", "quoted voices' tone", "quoted_tone", 2),
    ("Quotation", "reporter's tone", "reporter_tone", 2),
)


@dataclass(frozen=True)
class ArticleView:
    """An article rendered as an HTML fragment; shown as HTML in Jupyter."""

    article_id: str
    title: str
    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        title = self.title if len(self.title) <= 60 else self.title[:59] + "…"
        return f"<ArticleView {self.article_id}: {title!r}>"

    def page(self) -> str:
        """The fragment as a whole HTML document."""
        return (
            "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width,initial-scale=1'>"
            f"<title>{html.escape(self.title)}</title></head>"
            f"<body style='margin:1.5em;{_FONT}'>{self.html}</body></html>"
        )

    def save(self, path: str | Path) -> Path:
        """Write :meth:`page` to ``path`` (UTF-8); returns the path."""
        path = Path(path)
        path.write_text(self.page(), encoding="utf-8")
        return path


def one_article(tables: Tables, article_id: str) -> Tables:
    """The rows of every table that belong to ``article_id`` (empty frames when none)."""
    return tables.select([article_id])


def article_view(
    tables: Tables, article: str | int, anchor: str | None = None, max_chars: int = MAX_CHARS
) -> ArticleView:
    """The article ``article`` (an article_id, or a row position in ``tables.articles``).

    ``anchor`` becomes the fragment's ``id``, for links to it. Only the first
    ``max_chars`` characters of the body are shown (with a note saying so), and the
    quotations that begin there. Raises
    :class:`KeyError` for an id not in the tables and :class:`IndexError` for a
    position out of range.
    """
    articles = tables.articles
    if isinstance(article, int):
        article_id = str(articles["article_id"].iloc[article])
    else:
        article_id = str(article)
        if not (articles["article_id"].astype(str) == article_id).any():
            raise KeyError(f"no article with article_id {article_id!r} in these tables")
    own = one_article(tables, article_id)
    row = own.articles.iloc[0]
    title = _text(row.get("title")) or article_id
    return ArticleView(article_id, title, _render(own, row, title, anchor, max_chars))


# -- the fragment ------------------------------------------------------------------------


def _render(own: Tables, row: pd.Series, title: str, anchor: str | None, max_chars: int) -> str:
    quotes = _numbered(own.quotes)
    body = row.get("body")
    cut = isinstance(body, str) and len(body) > max_chars
    if cut:
        quotes = quotes[(quotes["start"].astype("float64") < max_chars).to_numpy()]
    ident = f" id='{html.escape(anchor, quote=True)}'" if anchor else ""
    return "".join(
        [
            f"<div class='nwb-article'{ident} style='{_FONT};color:#1f2328;line-height:1.55;"
            "max-width:1100px;border:1px solid #d0d7de;border-radius:6px;padding:12px 16px'>",
            f"<div style='font-size:1.15em;font-weight:600'>{_bdi(title)}</div>",
            f"<div style='color:#57606a;font-size:0.85em;margin-bottom:8px'>{_byline(row)}</div>",
            "<div style='display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start'>",
            "<div style='flex:1 1 420px;min-width:0;max-width:72ch'>",
            _body(row, own.paragraphs, own.sentences, quotes, max_chars),
            _cut_note(len(body), max_chars) if cut else "",
            "</div>",
            "<div style='flex:0 1 260px;min-width:220px;font-size:0.85em'>",
            _measures(row),
            _legend(),
            "</div></div>",
            _quote_list(quotes),
            "</div>",
        ]
    )


def _byline(row: pd.Series) -> str:
    parts = []
    for name in ("source", "section", "date"):
        value = _text(row.get(name))
        if value:
            parts.append(f"{name} {_bdi(value)}")
    status = _text(row.get("status")) or "ok"
    parts.append(f"status {_bdi(status)}")
    parts.append(f"article_id {_bdi(_text(row.get('article_id')))}")
    return " · ".join(parts)


def _numbered(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotations in text order, numbered from 1 as the view shows them."""
    if quotes.empty:
        return quotes.assign(number=pd.Series(dtype="int64"))
    data = quotes.sort_values(["start", "end"], kind="mergesort").reset_index(drop=True)
    return data.assign(number=range(1, len(data) + 1))


# -- the text ---------------------------------------------------------------------------


class _Marks:
    """Where quotations, speakers and cues lie in the body, for styling each piece of text."""

    def __init__(self, quotes: pd.DataFrame) -> None:
        self.quotes: list[tuple[int, int, str, int]] = []  # start, end, kind, number
        self.speakers: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self.cues: set[tuple[int, int]] = set()
        for q in quotes.to_dict("records"):
            start, end, kind, number = _int(q["start"]), _int(q["end"]), q["kind"], q["number"]
            if start is None or end is None:
                continue
            self.quotes.append((start, end, str(kind), number))
            span = (_int(q.get("speaker_start")), _int(q.get("speaker_end")))
            if None not in span:
                self.speakers.setdefault(span, []).append((number, str(kind)))
            cue = (_int(q.get("cue_start")), _int(q.get("cue_end")))
            if None not in cue:
                self.cues.add(cue)

    def points(self) -> set[int]:
        out: set[int] = set()
        for start, end, _, _ in self.quotes:
            out.update((start, end))
        for start, end in [*self.speakers, *self.cues]:
            out.update((start, end))
        return out

    def style(self, start: int, end: int) -> str:
        """The inline style of the text from ``start`` to ``end`` (inside one piece)."""
        styles = []
        inside = [q for q in self.quotes if q[0] <= start and end <= q[1]]
        if inside:
            kind = min(inside, key=lambda q: q[1] - q[0])[2]  # the innermost quotation
            styles.append(underline(kind))
        for s, e in self.speakers:
            if s <= start and end <= e:
                styles.append("font-weight:600")
        for s, e in self.cues:
            if s <= start and end <= e:
                styles.append(f"font-style:italic;{_CUE_LINE}")
        return ";".join(styles)

    def before(self, position: int) -> str:
        """Quotation numbers that open at ``position``."""
        return "".join(
            _badge(str(number), kind) for start, _, kind, number in self.quotes if start == position
        )

    def after(self, position: int) -> str:
        """Speaker boxes that close at ``position``: the numbers of the quotations they speak."""
        out = []
        for (_, end), spoken in self.speakers.items():
            if end == position:
                numbers = ",".join(str(n) for n, _ in sorted(spoken))
                out.append(_badge(f"said {numbers}", spoken[0][1]))
        return "".join(out)


def _cut_note(length: int, max_chars: int) -> str:
    return (
        f"<p style='color:#57606a'>The text runs to {length:,} characters; its first {max_chars:,} "
        f"are shown. The whole body is in the articles table.</p>"
    )


def _body(
    row: pd.Series,
    paragraphs: pd.DataFrame,
    sentences: pd.DataFrame,
    quotes: pd.DataFrame,
    max_chars: int,
) -> str:
    body = row.get("body")
    if not isinstance(body, str) or not body.strip():
        return "<p style='color:#57606a'>(no text)</p>"
    spans = _spans(paragraphs)
    if not spans:  # not measured: the blank-line paragraphs the loader wrote
        spans, cursor = [], 0
        for block in body.split("\n\n"):
            if block.strip():
                spans.append((cursor, cursor + len(block)))
            cursor += len(block) + 2
    sents = sentences.sort_values("start", kind="mergesort")
    tones = sents["compound"] if "compound" in sents else pd.Series(math.nan, index=sents.index)
    sentence_spans = [
        (s, e, _float(t))
        for s, e, t in zip(map(_int, sents["start"]), map(_int, sents["end"]), tones, strict=True)
        if s is not None and e is not None
    ]
    marks = _Marks(quotes)
    out = []
    for p_start, p_end in spans:
        if p_start >= max_chars:
            break
        p_end = min(p_end, max_chars)  # one paragraph of megabytes is cut too
        inside = [(s, e, t) for s, e, t in sentence_spans if p_start <= s and e <= p_end]
        text = _paragraph(body, p_start, p_end, inside, marks)
        out.append(f"<p dir='auto' style='margin:0 0 0.8em'>{text}</p>")
    return "".join(out)


def _paragraph(
    body: str, start: int, end: int, sentences: list[tuple[int, int, float]], marks: _Marks
) -> str:
    """A paragraph: its sentences, and the text between them (white space, mostly)."""
    out, cursor = [], start
    for s, e, tone in sentences:
        out.append(_marked(body, cursor, s, marks))
        out.append(_sentence(body, s, e, tone, marks))
        cursor = e
    out.append(_marked(body, cursor, end, marks))
    return "".join(out)


def _sentence(body: str, start: int, end: int, tone: float, marks: _Marks) -> str:
    shade = tone_colour(tone)
    style = f" style='background:{shade};border-radius:2px'" if shade else ""
    tip = "no tone (not measured)" if math.isnan(tone) else f"sentence tone {tone:+.3f}"
    return f"<bdi title='{tip}'{style}>{_marked(body, start, end, marks)}</bdi>"


def _marked(body: str, start: int, end: int, marks: _Marks) -> str:
    """``body[start:end]`` escaped, cut where a quotation, speaker or cue begins or ends."""
    if start >= end:
        return ""
    cuts = sorted({start, end, *(p for p in marks.points() if start < p < end)})
    out = []
    for a, b in pairwise(cuts):
        out.append(marks.before(a))
        text = html.escape(body[a:b])
        style = marks.style(a, b)
        out.append(f"<span style='{style}'>{text}</span>" if style else text)
        out.append(marks.after(b))
    return "".join(out)


# Lines under text are bottom borders: JupyterLab keeps those in an untrusted notebook's
# output, where it strips the colour and style of text-decoration.
_CUE_LINE = "border-bottom:1px dotted #57606a"


def underline(kind: str) -> str:
    """The style of a quotation of ``kind``: its colour, and a line of it underneath.

    >>> underline("scare")
    'color:#6b7280;border-bottom:2px dotted #6b7280'
    """
    colour = KIND_COLOURS.get(kind, "#444")
    return f"color:{colour};border-bottom:2px {'dotted' if kind == 'scare' else 'solid'} {colour}"


def tone_colour(compound: float) -> str:
    """The tint of a sentence of this compound: none when neutral, red or green, stronger
    further from zero.

    >>> tone_colour(0.0), tone_colour(-1.0), tone_colour(0.5)
    ('', 'rgba(220,38,38,0.3)', 'rgba(22,163,74,0.18)')
    """
    if compound is None or math.isnan(compound) or NEGATIVE < compound < POSITIVE:
        return ""
    alpha = round(0.06 + 0.24 * min(abs(compound), 1.0), 2)
    rgb = "220,38,38" if compound < 0 else "22,163,74"
    return f"rgba({rgb},{alpha})"


# -- beside and below the text ------------------------------------------------------------


def _measures(row: pd.Series) -> str:
    rows, section = [], None
    for group, label, name, decimals in MEASURES:
        if name not in row.index:
            continue
        if group != section:
            rows.append(
                f"<tr><th colspan='2' style='text-align:left;padding-top:6px'>{group}</th></tr>"
            )
            section = group
        rows.append(
            f"<tr><td style='padding:1px 8px 1px 0;color:#57606a;text-align:left'>{label}</td>"
            f"<td style='text-align:right'>{_number(row.get(name), decimals)}</td></tr>"
        )
    top = _text(row.get("top_speaker"))
    if top:
        rows.append(
            "<tr><td style='padding:1px 8px 1px 0;color:#57606a;text-align:left'>top speaker</td>"
            f"<td style='text-align:right'>{_bdi(top)}</td></tr>"
        )
    return f"<table style='border-collapse:collapse;width:100%'>{''.join(rows)}</table>"


def _legend() -> str:
    kinds = "".join(
        f"<div><span style='{underline(k)}'>{k}</span> {html.escape(KIND_NOTES[k][len(k) + 1 :])}"
        "</div>"
        for k in KIND_COLOURS
    )
    scale = "".join(
        f"<span style='display:inline-block;width:18px;height:12px;"
        f"background:{tone_colour(v) or '#fff'};border:1px solid #eee'></span>"
        for v in (-1.0, -0.6, -0.2, 0.0, 0.2, 0.6, 1.0)
    )
    return (
        "<div style='margin-top:10px;border-top:1px solid #d0d7de;padding-top:6px'>"
        "<div style='font-weight:600'>Legend</div>"
        f"{kinds}<div><b>Speaker</b> in bold with the numbers of its quotations; "
        f"<i style='{_CUE_LINE}'>cue</i> in italics.</div>"
        f"<div style='white-space:nowrap'>Sentence tone: −1 {scale} +1</div></div>"
    )


def speaker_cell(quote: dict) -> str:
    """Who speaks a quotation, as HTML: the resolved name, the mention as written when it
    differs, and the entity's type and gender when the quotes table has them."""
    name, mention = _text(quote.get("speaker_name")), _text(quote.get("speaker"))
    if not name and not mention:
        return "<span style='color:#57606a'>(unattributed)</span>"
    out = _bdi(name or mention)
    if mention and name and mention != name:
        out += f" <span style='color:#57606a'>(as “{_bdi(mention)}”)</span>"
    details = [_text(quote.get(c)) for c in SPEAKER_DETAILS]
    details = [d for d in details if d]
    if details:
        out += f" <span style='color:#57606a'>· {html.escape(', '.join(details))}</span>"
    return out


def _quote_list(quotes: pd.DataFrame) -> str:
    if quotes.empty:
        return "<p style='color:#57606a;margin:8px 0 0'>No quotations found.</p>"
    head = "".join(
        f"<th style='text-align:left;padding:2px 6px;border-bottom:1px solid #d0d7de'>{h}</th>"
        for h in ("#", "kind", "speaker", "cue", "words", "tone", "quotation")
    )
    rows = []
    for q in quotes.to_dict("records"):
        kind = str(q.get("kind"))
        text = _text(q.get("text"))
        shown = text if len(text) <= QUOTE_CUT else text[: QUOTE_CUT - 1] + "…"
        cells = [
            _badge(str(q["number"]), kind),
            f"<span style='color:{KIND_COLOURS.get(kind, '#444')}'>{html.escape(kind)}</span>",
            speaker_cell(q),
            _bdi(_text(q.get("cue"))) if _text(q.get("cue")) else "",
            _number(q.get("n_words"), 0),
            _number(q.get("compound"), 2),
            f"<bdi title='{html.escape(text, quote=True)}'>{html.escape(shown)}</bdi>",
        ]
        wrap = (2, 6)  # speaker and quotation wrap; the short columns keep to one line
        right = (4, 5)  # numbers
        rows.append(
            "<tr>"
            + "".join(
                "<td style='padding:2px 6px;vertical-align:top;"
                + ("text-align:right;" if i in right else "text-align:left;")
                + ("overflow-wrap:anywhere'>" if i in wrap else "white-space:nowrap'>")
                + c
                + "</td>"
                for i, c in enumerate(cells)
            )
            + "</tr>"
        )
    return (
        "<details open style='margin-top:8px'><summary style='cursor:pointer;font-weight:600'>"
        f"Quotations ({len(quotes)})</summary>"
        "<table style='border-collapse:collapse;font-size:0.85em;width:100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></details>"
    )


# -- small pieces ---------------------------------------------------------------------------


def _badge(label: str, kind: str) -> str:
    colour = KIND_COLOURS.get(kind, "#444")
    return (
        f"<sup style='font-size:0.7em;color:#fff;background:{colour};border-radius:3px;"
        f"padding:0 3px;margin:0 1px;font-weight:600'>{html.escape(label)}</sup>"
    )


def _bdi(text: str) -> str:
    return f"<bdi>{html.escape(text)}</bdi>"


def _text(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return " ".join(str(value).split())


def _int(value: object) -> int | None:
    if value is None or value is pd.NA:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else int(number)


def _float(value: object) -> float:
    if value is None or value is pd.NA:
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _number(value: object, decimals: int) -> str:
    """A measure for the panel: ``decimals`` places, -1 for a percentage, ``–`` when missing."""
    number = _float(value)
    if math.isnan(number):
        return "–"
    if decimals < 0:
        return f"{number:.0%}"
    return f"{number + 0.0:.{decimals}f}" if decimals else f"{round(number):,}"


def _spans(paragraphs: pd.DataFrame) -> list[tuple[int, int]]:
    data = paragraphs.sort_values("start", kind="mergesort") if len(paragraphs) else paragraphs
    out = []
    for s, e in zip(data.get("start", []), data.get("end", []), strict=False):
        s, e = _int(s), _int(e)
        if s is not None and e is not None:
            out.append((s, e))
    return out

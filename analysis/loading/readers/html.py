"""Web pages: one article per HTML file, its main text without the page around it.

Parsing is lxml's HTML parser (libxml2) driven as a stream of events into a
small collector (:class:`_Collector`), so no tree is built: time is linear in
the page's size and memory holds only the text kept. libxml2 recovers from any
markup, decodes entities, and reads ``<script>``/``<style>`` as raw text (which
is dropped). Python's own ``html.parser`` was tried first and left: on this
project's Python (3.11.7) a page of ``"<a "`` repeated 100,000 times did not
parse in ten minutes (quadratic rescanning of unclosed tags).

What is kept:

* ``title``: the first ``<h1>`` inside ``<article>``, else inside ``<main>``,
  else anywhere outside the page's navigation; else the ``og:title`` meta
  tag; else ``<title>``; else, for a fragment without any of these, the first
  line, as the text reader takes it (:func:`analysis.loading.readers.textfiles.parse_lines`);
* ``body``: the text blocks (paragraphs, headings, list items, quotations, table
  cells) inside ``<article>`` elements when the page has any with text, else
  inside ``<main>``, else every block outside ``nav``, ``header``, ``footer``,
  ``aside``, ``form`` and ``menu``; the ``<h1>`` taken as title is not repeated;
  scripts, styles, ``noscript``, ``template``, SVG, forms' controls and
  comments are dropped; ``<br>`` ends a line;
* ``captions``: ``<figcaption>`` texts; ``date``: the page's
  ``article:published_time`` (or ``datePublished``, ``date``, ``pubdate``,
  ``DC.date.issued``) meta tag, else the first ``<time datetime>`` in the
  article (:func:`analysis.loading.readers.dates.parse_date`).

:func:`sniff` tells an HTML page saved as ``.txt`` (or without a suffix) from
prose that mentions a tag or two.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from analysis.loading.readers.base import Record, canonical_body, squash
from analysis.loading.readers.dates import parse_date
from analysis.loading.readers.textfiles import parse_lines

_DROPPED = frozenset(
    "script style noscript template svg math iframe object embed canvas select option "
    "button textarea".split()
)
_BOILERPLATE = frozenset("nav header footer aside form menu dialog".split())
_BLOCKS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li dt dd blockquote pre figure "
    "figcaption td th tr table ul ol dl address hr br header footer nav aside body html "
    "caption summary details center".split()
)
_DATE_META = (
    "article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date",
)  # fmt: skip
_FEED = 1 << 16

# A page, not prose: it opens with a doctype, an <html>/<head>/<body>/<meta>/<title>
# tag or a comment, or it is dense with tags.
_OPENING = re.compile(r"\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<title|<!--)", re.I)
_TAG = re.compile(
    r"</?(?:p|div|span|a|b|i|em|strong|br|hr|img|script|style|table|tr|td|th|ul|ol|li|"
    r"h[1-6]|article|section|main|nav|header|footer|aside|figure|figcaption|iframe|meta|link|"
    r"form|input|button|blockquote|time|small|sup|sub)\b[^<>]{0,2000}>",
    re.I,
)
_SNIFF_CHARS = 65_536
_MIN_TAGS = 5
_CHARS_PER_TAG = 400


_CHARSET = re.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The encoding a page names in its first 4,096 bytes (``<meta charset>``), or None.

    >>> declared_charset(b'<html><head><meta charset="windows-1252">')
    'windows-1252'
    """
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def sniff(text: str) -> bool:
    """True when ``text`` is an HTML page or fragment rather than prose.

    Looked at: the first 65,536 characters. A page opens with a doctype, an
    ``<html>``, ``<head>``, ``<body>``, ``<meta>`` or ``<title>`` tag or a
    comment; a fragment has at least five HTML tags, two of them closing tags,
    and one tag per 400 characters.

    >>> sniff("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> sniff("Headline\\n\\nThe <b> tag makes text bold, she said.")
    False
    """
    head = text[:_SNIFF_CHARS]
    if _OPENING.match(head):
        return True
    tags = closing = 0
    for match in _TAG.finditer(head):
        tags += 1
        closing += match.group().startswith("</")
    # Markup closes what it opens; prose that names a tag ("the <b> tag") seldom does.
    return tags >= _MIN_TAGS and closing >= 2 and tags * _CHARS_PER_TAG >= len(head.strip())


class _Collector:
    """lxml parser target: keeps text blocks with where they stand, title candidates, meta."""

    def __init__(self) -> None:
        self.dropped = 0  # depth inside elements whose text is dropped
        self.boiler = 0  # depth inside navigation, headers, footers …
        self.article = 0
        self.main = 0
        self.in_title = False
        self.in_h1 = False
        self.in_caption = False
        self.h1: dict[str, str] = {}  # region -> first h1 text
        self.h1_text: list[str] = []
        self.title: list[str] = []
        self.caption: list[str] = []
        self.captions: list[str] = []
        self.meta: dict[str, str] = {}
        self.time: str | None = None
        self.blocks: list[tuple[str, str]] = []  # (region, text)
        self.pending: list[str] = []

    # -- regions -----------------------------------------------------------------------

    def region(self) -> str:
        if self.article:
            return "article"
        if self.main:
            return "main"
        return "boiler" if self.boiler else "page"

    def flush(self) -> None:
        if self.pending:
            text = squash("".join(self.pending))
            self.pending = []
            if text:
                self.blocks.append((self.region(), text))

    # -- parser events ----------------------------------------------------------------

    def start(self, tag: Any, attrib: Any) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        if tag == "meta":
            self._meta(attrib)
        if tag == "title" and not self.dropped:
            self.in_title = True
            return
        if tag in _DROPPED:
            self.dropped += 1
            return
        if tag in _BLOCKS:
            self.flush()
        if tag in _BOILERPLATE or attrib.get("role") in ("navigation", "banner", "contentinfo"):
            self.boiler += 1
        if tag == "article":
            self.article += 1
        elif tag == "main" or attrib.get("role") == "main":
            self.main += 1
        elif tag == "h1":
            self.in_h1 = True
            self.h1_text = []
        elif tag == "figcaption":
            self.in_caption = True
            self.caption = []
        elif tag == "time" and self.time is None and self.article:
            self.time = attrib.get("datetime")

    def end(self, tag: Any) -> None:
        tag = tag.lower() if isinstance(tag, str) else ""
        if tag == "title" and self.in_title:
            self.in_title = False
            return
        if tag in _DROPPED:
            self.dropped = max(0, self.dropped - 1)
            return
        if tag == "h1" and self.in_h1:
            self.in_h1 = False
            text = squash("".join(self.h1_text))
            if text:
                self.h1.setdefault(self.region(), text)
        if tag == "figcaption" and self.in_caption:
            self.in_caption = False
            text = squash("".join(self.caption))
            if text and text not in self.captions:
                self.captions.append(text)
        if tag in _BLOCKS:
            self.flush()
        if tag in _BOILERPLATE or tag in ("article", "main"):
            # Close the region after the block it ends is flushed into it.
            if tag in _BOILERPLATE:
                self.boiler = max(0, self.boiler - 1)
            elif tag == "article":
                self.article = max(0, self.article - 1)
            else:
                self.main = max(0, self.main - 1)

    def data(self, text: str) -> None:
        if self.in_title:
            self.title.append(text)
            return
        if self.dropped:
            return
        if self.in_caption:  # a caption is kept apart from the body, as other readers do
            self.caption.append(text)
            return
        self.pending.append(text)
        if self.in_h1:
            self.h1_text.append(text)

    def _meta(self, attrib: Any) -> None:
        key = (attrib.get("property") or attrib.get("name") or attrib.get("itemprop") or "").lower()
        content = attrib.get("content")
        if key and content and key not in self.meta:
            self.meta[key] = content

    def close(self) -> _Collector:
        self.flush()
        return self


def parse(text: str) -> Record:
    """One article from the decoded text of an HTML file (see the module doc).

    >>> r = parse("<html><head><title>Site | Rain</title></head><body><nav>Home</nav>"
    ...           "<article><h1>Rain again</h1><p>It rained &amp; poured.</p>"
    ...           "<script>x()</script></article></body></html>")
    >>> r.title, r.body
    ('Rain again', 'It rained & poured.')
    """
    page = _collect(text)
    title = _title(page)
    blocks = _chosen_blocks(page)
    if title is None:
        record = parse_lines([line for block in blocks for line in (block, "")])
    else:
        if blocks and blocks[0] == title:
            blocks = blocks[1:]
        record = Record(title=title, body=canonical_body(blocks, unwrap=False) or None)
    record.captions = page.captions
    record.date = _date(page)
    return record


def _collect(text: str) -> _Collector:
    collector = _Collector()
    parser = etree.HTMLParser(
        target=collector,
        recover=True,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
        collect_ids=False,
    )
    for start in range(0, len(text), _FEED):
        parser.feed(text[start : start + _FEED])
    if text:
        parser.close()
    return collector


def _title(page: _Collector) -> str | None:
    for region in ("article", "main", "page"):
        if region in page.h1:
            return page.h1[region]
    og = squash(page.meta.get("og:title", ""))
    if og:
        return og
    title = squash("".join(page.title))
    return title or None


def _chosen_blocks(page: _Collector) -> list[str]:
    regions = {region for region, _ in page.blocks}
    for wanted in ("article", "main"):
        if wanted in regions:
            return [text for region, text in page.blocks if region == wanted]
    return [text for region, text in page.blocks if region != "boiler"]


def _date(page: _Collector) -> str | None:
    for key in _DATE_META:
        if key in page.meta:
            date = parse_date(page.meta[key])
            if date is not None:
                return date
    return parse_date(page.time) if page.time else None

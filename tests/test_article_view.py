"""One article as HTML (presentation.article_view, Tables.article): what is marked, escaped,
isolated, cut, and how missing speaker columns are borne."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest
from fixtures.articles import sample_articles

import analysis
from analysis.presentation.article_view import (
    ArticleView,
    article_view,
    one_article,
    tone_colour,
)

ALLOWED_TAGS = {"div", "p", "span", "bdi", "sup", "table", "thead", "tbody", "tr", "th", "td"}
ALLOWED_TAGS |= {"details", "summary", "b", "i"}
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: reverses the text after it, up to the end of its isolate


class _Walk(HTMLParser):
    """Tags and attributes of a fragment, and for each piece of text the tags it sits in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.texts: list[tuple[str, tuple[str, ...]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.texts.append((data, tuple(self.stack)))


def walk(fragment: str) -> _Walk:
    parser = _Walk()
    parser.feed(fragment)
    parser.close()
    assert not parser.stack, "every element is closed"
    return parser


def _tables() -> analysis.Tables:
    return analysis.analyze(sample_articles())


def test_paragraphs_sentences_and_quotations_are_marked() -> None:
    t = _tables()
    view = t.article("b")
    assert isinstance(view, ArticleView) and view._repr_html_() == view.html
    parsed = walk(view.html)
    article = t.articles.set_index("article_id").loc["b"]
    paragraphs = [a for tag, a in parsed.tags if tag == "p" and a.get("dir") == "auto"]
    assert len(paragraphs) == article["n_paragraphs"] == 3
    tips = [a["title"] for tag, a in parsed.tags if tag == "bdi" and "title" in a]
    sentences = t.sentences[t.sentences["article_id"] == "b"]
    assert tips[: len(sentences)] == [f"sentence tone {c:+.3f}" for c in sentences["compound"]]
    # quotation numbers open each quotation; the speaker box names the quotations it speaks
    badges = [text for text, stack in parsed.texts if stack and stack[-1] == "sup"]
    # text, then the list below it; "But we will rebuild" continues Maria Lopez's quotation
    assert badges == ["1", "said 1,2", "2", "1", "2"]
    quotes = t.quotes[t.quotes["article_id"] == "b"]
    bold = [text for text, stack in parsed.texts if "span" in stack and text == "Maria Lopez"]
    assert bold and quotes["speaker"].tolist()[0] == "Maria Lopez"
    assert "Quotations (2)" in view.html
    assert "font-weight:600'>Maria Lopez</span>" in view.html


def test_the_view_of_a_position_and_errors_for_unknown_articles() -> None:
    t = _tables()
    assert t.article(1).article_id == "b"
    assert repr(t.article("a")) == "<ArticleView a: 'Trump says strike could happen'>"
    with pytest.raises(KeyError, match="no article with article_id 'zz'"):
        t.article("zz")
    with pytest.raises(IndexError):
        t.article(99)


def test_articles_without_text_or_measures_still_render() -> None:
    t = _tables()
    binary = walk(t.article("c").html)  # no body at all
    assert any(text == "(no text)" for text, _ in binary.texts)
    spanish = t.article("d").html  # not English: counted, no tone, no quotations
    assert "no tone (not measured)" in spanish and "No quotations found." in spanish
    assert "status <bdi>not english</bdi>" in spanish


def test_tone_colour_scale() -> None:
    assert tone_colour(0.0) == "" and tone_colour(0.049) == "" and tone_colour(float("nan")) == ""
    assert tone_colour(-0.05) == "rgba(220,38,38,0.07)"
    assert tone_colour(1.0) == "rgba(22,163,74,0.3)"
    assert tone_colour(-3.0) == tone_colour(-1.0)  # clipped to the scale


HOSTILE_TITLE = f"<script>alert(\"t\")</script> & 'quoted' {RLO}evil title"
HOSTILE_BODY = (
    f'"<b>Run</b> & hide," said <script>x()</script> Smith. Then {RLO}reversed words '
    "followed.\n\n"
    '"It is <i>fine</i>," the <img src=x onerror=alert(1)> mayor said.'
)


def test_hostile_text_is_escaped_and_isolated() -> None:
    frame = pd.DataFrame(
        {
            "article_id": ['h"><script>'],
            "title": [HOSTILE_TITLE],
            "body": [HOSTILE_BODY],
            "source": [f"<x>{RLO}.txt"],
            "status": ["ok"],
        }
    )
    t = analysis.analyze(frame)
    view = t.article(0)
    page = view.page()
    parsed = walk(page.split("<body", 1)[1].split(">", 1)[1].rsplit("</body>", 1)[0])
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    for _, attrs in parsed.tags:
        assert set(attrs) <= {"style", "title", "dir", "class", "id", "open", "colspan"}
    assert "<script" not in page and "<img" not in page and "<b>Run" not in page
    text = "".join(t for t, _ in parsed.texts)
    assert HOSTILE_TITLE in text  # shown whole, as text
    assert "<script>x()</script> Smith" in text
    assert "<img src=x onerror=alert(1)> mayor" in text
    # every right-to-left override sits inside an isolate, so it cannot reorder the page
    with_rlo = [stack for t, stack in parsed.texts if RLO in t]
    assert len(with_rlo) >= 3 and all("bdi" in stack for stack in with_rlo)
    # attribute values cannot be broken out of: the id only appears escaped
    assert 'h"><script>' not in page
    assert t.quotes["kind"].tolist() == ["scare", "full"]  # both marked in the text
    assert "said 2" in text


def test_speaker_columns_are_read_by_name() -> None:
    t = _tables()
    own = one_article(t, "b")
    quotes = own.quotes.drop(columns=["speaker_start", "speaker_end", "cue_start", "cue_end"])
    bare = own.replace(quotes=quotes)
    html = article_view(bare, "b").html
    assert "said 1" not in html and "Maria Lopez" in html  # no box without the offsets
    richer = own.quotes.assign(speaker_type="person", speaker_gender="female")
    html = article_view(own.replace(quotes=richer), "b").html
    assert "· person, female" in html
    unnamed = own.quotes.assign(speaker_name=pd.NA, speaker=pd.NA)
    html = article_view(own.replace(quotes=unnamed), "b").html
    assert html.count("(unattributed)") == 2


def test_long_bodies_are_cut_with_a_note(tmp_path) -> None:
    body = "\n\n".join(f'Paragraph {i} is here. "Quote {i}," said Ann.' for i in range(400))
    t = analysis.analyze(
        pd.DataFrame({"article_id": ["long"], "title": ["Long"], "body": [body], "status": ["ok"]})
    )
    view = article_view(t, "long", max_chars=1000)
    assert "runs to" in view.html and f"{len(body):,} characters" in view.html
    shown = re.findall(r"Paragraph (\d+) is here", view.html)
    assert shown and int(shown[-1]) < 40
    listed = int(re.search(r"Quotations \((\d+)\)", view.html).group(1))
    assert 10 < listed < 40  # only the quotations that begin in what is shown
    path = view.save(tmp_path / "long.html")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

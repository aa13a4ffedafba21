"""The quotation engine's fast paths give what the plain scans give.

The fast paths (one tokenisation per article sliced by region, one cue scan per
article, surname and description-head search without a compiled pattern) must
return exactly what the plain regex scans return, for any text and any region.
"""

from __future__ import annotations

import bisect
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.measures.quotations import (
    attribution,
    cue_scan,
    cues,
    engine,
    fast_cues,
    headlines,
    kinds,
    marks,
    quote_columns,
    resolution,
)
from analysis.units import TOKEN, paragraph_spans, sentence_spans
from analysis.units.article import ArticleText

_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "\n\n",
        ".",
        ",",
        "'",
        "’",
        "-",
        "&",
        "_",
        "1",
        "a",
        "A",
        "é",
        "İ",
        "ſ",
        "K",
        "said",
        "Said ",
        "unsaid",
        "according to",
        "According to ",
        "in the words of",
        "the state",
        "his comments",
        "x's",
        "U.S.",
        "Mr. ",
        "John ",
        "Smith",
        "Smith's",
        "O'Brien",
        "Jr.",
        "ministry",
        "Ministry",
        "co-op",
        "according told",
        "xaccording to",
        "in the words ofx",
        "İn the wordſ of",
        "said.",
        "5G",
        "½",
        "AT&T",
        "said-",
        "x.said.",
        "-told",
        "xic",
    ]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=25).map("".join)


def _region(text: str, data: st.DataObject) -> tuple[int, int]:
    a = data.draw(st.integers(-2, len(text) + 2))
    b = data.draw(st.integers(-2, len(text) + 2))
    return a, b


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.data())
def test_tokens_equal_regional_scan(text: str, data: st.DataObject) -> None:
    a, b = _region(text, data)
    expected = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, a, b)]
    assert ArticleText(text).tokens_in(a, b) == expected


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.data())
def test_cue_candidates_equal_regional_scan(text: str, data: st.DataObject) -> None:
    a, b = _region(text, data)
    assert fast_cues.candidates(ArticleText(text), a, b) == cues.cue_candidates(text, max(a, 0), b)


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_cue_index_equals_whole_text_scan(text: str) -> None:
    assert fast_cues.CueIndex(ArticleText(text)).cands == cues.cue_candidates(text)


def test_phrase_pattern_is_the_cue_tokens_phrases() -> None:
    plain = re.compile(r"(?i:according to|in the words of)")
    for text in [
        "ACCORDING TO",
        "İn the words of",
        "ın THE WORDS OF",
        "xaccording to",
        "Accordıng to",
    ]:
        assert [m.span() for m in fast_cues._CUE_PHRASE.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        assert fast_cues._has_phrase(text) == (plain.search(text) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "He said, according to aides.",
        "according told x; According to'x; ACCORDING TO",
        "xaccording to him, in the words ofthe aide",
        "İn the wordſ of, according toaccording to",
        "U.S. said. 5G ½² don't rock'n'roll AT&T",
        "Officials said-so; x.said. U.S.-told him, according toxic said",
        "He said: in the words ofsaid the aide, according to officials, said she.",
        "     saidU.S.Jr.according toldAT&T",
    ],
)
def test_cue_index_phrases_and_joined_words(text: str) -> None:
    assert fast_cues.CueIndex(ArticleText(text)).cands == cues.cue_candidates(text)
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1, 3):
            assert fast_cues.candidates(ArticleText(text), a, b) == cues.cue_candidates(text, a, b)


def test_tokens_when_region_cuts_a_token() -> None:
    t = "Sen. Ted Cruz (R-Tex.) said U.S. aid"
    assert ArticleText(t).tokens_in(1, 29) == [
        (1, 4, "en."),
        (5, 8, "Ted"),
        (9, 13, "Cruz"),
        (14, 15, "("),
        (15, 21, "R-Tex."),
        (21, 22, ")"),
        (23, 27, "said"),
        (28, 29, "U"),
    ]


def test_cues_when_region_cuts_a_word() -> None:
    t = "It was unsaid, he said."
    assert cue_scan.cues_in(ArticleText(t), 0, len(t)) == [(18, 22)]
    assert cue_scan.cues_in(ArticleText(t), 9, len(t)) == [(9, 13), (18, 22)]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(_PIECES, st.sampled_from(["“", "”", '"', " he said", ": "])), max_size=40
    ).map("".join)
)
def test_given_units_change_nothing(text: str) -> None:
    paragraphs = paragraph_spans(text)
    sentences = sentence_spans(text, paragraphs)
    assert quote_columns(text, paragraphs, sentences) == quote_columns(text)


def test_quote_columns_is_thread_safe() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        "“We will win,” Jane Doe said. She called it “a farce.”",
        "Officials said the ministry was “reviewing” it. “No comment,” a spokesman told us.",
        "Mr Smith said: “It is over.” John Smith, the minister, added “never again”.",
    ] * 20
    serial = [quote_columns(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(quote_columns, texts))
    assert threaded == serial
    assert all(c["start"] for c in serial)


def _title_case_plain(body: str) -> bool:
    ws = headlines.WORDS.findall(body)
    long_ws = [w for w in ws if len(w) >= 4 and w not in kinds._TITLE_SMALL]
    return all(w[0].isupper() or w[0].isdigit() for w in (long_ws or ws)) and (
        bool(long_ws) or len(ws) >= 2
    )


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["The", "the", "Art", "of", "War", "war", "New", "Day", "a", "9/11", " ", ", "]
        ),
        max_size=12,
    ).map(" ".join)
)
def test_title_case_read_word_by_word_equals_the_whole_list_test(body: str) -> None:
    assert kinds._title_case(body) == _title_case_plain(body)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXT, st.sampled_from(["ACCORDING TO", "Accordıng to him", "xaccording to"])))
def test_according_to_occurs_only_where_the_phrase_does(text: str) -> None:
    """_according_to skips an article without the phrase: its pattern must not match there."""
    assert attribution._ACCORDING.search(text) is None or fast_cues._has_phrase(text)


_SPEECH = st.sampled_from(
    [
        "“We won,” ",
        "“It is over.” ",
        " he said. ",
        " she told reporters ",
        " they said: ",
        "It said ",
        "Jane Roe said ",
        "The ministry said ",
        "officials said ",
        "Mr Roe, who said ",
        "Roe added ",
        "\n\n",
        "\n\n“",
        ". ",
        ", ",
        "”",
        "said",
        "He ",
    ]
)


class _EagerResolver(resolution.Resolver):
    """The resolver given every cue subject up front (the old way): the reference."""

    def __init__(self, doc, mentions, bounds=None, more=None, inside=None):
        speakers = list(mentions)
        mentions = list(mentions)
        text = doc.text
        last = max((m.start for m in mentions), default=-1)
        for cs, ce in cue_scan.cues_in(doc, 0, len(text)):
            if text[cs:ce].lower() in cues.NAMING:
                continue
            pi = bisect.bisect_right(bounds, cs) - 1
            floor = bounds[pi] if pi >= 0 else 0
            if floor >= last:
                break
            s, e = resolution.np_before(doc, cs, floor)
            if s >= 0:
                mentions.append(resolution.Mention(s, e))
        super().__init__(doc, mentions, inside=inside, speakers=speakers)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_SPEECH, _PIECES), max_size=40).map("".join))
def test_lazy_cue_mentions_resolve_as_all_mentions(text: str) -> None:
    """Cue subjects found per paragraph on a pronoun's demand resolve as the full list did."""
    lazy = quote_columns(text)
    original = engine.Resolver
    engine.Resolver = _EagerResolver
    try:
        eager = quote_columns(text)
    finally:
        engine.Resolver = original
    assert lazy == eager


def test_lazy_cue_mentions_reach_back_paragraphs() -> None:
    text = "John Roe said it was fine.\n\nThe ministry said no.\n\n“We won,” he said."
    assert quote_columns(text)["speaker_name"] == ["John Roe"]


_MARKS_TEXT = st.lists(
    st.one_of(
        _PIECES,
        st.sampled_from(
            ["“", "”", '"', "''", "'''", "‘", "’", "«", "»", "„", "‹", "›", " ", "\n\n"]
        ),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_MARKS_TEXT, st.data())
def test_mark_spans_equal_the_mark_pattern(text: str, data: st.DataObject) -> None:
    """One literal scan per mark character finds the tokens of the whole class."""
    a, b = sorted(data.draw(st.integers(0, len(text))) for _ in range(2))
    assert marks._mark_spans(text, a, b) == [m.span() for m in marks._MARK.finditer(text, a, b)]
    assert marks._mark_spans(text) == [m.span() for m in marks._MARK.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_MARKS_TEXT, st.data())
def test_marks_by_paragraph_equal_paragraph_scans(text: str, data: st.DataObject) -> None:
    """The whole-text scan sliced by paragraph, also for edges that cut a run of marks."""
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    paragraphs = list(zip(cuts[::2], cuts[1::2], strict=False)) or paragraph_spans(text)
    assert marks._marks_by_paragraph(text, paragraphs) == [
        marks.scan_marks(text, ps, pe) for ps, pe in paragraphs
    ]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.one_of(
            _PIECES,
            st.sampled_from(["ACCORDING TO", "In The Words Of", "accordıng to", "£", "é", "“"]),
        ),
        max_size=25,
    ).map("".join)
)
def test_phrase_starts_equal_the_phrase_pattern(text: str) -> None:
    """Phrases found with str.find in the lowercased text are the pattern's matches."""
    starts = [m.start() for m in fast_cues._CUE_PHRASE.finditer(text)]
    assert fast_cues._phrase_starts(text) == starts
    assert fast_cues._has_phrase(text) == bool(starts)


class _FakeMore:
    """Cues with given mentions, per range (see resolution.MoreMentions)."""

    def __init__(self, cues: dict[int, list[tuple[int, tuple[int, int] | None]]]) -> None:
        self.cues = cues

    def starts(self, k: int) -> list[int]:
        return [cs for cs, _ in self.cues.get(k, [])]

    def at(self, k: int, i: int) -> tuple[int, int] | None:
        return self.cues[k][i][1]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_resolver_merges_lazy_mentions_in_order(data: st.DataObject) -> None:
    """Mentions found cue by cue come out as the sorted list of all of them would."""
    n = 60
    bounds = sorted(set(data.draw(st.lists(st.integers(1, n - 1), max_size=5))))
    edges = [0, *bounds, n]
    cue_list: dict[int, list[tuple[int, tuple[int, int] | None]]] = {}
    every = set()
    for k in range(-1, len(bounds)):
        lo, hi = edges[k + 1], edges[k + 2]
        starts = sorted(set(data.draw(st.lists(st.integers(lo, hi - 1), max_size=4))))
        for cs in starts:
            m = None
            if cs > lo and data.draw(st.booleans()):
                s = data.draw(st.integers(lo, cs - 1))
                m = (s, data.draw(st.integers(s + 1, cs)))
                every.add(m)
            cue_list.setdefault(k, []).append((cs, m))
    eager = data.draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(1, 5)), max_size=8))
    mentions = [resolution.Mention(s, s + d) for s, d in eager]
    every |= {(m.start, m.end) for m in mentions}
    text = "x" * (n + 5)
    lazy = resolution.Resolver(ArticleText(text), mentions, bounds, _FakeMore(cue_list))
    for pos in range(n + 1):
        expected = sorted((m for m in every if m[0] < pos), reverse=True)
        assert list(lazy._before(pos)) == expected


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Latin",
                " for",
                "for",
                ",",
                " ",
                "\t",
                "\u00a0",
                "the ",
                "his ",
                "1994",
                "2013",
                "٢٠١٣",
                "June ",
                "x",
                "\n",
                "²",
            ]
        ),
        max_size=10,
    ).map("".join)
)
def test_gloss_and_date_prechecks_are_necessary(lead: str) -> None:
    """_is_scare asks _GLOSS and _DATED only where str.rstrip says they can match."""
    if kinds._GLOSS.search(lead):
        assert lead.rstrip(" \t\u00a0,").endswith("for")
    if kinds._DATED.search(lead):
        assert lead.rstrip(" \t\u00a0")[-1:].isdecimal()

from __future__ import annotations

from bisect import bisect_left

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.schema import TABLES, conform
from analysis.tables.measure import (
    FLOAT_COLUMNS,
    INT_COLUMNS,
    merge_ranges,
    reporter_pieces,
    sentence_words,
    typed_frame,
)
from analysis.units.spans import paragraph_spans, sentence_spans, word_starts


def _reporter_pieces_by_filtering(
    body: str,
    sentences: list[tuple[int, int]],
    compound: list[float],
    quotes: list[tuple[int, int]],
) -> tuple[list[str], list[float]]:
    """The reference: every quotation tested against every sentence."""
    kept: list[float] = []
    rescore: list[str] = []
    for (s, e), value in zip(sentences, compound, strict=True):
        inside = sorted((qs, qe) for qs, qe in quotes if qs < e and qe > s)
        if not inside:
            kept.append(value)
            continue
        pieces, cursor = [], s
        for qs, qe in inside:
            pieces.append(body[cursor : max(cursor, qs)])
            cursor = max(cursor, min(qe, e))
        pieces.append(body[cursor:e])
        own = " ".join(p.strip() for p in pieces if p.strip())
        if any(ch.isalnum() for ch in own):
            rescore.append(own)
    return rescore, kept


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.integers(0, 6), min_size=1, max_size=12),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), max_size=8),
)
def test_reporter_pieces_find_the_quotations_each_sentence_holds(
    lengths: list[int], quotes: list[tuple[int, int]]
) -> None:
    # Sentences of random lengths one space apart; quotations anywhere, of any length
    # (empty, overlapping, nested, across sentences, past the text).
    sentences, cursor = [], 0
    for n in lengths:
        sentences.append((cursor, cursor + n))
        cursor += n + 1
    body = "".join("ab, c."[k % 6] for k in range(cursor))
    spans = [(s, s + n) for s, n in quotes]
    compound = [k / 10 for k in range(len(sentences))]
    expected = _reporter_pieces_by_filtering(body, sentences, compound, spans)
    assert reporter_pieces(body, sentences, compound, spans) == expected


def _words_in_by_bisection(
    starts: list[int], spans: list[tuple[int, int]], quoted: list[tuple[int, int]]
) -> tuple[list[int], list[int]]:
    """The reference: each span's ends bisected among the words, then among the quotations."""
    lo = [bisect_left(starts, s) for s, _ in spans]
    hi = [bisect_left(starts, e) for _, e in spans]
    words = [b - a for a, b in zip(lo, hi, strict=True)]
    if not quoted:
        return words, [0] * len(spans)
    q_starts = [a for a, _ in quoted]
    before = [0]
    for a, b in quoted:
        before.append(before[-1] + b - a)

    def below(x: int) -> int:
        k = bisect_left(q_starts, x)
        return before[k - 1] + min(x, quoted[k - 1][1]) - quoted[k - 1][0] if k else 0

    return words, [below(b) - below(a) for a, b in zip(lo, hi, strict=True)]


_PIECES = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "said",
        "It",
        "rain",
        "AT&T",
        "5.2",
        "no.",
        "A.",
        "“Yes”",
        '"No,"',
        "?",
        "!",
        "…",
    ]
)
_GAPS = st.sampled_from([" ", "  ", "\n", "\n\n", " \n ", "\t"])


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(_PIECES, _GAPS), max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=8),
)
def test_sentence_words_add_up_as_bisection_counts(
    pieces: list[tuple[str, str]], ranges: list[tuple[int, int]]
) -> None:
    """Sentence and paragraph word counts (quoted and all) from the text's own units."""
    body = "".join(w + g for w, g in pieces)
    paragraphs = paragraph_spans(body)
    sentences = sentence_spans(body, paragraphs)
    starts = word_starts(body)
    n = len(starts)
    quoted = merge_ranges([(min(a, n), min(a + b, n)) for a, b in ranges if b and a < n])
    words, in_quotes = sentence_words(starts, sentences, quoted)
    assert (words, in_quotes) == _words_in_by_bisection(starts, sentences, quoted)
    p_words, p_quoted = _words_in_by_bisection(starts, paragraphs, quoted)
    for k, (ps, pe) in enumerate(paragraphs):
        mine = [i for i, (s, e) in enumerate(sentences) if ps <= s and e <= pe]
        assert sum(words[i] for i in mine) == p_words[k]
        assert sum(in_quotes[i] for i in mine) == p_quoted[k]


@settings(max_examples=200, deadline=None)
@given(st.data(), st.integers(0, 6))
def test_typed_frames_conform_as_inferred_ones(data: st.DataObject, n: int) -> None:
    """typed_frame's numpy columns give the same conformed table as pandas' own inference."""
    for table in INT_COLUMNS:
        columns: dict[str, list[object]] = {}
        for c in TABLES[table]:
            if c.name in INT_COLUMNS[table]:
                columns[c.name] = data.draw(
                    st.lists(st.integers(-(2**40), 2**40), min_size=n, max_size=n)
                )
            elif c.name in FLOAT_COLUMNS[table]:
                columns[c.name] = data.draw(st.lists(st.floats(width=64), min_size=n, max_size=n))
            else:
                columns[c.name] = [None] * n
        got = conform(typed_frame(columns, table), table)
        pd.testing.assert_frame_equal(got, conform(pd.DataFrame(columns), table))

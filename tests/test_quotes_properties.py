"""extract_quotes on arbitrary and very long text: it never raises and its offsets hold."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import extract_quotes

_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "'",
        "''",
        "'''",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "\n",
        "\n\n",
        " ",
        ", ",
        ".",
        ":",
        " — ",
        "said",
        " he said",
        "Trump",
        "Mr. Smith",
        "according to",
        "the ",
        "don’t",
        "’90s",
        "ministry",
        "(",
        ")",
        "told reporters",
        "It",
        "we",
    ]
)
_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=60).map("".join),
)


def _check(text: str) -> pd.DataFrame:
    df = extract_quotes(text)
    for r in df.itertuples(index=False):
        assert text[r.start : r.end] == r.text
        assert r.start < r.end
        if not pd.isna(r.speaker_start):
            assert text[r.speaker_start : r.speaker_end] == r.speaker
        if not pd.isna(r.cue_start):
            assert text[r.cue_start : r.cue_end] == r.cue
    return df


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_never_raises_and_offsets_hold(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_rows_overlap_only_when_nested(text):
    df = _check(text)
    spans = list(zip(df.start, df.end, df.parent, strict=True))
    for i, (s, e, parent) in enumerate(spans):
        if parent >= 0:
            ps, pe, _ = spans[parent]
            assert ps <= s and e <= pe, "a nested row lies inside its parent"
        for j in range(i + 1, len(spans)):
            s2, e2, parent2 = spans[j]
            if s < e2 and s2 < e:
                assert parent2 == i or parent == j, "only a nested row overlaps"


@pytest.mark.parametrize("n_chars", [10**5, 10**6])
def test_unclosed_mark_in_one_long_paragraph(n_chars):
    words = "word " * (n_chars // 5)
    text = "“" + words
    df = extract_quotes(text)
    assert len(df) == 1
    assert (df.start[0], df.end[0]) == (1, len(text) - 1)
    assert not df.closed[0]
    # The unclosed paragraph does not swallow the next one.
    text2 = text + "\n\nLater “a real quote,” she said."
    df2 = extract_quotes(text2)
    assert df2.text.tolist()[1:] == ["a real quote,"]
    assert df2.speaker.tolist()[1:] == ["she"]


@pytest.mark.parametrize("n_chars", [10**4, 10**5])
def test_many_stray_marks_in_one_long_paragraph(n_chars):
    unit = "x\" don’t “y ''z "
    text = unit * (n_chars // len(unit))
    df = _check(text)
    # “ opens, the opening '' before z starts afresh (the “ was never closed), the
    # closing " after the next x closes: every unit gives ``z x``; the last stays open.
    n = len(text) // len(unit)
    assert df.text.tolist() == ["z x"] * (n - 1) + ["z"]
    assert df.closed.tolist() == [True] * (n - 1) + [False]

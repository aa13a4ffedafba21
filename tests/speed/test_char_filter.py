"""analysis.speed.char_filter against its reference, the regular expression's ``re.sub``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.speed.char_filter import CharFilter

# The classes textstat cleans with, and one more; deleting and replacing.
FILTERS = [
    CharFilter(r"\w\s'"),
    CharFilter(r"\w\s'", "\x00"),
    CharFilter(r"\w"),
    CharFilter(r"\w", " "),
    CharFilter(r"\s"),
    CharFilter(r"a-z"),
]

# ASCII, Latin-1 (translated as bytes) and wider text (the regular expression).
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0xFF),
        st.sampled_from(list("’‘“”–€ſ\u0100ąΩİß")),
        st.sampled_from(list("ab '.,\n")),
    ),
    max_size=80,
)


@settings(max_examples=500, deadline=None)
@given(text=TEXT, which=st.sampled_from(range(len(FILTERS))))
def test_apply_is_the_regex_substitution(text: str, which: int) -> None:
    f = FILTERS[which]
    assert f.apply(text) == f.reference(text)
    if f.replacement is None:
        assert f.kept(text) == len(f.reference(text))
    else:
        assert len(f.apply(text)) == len(text)


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f"{f.pattern.pattern}->{f.replacement!r}")
def test_every_latin1_character(f: CharFilter) -> None:
    for c in map(chr, range(256)):
        for text in (f"a{c}b {c}' {c}", f"£{c}", f"{c}’"):  # Latin-1, then wider
            assert f.apply(text) == f.reference(text), repr(text)
            if f.replacement is None:
                assert f.kept(text) == len(f.reference(text)), repr(text)


def test_a_replacement_must_fit_latin1() -> None:
    with pytest.raises(ValueError):
        CharFilter(r"\w", "’")
    with pytest.raises(ValueError):
        CharFilter(r"\w", "ab")
    with pytest.raises(TypeError):
        CharFilter(r"\w", "_").kept("text")

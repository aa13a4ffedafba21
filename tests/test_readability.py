"""analysis.readability equals textstat 0.7.13 (run offline on the same dictionary)."""

from __future__ import annotations

import math
import re
import sys

import pytest
from fixtures.texts import ARTICLES, SENTENCES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE

from analysis.measures.readability import COUNTS, FORMULAS, offline_textstat, readability
from analysis.measures.readability.counts import (
    FOG_THRESHOLD,
    count_sentences,
    count_text,
    end_of_token,
    segments,
    sentences_before,
    word_totals,
)
from analysis.measures.readability.formulas import TEXTSTAT_COUNTS
from analysis.measures.readability.syllables import (
    LANG,
    REMOVED,
    cmudict_entries,
    mark_punctuation,
    remove_punctuation,
    syllable_table,
    word_syllables,
)

_COUNT_SYLLABLES = "textstat.backend.counts._count_syllables"


@pytest.fixture(scope="module")
def ts():
    with offline_textstat() as module:
        yield module


def textstat_values(ts, text: str) -> dict[str, float]:
    out = {name: getattr(ts, name)(text) for name in FORMULAS if name != "text_standard"}
    out["text_standard"] = ts.text_standard(text, float_output=True)
    out.update({key: getattr(ts, name)(text) for key, name in TEXTSTAT_COUNTS.items()})
    return out


def assert_equal_to_textstat(ts, text: str, normalise: bool = True) -> None:
    ours = readability(text, normalise=normalise)
    theirs = textstat_values(ts, text.replace("’", "'") if normalise else text)
    assert set(ours) == set(FORMULAS) | set(COUNTS)
    for key in COUNTS:
        assert ours[key] == theirs[key], (key, text)
    no_words = ours["words"] == 0
    for key in FORMULAS:
        if no_words:
            assert math.isnan(ours[key]), (key, text)  # the documented deviation
        else:
            assert abs(ours[key] - theirs[key]) <= 1e-9, (key, text, ours[key], theirs[key])


# --- fixtures and hand-made edge cases ------------------------------------------------

EDGE_CASES = [
    "Hello",
    "Hmm.",
    "Hmm hmm shh.",
    "A.",
    "a b. c d e f! g h i? j",
    "U.S. officials met E.U. envoys at 9 a.m. on Jan. 5.",
    "Rock-n-roll isn't dead; it's 'alive'... Or is it?!",
    "DON'T STOP. Don't stop. don’t stop. Dont stop.",
    "'Tis the season. The '90s were fun. Y'all'll see.",
    "He scored 3.5 goals per game in 2019-20, up 12% (from 3.1).",
    "Costs: £10m, $4.2bn, €7,000 & ¥300 — plus 7½% VAT…",
    "Zoë Müller, İstanbul, ǅemal, ß and ﬁne ligatures.",
    "snake_case words_and under_scores are \\w too",
    "one\ttwo\nthree\rfour\x0bfive\x0csix\u00a0seven\u2003eight",
    " ".join(["word"] * 99) + ".",
    " ".join(["extraordinarily"] * 101) + ".",
    " ".join(["-"] * 150 + ["simple", "words", "here."] * 40),
    "Sentence one is here. " * 60,
    "\x00 nul byte in text. Another sentence follows here.",
    # exactly 5% difficult words: Dale-Chall adds 3.6365 only above 5
    "the cat sat on the mat and the dog ran to the big red barn with a boy and Zyxqorblat.",
    "the cat sat on the mat and the dog ran to the big red barn with a boy Zyxqorblat.",
]


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_fixture_articles_equal_textstat(ts, name):
    assert_equal_to_textstat(ts, ARTICLES[name])
    assert_equal_to_textstat(ts, ARTICLES[name], normalise=False)


@pytest.mark.parametrize("text", EDGE_CASES + SENTENCES)
def test_edge_cases_equal_textstat(ts, text):
    assert_equal_to_textstat(ts, text)
    assert_equal_to_textstat(ts, text, normalise=False)


# --- generated text -------------------------------------------------------------------

_VOCAB = [
    "the",
    "said",
    "government",
    "minister",
    "officials",
    "don't",
    "DON'T",
    "isn't",
    "it's",
    "we've",
    "they'll",
    "you're",
    "I'd",
    "'tis",
    "rock'n'roll",
    "o'clock",
    "e-mail",
    "well-known",
    "state-of-the-art",
    "U.S.",
    "a.m.",
    "3.5%",
    "£10m",
    "2,225",
    "1990s",
    "'90s",
    "Hmm",
    "shh",
    "Zyxqorblat",
    "antidisestablishment",
    "readability",
    "Müller",
    "İstanbul",
    "naïve",
    "café",
    "don’t",
    "Iran’s",
    "‘quoted’",
    "“double”",
    "''doubled''",
    "ALLCAPS",
    "McDonald's",
    "x",
    "I",
    "a",
    "_",
    "__init__",
    "--",
    "—",
    "...",
    "…",
    "!",
    "?",
    "?!",
    "(",
    ")",
    '"',
    "'",
    "’",
    "s",
    "t",
    "ve",
]
_SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", ". ", "! ", "? ", ", ", "; ", " - ", "'", "\t"]

news_like = st.lists(
    st.tuples(st.sampled_from(_VOCAB), st.sampled_from(_SEPARATORS)), max_size=160
).map(lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=news_like)
def test_generated_news_like_equal_textstat(ts, text):
    assert_equal_to_textstat(ts, text)
    assert_equal_to_textstat(ts, text, normalise=False)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_arbitrary_unicode_equal_textstat(ts, text):
    assert_equal_to_textstat(ts, text, normalise=False)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("abcXYZ019 '’‘-.!?,;:\"()\n\t_İß")), max_size=200)
)
def test_punctuation_heavy_equal_textstat(ts, text):
    assert_equal_to_textstat(ts, text)


# --- the documented deviations and behaviour -------------------------------------------


def test_no_words_gives_nan_where_textstat_gives_numbers(ts):
    for text in ["", "   \n ", "...", "!!! ??? --- ...", "— … ·"]:
        r = readability(text)
        assert all(math.isnan(r[k]) for k in FORMULAS)
        assert r["words"] == 0
        assert r["sentences"] == ts.sentence_count(text)
    # What textstat itself says for such text (why we deviate): numbers, not grades.
    assert ts.smog_index("...") == 3.1291
    assert ts.flesch_reading_ease("") == 0.0
    assert readability("...")["sentences"] == 1.0
    assert readability("")["sentences"] == 0.0


def test_zero_syllable_words_keep_textstat_zero_guard(ts):
    r = readability("Hmm.")
    assert (r["words"], r["syllables"]) == (1.0, 0.0)
    assert r["flesch_reading_ease"] == 0.0 == ts.flesch_reading_ease("Hmm.")
    assert r["text_standard"] == 1.0  # consensus 0 clamped to textstat's floor of 1


def test_curly_apostrophe_normalised_by_default():
    curly = readability("Officials don’t expect it.")
    straight = readability("Officials don't expect it.")
    raw = readability("Officials don’t expect it.", normalise=False)
    assert curly == straight
    # Without normalisation textstat's rules drop ’ and look up "dont" instead.
    assert raw["syllables"] == straight["syllables"] - 1 + word_syllables("dont")


def test_left_single_quote_is_not_normalised():
    # textstat keeps an ASCII apostrophe before "t", so 'tough' would stay "'tough",
    # a word the dictionary lacks; the curly ‘ is simply dropped, leaving "tough".
    assert remove_punctuation("'tough'") == "'tough"
    quoted = readability("It was ‘tough’ going.")
    plain = readability("It was tough going.")
    for key in ("words", "syllables", "polysyllables", "monosyllables", "difficult_words"):
        assert quoted[key] == plain[key]


def test_dale_chall_boundary_at_five_percent():
    base = "the cat sat on the mat and the dog ran to the big red barn with a boy and "
    at_five = readability(base + "Zyxqorblat.")  # 1 difficult word in 20
    assert at_five["dale_chall_readability_score"] == 0.1579 * 5.0 + 0.0496 * 20.0
    above = readability(base.replace(" and ", " ", 1) + "Zyxqorblat.")  # 1 in 19
    assert above["dale_chall_readability_score"] == (
        0.1579 * (100 * 1 / 19) + 0.0496 * 19.0 + 3.6365
    )


def test_known_values():
    r = readability("The cat sat on the mat. It was happy there.")
    assert (r["words"], r["sentences"], r["syllables"]) == (10.0, 2.0, 11.0)
    assert r["flesch_reading_ease"] == 206.835 - 1.015 * 5.0 - 84.6 * 1.1
    assert r["smog_index"] == 3.1291
    assert r["polysyllables"] == 0.0 and r["monosyllables"] == 9.0


def test_linsear_write_uses_first_100_words():
    head = " ".join(["extraordinarily"] * 100) + ". "
    a = readability(head + "Cat sat. " * 50)
    b = readability(head + "Extraordinarily. " * 50)
    assert a["linsear_write_formula"] == b["linsear_write_formula"]
    assert a["flesch_reading_ease"] != b["flesch_reading_ease"]


@pytest.mark.parametrize(
    "text",
    [
        # Fewer than 100 words among the first 200 white-space tokens (dashes and
        # ampersands clean to nothing), so Linsear Write reads further.
        " ".join(["word — &"] * 150) + ". End here now.",
        # Exactly 100 and 101 tokens, and 200 tokens holding 100 words.
        " ".join(["Rain fell."] * 50),
        " ".join(["Rain fell."] * 50) + " Again.",
        " ".join(["Rain —"] * 100) + ". Then sun.",
    ],
)
def test_linsear_write_sample_boundaries_equal_textstat(ts, text):
    assert_equal_to_textstat(ts, text)


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(
        news_like,
        st.text(alphabet=st.sampled_from(list("abcXY01 '’-.!?…,\"\n\t_")), max_size=120),
    ),
    data=st.data(),
)
def test_sentences_of_a_cut_text_come_from_the_whole_texts_segments(text, data):
    """Linsear Write's sentences of the first i tokens, read off the whole text's segments."""
    n = len(text.split())
    if n == 0:
        return
    i = data.draw(st.integers(1, n))
    marked = mark_punctuation(text)
    cut = end_of_token(text, i)
    joined = " ".join(text.split(None, i)[:i])
    assert text[:cut].split() == joined.split()
    assert sentences_before(marked, segments(text, marked), cut) == count_sentences(joined)


# textstat's own expressions: remove_punctuation(rm_apostrophe=False) with each removed
# character marked, and count_letters (the word characters).
def textstat_marked(text: str) -> str:
    return re.sub(r"[^\w\s\']", REMOVED, re.sub(RE_NONCONTRACTION_APOSTROPHE, REMOVED, text))


def textstat_letters(text: str) -> int:
    return len(re.sub(r"[^\w\s]", "", re.sub(r"\s", "", text)))


# Latin-1 text (BBC's "£") is cleaned as bytes; wider text by the regex.
_LATIN1_AND_WIDER = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0xFF),
        st.sampled_from(list("’‘“”–€ſ\u0100ąΩ")),
        st.sampled_from(list("ab '.,\n")),
    ),
    max_size=80,
)


@settings(max_examples=500, deadline=None)
@given(text=_LATIN1_AND_WIDER)
def test_marking_and_letters_equal_textstats_expressions(text):
    assert mark_punctuation(text) == textstat_marked(text)
    assert remove_punctuation(text) == textstat_marked(text).replace(REMOVED, "")
    assert count_text(text).letters == textstat_letters(text)


def test_marking_and_letters_on_every_latin1_character():
    for c in map(chr, range(256)):
        text = f"a{c}b £{c}' {c}"
        assert mark_punctuation(text) == textstat_marked(text)
        assert count_text(text).letters == textstat_letters(text)


_WORDS = [
    "a",
    "the",
    "Officials",
    "readability",
    "Hmm",
    "don't",
    "DON'T",
    "'tis",
    "government",
    "x",
    "2019",
    "Zyx",
    "Easy",
    "supercalifragilisticexpialidocious",
]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), max_size=700))
def test_word_totals_are_textstats_per_word_counts(ts, words):
    """Each total equals textstat's own per-word functions, counted word by word."""
    from textstat.backend.counts import count_syllables
    from textstat.backend.validations import is_difficult_word

    totals = word_totals(words)
    syllables = [count_syllables(w, LANG) for w in words]
    assert totals.syllables == count_syllables(" ".join(words), LANG)
    assert totals.polysyllables == sum(n >= 3 for n in syllables)
    assert totals.monosyllables == sum(n == 1 for n in syllables)
    assert totals.linsear_easy == sum(0 < n < 3 for n in syllables)
    assert totals.hard_words == sum(is_difficult_word(w, 0, LANG) for w in words)
    assert totals.fog_hard_words == sum(is_difficult_word(w, FOG_THRESHOLD, LANG) for w in words)
    assert totals.difficult_words == sum(is_difficult_word(w, 2, LANG) for w in words)


def test_count_sentences_ignores_short_segments():
    assert count_sentences("") == 0
    assert count_sentences("Yes. No.") == 1
    assert count_sentences("It rained all day. Then it stopped raining.") == 2


# --- offline dictionary ---------------------------------------------------------------


def test_dictionary_parse_merges_variants_and_drops_comments():
    entries = cmudict_entries()
    assert len(entries) > 125_000
    assert entries["read"] == [["R", "EH1", "D"], ["R", "IY1", "D"]]
    assert all("#" not in phone for pron in entries["aalborg"] for phone in pron)
    assert "read(2)" not in entries
    assert syllable_table()["readability"] == 5
    assert syllable_table()["hmm"] == 0


def test_word_syllables_falls_back_to_pyphen():
    assert "zyxqorblat" not in syllable_table()
    assert word_syllables("Zyxqorblat") >= 1
    assert word_syllables("") == 0
    assert remove_punctuation("'Rock-n-roll'") == "Rocknroll"


def test_readability_never_downloads(monkeypatch):
    import nltk

    def refuse(*args, **kwargs):
        raise AssertionError("nltk.download called")

    monkeypatch.setattr(nltk, "download", refuse)
    assert readability("Offline counting works fine.")["syllables"] == 6.0


def test_offline_textstat_restores_textstat():
    from textstat.backend.utils._get_cmudict import get_cmudict as nltk_get_cmudict

    module = sys.modules[_COUNT_SYLLABLES]
    saved = module.get_cmudict
    module.get_cmudict = nltk_get_cmudict  # as textstat ships
    try:
        with offline_textstat() as ts:
            assert module.get_cmudict is not nltk_get_cmudict
            assert ts.syllable_count("Officials expect a decision") == 9
        assert module.get_cmudict is nltk_get_cmudict
    finally:
        module.get_cmudict = saved

"""VADER 3.3.2's ``polarity_scores``, rule for rule, with identical results.

The algorithm is vaderSentiment's, rule for rule and operation for operation (so
the floats are the same bits), and its lexicon, emoji descriptions and constants
are read from the installed ``vaderSentiment`` package, not copied. Top-down:
:func:`scores` splits a text into tokens and their lexicon forms (SentiText),
gives each lexicon word its valence (:func:`_lexicon_valence`: boosters,
capitals, negation, "no", idioms, "least"), applies the "but" rule, and
:func:`_score_valence` adds the punctuation emphasis and normalises.

The quirks are kept on purpose, because identity is the contract: special-case
idioms are only checked when the third word before a lexicon word is not itself
in the lexicon; the "but" pass rescales the first sentiment *equal in value* to
each one it visits (``list.index``), not the one at its own position; ``neu``
counts every non-sentiment token, punctuation-only tokens included.

Speed. vaderSentiment itself is the reference for everything here: the tests
and ``benchmarks/vader_identity.py`` compare every score with ``==``. The fast
paths are marked ``# Speed:`` where they are taken; the general ones live in
:mod:`analysis.speed`:

- the emoji pass (a loop over every character) runs only when the text is not
  ASCII and holds one of the single-character emoji keys;
- each raw token's lexicon form is remembered in a bounded memo
  (:mod:`analysis.speed.memo`), looked up for a whole sentence with ``map``;
- only lexicon positions are visited: a sentence without a lexicon word is
  neutral at once, and the positive/negative sums run over those positions only;
- a lexicon word with no negation, booster or "least" rule in reach (one set
  test over itself and the three words before it, in a sentence without "n't")
  takes its lexicon value without those checks;
- negation is a set look-up, the three-word look-back unrolled, idioms token
  tuples tried only when a word pair could open one;
- the "but" pass runs only when "but" occurs, in O(n log n)
  (:mod:`analysis.speed.first_equal`); the scores are rounded without formatting
  digits (:mod:`analysis.speed.rounding`).

>>> polarity_scores("The plan is not bad at all, but the cost is HUGE!")
{'neg': 0.0, 'neu': 0.615, 'pos': 0.385, 'compound': 0.7404}
"""

from __future__ import annotations

import string
from functools import cache
from itertools import compress
from math import fabs as _fabs
from math import sqrt as _sqrt

from vaderSentiment import vaderSentiment as _vs

from analysis.speed.first_equal import rescale_first_equal
from analysis.speed.memo import BoundedMemo
from analysis.speed.rounding import round3, round4

N_SCALAR = _vs.N_SCALAR
C_INCR = _vs.C_INCR
BOOSTER = dict(_vs.BOOSTER_DICT)
NEGATE = frozenset(_vs.NEGATE)
# Multi-word keys as token tuples: tokens never contain white space, so the tuple
# matches exactly when vaderSentiment's space-joined string does.
_SPECIAL = {tuple(k.split(" ")): v for k, v in _vs.SPECIAL_CASES.items()}
_BOOSTER_NGRAM = {tuple(k.split(" ")): v for k, v in _vs.BOOSTER_DICT.items() if " " in k}
# Speed: a multi-word idiom or booster can only match if its first word is one of the four
# words that _special_idioms looks at (w3, w2, w1 before the item, or the item).
_IDIOM_FIRST = frozenset(k[0] for k in (*_SPECIAL, *_BOOSTER_NGRAM) if len(k) > 1)
# Speed: every sequence _special_idioms tests opens with two neighbours among w3 w2 w1 w0 and
# the word after the item, so none can match unless one of those four pairs opens a
# key. "the" and "to" open idioms and are in most windows; their pairs rarely do.
_IDIOM_PAIRS = frozenset(k[:2] for k in (*_SPECIAL, *_BOOSTER_NGRAM) if len(k) > 1)
_SO_THIS = ("so", "this")
_OR_NOR = ("or", "nor")
# Speed: every word that makes a negation, booster or "least" rule of _lexicon_valence apply
# to a lexicon word up to three words after it (or to itself): boosters, negations,
# "no", "least", "never", "without", "so", "this". A lexicon word with none of them
# in that window takes its lexicon value (and the capitals' increment), then the
# idiom check as _lexicon_valence makes it.
_NEGATING = frozenset({*BOOSTER, *NEGATE, "no", "least", "never", "without", *_SO_THIS})
_PUNCT = string.punctuation

COLUMNS = ("compound", "pos", "neu", "neg")


@cache
def _analyzer() -> _vs.SentimentIntensityAnalyzer:
    """The package's own analyzer, built once: its lexicon and emoji table are ours."""
    return _vs.SentimentIntensityAnalyzer()


@cache
def _tables() -> tuple[dict[str, float], dict[str, str], frozenset[str], frozenset[str]]:
    sia = _analyzer()
    # Speed: polarity_scores tests `chr in emojis` one character at a time, so only
    # the single-character keys can ever match, and a text without one skips the pass.
    single = frozenset(k for k in sia.emojis if len(k) == 1)
    # Lexicon words that can carry a valence: boosters always score 0.
    scoring = frozenset(sia.lexicon) - frozenset(BOOSTER)
    return sia.lexicon, sia.emojis, single, scoring


def _replace_emoji(text: str, emojis: dict[str, str]) -> str:
    out = []
    prev_space = True
    for ch in text:
        if ch in emojis:
            if not prev_space:
                out.append(" ")
            out.append(emojis[ch])
            prev_space = False
        else:
            out.append(ch)
            prev_space = ch == " "
    return "".join(out)


def _strip_punc_if_word(token: str) -> str:
    stripped = token.strip(_PUNCT)
    return token if len(stripped) <= 2 else stripped


def _scalar(booster: float, prev_token: str, valence: float, cap_diff: bool) -> float:
    """vaderSentiment's ``scalar_inc_dec`` for a preceding booster word of value ``booster``.

    For any other word it is 0.0; callers skip it then (the raw token answers ``isupper``).
    """
    scalar = booster
    if valence < 0:
        scalar *= -1
    if prev_token.isupper() and cap_diff:
        if valence > 0:
            scalar += C_INCR
        else:
            scalar -= C_INCR
    return scalar


def _lexicon_valence(
    i: int,
    tokens: list[str],
    lows: list[str],
    n: int,
    cap_diff: bool,
    lex: dict[str, float],
) -> float:
    """vaderSentiment's ``sentiment_valence`` for a word that is in the lexicon.

    The loop over the three preceding words is unrolled; each block runs only when
    that word exists and is not itself in the lexicon, as in vaderSentiment. The
    booster scalar is added only for a booster word: for any other word
    vaderSentiment adds 0.0, which changes no value (at most -0.0 into 0.0, equal
    under ``==`` and in every later sum and comparison).
    """
    item_lower = lows[i]
    valence = lex[item_lower]
    if item_lower == "no" and i != n - 1 and lows[i + 1] in lex:
        valence = 0.0
    if (
        (i > 0 and lows[i - 1] == "no")
        or (i > 1 and lows[i - 2] == "no")
        or (i > 2 and lows[i - 3] == "no" and lows[i - 1] in _OR_NOR)
    ):
        valence = lex[item_lower] * N_SCALAR
    if tokens[i].isupper() and cap_diff:
        if valence > 0:
            valence += C_INCR
        else:
            valence -= C_INCR

    if i > 0:
        w1 = lows[i - 1]
        if w1 not in lex:
            if w1 in BOOSTER:  # else scalar_inc_dec is 0.0 (see the docstring)
                valence = valence + _scalar(BOOSTER[w1], tokens[i - 1], valence, cap_diff)
            if w1 in NEGATE or "n't" in w1:
                valence = valence * N_SCALAR
    if i > 1:
        w2 = lows[i - 2]
        if w2 not in lex:
            if w2 in BOOSTER:
                s = _scalar(BOOSTER[w2], tokens[i - 2], valence, cap_diff)
                if s != 0:
                    s = s * 0.95
                valence = valence + s
            w1 = lows[i - 1]
            if w2 == "never" and w1 in _SO_THIS:
                valence = valence * 1.25
            elif w2 == "without" and w1 == "doubt":
                pass
            elif w2 in NEGATE or "n't" in w2:
                valence = valence * N_SCALAR
    if i > 2:
        w3 = lows[i - 3]
        if w3 not in lex:
            if w3 in BOOSTER:
                s = _scalar(BOOSTER[w3], tokens[i - 3], valence, cap_diff)
                if s != 0:
                    s = s * 0.9
                valence = valence + s
            w2, w1 = lows[i - 2], lows[i - 1]
            if (w3 == "never" and w2 in _SO_THIS) or (w1 in _SO_THIS):
                valence = valence * 1.25
            elif w3 == "without" and (w2 == "doubt" or w1 == "doubt"):
                pass
            elif w3 in NEGATE or "n't" in w3:
                valence = valence * N_SCALAR
            if (
                w3 in _IDIOM_FIRST
                or w2 in _IDIOM_FIRST
                or w1 in _IDIOM_FIRST
                or item_lower in _IDIOM_FIRST
            ):
                valence = _special_idioms(valence, lows, i, n)

    # _least_check
    if i > 1 and lows[i - 1] not in lex and lows[i - 1] == "least":
        if lows[i - 2] != "at" and lows[i - 2] != "very":
            valence = valence * N_SCALAR
    elif i > 0 and lows[i - 1] not in lex and lows[i - 1] == "least":
        valence = valence * N_SCALAR
    return valence


def _special_idioms(valence: float, lows: list[str], i: int, n: int) -> float:
    """vaderSentiment's ``_special_idioms_check`` (only ever called with i > 2)."""
    w3, w2, w1, w0 = lows[i - 3], lows[i - 2], lows[i - 1], lows[i]
    if (
        (w3, w2) not in _IDIOM_PAIRS
        and (w2, w1) not in _IDIOM_PAIRS
        and (w1, w0) not in _IDIOM_PAIRS
        and (i + 1 == n or (w0, lows[i + 1]) not in _IDIOM_PAIRS)
    ):
        return valence  # Speed: no key can match (see _IDIOM_PAIRS)
    for seq in ((w1, w0), (w2, w1, w0), (w2, w1), (w3, w2, w1), (w3, w2)):
        if seq in _SPECIAL:
            valence = _SPECIAL[seq]
            break
    if n - 1 > i:
        seq = (w0, lows[i + 1])
        if seq in _SPECIAL:
            valence = _SPECIAL[seq]
    if n - 1 > i + 1:
        seq = (w0, lows[i + 1], lows[i + 2])
        if seq in _SPECIAL:
            valence = _SPECIAL[seq]
    for ngram in ((w3, w2, w1), (w3, w2), (w2, w1)):
        if ngram in _BOOSTER_NGRAM:
            valence = valence + _BOOSTER_NGRAM[ngram]
    return valence


_ZERO = (0.0, 0.0, 0.0, 0.0)
# Every token lexicon-neutral: all sentiments 0, so compound 0, neu 1 (see _score_valence).
_NEUTRAL = (0.0, 0.0, 1.0, 0.0)


def _lexicon_form(token: str) -> str:
    """Lower-cased word of a raw token (SentiText's punctuation rule)."""
    return _strip_punc_if_word(token).lower()


# Speed: raw token -> lexicon form, for the words in use (bounded: see analysis.speed.memo).
_TOKEN_CACHE: BoundedMemo[str, str] = BoundedMemo(_lexicon_form, 1 << 16, figures_apart=True)


def _cap_diff(tokens: list[str]) -> bool:
    """vaderSentiment's ``allcap_differential``: some tokens are in capitals, not all."""
    n = len(tokens)
    n_upper = sum(map(str.isupper, tokens))
    return 0 < n - n_upper < n


def scores(text: str) -> tuple[float, float, float, float]:
    """``(compound, pos, neu, neg)`` of ``text``, equal to ``polarity_scores``'s values."""
    lex, emojis, emoji_chars, scoring = _tables()
    if not text.isascii() and not emoji_chars.isdisjoint(text):
        text = _replace_emoji(text, emojis).strip()
    tokens = text.split()
    n = len(tokens)
    if n == 0:
        return _ZERO
    lows = list(map(_TOKEN_CACHE.__getitem__, tokens))
    # Positions of lexicon words; boosters and the "kind" of "kind of" score 0.
    # Speed: only these are visited, and without any the sentence is neutral.
    hits = list(compress(range(n), map(scoring.__contains__, lows)))
    if not hits:  # (no scan for "kind" then: it could only take hits away)
        return _NEUTRAL
    if "kind" in lows:
        hits = [i for i in hits if not (lows[i] == "kind" and i < n - 1 and lows[i + 1] == "of")]
        if not hits:
            return _NEUTRAL
    # cap_diff (some tokens in capitals, not all) is counted only when a rule asks it:
    # the fast path below asks only for a word in capitals. None: not counted yet.
    cap_diff: bool | None = None
    sentiments: list[float] = [0] * n
    # A word of "n't" negates, as _NEGATING words do; the raw text shows its "'t".
    plain = "'t" not in text and "'T" not in text
    for i in hits:
        window = lows[i - 3 if i > 3 else 0 : i + 1]
        if plain and _NEGATING.isdisjoint(window):
            # Speed: no negation, booster or "least" rule of _lexicon_valence applies.
            valence = lex[lows[i]]
            # str.isupper ignores punctuation, so the raw token answers for its word.
            if tokens[i].isupper():
                if cap_diff is None:
                    cap_diff = _cap_diff(tokens)
                if cap_diff:
                    valence = valence + C_INCR if valence > 0 else valence - C_INCR
            if i > 2 and lows[i - 3] not in lex and not _IDIOM_FIRST.isdisjoint(window):
                valence = _special_idioms(valence, lows, i, n)
            sentiments[i] = valence
        else:
            if cap_diff is None:
                cap_diff = _cap_diff(tokens)
            sentiments[i] = _lexicon_valence(i, tokens, lows, n, cap_diff, lex)
    if "but" in lows:
        # _but_check: each valence visited rescales the FIRST one equal to it
        # (list.index), by 0.5 before the first "but", 1.5 after. Only lexicon positions
        # hold non-zero values; a zero may come out with the other sign, which no score
        # sees (sum adds onto +0.0, the shares test > 0 and < 0).
        rescale_first_equal(sentiments, hits, lows.index("but"), 0.5, 1.5)
    return _score_valence(sentiments, hits, n, text)


def _score_valence(
    sentiments: list[float], hits: list[int], n: int, text: str
) -> tuple[float, float, float, float]:
    sum_s = float(sum(sentiments))
    # _punctuation_emphasis: up to 4 "!" at 0.292 each; 2-3 "?" at 0.18 each, 4+ 0.96.
    ep = min(text.count("!"), 4)
    qm = text.count("?")
    qm_amplifier = 0
    if qm > 1:
        qm_amplifier = qm * 0.18 if qm <= 3 else 0.96
    amplifier = ep * 0.292 + qm_amplifier
    if sum_s > 0:
        sum_s += amplifier
    elif sum_s < 0:
        sum_s -= amplifier
    compound = sum_s / _sqrt((sum_s * sum_s) + 15)
    if compound < -1.0:
        compound = -1.0
    elif compound > 1.0:
        compound = 1.0

    # Speed: only lexicon positions can be non-zero (the "but" pass scales values in
    # place, and 0 scaled stays 0), so the others are neutral; order of addition is kept.
    pos_sum = 0.0
    neg_sum = 0.0
    n_nonzero = 0
    for i in hits:
        s = sentiments[i]
        if s > 0:
            pos_sum += float(s) + 1
            n_nonzero += 1
        elif s < 0:
            neg_sum += float(s) - 1
            n_nonzero += 1
    neu_count = n - n_nonzero
    if pos_sum > _fabs(neg_sum):
        pos_sum += amplifier
    elif pos_sum < _fabs(neg_sum):
        neg_sum -= amplifier
    total = pos_sum + _fabs(neg_sum) + neu_count
    # pos_sum and neu_count are >= +0.0 and total > 0: their shares are their own fabs.
    return (
        round4(compound),
        round3(pos_sum / total),
        round3(neu_count / total),
        round3(_fabs(neg_sum / total)),
    )


def polarity_scores(text: str) -> dict[str, float]:
    """Drop-in for ``SentimentIntensityAnalyzer().polarity_scores(text)``, same dict."""
    compound, pos, neu, neg = scores(text)
    return {"neg": neg, "neu": neu, "pos": pos, "compound": compound}

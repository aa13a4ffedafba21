"""VADER 3.3.2 ``polarity_scores`` re-implemented for speed, with identical results.

The algorithm is vaderSentiment's, rule for rule and operation for operation (so
the floats are the same bits), and its lexicon, emoji descriptions and constants
are read from the installed ``vaderSentiment`` package, not copied. What changes
is the cost:

- the emoji pass (a Python loop over every character, building a string by
  concatenation) runs only when the text holds one of the 1,212 single-character
  emoji keys, found with one C-level ``set.isdisjoint``;
- each token is lower-cased once, not once per rule; the negation test is a set
  look-up (vaderSentiment copies and scans a 59-word list for each check);
- idiom and "kind of"/"sort of" checks compare token tuples instead of formatting
  strings; the contrastive "but" pass runs only when "but" occurs.

The quirks are kept on purpose, because identity is the contract: special-case
idioms are only checked when the third word before a lexicon word is not itself
in the lexicon; the "but" pass rescales the first sentiment *equal in value* to
each one it visits (``list.index``), not the one at its own position; a word
before "no" keeps "no"'s own valence only when the next word is not in the
lexicon; ``neu`` counts every non-sentiment token, not only words.

>>> polarity_scores("The plan is not bad at all, but the cost is HUGE!")
{'neg': 0.0, 'neu': 0.615, 'pos': 0.385, 'compound': 0.7404}
"""

from __future__ import annotations

import math
import string
from collections.abc import Sequence
from functools import cache

import numpy as np
from vaderSentiment import vaderSentiment as _vs

N_SCALAR = _vs.N_SCALAR
C_INCR = _vs.C_INCR
BOOSTER = dict(_vs.BOOSTER_DICT)
NEGATE = frozenset(_vs.NEGATE)
# Multi-word keys as token tuples: tokens never contain white space, so the tuple
# matches exactly when vaderSentiment's space-joined string does.
_SPECIAL = {tuple(k.split(" ")): v for k, v in _vs.SPECIAL_CASES.items()}
_BOOSTER_NGRAM = {tuple(k.split(" ")): v for k, v in _vs.BOOSTER_DICT.items() if " " in k}
_SO_THIS = ("so", "this")
_OR_NOR = ("or", "nor")
_PUNCT = string.punctuation

COLUMNS = ("compound", "pos", "neu", "neg")


@cache
def _analyzer() -> _vs.SentimentIntensityAnalyzer:
    """The package's own analyzer, built once: its lexicon and emoji table are ours."""
    return _vs.SentimentIntensityAnalyzer()


@cache
def _tables() -> tuple[dict[str, float], dict[str, str], frozenset[str]]:
    sia = _analyzer()
    # polarity_scores tests `chr in emojis` one character at a time, so only the
    # single-character keys can ever match.
    single = frozenset(k for k in sia.emojis if len(k) == 1)
    return sia.lexicon, sia.emojis, single


def _negated(word_lower: str) -> bool:
    return word_lower in NEGATE or "n't" in word_lower


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


def _lexicon_valence(
    i: int,
    words: list[str],
    lows: list[str],
    n: int,
    cap_diff: bool,
    lex: dict[str, float],
) -> float:
    """vaderSentiment's ``sentiment_valence`` for a word that is in the lexicon."""
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
    if words[i].isupper() and cap_diff:
        if valence > 0:
            valence += C_INCR
        else:
            valence -= C_INCR

    for start_i in range(3):
        if i > start_i:
            j = i - (start_i + 1)
            prev = lows[j]
            if prev in lex:
                continue
            # scalar_inc_dec
            s = 0.0
            b = BOOSTER.get(prev)
            if b is not None:
                s = b
                if valence < 0:
                    s *= -1
                if words[j].isupper() and cap_diff:
                    if valence > 0:
                        s += C_INCR
                    else:
                        s -= C_INCR
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            # _negation_check
            if start_i == 0:
                if _negated(lows[i - 1]):
                    valence = valence * N_SCALAR
            elif start_i == 1:
                if lows[i - 2] == "never" and lows[i - 1] in _SO_THIS:
                    valence = valence * 1.25
                elif lows[i - 2] == "without" and lows[i - 1] == "doubt":
                    pass
                elif _negated(lows[i - 2]):
                    valence = valence * N_SCALAR
            else:
                if (lows[i - 3] == "never" and lows[i - 2] in _SO_THIS) or (
                    lows[i - 1] in _SO_THIS
                ):
                    valence = valence * 1.25
                elif lows[i - 3] == "without" and (
                    lows[i - 2] == "doubt" or lows[i - 1] == "doubt"
                ):
                    pass
                elif _negated(lows[i - 3]):
                    valence = valence * N_SCALAR
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


def _but_check(lows: list[str], sentiments: list[float]) -> None:
    """vaderSentiment's ``_but_check``, in place, with its ``list.index`` behaviour."""
    bi = lows.index("but")
    for sentiment in sentiments:
        si = sentiments.index(sentiment)
        if si < bi:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * 0.5)
        elif si > bi:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * 1.5)


def scores(text: str) -> tuple[float, float, float, float]:
    """``(compound, pos, neu, neg)`` of ``text``, equal to ``polarity_scores``'s values."""
    lex, emojis, emoji_chars = _tables()
    if not emoji_chars.isdisjoint(text):
        text = _replace_emoji(text, emojis).strip()
    words = [_strip_punc_if_word(t) for t in text.split()]
    n = len(words)
    if n == 0:
        return 0.0, 0.0, 0.0, 0.0
    lows = [w.lower() for w in words]
    n_upper = sum(1 for w in words if w.isupper())
    cap_diff = 0 < n - n_upper < n

    sentiments: list[float] = []
    for i in range(n):
        low = lows[i]
        kind_of = low == "kind" and i < n - 1 and lows[i + 1] == "of"
        if low in BOOSTER or low not in lex or kind_of:
            sentiments.append(0)
        else:
            sentiments.append(_lexicon_valence(i, words, lows, n, cap_diff, lex))
    if "but" in lows:
        _but_check(lows, sentiments)
    return _score_valence(sentiments, text)


def _score_valence(sentiments: list[float], text: str) -> tuple[float, float, float, float]:
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
    compound = sum_s / math.sqrt((sum_s * sum_s) + 15)
    if compound < -1.0:
        compound = -1.0
    elif compound > 1.0:
        compound = 1.0

    pos_sum = 0.0
    neg_sum = 0.0
    neu_count = 0
    for s in sentiments:
        if s > 0:
            pos_sum += float(s) + 1
        if s < 0:
            neg_sum += float(s) - 1
        if s == 0:
            neu_count += 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= amplifier
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return (
        round(compound, 4),
        round(math.fabs(pos_sum / total), 3),
        round(math.fabs(neu_count / total), 3),
        round(math.fabs(neg_sum / total), 3),
    )


def polarity_scores(text: str) -> dict[str, float]:
    """Drop-in for ``SentimentIntensityAnalyzer().polarity_scores(text)``, same dict."""
    compound, pos, neu, neg = scores(text)
    return {"neg": neg, "neu": neu, "pos": pos, "compound": compound}


def score_sentences(sentences: Sequence[str]) -> np.ndarray:
    """VADER scores of many sentences: float array of shape ``(n, 4)``.

    Columns, in order, are :data:`COLUMNS`: compound, pos, neu, neg. Each row equals
    ``polarity_scores(sentence)``; an empty or blank sentence scores all zeros.

    >>> score_sentences(["Good news.", ""]).tolist()
    [[0.4404, 0.744, 0.256, 0.0], [0.0, 0.0, 0.0, 0.0]]
    """
    out = np.zeros((len(sentences), 4), dtype=np.float64)
    for k, sentence in enumerate(sentences):
        out[k] = scores(sentence)
    return out

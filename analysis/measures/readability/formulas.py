"""Readability of a text: textstat 0.7.13's formulas on the counts of :mod:`.counts`.

:func:`readability` returns the nine headline formulas under textstat's own function
names plus the counts they are built from. Every value equals what textstat's
public function of the same name returns (default settings: ``en_US``, no rounding)
for the same text, within 1e-9 (in practice bit for bit), with two documented
exceptions below. Each formula below is textstat's, in textstat's order of
operations (so the floats agree), on counts made once per text (W words, S
sentences, Y syllables, T white-space tokens):

- Flesch reading ease = 206.835 - 1.015 W/S - 84.6 Y/W; Flesch-Kincaid =
  0.39 W/S + 11.8 Y/W - 15.59 (both 0 when W/S or Y/W is 0);
- Gunning Fog = 0.4 (W/S + 100 D3/W), D3 words off the easy list with 3+
  syllables; SMOG = 1.043 sqrt(30 P/S) + 3.1291, P words of 3+ syllables;
- Coleman-Liau = 0.058 (100 L/W) - 0.296 (100 S/W) - 15.8 (L letters; 0 when
  either term is 0);
- ARI = 4.71 C/T + 0.5 W/S - 21.43 (C non-space characters; 0 when C/T or W/S is 0);
- Dale-Chall = 0.1579 (100 D0/W) + 0.0496 W/S, + 3.6365 when 100 D0/W > 5, D0
  words off the easy list;
- Linsear Write on the first 100 words: (easy + 3 hard) / sentences of those
  words, minus 2 if that is <= 20, halved; hard = 3+ syllables, easy = 1 or 2;
- text_standard: the most frequent grade among floor, ceil and round of each
  grade formula plus the Flesch band (first seen wins a tie), clamped to 1-18
  (textstat's consensus, ``text_standard(text, float_output=True)``).

Deviations from textstat, on purpose:

1. A text with no words (empty, white space, punctuation or symbols only) gives
   NaN for the nine formulas. textstat returns 0.0 for most of them and 3.1291
   for SMOG of non-empty word-less text, numbers that are not readability. The
   counts are still textstat's (e.g. ``sentences`` is 1 for ``"..."``). For every
   text with at least one word we keep textstat's values, including its zero
   guards (a text of dictionary words with no vowel, such as "Hmm.", has 0
   syllables, and textstat's Flesch formulas then return 0.0).
2. Typographic apostrophes. textstat knows only the ASCII ``'``, so "don’t" loses
   its apostrophe, becomes "dont" and misses the dictionary. By default
   (``normalise=True``) we replace the right single quotation mark ``’`` (the
   apostrophe of typeset news) with ``'`` before counting; the equality with
   textstat then holds for the normalised text, ``textstat.f(text.replace("’",
   "'"))``. The left mark ``‘`` is left alone: it only opens quotations, and
   turned into ``'`` before "t", "s" or "d" ("‘tough’") textstat would keep it
   and miss the word. ``benchmarks/dictionary_coverage.py`` measures the effect:
   on PolNeAR train (840 US articles, 458 with curly apostrophes) the share of
   word tokens found in CMUdict rises from 96.48% to 96.90% (+2,602 of 621,593
   tokens) and 215 articles change their Flesch reading ease (mean |change|
   0.42); mapping ‘ as well finds 11 tokens fewer. BBC (straight quotes only)
   is unaffected: 95.25% either way. With ``normalise=False`` the values equal
   textstat's on the raw text.

The syllable dictionary is the ``cmudict`` package's data file, never a download
(see :mod:`.syllables`); :func:`.offline.offline_textstat` makes textstat itself
use the same dictionary, so both can be compared without network.

>>> r = readability("The cat sat on the mat. It was happy there.")
>>> r["words"], r["sentences"], r["syllables"], r["flesch_reading_ease"]
(10.0, 2.0, 11.0, 108.7...)
>>> readability("")["flesch_kincaid_grade"]
nan
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping

from textstat.backend.utils import get_lang_cfg

from analysis.measures.readability.counts import Counts, count_text
from analysis.measures.readability.syllables import LANG

__all__ = ["COUNTS", "FORMULAS", "TEXTSTAT_COUNTS", "formulas", "readability"]
from analysis.values import require_text

FORMULAS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "linsear_write_formula",
    "text_standard",
)
COUNTS = (
    "words",
    "sentences",
    "syllables",
    "polysyllables",
    "monosyllables",
    "difficult_words",
    "characters",
    "letters",
)
#: textstat's public function that gives each count, called with its defaults.
TEXTSTAT_COUNTS = {
    "words": "lexicon_count",
    "sentences": "sentence_count",
    "syllables": "syllable_count",
    "polysyllables": "polysyllabcount",
    "monosyllables": "monosyllabcount",
    "difficult_words": "difficult_words",
    "characters": "char_count",
    "letters": "letter_count",
}

_FRE_BASE = get_lang_cfg(LANG, "fre_base")
_FRE_SL = get_lang_cfg(LANG, "fre_sentence_length")
_FRE_SW = get_lang_cfg(LANG, "fre_syll_per_word")


def readability(text: str, normalise: bool = True) -> dict[str, float]:
    """Readability formulas and counts of ``text``, equal to textstat 0.7.13's.

    Keys: the formulas in :data:`FORMULAS` (textstat's function names) and the
    counts in :data:`COUNTS`; all values are floats. See the module docstring for
    the rules, the NaN for word-less text and the apostrophe normalisation.

    >>> r = readability("Officials don’t expect a decision before Thursday.")
    >>> r["words"], r["syllables"], r["difficult_words"]
    (7.0, 14.0, 2.0)
    """
    require_text(text, "readability")
    if normalise:
        text = text.replace("’", "'")
    c = count_text(text)
    out = {name: float(getattr(c, name)) for name in COUNTS}
    if c.words == 0:
        return {**dict.fromkeys(FORMULAS, math.nan), **out}
    return {**formulas(c), **out}


def formulas(c: Counts) -> dict[str, float]:
    """The formulas of :data:`FORMULAS` from a text's counts (at least one word).

    Each block is textstat's function of the same name: the same expressions in
    the same order, with the same zero guards. textstat's ratios (its
    ``words_per_sentence`` and the like, cached per text) are made once; each is
    0.0 where textstat's ``except ZeroDivisionError`` would give 0.0.
    """
    words_per_sentence = _ratio(c.words, c.sentences)
    syllables_per_word = _ratio(c.syllables, c.words)
    letters_per_word = _ratio(c.letters, c.words)
    sentences_per_word = _ratio(c.sentences, c.words)
    chars_per_word = _ratio(c.characters, c.tokens)  # chars_per_word: white-space tokens

    if words_per_sentence == 0 or syllables_per_word == 0:
        flesch_reading_ease = flesch_kincaid_grade = 0.0
    else:
        flesch_reading_ease = (
            _FRE_BASE - _FRE_SL * words_per_sentence - _FRE_SW * syllables_per_word
        )
        flesch_kincaid_grade = (0.39 * words_per_sentence) + (11.8 * syllables_per_word) - 15.59

    if c.words == 0:
        gunning_fog = 0.0
    else:
        per_diff_words = 100 * c.fog_hard_words / c.words
        gunning_fog = 0.4 * (words_per_sentence + per_diff_words)

    if c.sentences == 0:
        smog_index = 0.0
    else:
        smog_index = (1.043 * (30 * (c.polysyllables / c.sentences)) ** 0.5) + 3.1291

    letters = letters_per_word * 100
    sentences = sentences_per_word * 100
    if letters == 0 or sentences == 0:
        coleman_liau_index = 0.0
    else:
        coleman_liau_index = (0.058 * letters) - (0.296 * sentences) - 15.8

    if chars_per_word == 0 or words_per_sentence == 0:
        automated_readability_index = 0.0
    else:
        automated_readability_index = (4.71 * chars_per_word) + (0.5 * words_per_sentence) - 21.43

    if c.words == 0:
        dale_chall_readability_score = 0.0
    else:
        per_difficult_words = 100 * c.hard_words / c.words
        dale_chall_readability_score = (0.1579 * per_difficult_words) + (
            0.0496 * words_per_sentence
        )
        if per_difficult_words > 5:
            dale_chall_readability_score += 3.6365

    # linsear_write_formula(text) with strict_upper=True, strict_lower=False.
    if c.linsear_sentences == 0:
        linsear_write_formula = 0.0
    else:
        number = float((c.linsear_easy * 1 + c.linsear_hard * 3) / c.linsear_sentences)
        if number <= 20:
            number -= 2
        linsear_write_formula = number / 2

    out = {
        "flesch_reading_ease": flesch_reading_ease,
        "flesch_kincaid_grade": flesch_kincaid_grade,
        "gunning_fog": gunning_fog,
        "smog_index": smog_index,
        "coleman_liau_index": coleman_liau_index,
        "automated_readability_index": automated_readability_index,
        "dale_chall_readability_score": dale_chall_readability_score,
        "linsear_write_formula": linsear_write_formula,
    }
    out["text_standard"] = text_standard(out)
    return out


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def text_standard(scores: Mapping[str, float]) -> float:
    """textstat's ``text_standard(text, float_output=True)`` from the other formulas' values.

    The most frequent grade among floor, ceil and round of each grade formula and
    the Flesch band, in textstat's order (the first seen wins a tie), clamped to 1-18.
    """
    grade = _grades(scores["flesch_kincaid_grade"])
    grade += _flesch_band(scores["flesch_reading_ease"])
    for name in (
        "smog_index",
        "coleman_liau_index",
        "automated_readability_index",
        "dale_chall_readability_score",
        "linsear_write_formula",
        "gunning_fog",
    ):
        grade += _grades(scores[name])
    return float(max(1, min(Counter(grade).most_common(1)[0][0], 18)))


def _grades(score: float) -> list[int]:
    return [math.floor(score), math.ceil(score), round(score)]


def _flesch_band(score: float) -> list[int]:
    for low, grade in ((90, [5]), (80, [6]), (70, [7]), (60, [8, 9]), (50, [10])):
        if low <= score < low + 10:
            return grade
    if 40 <= score < 50:
        return [11]
    if 30 <= score < 40:
        return [12]
    return [13]

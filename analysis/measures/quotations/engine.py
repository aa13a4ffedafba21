"""Quotations in news text: what is quoted, how, by whom.

:func:`extract_quotes` returns one row per quotation. Marks are paired by
:mod:`analysis.measures.quotations.marks`, speakers found and resolved by
:mod:`analysis.measures.quotations.attribution` with the cue list of
:mod:`analysis.measures.quotations.cues`.

Kinds
    ``full``: the quoted words stand as a sentence or more: they open with a
    capital (or digit) where a sentence can start (paragraph start, after a
    colon, comma, dash or sentence end) or they end in ``.``, ``!`` or ``?``
    and hold at least four words.
    ``partial``: a fragment woven into the reporter's sentence (``restoring
    “mutually respectful interstate dialogue”``) with a speaker.
    ``scare``: quotation marks round words nobody is quoted as saying: no
    speaker found, at most four words and no speech verb before them in their
    sentence (``…, calling the mayor a “liar”`` reports the words even when the
    verb's subject is out of reach, and so does a possessor's speech noun,
    ``Trump’s claim that there were “thousands of shootings”``; a passive naming
    verb, ``what is called an “A” item``, does not), unless they close a
    title-case headline (``Lawmakers Rip Trump As A ‘Disgusting Fraud.’``: the
    headline reports them); a term opening a sentence that defines it
    (``“Top secret” is the highest level …``; not ``“…” was the message from …``);
    a title of a work (title case —
    small words such as ``with`` may stay lowercase, a number counts as
    capitalised; two or more short words all capitalised, ``New Day``, count
    too — at most eight words, after a possessive, a work noun such as
    ``book``, ``show`` or ``drama``, ``an episode of``, ``a co-editor of``, an
    article, ``on``, ``told`` or ``with`` (a programme: ``said on “Meet the
    Nation”``, ``told “Good Day”``), ``canceled``/``renewed``/``stream``, a
    performer's ``stars in``/``roles in``, ``the revival/heroine/founder of``, or
    before ``star``/``host``: ``the “Broad City” star``, or before an appositive naming
    the kind of work: ``“Equity,” a thriller about …``); words after ``so-called``,
    ``dubbed``, ``nicknamed`` or a modifier (``the “gun violence”
    narrative``; after an adjective or ``and``/``or`` too: ``a federal
    “supermax” prison``) unless a cue verb attributes them (``Roe said it was an
    “awful” job`` is reported speech); a paragraph that is only a
    single-quoted line, maybe between dashes (a subhead, ``‘All Bets Are Off.’``,
    ``– ‘We stay’ –``), or a double-quoted one in capitals (an agency's subhead,
    ``“DIVISIVE AND WRONG”``); words all inside brackets (``“(CROSSTALK.)”``,
    ``“[Source.]”``: a transcriber's note or a source tag); words cited with
    their year in parentheses right after the closing mark (a slogan, poster or
    work: ``“Yes to minaret ban” (2009)``, ``“…” (election poster 2003)``) or dated
    by a year between a determiner or month and the mark (``his 1994 “Contract
    with America”``, ``the January 2013 “fiscal cliff” deal``); a language's gloss
    (``Veritas - Latin for “truth”``); a title
    of any length followed by its author (``“This Kind of War,” by T.R.
    Fehrenbach``; not after a verb or ``as``: ``called “Fake News” by Jo Lee`` is
    the agent's). A name given after
    ``as a/an/the``, ``called the`` or ``referred to the`` (``portrayed him as a
    “con artist”``, ``known as the “Midnight Crew”``) is someone's word for it,
    so never scare, unless it modifies a noun after it (``as the “outsider”
    candidate``) or ``As`` opens the clause. Nor is a title given after
    ``titled`` or ``entitled`` (``a memo titled “The Facts on the Race”``): the
    words of the ad, memo or editorial it names, quoted as its authors'.

Quotations inside quotations
    A quotation inside another one (``“He told me ‘no’,” she said``) is its own
    row with ``nested=True`` and ``parent`` = the row index of the enclosing
    quotation; its speaker is left empty (the enclosing speaker reports it, the
    inner speaker is rarely named) and its kind follows the rules above with
    ``scare`` replaced by ``partial`` unless the words are a title. Top-level
    rows have ``parent`` -1.

A quotation inside its speaker's own mention (``“We lost,” Bill Lee, wearing
“Vote Lee” pins, said``) describes the speaker and is not theirs: it takes no
attribution, nor the one of the quotation before it.

A transcript turn (``"PENCE: …``, see :mod:`analysis.measures.quotations.marks`) is the
label's: speaker ``PENCE``, cue ``:``.

A quotation left open at a paragraph end whose next paragraph reopens it and
closes it with an attribution (see :mod:`analysis.measures.quotations.marks`) takes that
attribution.

A headline ``Name: claim`` (a paragraph that opens with a short capitalised
name and a colon, one line with no sentence end inside) is the headline form of
``Name said claim``: a quotation in it with no cue of its own is the name's,
cue ``:``, in title case or sentence case (``Clinton: Time for ‘intensification’
of ISIL strategy``). ``Name: “…”`` may follow a sentence or a heading and a dash
(a digest item: ``TURNOUT WAS HIGH - Dana Lee: “…”``).

Cue: the cue as written (``said``, ``according to``); ``—`` for a dash
attribution, ``:`` for ``Name: “…”``; NA when the speaker is only the subject of
the sentence (no cue verb) or was introduced without one. A quotation that
continues an earlier speaker repeats that speaker's mention, offsets and cue.

Columns: the quotes table's (:data:`analysis.schema.EXTRACTED_QUOTES`, with their
meanings and dtypes) without the ones the tables add: ``paragraph``, ``start``,
``end`` (quoted words without the marks), ``text``, ``kind``, ``speaker`` …
``parent``.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading

import pandas as pd

from analysis import schema
from analysis.measures.quotations.attribution import (
    ASCII_FOLDS,
    Mention,
    Resolver,
    np_after,
    np_before,
    subject_at,
)
from analysis.measures.quotations.cues import CUE_FORMS, NOUNISH, PRIMARY_FORMS
from analysis.measures.quotations.marks import INVISIBLE, LABEL, QuoteSpan, find_quote_spans
from analysis.measures.readability.syllables import WORD_MEMO_MAX
from analysis.speed.memo import BoundedMemo
from analysis.speed.token_index import region
from analysis.units.spans import INDEX_MAX, paragraph_spans, sentence_spans, tokens
from analysis.values import require_text

COLUMNS = [c.name for c in schema.EXTRACTED_QUOTES]
_DTYPES = {c.name: c.dtype for c in schema.EXTRACTED_QUOTES}

# Case-blind only where it matters (the phrases): a pattern-wide IGNORECASE makes
# every letter test slower. Possessive: the scan never gives letters back.
_CUE_TOKEN = re.compile(r"(?i:according to|in the words of)|[^\W\d_]++(?:['’][^\W\d_]++)?+")
# The per-article index (_cue_index) relies on _CUE_TOKEN having no capturing group
# and not looking past what it consumes (no lookahead, no \b at its end); see
# tests/test_quotes_index.py.
# The phrases of _CUE_TOKEN. Led by the characters that match their first letter
# case-blind (the engine then skips to those; as a plain alternation it tried
# both phrases at every character: 48 -> 20 µs per BBC article).
_CUE_PHRASE = re.compile(r"[aAiIİı](?i:(?<=[aA])ccording to|(?<=[iIİı])n the words of)")
_CUE_WORD = re.compile(r"[^\W\d_]++(?:['’][^\W\d_]++)?+")  # _CUE_TOKEN without the phrases
# "as X put it": ``put`` counts with ``it`` and punctuation (or the quotation) after it.
# Found by str.find in the region (not in the index: the test looks past the token).
_PUT_IT = re.compile(r"puts?\s+it\b(?=\s*[,:.;—–“\"']|\s*\Z)")
_NOUN_BEFORE = frozenset(
    """the a an his her their its our my your this that these those of in for to on with
    by from at one another each every some several first latest recent new""".split()
)
_DOCUMENT = frozenset(
    """statement statements letter email emails tweet tweets post posts release memo note
    message ad ads video videos report op-ed column""".split()
)
_PREPOSITIONS = frozenset(
    """with of for by from in on at to about as like including among without against""".split()
)
_WINDOW = 600  # characters of context looked at on either side of a quotation
_NAMING = frozenset("dubbed dubs labeled labelled labels branded called so-called".split())
# Nouns for what someone says: "Roe’s response was: “…”", "“…” was the message from Roe".
_SPEECH_NOUN = (
    r"response|answer|reply|retort|message|statement|view"
    r"|words|comments?|remarks|argument|position|advice|warning|verdict|assessment|take"
    r"|pitch|plea|explanation|excuse|defen[cs]e|tweet|post|slogan|mantra|motto"
)
_POSSESSED_SPEECH = re.compile(
    rf"(?:[^\W_]['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:[a-z-]+\s+)?"
    rf"(?:{_SPEECH_NOUN}|claims?|assertion|call|offer|rejection|promise|pledge|vow)\b"
    r"(?=[^“”\"]*\Z)"
)
_POSSESSIVE = re.compile(rf"[^\W_](['’]s)\s+(?:[a-z-]+\s+)?({_SPEECH_NOUN})\b")
_NAME_VERB = re.compile(
    r"\s*((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*|(?:the|a|an|his|her|their|one)"
    r"\s+(?:[a-z-]+\s+){0,2}[a-z-]+|he|she|they|we|I)\s+([a-z]+ed)\b(?!\s+(?:by|to|that|in)\b)"
)
_PAST_VERB = re.compile(r"\b[a-z]+ed\b")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+\Z")
_WHAT = re.compile(r"\bwhat\s+\Z", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_CLAUSE = re.compile(r"(?:[,;]\s+(?:but|although|though|while|whereas|yet)|;)\s+")
_CUE_COMMA = re.compile(r"([^\W\d_]+),\s*\Z")
_DASH = re.compile(r"\s*(?:—|–|―|--)\s*")
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Words all inside one pair of brackets or parentheses, maybe a full stop after.
_BRACKETED = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])[.,]?\s*\Z")
# A parenthesis ending in a year right after the closing mark: “Yes to minaret ban”
# (2009), “…” (election poster 2003).
# A work's author after its title: ``“Perfect Enough,” by George Anders``.
_BYLINE = re.compile(r"[,.]?[ \t\u00a0]+by[ \t\u00a0]+[A-Z][\w.'’-]*[ \t\u00a0]+[A-Z]")
_CITED_YEAR = re.compile(r"[ \t\u00a0]*\((?:[^()\n]{0,60}\s)?(?:1[89]|20)\d\d\)")
# A year between a determiner and the quotation dates a named thing ("the 2010 “…”").
_DATED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)[ \t\u00a0]+"
    r"(?:1[89]|20)\d\d[ \t\u00a0]*\Z"
)
# A sentence that goes on to define the quoted words: "“Non-paper” is a diplomatic term".
# Not a speech noun: "“Welcome” was the message from the pilot" reports words.
_DEFINED = re.compile(
    rf",?[ \t\u00a0]+(?:is|was)[ \t\u00a0]+(?:a|an|the)[ \t\u00a0]+"
    rf"(?!(?:[a-z-]+[ \t\u00a0]+)?(?:{_SPEECH_NOUN})\b)"
)
# A language's gloss of a foreign word: "Spanish for “witches”".
_GLOSS = re.compile(
    r"\b(?:Latin|Greek|Spanish|French|German|Italian|Portuguese|Russian|Arabic|Hebrew|Yiddish"
    r"|Chinese|Mandarin|Cantonese|Japanese|Korean|Persian|Farsi|Turkish|Hindi|Urdu|Dutch"
    r"|Polish|Swedish|Ukrainian|Gaelic|Welsh|Swahili)[ \t\u00a0]+for[ \t\u00a0,]*\Z"
)
# Nothing but a full stop (or ! ?) and spaces between a closing mark and the line's end.
_LINE_END = re.compile(r"[.!?]?[ \t\u00a0]*(?:\n|\Z)")


class _Attr:
    __slots__ = ("cue", "speaker")

    def __init__(self, speaker: tuple[int, int], cue: tuple[int, int]) -> None:
        self.speaker = speaker
        self.cue = cue


def _is_headline(text: str, start: int, end: int) -> bool:
    """Title case: most words of four letters or more are capitalised."""
    long_words = [w for w in _WORDS.findall(text, start, min(end, start + 400)) if len(w) >= 4]
    caps = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 2 and caps >= 0.7 * len(long_words)


def _line_is_headline(text: str, pos: int) -> bool:
    """Is the line holding ``pos`` a headline (looked at within 400 characters)?"""
    line = text.rfind("\n", max(0, pos - 400), pos) + 1
    if line == 0 and pos >= 400:
        return False
    stop = text.find("\n", pos, line + 400)
    return _is_headline(text, line, stop if stop >= 0 else line + 400)


def _cue_candidate(text: str, s: int, w: str) -> bool:
    """Is the ``_CUE_TOKEN`` match ``w`` at ``s`` a cue wherever the scan starts?

    A cue form or phrase, unless a noun-like form follows an article, a
    possessive or a preposition.
    """
    low = w.lower()
    if low in CUE_FORMS or " " in low:
        if low in NOUNISH:
            before = text[max(0, s - 20) : s].split()
            prev = before[-1].lower() if before else ""
            if prev in _NOUN_BEFORE or prev.endswith(("'s", "’s", "s'", "s’")):
                return False
            if before and (
                ("-" in prev and prev.islower())
                or (before[-1][:1].isupper() and prev.endswith(("can", "ic", "ish", "ese")))
            ):
                return False  # "early-morning tweets", "Republican claims": nouns
        return True
    return False


# Per thread: (text, candidates, their starts, their ends, phrase zones, has a phrase).
_local = threading.local()


def _plain_tokens(text: str, s: int, e: int, w: str) -> list[tuple[int, int]]:
    """Spans of the phrase-less ``_CUE_TOKEN`` matches inside the word ``w`` at ``s:e``.

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
    :func:`_cue_candidate` must read the words before it (the rest always pass).
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


def _cue_index(text: str) -> tuple:
    """The cue candidates of the whole-text ``_CUE_TOKEN`` scan, and where phrases change it.

    Read off the text's :func:`~analysis.units.spans.tokens` (scanned once per article
    for the word counts and the speakers) word by word (:func:`_plain_tokens`,
    memoised per word: :data:`_CUE_PIECES`). A phrase (*according to*) spans
    words: see :func:`_with_phrases`.
    """
    c = getattr(_local, "index", None)
    if c is not None and c[0] is text:
        return c
    t_starts, _, t_words = tokens(text)
    pieces = list(map(_CUE_PIECES.__getitem__, t_words))
    zones: list[tuple[int, int]] = []
    phrase = _has_phrase(text)
    cands = []
    if phrase:
        found = []
        for j in itertools.compress(range(len(pieces)), pieces):
            s = t_starts[j]
            found += [(s + a, s + b, w) for a, b, w, _ in pieces[j]]
        found, zones = _with_phrases(text, found)
        cands = [x for x in found if _cue_candidate(text, x[0], x[2])]
    else:
        # A memoised cue form is a candidate unless it is noun-like (see _cue_candidate).
        for j in itertools.compress(range(len(pieces)), pieces):
            s = t_starts[j]
            for a, b, w, nounish in pieces[j]:
                if not nounish or _cue_candidate(text, s + a, w):
                    cands.append((s + a, s + b, w))
    c = (text, cands, [x[0] for x in cands], [x[1] for x in cands], zones, phrase)
    _local.index = c
    return c


def _has_phrase(text: str) -> bool:
    """Does ``_CUE_PHRASE`` occur in ``text``? Asked with ``str.find`` (see :func:`_lowered`)."""
    low = _lowered(text)
    if low is None:
        return _CUE_PHRASE.search(text) is not None
    return "according to" in low or "in the words of" in low


def _lowered(text: str) -> str | None:
    """``text.lower()`` where it finds the case-blind phrases at their offsets, else None.

    Where ``text`` holds none of the four characters that ``re`` matches or
    lowercases to ASCII letters (:data:`~analysis.measures.quotations.attribution.ASCII_FOLDS`:
    ``İ ı ſ K``), only ``A-Z`` lowercase to ``a-z`` and no character changes
    length, so a case-blind match of an ASCII phrase is a plain one in the
    lowercased text, at the same offset.
    """
    if not text.isascii() and any(c in text for c in ASCII_FOLDS):
        return None
    return text.lower()


def _phrase_starts(text: str) -> list[int]:
    """Starts of the ``_CUE_PHRASE`` matches of the whole ``text``, in order.

    The phrases overlap neither themselves nor each other, so every occurrence
    is a match.
    """
    low = _lowered(text)
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
    text: str, found: list[tuple[int, int, str]]
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The phrase-less cue forms ``found`` turned into ``_CUE_TOKEN``'s, and the zones.

    The two scans agree until ``_CUE_TOKEN`` meets a phrase where the other has a
    token start; from there it is rescanned until a match equals a phrase-less
    token (both scans then go on alike). That stretch is a zone: its cue forms
    are the rescan's. Phrases never overlap each other.
    """
    t_starts, t_ends, t_words = tokens(text)

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
        for r in _CUE_TOKEN.finditer(text, p):
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


def _rescan(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return _accepted(text, list(_CUE_TOKEN.finditer(text, start, end)))


def _candidates(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The cue candidates a ``_CUE_TOKEN`` scan of ``text[start:end]`` meets, in order.

    Taken from the whole text's (see :mod:`analysis.speed.token_index`): the scan is
    sliced by the text's :func:`~analysis.units.spans.tokens` words, since a cue token
    never crosses a word's edge, and only words cut by ``start`` or ``end`` are
    rescanned. A region holding a whole phrase zone (see :func:`_with_phrases`)
    takes the zone's candidates; one that starts, ends or first meets a whole-text
    word inside a zone is rescanned whole.
    """
    start = max(start, 0)
    end = min(end, len(text))
    if end <= start:
        return []
    if len(text) > INDEX_MAX:
        return _rescan(text, start, end)
    _, cands, cand_starts, cand_ends, zones, _ = _cue_index(text)
    if zones and any(p < start < q or p < end < q for p, q in zones):
        return _rescan(text, start, end)
    starts, ends, _ = tokens(text)
    head, i, k, tail = region(_CUE_TOKEN, text, starts, ends, start, end)
    out = _accepted(text, head)
    if i is None:
        return out
    n = len(starts)
    # A word cut by ``end`` is the tail's (rescanned), so the slice stops before it.
    cut = k < n and starts[k] < end
    edges = (starts[i] if i < n else end, starts[k] if cut else end)
    if zones and any(p < x < q for p, q in zones for x in edges):
        return _rescan(text, start, end)  # the whole-text scan does not stand at that word
    lo = bisect.bisect_left(cand_starts, edges[0])
    hi = bisect.bisect_right(cand_ends, edges[1])
    return out + cands[lo:hi] + _accepted(text, tail)


def _accepted(text: str, matches: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group())
        for m in matches
        if _cue_candidate(text, m.start(), m.group())
    ]


def _words_at(
    text: str, start: int, end: int, word: str, pattern: re.Pattern[str] | None
) -> list[tuple[int, int]]:
    """Spans of the lowercase ``word`` standing alone in ``text[start:end]`` (str.find).

    With ``pattern``, the span of its match at the word instead (``put it``).
    """
    out = []
    p = text.find(word, start, end)
    while p >= 0:
        if p == 0 or not text[p - 1].isalnum():
            if pattern is not None:
                m = pattern.match(text, p, end)
                if m is not None:
                    out.append(m.span())
            elif p + len(word) >= len(text) or not text[p + len(word)].isalnum():
                out.append((p, p + len(word)))
        p = text.find(word, p + 1, end)
    return out


def _cues_in(
    text: str, start: int, end: int, primary_first: bool = False, right: bool = False
) -> list[tuple[int, int]]:
    """Cue spans in ``text[start:end]``. A capitalised cue (``State``) counts in headlines only.

    With ``primary_first`` the reporting verbs (say, tell, …) come last, so a
    caller reading from the end meets them first. With ``right`` (the text after
    a quotation) the past tense ``read`` counts too (``“…,” the sign read``).
    """
    out = []
    headline: bool | None = None
    for s, e, w in _candidates(text, start, end):
        if w[0].isupper() and " " not in w:
            lead = text[max(start, s - 3) : s].strip()
            opens = s <= start + 1 or (lead and lead[-1] in '.!?:;”"')
            if headline is None and not opens:
                headline = _line_is_headline(text, s)
            if not (opens or headline):
                continue
        out.append((s, e))
    extra = _words_at(text, start, end, "put", _PUT_IT)
    if right:
        extra += _words_at(text, start, end, "read", None)
    if extra:
        out = sorted(out + extra)
    if primary_first:
        out.sort(
            key=lambda c: (
                text[c[0] : c[1]].lower() in PRIMARY_FORMS or " " in text[c[0] : c[1]],
                c[0],
            )
        )
    return out


def _is_primary(cue: str) -> bool:
    """A reporting verb (say, tell, …) or a cue phrase (according to)."""
    low = cue.lower()
    return low in PRIMARY_FORMS or " " in low


_SUBORDINATORS = frozenset("as when while after before if since once until because".split())


_PREP_OPENERS = frozenset("in on at during after before from with by for".split())


def _subordinate(text: str, cs: int, ce: int, floor: int) -> bool:
    """Is the cue at ``text[cs:ce]`` in a subordinate or participial clause?

    ``Asked about it, …`` / ``Speaking in Ohio, …`` open the sentence with the
    cue; ``as he spoke`` / ``when they were announced`` have a subordinator
    within the three words before it.
    """
    if not text[floor:cs].strip(" \"“”'‘’\n\t\u00a0") and text[cs].isupper():
        return text[cs:ce].lower().endswith(("ed", "ing", "told"))
    before = text[max(floor, cs - 40) : cs].lower().split()[-3:]
    if any(w in _SUBORDINATORS for w in before) or before[-2:-1] == ["what"]:
        return True  # "as he spoke", "what he wrote"
    # "In a Facebook post Friday, Cruz said": a cue inside an opening prepositional phrase.
    lead = text[floor:cs]
    first = lead.split(None, 1)[:1]
    return bool(first) and first[0].lower() in _PREP_OPENERS and "," not in lead


def _speaker_for_cue(text: str, cs: int, ce: int, floor: int, ceiling: int) -> tuple[int, int]:
    """Subject of the cue at ``text[cs:ce]``: ``X said`` or ``said X`` / ``according to X``."""
    word = text[cs:ce].lower()
    if word.startswith("put"):  # as X put it
        return np_before(text, cs, floor)
    if " " in word:  # according to X
        return np_after(text, ce, ceiling)
    before = text[max(floor, cs - 4) : cs].rstrip()
    prev_word = text[max(floor, cs - 12) : cs].split()[-1:]
    if (word.endswith("ing") and not before.endswith(("”", '"', "''"))) or (
        prev_word and prev_word[0].lower() in {"and", "but", "then"}
    ):
        # "Trump reversed himself, telling CBS …", "released a statement saying …",
        # "… and tells the crowd": the subject opens the sentence.
        m = _CUE_COMMA.search(text, max(floor, cs - 30), cs)
        if m is not None and m.group(1).lower() in CUE_FORMS and word.endswith("ing"):
            # "…, Roe said, adding …": the subject of the cue just before.
            sp = _speaker_for_cue(text, m.start(1), m.end(1), floor, ceiling)
            if sp[0] >= 0:
                return sp
        sub = subject_at(text, floor, cs, determiners=True)
        if sub[0] >= 0 or before.endswith(","):
            return sub
    if prev_word and prev_word[0].lower() == "and":
        # "Roe laughed and said …": the subject of the verb before "and".
        a = text.rfind("and", max(floor, cs - 12), cs)
        vm = _LAST_WORD.search(text, max(floor, a - 30), a)
        if vm is not None and vm.group(1).islower():
            s, e = np_before(text, vm.start(1), floor)
            if s >= 0:
                return s, e
        # "Cruz knocked Lee on taxes and called him …": the subject of the last
        # past-tense verb before "and" (its object and adjuncts stepped over).
        for vm in reversed(list(_PAST_VERB.finditer(text, max(floor, a - 60), a))):
            s, e = np_before(text, vm.start(), floor)
            if s >= 0:
                return s, e
    s, e = np_before(text, cs, floor)
    if s >= 0 and word.endswith("ing") and s > floor:
        # "The town released a statement saying …", "She emailed supporters saying …":
        # the noun phrase is an object (a verb or a document noun before the cue), so
        # the sentence subject speaks.
        lead = text[max(floor, s - 20) : s].split()
        head = text[s:e].split()[-1].lower()
        if head in _DOCUMENT or (lead and lead[-1].islower() and lead[-1] not in _PREPOSITIONS):
            sub = subject_at(text, floor, s, determiners=True)
            if sub[0] >= 0 and sub[1] <= s:
                return sub
    if s >= 0:
        return s, e
    # Inverted: "“…,” said X" right after the quotation.
    if cs <= floor + 4 or (
        before.endswith(("”", '"', "''", ",", "—", "–"))
        and (before[:-1].rstrip().endswith(("”", '"', "''", "’", "'")) or cs <= floor + 8)
    ):
        return np_after(text, ce, ceiling)
    return -1, -1


def _right(text: str, q: QuoteSpan, ceiling: int, inside=None) -> _Attr | None:
    """``“…,” X said`` / ``“…,” said X`` / ``“…” — X`` after the closing mark."""
    pos = q.outer_end
    window_end = min(ceiling, pos + 300)
    m = _DASH.match(text, pos, window_end)
    for cs, ce in _cues_in(text, pos, window_end, right=True):
        if text[cs:ce].lower() in _NAMING or (inside is not None and inside(cs)):
            continue
        sp = _speaker_for_cue(text, cs, ce, pos, window_end)
        if sp[0] < 0 and text[max(pos, cs - 3) : cs].rstrip().endswith(","):
            # "“…,” like the recent slump, said Ann Lee": inverted after a comma.
            sp = np_after(text, ce, window_end)
            if sp[0] >= 0 and not text[sp[0]].isupper():
                sp = (-1, -1)
        if sp[0] >= 0:
            return _Attr(sp, (cs, ce))
        break
    ends_clause = text[max(q.start, q.outer_end - 3) : q.outer_end].rstrip("”\"'’ ")[-1:]
    if m is None and ends_clause in {",", "?", "!"}:
        # "“…,” Toomey fumed": a name and a past-tense verb right after the quotation.
        v = _NAME_VERB.match(text, pos, window_end)
        if v is not None:
            return _Attr(v.span(1), v.span(2))
    if m is not None:
        s, e = np_after(text, m.end(), window_end)
        if s >= 0 and text[s].isupper():
            dash = m.group().strip()
            ds = text.index(dash, m.start())
            return _Attr((s, e), (ds, ds + len(dash)))
    return None


def _left(text: str, q: QuoteSpan, floor: int, inside=None, search: int = -1) -> _Attr | None:
    """``X said: “…”`` / ``according to X, “…”`` / ``X warned that … “…”``.

    Cues are looked for from ``search`` (default ``floor``) to the quotation;
    their subjects may reach back to ``floor``.
    """
    cues = _cues_in(text, max(floor, search), q.outer_start, primary_first=True)
    n_primary = sum(1 for c in cues if _is_primary(text[c[0] : c[1]]))
    primary = cues[len(cues) - n_primary :]
    main = [c for c in primary if not _subordinate(text, c[0], c[1], floor)]
    # Reporting verbs of the main clause first, the outermost (first) one first:
    # "X said that Y told him “…”" is X's report. Then those of subordinate clauses
    # ("Asked …,", "as he spoke") and the other cues, nearest first.
    order = main + [c for c in primary if c not in main][::-1]
    order += cues[: len(cues) - n_primary][::-1]
    for cs, ce in order:
        if inside is not None and inside(cs):
            continue
        sp = _speaker_for_cue(text, cs, ce, floor, q.outer_start)
        if sp[0] >= 0:
            if text[sp[0] : sp[1]].lower() in {"he", "she", "they"} and _WHAT.search(
                text, max(floor, sp[0] - 6), sp[0]
            ):
                # "Roe denounced what he called “…”": the clause's subject reports it.
                sub = subject_at(text, floor, sp[0])
                if sub[0] >= 0 and sub[1] <= sp[0]:
                    return _Attr(sub, (cs, ce))
            return _Attr(sp, (cs, ce))
    return None


_WORK_NOUNS = frozenset(
    """book show film movie program programme song album ad ads advertisement video titled
    entitled novel series documentary column op-ed article slogan headline magazine
    newspaper memoir play sitcom podcast hashtag campaign called dubbed named nicknamed
    drama thriller comedy musical concert opera autobiography biography poem anthem
    term phrase word words label moniker motto theme banner sign signs chant chants""".split()
)
# Lowercase words of four letters or more that a title keeps small ("Contract with America").
_TITLE_SMALL = frozenset("with from into over that this than upon about your their onto".split())
# Nouns whose "of" introduces a work's title.
_WORK_OF = frozenset(
    """broadcast episode episodes clip edition season host author co-author star stars cast
    premiere finale chapter issue airing taping screening set version production editor
    co-editor creator revival remake reboot sequel heroine hero hosts tune founder""".split()
)
# Words before a programme's title: "said on “Meet the Nation”", "told “Good Day”".
_TITLE_BEFORE = frozenset(
    "on told with canceled cancelled renewed stream streams streaming".split()
)
# Words before "in" that put a performer in a work: "stars in “Girls”", "roles in “Apollo 13”".
_PLAYS_IN = frozenset(
    "star stars starred starring acting acted role roles appeared appears".split()
)
# Nouns after a title that name its people ("the “Broad City” star").
_WORK_AFTER = frozenset("star stars host hosts actor actress creator co-star anchor".split())
_FUNCTION = frozenset(
    """on in of to and or that is was are were for at by with as from has have had will
    would could should can may might but if than then so because since while when where
    who which after before about into over under during said says according not also
    remains""".split()
)
# Adjective endings: "a federal “supermax” prison" modifies a noun.
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ful", "ary", "ern", "ish", "less", "ent", "ant")
_MODIFIER_BEFORE = frozenset("the a an this that his her their its our my your".split())


# Verbs that give a name: "called the …", "dubbed the …"; "as" and "referred to" too.
_NAMING_VERBS = frozenset("called dubbed nicknamed named labeled labelled branded".split())
_REFER = frozenset("refer refers referred referring".split())


def _names_with_article(before: list[str]) -> bool:
    """Do the words ``before`` a quotation end ``as a/an/the``, ``called the``, ``referred to the``?

    ``as`` counts inside a clause only (``As the “Never Trump” movement …`` opens one).
    """
    if len(before) < 3 or before[-1].lower() not in {"a", "an", "the"}:
        return False
    verb = before[-2].lower()
    if verb == "as":
        return not before[-3].endswith((".", "!", "?", ":", ";")) and before[-2] == "as"
    if verb == "to":
        return before[-3].lower() in _REFER
    return verb in _NAMING_VERBS


# After a title: ", a thriller about …", ", an HBO series that …" (an appositive
# naming the kind of work). Up to three modifiers before the work noun.
_WORK_APPOSITIVE = re.compile(r",?\s+(?:a|an)\s+((?:[\w-]+\s+){0,3}[\w-]+)")


def _work_appositive(text: str, q: QuoteSpan) -> bool:
    """Does an appositive naming a kind of work follow the quotation (``“Equity,” a thriller``)?"""
    pos = q.outer_end
    if text[q.end - 1 : q.end] != "," and text[pos : pos + 1] != ",":
        return False
    m = _WORK_APPOSITIVE.match(text, pos, pos + 60)
    if m is None:
        return False
    for w in m.group(1).split():
        if w in _WORK_NOUNS or (w.endswith("s") and w[:-1] in _WORK_NOUNS):
            return True
        if w in _FUNCTION:
            return False  # "a voter who …": the noun phrase ended without a work noun
    return False


def _title_case(body: str) -> bool:
    """Every long word (4+ letters, not a small title word) capitalised, or a digit;
    without long words, two or more capitalised short ones ("New Day").

    Read word by word: a quoted sentence answers at its first lowercase long word.
    """
    short: list[str] = []
    has_long = False
    for m in _WORDS.finditer(body):
        w = m.group()
        if len(w) >= 4 and w not in _TITLE_SMALL:
            if not (w[0].isupper() or w[0].isdigit()):
                return False
            has_long = True
        elif not has_long:
            short.append(w)
    return has_long or (len(short) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in short))


def _is_scare(
    text: str,
    q: QuoteSpan,
    words: int,
    kind: str,
    spoken: bool,
    nested: bool,
    cued: bool = False,
    reported: bool = False,
) -> bool:
    """Titles of works, nicknames, so-called terms (see the module docstring).

    ``spoken``: a speaker was found; ``cued``: through a cue (not the bare
    sentence subject). A cued quotation is reported speech even after a
    modifier (``Roe said it was an “awful” job``) or ``so-called``/``dubbed``.
    ``reported``: a speech verb stands before the quotation in its sentence
    (see :func:`_reported`).
    """
    body = text[q.start : q.end]
    before = text[max(0, q.outer_start - 40) : q.outer_start].split()
    prev = before[-1].lower().strip(",:;") if before else ""
    after = text[q.outer_end : q.outer_end + 30].split()
    nxt = after[0] if after else ""
    if prev in {"titled", "entitled"}:
        return False  # the named document's own words, quoted (see the module docstring)
    if prev in {"so-called", "dubbed", "nicknamed"} and not cued:
        return True
    if _names_with_article(before) and not (
        nxt[:1].islower() and nxt.strip(".,;:").lower() not in _FUNCTION
    ):
        # "portrayed him as a “con artist”", "known as the “Midnight Crew”": a name
        # someone gives, reported as theirs; unless it modifies a noun after it
        # ("as the “establishment” candidate").
        return False
    # Both patterns end the 20 characters before the quotation: "for" or a digit, then
    # only their trailing spaces (and commas), which str.rstrip tests first.
    lead = text[max(0, q.outer_start - 20) : q.outer_start]
    if lead.rstrip(" \t\u00a0,").endswith("for") and _GLOSS.search(
        text, max(0, q.outer_start - 20), q.outer_start
    ):
        return True  # "Latin for “if you wish peace …”": a translation, nobody's words
    dated = lead.rstrip(" \t\u00a0")[-1:].isdecimal() and _DATED.search(
        text, max(0, q.outer_start - 20), q.outer_start
    )
    if dated or _CITED_YEAR.match(text, q.outer_end):
        # A slogan, poster or work cited with its year is named, not spoken here:
        # "“Stronger Together” (2016)", "his 1994 “Contract with America”".
        return True
    title_case = _title_case(body)
    if title_case and _bylined(text, q, prev):
        return True  # “The Trumps: Three Generations …,” by Gwenda Blair: a work, any length
    title = title_case and words <= 8
    if prev == "of" and len(before) >= 2:
        # "an episode of “The Late Show”", "the author of “Night Falls”"
        prev_of = before[-2].lower().strip(",:;")
        if prev_of in _WORK_NOUNS or prev_of in _WORK_OF:
            prev = prev_of
    if (
        title
        and not _asks_or_exclaims(body)
        and not _line_is_headline(text, q.start)
        and (
            prev.endswith(("'s", "’s"))
            or prev in _WORK_NOUNS
            or prev in _WORK_OF
            or prev in _MODIFIER_BEFORE
            or prev in _TITLE_BEFORE
            or (prev == "in" and len(before) >= 2 and before[-2].lower() in _PLAYS_IN)
            or nxt.startswith("(")
            or nxt.strip(",.").lower() in _WORK_AFTER
            or _work_appositive(text, q)
        )
    ):
        return True
    if (
        not cued
        and not reported
        and words <= 4
        and (
            prev in _MODIFIER_BEFORE
            or prev.endswith(("'s", "’s"))
            or prev in {"and", "or"}
            or (prev.isalpha() and prev.endswith(_ADJECTIVE_ENDINGS))
        )
        and nxt[:1].islower()
        and nxt.strip(".,;:").lower() not in _FUNCTION
        and not body.endswith((",", ".", "!", "?"))
    ):
        return True  # the “gun violence” narrative, the GOP’s “establishment” candidate
    if nested:
        return False
    if kind == "full" and words <= 4 and _DEFINED.match(text, q.outer_end):
        # "“Top secret” is the highest level …": a term opening a sentence that
        # defines it is named, not said.
        return True
    # A speech verb before the words reports them even when its speaker is not
    # found (``…, calling the mayor a “liar”``); a title stays a name.
    if spoken or (reported and not title) or words > 4 or kind == "full":
        return False
    # "Lawmakers Rip Trump As A ‘Disgusting Fraud.’": a headline that closes on a
    # quotation reports it as someone's words, however short (asked last: it reads
    # the line).
    return not _ends_headline(text, q)


def _ends_headline(text: str, q: QuoteSpan) -> bool:
    """Does the quotation close a title-case headline line (only a full stop after it)?"""
    return _LINE_END.match(text, q.outer_end) is not None and _line_is_headline(text, q.start)


def _asks_or_exclaims(body: str) -> bool:
    """Do the quoted words end with ``!`` or ``?`` (a cry or a question is spoken)?"""
    return body.rstrip("”\"'’ ").endswith(("!", "?"))


def _bylined(text: str, q: QuoteSpan, prev: str) -> bool:
    """Does an author's name follow the quotation (``“This Kind of War,” by T.R. Fehrenbach``)?

    Not after a verb or ``as``: ``called “Fake News” by President Trump`` is a
    passive attribution, the agent's words.
    """
    if _asks_or_exclaims(text[q.start : q.end]):
        return False
    if prev == "as" or prev in _NAMING or _PAST_VERB.fullmatch(prev):
        return False
    return _BYLINE.match(text, q.outer_end) is not None


_BE = frozenset("is are was were be been being".split())


def _reported(text: str, start: int, q: QuoteSpan, inside) -> bool:
    """Does a speech verb (outside quotations) stand between ``start`` and the quotation?

    A passive naming verb does not count: ``what is called an “A” item`` gives
    the usual name, nobody's words.
    """
    for cs, ce in _cues_in(text, start, q.outer_start):
        if inside(cs):
            continue
        if text[cs:ce].lower() in _NAMING_VERBS:
            prev = text[max(start, cs - 12) : cs].split()[-1:]
            if prev and prev[0].lower() in _BE:
                continue
        return True
    # "Trump’s claim that there have been “thousands of shootings”": a possessor's speech.
    return _POSSESSED_SPEECH.search(text, start, q.outer_start) is not None


def _according_to(text: str, start: int, end: int, inside) -> _Attr | None:
    """``according to X`` in ``text[start:end]`` outside quotations, as an attribution."""
    if len(text) <= INDEX_MAX and not _cue_index(text)[5]:
        return None  # the article has no "according to" in any case
    for m in _ACCORDING.finditer(text, start, end):
        if inside(m.start()):
            continue
        sp = np_after(text, m.end(), end)
        if sp[0] >= 0:
            return _Attr(sp, m.span())
    return None


_BY = re.compile(r"[ \t\u00a0]+by[ \t\u00a0]+")
_PARTICIPLE = re.compile(r"([a-z]+)[ \t\u00a0]+(?:as[ \t\u00a0]+)?(?:(?:the|a|an)[ \t\u00a0]+)?\Z")


def _passive(text: str, q: QuoteSpan, floor: int, ceiling: int) -> _Attr | None:
    """``labeled “a witch hunt” by Democrats``: a passive cue, its agent speaks.

    A cue participle (``called``, ``labeled``, …) at most an ``as`` and an
    article before the quotation, and ``by`` + a noun phrase right after it.
    """
    b = _BY.match(text, q.outer_end, ceiling)
    if b is None:
        return None
    m = _PARTICIPLE.search(text, max(floor, q.outer_start - 30), q.outer_start)
    if m is None or m.group(1) not in CUE_FORMS or not m.group(1).endswith("ed"):
        return None
    sp = np_after(text, b.end(), ceiling)
    if sp[0] < 0:
        return None
    return _Attr(sp, m.span(1))


def _last_clause(text: str, floor: int, pos: int) -> int:
    """Start of the last coordinated clause (``, but she …``; ``; he …``) before ``pos``, or -1."""
    last = -1
    for m in _CLAUSE.finditer(text, floor, pos):
        last = m.end()
    return last


def _possessive(text: str, floor: int, pos: int) -> _Attr | None:
    """``Roe’s response was: “…”`` / ``in Roe’s view, “…”``: the possessor speaks.

    The last ``X’s`` + speech noun before the quotation in its sentence, when
    the quotation is what the noun says: only ``was``/``is``, ``that`` and
    punctuation stand between them, or the phrase is ``in X’s view``. The
    mention keeps the ``’s`` (as annotators mark it), the noun is the cue.
    """
    last = None
    for m in _POSSESSIVE.finditer(text, floor, pos):
        last = m
    if last is None:
        return None
    s, e = np_before(text, last.end(1), floor, skip_adverbs=False)
    if s < 0:
        return None
    gap = text[last.end() : pos].strip(" ,:\u00a0").lower().split()
    lead = text[max(floor, s - 20) : s].split()[-1:]
    if set(gap) - {"was", "is", "that"} and lead != ["in"]:
        return None
    return _Attr((s, e), last.span(2))


def _colon_name(text: str, q: QuoteSpan, floor: int, para_start: int) -> _Attr | None:
    """``Rep. Jane Roe: “…”`` and headlines ``Roe: Plan Is ‘Reckless’``."""
    colon = text.rfind(":", max(para_start, q.outer_start - _WINDOW), q.outer_start)
    if colon < 0:
        return None
    s, e = np_before(text, colon, para_start, skip_adverbs=False)
    if s < 0 or not text[s].isupper() or len(text[s:e].split()) > 6:
        return None
    lead = text[para_start:s].strip()
    # A heading before a dash may lead in: "POLLS NOT WRONG - Jane Roe: “…”".
    if lead and not lead.endswith((".", "!", "?", "”", '"', "''", " -", "—", "–")):
        return None
    if (
        text[colon + 1 : q.outer_start].strip()
        and not _line_is_headline(text, colon)
        and not (not lead and _one_line(text, para_start))
    ):
        return None
    return _Attr((s, e), (colon, colon + 1))


# A sentence end inside a line: a full stop (maybe a closing mark), space, a capital.
_SENTENCE_END = re.compile(r"[.!?][\"”'’]?\s+[A-Z]")


def _one_line(text: str, para_start: int) -> bool:
    """Is the paragraph at ``para_start`` one short line with no sentence end inside?

    A headline in sentence case (``Sanders: Endorsements prove Clinton 'candidate
    of the establishment.'``): ``Name: claim`` is the headline form of ``Name said
    claim``, whatever the capitalisation.
    """
    end = text.find("\n", para_start, para_start + 201)
    if end < 0:
        end = min(len(text), para_start + 201)
        if end - para_start > 200:
            return False
    body = text[para_start:end].rstrip(" .\u00a0\t”\"'’")
    return not _SENTENCE_END.search(body)


def _is_full(text: str, q: QuoteSpan, para_start: int, words: int) -> bool:
    """Does the quotation stand as a sentence? ``words``: its ``_WORDS`` count."""
    first = text[q.start]
    # Invisible direction marks before the quotation do not stand between it and a start.
    before = text[max(para_start, q.outer_start - 40) : q.outer_start].rstrip()
    before = before.rstrip(INVISIBLE).rstrip()
    at_start = not before or before[-1] in ".:,;!?—–-([\"“”'’"
    if (first.isupper() or first.isdigit()) and at_start and words >= 2:
        return True
    tail = text[q.start : q.end].rstrip(" \"'’”")
    return words >= 4 and tail.endswith((".", "!", "?")) and (first.isupper() or at_start)


def extract_quotes(text: str) -> pd.DataFrame:
    """One row per quotation in ``text`` (see the module docstring for columns).

    >>> df = extract_quotes("“We will win,” Jane Doe said. He called it “a farce.”")
    >>> df[["text", "kind", "speaker", "cue"]].values.tolist()
    [['We will win,', 'full', 'Jane Doe', 'said'], ['a farce.', 'partial', 'He', 'called']]
    >>> df.speaker_name.tolist()
    ['Jane Doe', 'Jane Doe']
    """
    require_text(text, "extract_quotes")  # None or bytes would read as 'no quotation'
    columns = quote_columns(text)
    return pd.DataFrame({c: pd.array(columns[c], dtype=_DTYPES[c]) for c in COLUMNS})


def quote_columns(
    text: str,
    paragraphs: list[tuple[int, int]] | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> dict[str, list]:
    """The quotations of ``text`` as plain column lists (what :func:`extract_quotes` frames).

    The pipeline calls this directly: a DataFrame per article costs more than finding
    the quotations. ``paragraphs`` and ``sentences``, when given, must be
    ``paragraph_spans(text)`` and ``sentence_spans(text, paragraphs)`` (the
    pipeline has them already); otherwise they are computed.
    """
    rows: dict[str, list] = {c: [] for c in COLUMNS}
    if not isinstance(text, str) or not text:
        return rows
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    spans = find_quote_spans(text, paragraphs)
    if not spans:
        return rows
    if sentences is None:
        sentences = sentence_spans(text, paragraphs)
    sent_starts = [s for s, _ in sentences]
    para_starts = [s for s, _ in paragraphs]

    top = [i for i, q in enumerate(spans) if q.parent < 0]
    top_starts = [spans[i].outer_start for i in top]
    top_ends = [spans[i].outer_end for i in top]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(top_starts, pos) - 1
        return k >= 0 and pos < top_ends[k]

    attrs: dict[int, _Attr | None] = {}
    sent_of: dict[int, int] = {}  # top-level quote index -> start of its sentence
    last_in_para: dict[int, int] = {}  # paragraph index -> last top-level quote index
    prev_end = 0
    prev_para = -1
    for i in top:
        q = spans[i]
        p0, p1 = q.paragraphs
        ps = paragraphs[p0][0]
        si = bisect.bisect_right(sent_starts, q.outer_start) - 1
        # Context windows are bounded, so a huge paragraph costs linear time.
        sent_start = max(sentences[si][0] if si >= 0 else ps, ps, q.outer_start - _WINDOW)
        sent_of[i] = sent_start
        floor = max(sent_start, prev_end if prev_para == p0 else ps)
        nxt = len(text)
        pe_last = paragraphs[p1][1]
        ce = q.outer_end
        sj = bisect.bisect_right(sent_starts, max(ce - 1, q.start)) - 1
        sent_end = sentences[sj][1] if sj >= 0 else pe_last
        if sent_end <= ce:
            # The quotation ends its sentence: "“….” Trump said." is rare, ", she said" is not.
            sj2 = sj + 1
            sent_end = sentences[sj2][1] if sj2 < len(sentences) else pe_last
        ceiling = min(max(sent_end, ce), nxt, pe_last)
        opens_sentence = not text[floor : q.outer_start].strip()
        a = None
        j = q.outer_start
        while j < q.start and text[j] in "\"“'":
            j += 1
        lm = LABEL.match(text, j, q.start) if j < q.start else None
        if lm is not None:
            # A transcript turn ("PENCE: …", see .marks): the label speaks.
            colon = text.rfind(":", j, lm.end())
            a = _Attr((j, colon), (colon, colon + 1))
        elif opens_sentence:
            a = _right(text, q, ceiling, inside) or _left(text, q, floor, inside)
        else:
            a = None
            tail = text[max(q.start, q.end - 2) : q.end]
            if tail.endswith((",", "?", "!")):
                # "…: “Change it,” she said": a quotation closed by a comma and a
                # cue right after it is that speaker's, wherever the sentence began.
                r = _right(text, q, ceiling, inside)
                if r is not None and r.cue[0] - q.outer_end <= 40:
                    a = r
            clause = -1 if a is not None else _last_clause(text, sent_start, q.outer_start)
            if clause > 0:
                # "Roe said X, but she warned that “…”": the quotation's own clause
                # (its cue, else its subject) speaks before the sentence's first verb.
                a = _left(text, q, sent_start, inside, clause)
                if a is None:
                    sub = subject_at(text, clause, q.outer_start)
                    if sub[0] >= 0:
                        a = _Attr(sub, (-1, -1))
            if a is None:
                a = _left(text, q, sent_start, inside) or _right(text, q, ceiling, inside)
        if a is None:
            a = _colon_name(text, q, floor, ps)
        if a is None and not opens_sentence:
            a = _possessive(text, sent_start, q.outer_start)
        if a is None and not opens_sentence:
            sub = subject_at(text, sent_start, q.outer_start, determiners=True)
            if sub[0] >= 0:
                a = _Attr(sub, (-1, -1))
        pa = _passive(text, q, sent_start, ceiling)
        if pa is not None:
            a = pa
        if a is not None and a.cue[0] >= 0 and " " not in text[a.cue[0] : a.cue[1]]:
            # "“…,” Roe said, according to the Times": the report's source is the
            # speaker annotators take (the outer attribution).
            src = _according_to(text, min(sent_start, a.cue[0]), ceiling, inside)
            if src is not None:
                a = src
        if a is None and q.outer_start == ps and p0 > 0:
            a = _colon_intro(text, paragraphs[p0 - 1], sentences, sent_starts)
        if a is None:
            prev = last_in_para.get(p0)
            if prev is None and q.outer_start == ps:
                prev = last_in_para.get(p0 - 1)
            if prev is not None and attrs.get(prev) is not None:
                a = attrs[prev]
        if a is not None and a.speaker[0] <= q.outer_start and q.outer_end <= a.speaker[1]:
            # "Bill Lee, wearing “Vote Lee” pins, said": a quotation inside the
            # speaker's own mention describes the speaker; the speaker does not say it.
            a = None
        attrs[i] = a
        last_in_para[p1] = i
        prev_end, prev_para = q.outer_end, p1

    # A quotation left open at its paragraph's end and reopened by the next paragraph
    # that closes it with its own attribution (see analysis.measures.quotations.marks) is the
    # same speaker's: it takes that attribution when it has none.
    for i, j in zip(top[-2::-1], top[:0:-1], strict=True):
        q, nq = spans[i], spans[j]
        if (
            attrs.get(i) is None
            and not q.closed
            and nq.paragraphs[0] == q.paragraphs[1] + 1
            and nq.outer_start == paragraphs[nq.paragraphs[0]][0]
        ):
            attrs[i] = attrs.get(j)

    # Every speech event of the article is an earlier mention for resolution.
    mentions = [Mention(a.speaker[0], a.speaker[1]) for a in attrs.values() if a is not None]
    resolver = Resolver(text, mentions, para_starts, _CueMentions(text, para_starts))

    for i, q in enumerate(spans):
        p0, p1 = q.paragraphs
        a = attrs.get(i)
        nested = q.parent >= 0
        words = len(_WORDS.findall(text, q.start, q.end))
        kind = "full" if _is_full(text, q, paragraphs[p0][0], words) else "partial"
        cued = a is not None and a.cue[0] >= 0
        reported = not nested and not cued and words <= 4 and _reported(text, sent_of[i], q, inside)
        ps0, pe0 = paragraphs[p0]
        if (
            (not q.double or (q.closed and words >= 2 and text[q.start : q.end].isupper()))
            and p0 == p1
            and not text[ps0 : q.outer_start].strip(" \t\u00a0-–—")
            and not text[q.outer_end : pe0].strip(" .\t\u00a0-–—")
        ) or _is_scare(text, q, words, kind, a is not None, nested, cued, reported):
            # A paragraph that is only a ‘single-quoted’ line, or a “QUOTED LINE IN
            # CAPITALS” (an agency's subhead), is a subhead, not speech.
            kind = "scare"
            a = None
        elif _BRACKETED.match(text, q.start, q.end):
            # "(CROSSTALK.)", "[inaudible]": a transcriber's note or a source tag in
            # quotation marks; nobody says it.
            kind = "scare"
            a = None
        rows["start"].append(q.start)
        rows["end"].append(q.end)
        rows["text"].append(text[q.start : q.end])
        rows["kind"].append(kind)
        if a is not None:
            ss, se = a.speaker
            rows["speaker"].append(text[ss:se])
            rows["speaker_start"].append(ss)
            rows["speaker_end"].append(se)
            rows["speaker_name"].append(resolver.resolve(ss, se))
            has_cue = a.cue[0] >= 0
            rows["cue"].append(text[a.cue[0] : a.cue[1]] if has_cue else pd.NA)
            rows["cue_start"].append(a.cue[0] if has_cue else pd.NA)
            rows["cue_end"].append(a.cue[1] if has_cue else pd.NA)
        else:
            for c in ("speaker", "speaker_start", "speaker_end", "speaker_name", "cue"):
                rows[c].append(pd.NA)
            rows["cue_start"].append(pd.NA)
            rows["cue_end"].append(pd.NA)
        rows["paragraph"].append(p0)
        rows["paragraphs"].append(p1 - p0 + 1)
        rows["closed"].append(q.closed)
        rows["nested"].append(nested)
        rows["parent"].append(q.parent)
    return rows


class _CueMentions:
    """The subjects of an article's cues, by paragraph: the resolver's other mentions.

    Found only when a pronoun is resolved, paragraph by paragraph back from it (see
    :class:`~analysis.measures.quotations.attribution.MoreMentions`; a cue's mention starts in the
    cue's paragraph). The cues are those of the whole text (a capitalised cue
    counts by its place in it).
    """

    def __init__(self, text: str, para_starts: list[int]) -> None:
        self.text = text
        self.para_starts = para_starts
        self.cue_starts: list[int] | None = None
        self.by_para: dict[int, list[int]] = {}
        self.found: dict[int, tuple[int, int] | None] = {}

    def starts(self, k: int) -> list[int]:
        """Starts of the cues in paragraph ``k`` (-1: before the first paragraph)."""
        got = self.by_para.get(k)
        if got is not None:
            return got
        text, bounds = self.text, self.para_starts
        if self.cue_starts is None:
            self.cue_starts = [
                cs for cs, ce in _cues_in(text, 0, len(text)) if text[cs:ce].lower() not in _NAMING
            ]
        cue_starts = self.cue_starts
        lo = bisect.bisect_left(cue_starts, bounds[k]) if k >= 0 else 0
        hi = bisect.bisect_left(cue_starts, bounds[k + 1]) if k + 1 < len(bounds) else None
        got = self.by_para[k] = cue_starts[lo:hi]
        return got

    def at(self, k: int, i: int) -> tuple[int, int] | None:
        """The subject of cue ``i`` of paragraph ``k``."""
        cs = self.starts(k)[i]
        if cs not in self.found:
            s, e = np_before(self.text, cs, self.para_starts[k] if k >= 0 else 0)
            self.found[cs] = (s, e) if s >= 0 else None
        return self.found[cs]


def _colon_intro(
    text: str,
    para: tuple[int, int],
    sentences: list[tuple[int, int]],
    sent_starts: list[int],
) -> _Attr | None:
    """A previous paragraph that ends ``X said:`` introduces the quotation."""
    ps, pe = para
    if not text[ps:pe].rstrip().endswith(":"):
        return None
    si = bisect.bisect_right(sent_starts, pe - 1) - 1
    floor = max(sentences[si][0] if si >= 0 else ps, ps, pe - _WINDOW)
    cues = _cues_in(text, floor, pe)
    for cs, ce in reversed(cues):
        sp = _speaker_for_cue(text, cs, ce, floor, pe)
        if sp[0] >= 0:
            return _Attr(sp, (cs, ce))
    # "Trump issued the following statement:" / "Transcript as follows:"
    sub = subject_at(text, floor, pe)
    if sub[0] < 0:
        sub = np_before(text, text.rindex(":", floor, pe), floor, skip_adverbs=False)
        if sub[0] < 0 or not text[sub[0]].isupper():
            return None
    return _Attr(sub, (-1, -1))

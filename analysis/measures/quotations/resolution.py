"""Who a speaker mention stands for: ``speaker_name``.

Resolution (``speaker_name``), using every cue subject in the article (reported
speech too) as the list of earlier mentions:

- a personal pronoun (he, she, him, her) -> the most recent earlier speaker that
  is a person; ``it`` -> the most recent organisation; ``they``/``we`` -> the
  most recent organisation or group. If none, the pronoun itself;
- a name -> its titles dropped (``US President Donald Trump`` -> ``Donald
  Trump``); a one-word name or ``Mr. X`` -> the nearest earlier full name
  ending in that word (``Trump`` -> ``Donald Trump``), read within one sentence
  and without a sentence's conjunction, adverb or date (not ``Cardiff. John
  Toshack``, ``But Parry``, ``Last June Grewcock``); a description whose
  appositive is the name gives the name (``ITV's head of drama, Jo Lin`` ->
  ``Jo Lin``);
- a definite description with a lowercase head (``the ministry``) -> the
  nearest earlier noun phrase with the same head and a capitalised modifier
  (``Russia's foreign ministry``), without its article.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from analysis.measures.quotations.cue_scan import cues_in
from analysis.measures.quotations.cues import NAMING
from analysis.measures.quotations.noun_phrases import (
    CALENDAR,
    NOT_NAME,
    PRONOUNS,
    RELATIVE,
    TITLES,
    ends_sentence,
    is_cap,
    np_before,
)
from analysis.speed.casefold import lowered
from analysis.units.article import ArticleText, as_article

_PERSON_PRONOUNS = frozenset("he she him her i".split())


_GROUP_PRONOUNS = frozenset("they we them us".split())


_ORG_WORDS = frozenset(
    """ministry department office agency house committee campaign party council
    organization organisation court administration times post news institute university
    commission bureau service police government senate congress kremlin pentagon embassy
    inc corp association foundation center centre group network journal press company
    board fund bank union league coalition caucus team staff spokesman's statement
    network channel magazine newspaper paper website site cnn reuters ap abc nbc cbs fox
    msnbc politico breitbart tribune gazette herald guardian white army navy ministry's
    authority federation alliance council parliament cabinet un nato fbi cia nsa""".split()
)


_GROUP_WORDS = frozenset(
    """officials aides people critics supporters experts analysts democrats republicans
    voters members leaders lawmakers sources advisers advisors observers residents
    activists officers diplomats officers authorities investigators prosecutors
    economists scientists researchers protesters organizers organisers""".split()
)


_NATIONALITY = frozenset(
    """American Russian Ukrainian Iranian Israeli Chinese British French German Japanese
    Syrian Iraqi Saudi Turkish Mexican Canadian Palestinian Egyptian Sudanese Qatari Indian
    Pakistani Afghan Korean European Lebanese Jordanian Italian Spanish Cuban Venezuelan
    Brazilian Australian Emirati Yemeni Libyan Greek Polish Dutch Swiss Swedish""".split()
)


@dataclass
class Mention:
    """A speaker mention: ``text[start:end]``, its cue ``text[cue_start:cue_end]``."""

    start: int
    end: int
    cue_start: int = -1
    cue_end: int = -1


def _clean(mention: str) -> str:
    return mention.strip(" ,.;:").replace("’", "'")


def _strip_det(mention: str) -> str:
    parts = mention.split()
    if parts and parts[0].lower() in {"the", "a", "an"}:
        parts = parts[1:]
    return " ".join(parts)


_APPOSITIVE = re.compile(r",|\s[-–—―]\s")


def _before_appositive(mention: str) -> str:
    """The mention up to its appositive, set off by a comma or a spaced dash.

    >>> _before_appositive("Ann Lee - a nurse from Dayton"), _before_appositive("Ann Lee, 42")
    ('Ann Lee', 'Ann Lee')
    """
    return _APPOSITIVE.split(mention, maxsplit=1)[0].strip()


@functools.lru_cache(maxsize=8192)
def mention_type(mention: str) -> str:
    """``person``, ``org``, ``group`` or ``pronoun:<word>`` for a speaker mention.

    >>> mention_type("the ministry"), mention_type("Donald Trump"), mention_type("aides")
    ('org', 'person', 'group')
    """
    m = _clean(mention)
    low = m.lower()
    if low in PRONOUNS:
        return "pronoun:" + low
    words = [w.strip(",.").lower() for w in m.replace("'s ", " ").split()]
    head = _before_appositive(m)
    hwords = [w.lower() for w in head.split()]
    if any(w in _ORG_WORDS or w.rstrip("s") in _ORG_WORDS for w in hwords):
        return "org"
    if hwords and (
        hwords[-1] in _GROUP_WORDS
        or (
            hwords[-1].endswith("s") and not is_cap(head.split()[-1]) and hwords[-1] not in {"says"}
        )
    ):
        return "group"
    if words and all(is_cap(w) for w in head.split()) and len(head.split()) >= 1:
        # A country or city as a speaker is an organisation (the government).
        return "person" if len(head.split()) >= 2 or head not in _PLACES else "org"
    return "person"


_PLACES = frozenset(
    """Moscow Russia Washington Kyiv Kiev Ukraine Iran Israel China Beijing Tehran London
    Britain France Paris Germany Berlin Brussels Europe Japan Tokyo Syria Damascus Turkey
    Ankara India Pakistan Egypt Cairo Riyadh Saudi Qatar Jordan Iraq Baghdad Lebanon Mexico
    Canada Cuba Venezuela Brazil Pyongyang Seoul Taiwan America""".split()
)


@functools.lru_cache(maxsize=8192)
def canonical_name(mention: str) -> str:
    """A mention without its article and, for a person, without titles.

    >>> canonical_name("US President Donald Trump"), canonical_name("the ministry")
    ('Donald Trump', 'ministry')
    >>> canonical_name("Sean Spicer, the press secretary")
    'Sean Spicer'
    >>> canonical_name("Senator Jane Roe of Ohio")
    'Jane Roe'
    >>> canonical_name("Acme's head of marketing, Jo Lin"), canonical_name("The Minister, Jo Lin")
    ('Jo Lin', 'Jo Lin')
    """
    m = _clean(mention)
    head = _before_appositive(m)
    kind = mention_type(head)
    if kind == "person":
        last = head.split()[-1] if head else ""
        if not is_cap(last) or last.lower() in TITLES:
            # "ITV's head of drama, Jo Lin", "The Education Minister, Kim Howells": a
            # description ending in a noun or a title, then the name as its appositive.
            parts = _APPOSITIVE.split(m, maxsplit=2)
            name = _person_words(parts[1].strip()) if len(parts) > 1 else []
            if len(name) >= 2 and all(is_cap(w) for w in parts[1].split()):
                return " ".join(name)
        # "Senator Jane Roe of Ohio" is Jane Roe; "Secretary of State Marco Rubio" is Rubio.
        for part in _OF_PLACE.split(head):
            name = _person_words(part)
            if len(name) >= 2:
                return " ".join(name)
        name = _person_words(head)
        if name:
            return " ".join(name)
    return _strip_det(head)


_OF_PLACE = re.compile(r"\s+(?:of|from)\s+")


# Words that make the month or day after them a date ("last June", "on Friday").
_DATE_BEFORE = NOT_NAME | frozenset("last this next early late mid".split())


def _person_words(head: str) -> list[str]:
    """The capitalised run that ends ``head``, titles and nationalities left out."""
    out: list[str] = []
    words = head.split()
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        low = w.lower()
        if ends_sentence(w) or low in NOT_NAME:
            break  # "Cardiff. John Toshack", "But Parry", "A spokeswoman": not the name
        if low in CALENDAR and i > 0 and words[i - 1].lower() in _DATE_BEFORE:
            break  # "Last June Grewcock", "In May Smith": a date, not a first name
        if not is_cap(w) or low in TITLES or w.endswith("'s") or w in _NATIONALITY:
            if out or low not in TITLES:
                break
            continue
        out.append(w)
    return out[::-1]


@functools.lru_cache(maxsize=4096)
def _surname_pattern(last: str) -> re.Pattern[str]:
    return re.compile(r"\b((?:[A-Z][\w'’.-]*\s+){1,3})" + re.escape(last) + r"\b(?!['’]s\b)")


def _is_word_char(ch: str) -> bool:
    """``\\w`` of ``re`` on str patterns."""
    return ch.isalnum() or ch == "_"


def _surname_matches(text: str, last: str) -> list[tuple[int, str]]:
    """``(start, group)`` of each match of ``_surname_pattern(last)`` in ``text``, in order.

    The same matches as the regex's ``finditer`` without compiling a pattern per
    name. A match is 1-3 words (an ASCII capital, then word characters or
    ``'’.-``; the first may start inside a run of those after a non-word
    character), each followed by white space, then ``last`` at a word boundary
    not followed by ``'s``. The search takes the leftmost start, the most words
    there, and goes on after the match; the chunks before each occurrence of
    ``last`` are read backwards, so the cost is linear in the text.
    """
    n = len(text)
    size = len(last)
    options: list[tuple[int, int, int]] = []  # (match start, words, position of last)
    q = text.find(last) if size else -1
    while q >= 0:
        r = q + size
        after = r < n and _is_word_char(text[r])
        if (
            q > 0
            and text[q - 1].isspace()
            and _is_word_char(text[r - 1]) != after
            and not (
                r + 1 < n
                and text[r] in "'’"
                and text[r + 1] == "s"
                and (r + 2 >= n or not _is_word_char(text[r + 2]))
            )
        ):
            p = q
            for words in (1, 2, 3):
                w = p
                while w > 0 and text[w - 1].isspace():
                    w -= 1
                if w == p or w == 0:
                    break
                s = _run_start(text, w)
                if text[s:w].isalnum():
                    # A plain word (most are): only its first letter follows a non-word
                    # character (white space, or the text's start).
                    c0 = s
                    if "A" <= text[s] <= "Z":
                        options.append((s, words, q))
                else:
                    c0 = w  # the tail of the run that is all word characters or '’.-
                    while c0 > s and (_is_word_char(text[c0 - 1]) or text[c0 - 1] in "'’.-"):
                        c0 -= 1
                    for x in range(c0, w):
                        if "A" <= text[x] <= "Z" and (x == 0 or not _is_word_char(text[x - 1])):
                            options.append((x, words, q))
                if c0 != s or not "A" <= text[s] <= "Z":
                    break
                p = s
        q = text.find(last, q + 1)
    options.sort()
    out: list[tuple[int, str]] = []
    pos = 0
    for i, (x, _, q) in enumerate(options):
        if x >= pos and (i + 1 == len(options) or options[i + 1][0] != x):
            out.append((x, text[x : q + size]))
            pos = q + size
    return out


def _run_start(text: str, end: int) -> int:
    """Start of the run of non-white-space characters ending at ``end``.

    ``str.split`` cuts at the same white space as ``str.isspace``; a run longer
    than the slice it reads is walked back character by character.
    """
    lo = max(0, end - 40)
    parts = text[lo:end].split()
    if parts and (lo == 0 or len(parts[-1]) < end - lo):
        return end - len(parts[-1])
    s = end
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    return s


_WORD_RUN = re.compile(r"\S+")


def _sentence_pieces(start: int, group: str) -> list[tuple[int, str]]:
    """``group`` (at ``start``) cut after each word that ends a sentence.

    A surname match is a run of capitalised words, and such a run crosses full
    stops (``Cardiff. John Toshack``, ``Dave Collins. Collins``): each piece is
    a candidate name of its own.

    >>> _sentence_pieces(10, "Dave Collins. Collins")
    [(10, 'Dave Collins.'), (24, 'Collins')]
    """
    out = []
    p = 0
    for m in _WORD_RUN.finditer(group):
        if m.start() > p and ends_sentence(group[p : m.start()].split()[-1]):
            out.append((start + p, group[p : m.start()].rstrip()))
            p = m.start()
    out.append((start + p, group[p:]))
    return out


@functools.lru_cache(maxsize=1024)
def _head_pattern(head: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(head) + r"\b", re.IGNORECASE)


def _head_matches(text: str, head: str) -> list[tuple[int, int]]:
    """Spans of the matches of ``_head_pattern(head)`` in ``text``, in order.

    An ASCII head is found with ``str.find`` in the lowercased text where that
    gives the same matches (:func:`analysis.speed.casefold.lowered`), with
    word-boundary checks, without compiling a pattern; any other case runs the
    pattern.
    """
    size = len(head)
    low = lowered(text) if size and head.isascii() else None
    if low is None:
        return [m.span() for m in _head_pattern(head).finditer(text)]
    key = head.lower()
    first = _is_word_char(key[0])
    last = _is_word_char(key[-1])
    out = []
    n = len(text)
    p = low.find(key)
    while p >= 0:
        e = p + size
        if (first != (p > 0 and _is_word_char(text[p - 1]))) and (
            last != (e < n and _is_word_char(text[e]))
        ):
            out.append((p, e))
            p = low.find(key, e)
        else:
            p = low.find(key, p + 1)
    return out


class MoreMentions(Protocol):
    """Mentions found on demand, cue by cue, in the ranges a text is cut into.

    Range ``k`` is ``[bounds[k], bounds[k + 1])`` (``k == -1``: before
    ``bounds[0]``). ``starts(k)`` are the starts of its cues, in order;
    ``at(k, i)`` the mention of cue ``i`` there (None if it has none), which
    starts in range ``k`` and before the cue.
    """

    def starts(self, k: int) -> list[int]: ...

    def at(self, k: int, i: int) -> tuple[int, int] | None: ...


class Resolver:
    """Maps speaker mentions to names using the earlier mentions of the article."""

    def __init__(
        self,
        doc: ArticleText | str,
        mentions: list[Mention],
        bounds: list[int] | None = None,
        more: MoreMentions | None = None,
    ) -> None:
        """``mentions``: the earlier mentions a pronoun may stand for.

        With ``more``, further mentions are found only when a pronoun needs
        them (most articles resolve few pronouns, each within a few mentions):
        see :class:`MoreMentions`; ``bounds`` cut the text into its ranges.
        """
        self.doc = as_article(doc)
        self.text = self.doc.text
        ms = sorted({(m.start, m.end) for m in mentions})
        self.starts = [s for s, _ in ms]
        self.mentions = ms
        self.names = [None] * len(ms)
        self._full: dict[str, str | None] = {}
        self._bounds = bounds or []
        self._more = more
        self._ranges: dict[int, list[tuple[int, int]]] = {}

    def _before(self, pos: int) -> Iterator[tuple[int, int]]:
        """The mentions starting before ``pos``, nearest (last in ``(start, end)`` order) first."""
        more = self._more
        if more is None:
            i = bisect.bisect_left(self.starts, pos) - 1
            while i >= 0:
                yield self.mentions[i]
                i -= 1
            return
        k = bisect.bisect_right(self._bounds, pos - 1) - 1
        while k >= -1:
            ms = self._range(k)
            i = bisect.bisect_left(ms, (pos,)) - 1
            while i >= 0:
                yield ms[i]
                i -= 1
            k -= 1

    def _range(self, k: int) -> list[tuple[int, int]]:
        """The mentions starting in range ``k`` of the bounds, with its cues' mentions, sorted."""
        got = self._ranges.get(k)
        if got is None:
            bounds, more = self._bounds, self._more
            lo = bisect.bisect_left(self.starts, bounds[k]) if k >= 0 else 0
            hi = bisect.bisect_left(self.starts, bounds[k + 1]) if k + 1 < len(bounds) else None
            found = (more.at(k, i) for i in range(len(more.starts(k))))  # type: ignore[union-attr]
            got = sorted(set(self.mentions[lo:hi]).union(m for m in found if m is not None))
            self._ranges[k] = got
        return got

    def _resolve_named(self, pos: int, mention: str) -> str:
        name = canonical_name(mention)
        words = name.split()
        if len(words) == 1 and is_cap(name):
            full = self._full_name(pos, words[0])
            if full:
                return full
        if name and name[:1].islower():
            desc = self._description(pos, name.split()[-1])
            if desc:
                return desc
        return name

    def _full_name(self, pos: int, last: str) -> str | None:
        """Nearest earlier ``First [Middle] Last`` in the text before ``pos``."""
        if last not in self._full:
            # One pass over the text per surname, then a binary search per mention.
            found = []
            for start, group in _surname_matches(self.text, last):
                for s, piece in _sentence_pieces(start, group):
                    cand = canonical_name(piece)
                    if len(cand.split()) >= 2 and piece.rstrip(".").endswith(last):
                        found.append((s, cand))
            self._full[last] = found  # type: ignore[assignment]
        found = self._full[last]
        k = bisect.bisect_left(found, (pos,)) - 1  # type: ignore[arg-type]
        return found[k][1] if k >= 0 else None  # type: ignore[index]

    def _description(self, pos: int, head: str) -> str | None:
        """Nearest earlier noun phrase ending in ``head`` with a capitalised modifier."""
        key = "\0" + head.lower()
        if key not in self._full:
            found = []
            for ms, me in _head_matches(self.text, head):
                s, e = np_before(self.doc, me, max(0, ms - 120), skip_adverbs=False)
                if s < 0:
                    continue
                words = self.text[s:e].split()
                if len(words) >= 2 and any(is_cap(w) and w.lower() != "the" for w in words):
                    found.append((ms, _strip_det(_clean(self.text[s:e]))))
            self._full[key] = found  # type: ignore[assignment]
        found = self._full[key]
        k = bisect.bisect_left(found, (pos,)) - 1  # type: ignore[arg-type]
        return found[k][1] if k >= 0 else None  # type: ignore[index]

    def resolve(self, start: int, end: int) -> str | None:
        mention = self.text[start:end]
        low = _clean(mention).lower()
        if low in RELATIVE:
            # "Jane Roe, who said": the noun phrase the relative clause hangs on.
            k = len(self.text[max(0, start - 10) : start].rstrip(" ,-—–")) + max(0, start - 10)
            s, e = np_before(self.doc, k, max(0, start - 200), skip_adverbs=False)
            if s >= 0 and self.text[s:e].lower() not in RELATIVE:
                return self.resolve(s, e)
            return None
        if low in PRONOUNS:
            want = (
                {"person"}
                if low in _PERSON_PRONOUNS
                else ({"org"} if low == "it" else {"org", "group"})
            )
            for s, e in itertools.islice(self._before(start), 40):
                m = self.text[s:e]
                if mention_type(m) in want:
                    return self._resolve_named(s, m)
            return None  # a pronoun with nobody to point at names no one
        return self._resolve_named(start, mention)


class CueMentions:
    """The subjects of an article's cues, by paragraph: the resolver's other mentions.

    Found only when a pronoun is resolved, paragraph by paragraph back from it
    (see :class:`MoreMentions`; a cue's mention starts in the cue's paragraph).
    The cues are those of the whole text (a capitalised cue counts by its place
    in it).
    """

    def __init__(self, doc: ArticleText) -> None:
        self.doc = doc
        self.text = doc.text
        self.para_starts = doc.paragraph_starts
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
                cs
                for cs, ce in cues_in(self.doc, 0, len(text))
                if text[cs:ce].lower() not in NAMING
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
            s, e = np_before(self.doc, cs, self.para_starts[k] if k >= 0 else 0)
            self.found[cs] = (s, e) if s >= 0 else None
        return self.found[cs]

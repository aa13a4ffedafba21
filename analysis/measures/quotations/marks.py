"""Pairing quotation marks: which characters open and close a quotation.

One linear pass over the marks, no backtracking regex, so an unclosed mark in a
10 MB paragraph costs the same as any other character.

Marks
    Double marks: curly ``“ ”``, straight ``"``, doubled apostrophes ``''`` (NYT
    style), guillemets ``« »`` and low ``„``. Any double opener pairs with any
    double closer, so mixed ``“…"`` and ``"…”`` pair too. Single marks ``‘ ’``
    and ``'`` quote at the top level (headlines: ``Removal of ‘Barriers’``) and
    inside a double quotation (a quote within a quote). Double marks nest too
    when an opener inside an open double quotation is followed by two closers
    before any other opener (``“People wear “Vote Early” shirts.”``): the inner
    one is a quotation inside the outer one; so is the last pair of a paragraph
    that opens a long quotation going on in the next one (``"In 1960 … Written
    “at a time of crisis,” the statement …`` then a paragraph opening with a
    mark). Otherwise a second opener means the first was never closed, and
    pairing starts afresh from it. Two openers side by
    side (``"“You don’t …,” he said``, ``““Radical …”``: a quotation pasted inside
    a blockquote's marks, or a typo) open once, the words after both.

Role of a mark (from its neighbours)
    A mark with white space, an opening bracket or a dash before it and a word
    after it opens; one with a word before it and white space or punctuation
    after it closes (an invisible direction mark or zero-width space counts as
    white space); a straight mark with both (or neither) is taken for what the
    pairing state needs. A curly mark is trusted unless its neighbours clearly say
    the opposite (a ``“`` typed where ``”`` was meant).

Apostrophes never quote
    A single mark between two letters or digits (``don’t``, ``Iran’s``,
    ``o’clock``), before a two-digit year (``the ’90s``), in ``rock ’n’ roll`` and
    before the elisions ``’em ’til ’cause ’tis ’twas ’bout`` is an apostrophe. A
    closing-looking single mark after a word (``voters’``) closes only a single
    quotation that is open; otherwise it is a plural possessive.

Paragraphs
    Double quotations follow the news convention for long quotes: a paragraph
    that ends inside a quotation and a next paragraph that starts with an opening
    mark make ONE quotation. A quotation still open at a paragraph end whose next
    paragraph does not reopen ends at that paragraph's end (``closed=False``): an
    unclosed mark never swallows the rest of the article. A reopened paragraph
    that opens with an upper-case turn label (``"PENCE: …``, a transcript) starts
    a new quotation; its words begin after the label (the label also counts
    when the paragraph before or after is such a turn). A reopened quotation
    that closes with a comma (``…\n\n“Then more,” she said``) goes on with its
    own attribution: that paragraph is a quotation of its own and the earlier
    paragraphs one more (``closed=False``), as annotators split them. Single quotations never
    cross a paragraph; an unclosed single mark is dropped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from analysis.units.spans import paragraph_spans

# A mark, and a run of straight apostrophes as one token (''…'', NYT style). The
# pattern starts with its character class, so the engine skips from mark to mark
# (as "'{2,}|[…]" it would try both branches at every character; same matches, the
# timing is in docs/speed.md).
_MARK = re.compile(r"[\"“”„«»‘’'‹›](?:(?<=')'+)?+")
# The same tokens, one mark character at a time (:func:`_mark_spans`): ``re`` skips
# to a literal first character with a tight loop but tests a character class at
# every character (the class above cost ~37 instructions a character), and
# ``str.find`` rules out the marks a paragraph lacks (curly ones in an ASCII
# text at once).
_MARK_AT = {c: re.compile("''*" if c == "'" else re.escape(c)) for c in "\"“”„«»‘’'‹›"}
_ELISION = re.compile(r"(?:em|til|cause|tis|twas|bout|n|\d\d(?:s)?)(?![^\W\d_])", re.IGNORECASE)
_ROCK_N_ROLL = re.compile(r"[‘’']n[‘’']")

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‹"
_SINGLE_CLOSE = "’›"
# Invisible format characters (direction marks and embeddings, zero-width space,
# BOM) that text pasted from social media carries before a quotation: a mark
# after one stands at the left edge of a word, as after white space.
INVISIBLE = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
# Characters after which a mark is at the left edge of a word.
_LEFT_EDGE = "([{—–-/\u2014\u2013" + "“„«‘‹\"'" + INVISIBLE
# Characters before which a mark is at the right edge of a word.
_RIGHT_EDGE = ".,;:!?)]}…—–-" + "”»’›\"'"

OPEN, CLOSE, EITHER, APOSTROPHE = 1, 2, 3, 0

# A transcript turn label opening a quoted paragraph: ``"PENCE: …``, ``"MR. LEE: …``.
LABEL = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}:[ \t\u00a0]+")


@dataclass
class Mark:
    """One quotation-mark token: ``text[start:end]``, double or single, its role."""

    start: int
    end: int
    double: bool
    role: int


@dataclass
class QuoteSpan:
    """A paired quotation: content ``[start, end)``, marks included ``[outer_start, outer_end)``."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    double: bool
    closed: bool = True
    parent: int = -1
    paragraphs: tuple[int, int] = (0, 0)
    children: list[int] = field(default_factory=list)


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _role(text: str, start: int, end: int, mark: str) -> int:
    prev = text[start - 1] if start > 0 else "\n"
    nxt = text[end] if end < len(text) else "\n"
    left = prev.isspace() or prev in _LEFT_EDGE
    right = nxt.isspace() or nxt in _RIGHT_EDGE
    if mark in _DOUBLE_OPEN or mark in _SINGLE_OPEN:
        if right and not left:
            return CLOSE
        return EITHER if (left and right) else OPEN
    if mark in _DOUBLE_CLOSE or mark in _SINGLE_CLOSE:
        if left and not right:
            return OPEN
        return EITHER if (left and right) else CLOSE
    if left and not right:
        return OPEN
    if right and not left:
        return CLOSE
    return EITHER


def _single_role(text: str, start: int, mark: str) -> int:
    """Role of a single mark, or APOSTROPHE when it is part of a word."""
    prev = text[start - 1] if start > 0 else " "
    nxt = text[start + 1] if start + 1 < len(text) else " "
    if _is_word(prev) and _is_word(nxt):
        return APOSTROPHE  # don’t, Iran’s, o’clock
    if not _is_word(prev) and _ELISION.match(text, start + 1):
        return APOSTROPHE  # the ’90s, ’em, ’til
    if _ROCK_N_ROLL.match(text, start) or (
        start >= 2 and _ROCK_N_ROLL.match(text, start - 2) and not _is_word(nxt)
    ):
        return APOSTROPHE  # rock ’n’ roll
    role = _role(text, start, start + 1, mark)
    if role == EITHER and _is_word(prev):
        return CLOSE
    return role


def scan_marks(text: str, start: int = 0, end: int | None = None) -> list[Mark]:
    """Quotation-mark tokens in ``text[start:end]``; apostrophes are left out.

    >>> [(m.start, m.double, m.role) for m in scan_marks("''Don't,'' he said.")]
    [(0, True, 1), (8, True, 2)]
    """
    return _marks(text, _mark_spans(text, start, end))


def _marks(text: str, spans: list[tuple[int, int]]) -> list[Mark]:
    """The marks of the ``_MARK`` tokens at ``spans``; apostrophes are left out."""
    out: list[Mark] = []
    for s, e in spans:
        tok = text[s:e]
        if tok[0] == "'" and len(tok) >= 2:
            n = len(tok)
            if n == 2:
                out.append(Mark(s, e, True, _role(text, s, e, "''")))
                continue
            # ''' and longer runs: doubles plus one inner single, the single
            # inside (closing: first; opening: last).
            closing = s > 0 and not text[s - 1].isspace()
            role = CLOSE if closing else OPEN
            pos = s
            if n % 2 == 1 and closing:
                out.append(Mark(pos, pos + 1, False, role))
                pos += 1
            while pos + 2 <= e:
                out.append(Mark(pos, pos + 2, True, role))
                pos += 2
            if pos < e:
                out.append(Mark(pos, e, False, role))
            continue
        if tok in "'‘’‹›":
            role = _single_role(text, s, tok)
            if role != APOSTROPHE:
                out.append(Mark(s, e, False, role))
            continue
        out.append(Mark(s, e, True, _role(text, s, e, tok)))
    return out


def _mark_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the ``_MARK`` tokens in ``text[start:end]``, in order.

    A run of straight apostrophes is one token and every other mark one
    character, so the tokens of each character are found apart and merged.
    """
    whole = start == 0 and end is None
    end = len(text) if end is None else end
    found: list[tuple[int, int]] = []
    kinds = 0
    for c, pattern in _MARK_AT.items():
        if (c in text) if whole else text.find(c, start, end) >= 0:
            found += [m.span() for m in pattern.finditer(text, start, end)]
            kinds += 1
    if kinds > 1:
        found.sort()
    return found


def _marks_by_paragraph(text: str, paragraphs: list[tuple[int, int]]) -> list[list[Mark]]:
    """``scan_marks`` of each paragraph, from one scan of the whole text.

    A token is the same in a paragraph's scan as in the whole text's unless it
    crosses the paragraph's edge (a run of apostrophes; not with
    :func:`~analysis.units.spans.paragraph_spans`, whose edges are white space): then
    that paragraph is scanned alone.
    """
    spans = _mark_spans(text)
    if not spans:
        return [[] for _ in paragraphs]
    starts = [s for s, _ in spans]
    out = []
    for ps, pe in paragraphs:
        lo = bisect.bisect_left(starts, ps)
        hi = bisect.bisect_left(starts, pe)
        if lo == hi and not (lo > 0 and spans[lo - 1][1] > ps):
            out.append([])
            continue
        mine = spans[lo:hi]
        if (lo > 0 and spans[lo - 1][1] > ps) or (mine and mine[-1][1] > pe):
            mine = _mark_spans(text, ps, pe)
        out.append(_marks(text, mine))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """All quotations in ``text``, in order of their opening mark.

    Top-level quotations come with ``parent == -1``; a quotation inside another
    has ``parent`` set to the index of the enclosing one in the returned list.

    >>> t = "“Go,” he said. “We ‘won’ it.\\n\\n“And more.”"
    >>> [(t[q.start:q.end], q.parent) for q in find_quote_spans(t)]
    [('Go,', -1), ('We ‘won’ it.\\n\\n“And more.', -1), ('won', 1)]
    """
    if paragraphs is None:
        paragraphs = paragraph_spans(text)
    marks_by_para = _marks_by_paragraph(text, paragraphs)
    doubles: list[QuoteSpan] = []
    cur: Mark | None = None  # the open double mark
    cur_para = 0
    n = len(paragraphs)
    # Quotations inside the open one, from its earlier paragraphs: its children once it ends.
    pending: list[QuoteSpan] = []

    def reopens(pi: int) -> bool:
        """Does paragraph ``pi`` open with a double mark (the long-quote convention)?"""
        if pi >= n:
            return False
        first = next((m for m in marks_by_para[pi] if m.double), None)
        return first is not None and first.start == paragraphs[pi][0] and first.role != CLOSE

    def end_unclosed(last: int, inner: QuoteSpan | None = None) -> None:
        """The open quotation ends unclosed at paragraph ``last``'s end, with its children."""
        before = len(doubles)
        _emit_unclosed(text, doubles, cur, cur_para, last, paragraphs)
        _adopt(doubles, before, pending + ([inner] if inner is not None else []))
        pending.clear()

    for pi in range(n):
        ps, pe = paragraphs[pi]
        marks = [m for m in marks_by_para[pi] if m.double]
        k = 0
        reopen: Mark | None = None
        if cur is not None:
            # Carried over from the previous paragraph: this one reopens it.
            if marks and marks[0].start == ps and marks[0].role in (OPEN, EITHER):
                k = 1
                reopen = marks[0]
                if LABEL.match(text, reopen.end):
                    # A transcript turn ("PENCE: …"): each turn is a quotation of its own.
                    end_unclosed(pi - 1)
                    cur, cur_para, reopen = reopen, pi, None
            else:
                end_unclosed(pi - 1)
                cur = None
        inner: QuoteSpan | None = None  # a double quotation inside the open one
        for mi in range(k, len(marks)):
            m = marks[mi]
            if cur is None:
                if m.role != CLOSE:
                    cur, cur_para = m, pi
            elif m.role == OPEN and m.start == cur.end and cur.role != CLOSE:
                # A doubled opener (``"“You don’t …”``, ``““Radical …”``: a pasted
                # quotation inside a blockquote's marks) opens once, after both marks.
                cur = Mark(cur.start, m.end, True, OPEN)
            elif m.role == OPEN and m.start != cur.end:
                after = marks[mi + 1 : mi + 3]
                if (
                    inner is None
                    and all(a.role != OPEN for a in after)
                    and (
                        len(after) == 2
                        # The last pair of a paragraph that opened a long quotation
                        # going on in the next paragraph: “… Written “at this time of
                        # crisis,” the statement …\n\n“…”
                        or (
                            len(after) == 1
                            and cur.start == paragraphs[cur_para][0]
                            and reopens(pi + 1)
                        )
                    )
                ):
                    # “… “term” …”: a quote within the quote in double marks, closed
                    # twice before any other opener; the outer one goes on.
                    s, e = _trim(text, m.end, after[0].start)
                    inner = QuoteSpan(s, e, m.start, after[0].end, True, True, -2, (pi, pi))
                    continue
                _adopt(doubles, len(doubles), pending)  # their quotation never closed
                pending.clear()
                cur, cur_para = m, pi  # an opener that was never closed: start afresh
            elif inner is not None and m.end == inner.outer_end:
                continue  # the inner quotation's closing mark
            else:
                if reopen is not None and cur_para < pi and _comma_closed(text, m.start):
                    # "…\n\n“Then more,” she said": a reopened quotation closed by a
                    # comma goes on with its own attribution, so this paragraph is a
                    # quotation of its own; the earlier ones end at their paragraph end.
                    end_unclosed(pi - 1)
                    cur, cur_para = reopen, pi
                s, e = _trim(text, _after_label(text, cur.end, m.start), m.start)
                before = len(doubles)
                if e > s:
                    doubles.append(
                        QuoteSpan(s, e, cur.start, m.end, True, True, -1, (cur_para, pi))
                    )
                _adopt(doubles, before, pending + ([inner] if inner is not None else []))
                pending.clear()
                cur = None
                inner = None
        if cur is not None and pi + 1 < n:
            if reopens(pi + 1):
                if inner is not None:
                    pending.append(inner)
                continue
            end_unclosed(pi, inner)
            cur = None
    if cur is not None:
        end_unclosed(n - 1)

    # Single quotations: inside each double one (nested), and at the top level.
    out: list[QuoteSpan] = []
    di = 0
    for pi, (ps, pe) in enumerate(paragraphs):
        singles = [m for m in marks_by_para[pi] if not m.double]
        # Doubles that touch this paragraph split it into outside/inside regions.
        while di < len(doubles) and doubles[di].paragraphs[1] < pi:
            di += 1
        regions: list[tuple[int, int, int]] = []  # (start, end, index of enclosing double or -1)
        pos = ps
        j = di
        while j < len(doubles) and doubles[j].paragraphs[0] <= pi:
            d = doubles[j]
            if d.parent >= 0:  # inside the one before: its region holds it
                j += 1
                continue
            if d.outer_start > pos:
                regions.append((pos, d.outer_start, -1))
            regions.append((max(d.start, ps), min(d.end, pe), j))
            pos = max(pos, d.outer_end)
            j += 1
        if pos < pe:
            regions.append((pos, pe, -1))
        if not singles:
            continue
        for rs, re_, owner in regions:
            _pair_singles(text, [m for m in singles if rs <= m.start < re_], owner, pi, out)
    # Merge doubles and singles in order of the opening mark; link parents.
    tagged = [(d.outer_start, 0, i) for i, d in enumerate(doubles)]
    tagged += [(q.outer_start, 1, i) for i, q in enumerate(out)]
    tagged.sort()
    new_index = {}
    result: list[QuoteSpan] = []
    for _, kind, i in tagged:
        if kind == 0:
            new_index[i] = len(result)
            result.append(doubles[i])
        else:
            result.append(out[i])
    for i, q in enumerate(result):
        if q.parent >= 0:
            q.parent = new_index[q.parent]
            result[q.parent].children.append(i)
    return result


def _after_label(text: str, start: int, end: int) -> int:
    """Where the words of a quotation opening at ``start`` begin: after a turn label.

    Only a label that opens a transcript turn counts: the next paragraph (or the
    one before) also opens with a quotation mark and a label.
    """
    m = LABEL.match(text, start, end)
    if m is None:
        return start
    ps = text.rfind("\n", 0, start) + 1
    nxt = text.find("\n", m.end())
    nxt = text.find("\n", nxt + 1) if nxt >= 0 else -1  # skip the blank line too
    prev = text.rfind("\n", 0, max(0, ps - 2))
    for p in (nxt, prev):
        if p >= 0:
            q = p + 1
            while q < len(text) and text[q] in " \t\n":
                q += 1
            if q < len(text) and text[q] in '"“' and LABEL.match(text, q + 1):
                return m.end()
    return start


def _comma_closed(text: str, close: int) -> bool:
    """Does the quotation closed at ``close`` end with a comma (the sentence goes on)?"""
    j = close
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j > 0 and text[j - 1] == ","


def _adopt(doubles: list[QuoteSpan], outer: int, inners: list[QuoteSpan]) -> None:
    """Append ``inners`` as children of ``doubles[outer]``, or top-level if it was not added."""
    for q in inners:
        if q.end > q.start:
            q.parent = outer if outer < len(doubles) else -1
            doubles.append(q)


def _emit_unclosed(
    text: str,
    out: list[QuoteSpan],
    mark: Mark,
    first: int,
    last: int,
    paragraphs: list[tuple[int, int]],
) -> None:
    end = paragraphs[last][1]
    s, e = _trim(text, _after_label(text, mark.end, end), end)
    if e > s:
        out.append(QuoteSpan(s, e, mark.start, end, True, False, -1, (first, last)))


def _pair_singles(text: str, marks: list[Mark], owner: int, pi: int, out: list[QuoteSpan]) -> None:
    cur: Mark | None = None
    for m in marks:
        if cur is None:
            if m.role == OPEN or (m.role == EITHER and text[m.start] != "’"):
                cur = m
        elif m.role == OPEN and m.start != cur.end:
            cur = m
        else:
            s, e = _trim(text, cur.end, m.start)
            if e > s:
                out.append(QuoteSpan(s, e, cur.start, m.end, False, True, owner, (pi, pi)))
            cur = None


def inside_quotes(spans: list[QuoteSpan]) -> Callable[[int], bool]:
    """A test: does an offset lie inside one of the top-level quotations of ``spans``?

    >>> spans = find_quote_spans('He said "yes" and "no" twice.')
    >>> inside = inside_quotes(spans)
    >>> [inside(i) for i in (3, 8, 10, 13, 18)]
    [False, True, True, False, True]
    """
    top = [q for q in spans if q.parent < 0]
    starts = [q.outer_start for q in top]
    ends = [q.outer_end for q in top]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < ends[k]

    return inside

"""Reuters-21578 SGML (``reut2-NNN.sgm``): one Record per ``<REUTERS>`` record.

* Every record gives a row, in file order; ``external_id`` is its ``NEWID``.
  A record without ``<BODY>`` (the collection's BRIEF and UNPROC items, 2,535 of
  21,578) gets status ``no body`` and keeps its title; a record or body whose
  closing tag is missing (a cut file) gets status ``truncated``.
* HTML entities are unescaped (``&lt;`` -> ``<``); control characters coded as
  entities (``&#3;``, ``&#5;``) disappear.
* The body loses its end-of-story sign-off (``Reuter``/``REUTER``, optionally
  with dots, on the last line or after the last sentence's full stop) and a
  last-line ``More`` continuation marker, and is
  unwrapped: hard-wrapped lines are joined, an indented line starts a paragraph.
* ``date`` ``26-FEB-1987 15:01:01.79`` becomes ``1987-02-26T15:01:01``; a damaged
  time keeps only the date; an unparseable date is NA.
* ALL-CAPS titles get :func:`title_case`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime

from analysis.loading.encoding import repair
from analysis.loading.readers.base import Record, canonical_body, squash

_NEWID = re.compile(r'NEWID="(\d+)"')
_SIGN_OFF = re.compile(
    r"(?:\n[^\S\n]*|(?<=[.)\"\d])[^\S\n]+)reuters?[.\s^m]*\Z|\n[^\S\n]*more\Z", re.IGNORECASE
)
_TAIL = 200
_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+(\d{1,2}):(\d{2}):(\d{2}))?")

# Reuters abbreviations that are words, not acronyms: "MLN" -> "Mln".
_WORDS = frozenset(
    """mln bln dlrs dlr pct cts ct shr shrs qtr qtrs yr yrs mths mth stg tonnes
    vs revs rev avg wk wks nil plc ltd inc corp co bros""".split()
)
# Upper-case words kept as acronyms though they contain a vowel.
_ACRONYMS = frozenset(
    """USA US UK EC EEC UN OPEC GATT IMF IBM GM GE AT&T CIA FBI OECD NATO ECU ASEAN
    EMS IEA API EPA SEC FDA NASA CPI IRS ICO ICCO USDA NYSE AMEX NASDAQ LDC ADR OTC
    COMEX NYMEX CBOE CFTC FTC ITC DOE IMM LME ICA ITA NY OK PLO SDI USSR TV AG SA NV
    SPA AB AS OY UAL TWA IEA OAS ADB AID ACP CAP MCA FOB CIF""".split()
)
_SMALL = frozenset("a an the and or but nor of in on at to for by from with as vs via".split())
_TOKEN = re.compile(r"[A-Za-z0-9&'.]+")
_TICKER = re.compile(r"<[^<>\s]*>")
_ORDINAL = re.compile(r"(\d+)(ST|ND|RD|TH|S)\b")


def _case_word(word: str, first: bool) -> str:
    bare = word.strip(".'")
    if not any(c.isalpha() for c in word):
        return word
    if any(c.isdigit() for c in word):
        return _ORDINAL.sub(lambda m: m.group(1) + m.group(2).lower(), word)
    low = word.lower()
    if low in _WORDS or low.rstrip(".") in _WORDS:
        return word.capitalize()
    if (
        word in _ACRONYMS
        or "&" in word
        or re.search(r"[A-Z]\.[A-Z]", word)
        or (len(bare) >= 2 and not re.search(r"[AEIOUY]", bare))
    ):
        return word
    if low in _SMALL and not first:
        return low
    return word[0] + word[1:].lower()


def title_case(title: str) -> str:
    """Readable case for an ALL-CAPS headline; other headlines are returned as is.

    Words take a capital initial; small words (``of``, ``to``, ``and`` …) are
    lower case except first; kept upper case: a known acronym list (``OPEC``,
    ``GATT``, ``IMF`` …), dotted abbreviations (``U.S.``), words with ``&``
    (``S&P``), words without a vowel (``GNP``, ``BHP``) and one-word tickers in
    angle brackets (``<GM>``; a bracketed company name is cased like the rest);
    Reuters' own abbreviations become words (``MLN`` -> ``Mln``, ``PCT`` ->
    ``Pct``); ordinals go lower case (``1ST QTR`` -> ``1st Qtr``).

    >>> title_case("U.S. TRADE DEFICIT WIDENS TO 15 BLN DLRS IN 1ST QTR")
    'U.S. Trade Deficit Widens to 15 Bln Dlrs in 1st Qtr'
    >>> title_case("OPEC SAYS <TEXACO> TO CUT OUTPUT")
    'OPEC Says <TEXACO> to Cut Output'
    >>> title_case("<SIEMENS AG> UNIT TO BEGIN MAKING SYSTEMS")
    '<Siemens AG> Unit to Begin Making Systems'
    >>> title_case("Already mixed Case")
    'Already mixed Case'
    """
    if any(c.islower() for c in title):
        return title
    tickers = [m.span() for m in _TICKER.finditer(title)]
    out = []
    pos = 0
    for i, m in enumerate(_TOKEN.finditer(title)):
        out.append(title[pos : m.start()])
        word = m.group()
        kept = any(s <= m.start() < e for s, e in tickers)
        out.append(word if kept else _case_word(word, i == 0))
        pos = m.end()
    out.append(title[pos:])
    return "".join(out)


def _between(record: str, tag: str) -> tuple[str | None, bool]:
    """Text inside ``<tag>…</tag>``; the flag says the closing tag was missing."""
    start = record.find(f"<{tag}>")
    if start < 0:
        return None, False
    start += len(tag) + 2
    end = record.find(f"</{tag}>", start)
    if end < 0:
        return record[start:], True
    return record[start:end], False


def _unescape(text: str) -> str:
    return repair(html.unescape(text))[0]


def parse_date(raw: str) -> str | None:
    """ISO 8601 form of a Reuters date.

    >>> parse_date("26-FEB-1987 15:01:01.79"), parse_date(" 5-MAR-1987 99:01:01.79")
    ('1987-02-26T15:01:01', '1987-03-05')
    """
    m = _DATE.search(raw)
    if m is None:
        return None
    day, month, year = m.group(1), m.group(2).title(), m.group(3)
    try:
        date = datetime.strptime(f"{day} {month} {year}", "%d %b %Y")
    except ValueError:
        return None
    if m.group(4) is not None:
        try:
            when = date.replace(
                hour=int(m.group(4)), minute=int(m.group(5)), second=int(m.group(6))
            )
            return when.isoformat(timespec="seconds")
        except ValueError:
            pass
    return date.date().isoformat()


def _body(raw: str) -> str:
    text = _unescape(raw).rstrip()
    # Only the tail can hold the sign-off: searching it alone keeps this O(1) per body.
    cut = max(0, len(text) - _TAIL)
    head, tail = text[:cut], "\n" + text[cut:]
    # Sign-off and a "More" marker can both end a story: strip up to two.
    for _ in range(2):
        tail = _SIGN_OFF.sub("", tail).rstrip()
    return canonical_body((head + tail[1:]).split("\n"), unwrap=True)


def _record(raw: str, closed: bool) -> Record:
    m = _NEWID.search(raw[: raw.find(">") + 1] if ">" in raw else raw)
    title_raw, _ = _between(raw, "TITLE")
    title = title_case(squash(_unescape(title_raw))) if title_raw else None
    date_raw, _ = _between(raw, "DATE")
    body_raw, body_cut = _between(raw, "BODY")
    body = _body(body_raw) if body_raw is not None else None
    if not closed or body_cut:
        status = "truncated"
    elif body_raw is None:
        status = "no body"
    else:
        status = "ok"
    return Record(
        title=title or None,
        body=body or None,
        date=parse_date(date_raw) if date_raw else None,
        status=status,
        external_id=m.group(1) if m else None,
    )


def parse(text: str) -> Iterator[Record]:
    """Records of one SGML file, in order (a linear scan, no backtracking regex)."""
    pos = 0
    while True:
        start = text.find("<REUTERS", pos)
        if start < 0:
            return
        end = text.find("</REUTERS>", start)
        closed = end >= 0
        if not closed:
            end = len(text)
        # A record cut before its end runs into the next record's opening tag.
        following = text.find("<REUTERS", start + 8, end)
        if following >= 0:
            end, closed = following, False
        yield _record(text[start:end], closed)
        pos = end + (len("</REUTERS>") if closed else 0)

"""The scraped-page dump format of the bundled ``seeds/`` corpus.

A file holds several pages separated by two or more blank lines. A page is::

    Headline
    <blank>
     Caption            (each caption usually twice, first copy indented)
    Caption
    TT                  (page chrome: short lines without lower-case letters)
    20
    <blank>
    Headline            (the headline again ...)
    <blank>
     Caption            (... and the captions again)
    Caption
    <blank>
    Paragraph
    <blank>
    Paragraph ...

Rules: a page starts at a line that reappears as a line of its own among the
next :data:`HEADER_LINES` non-blank lines. The lines between the two copies
are captions, except chrome (at most 6 characters, no lower-case letter:
``TT``, ``20``, ``1.2K``); captions are stripped and de-duplicated in order.
After the second copy, lines repeating a caption or chrome are skipped; the
rest is the body. Every caption must be repeated there, else the lines are no
page header (so a plain article whose headline recurs as a paragraph is not
mistaken for a page and its first paragraphs for captions). A chunk (text
between double blank lines) that does not start a page continues the previous
page's body, so a stray double blank line inside an article does not split it.
A file is in this format when its first chunk starts a page.
"""

from __future__ import annotations

from analysis.loading.readers.base import Record, canonical_body, squash
from analysis.loading.readers.textfiles import parse_lines

HEADER_LINES = 20
_CHROME_LEN = 6


def is_chrome(line: str) -> bool:
    """Page furniture such as ``TT`` or a share count.

    >>> is_chrome("TT"), is_chrome("20"), is_chrome("(AFP)"), is_chrome("Iran")
    (True, True, True, False)
    """
    line = line.strip()
    return 0 < len(line) <= _CHROME_LEN and not any(c.islower() for c in line)


def _chunks(lines: list[str]) -> list[list[str]]:
    """Split at runs of two or more blank lines; drop blank edges."""
    chunks: list[list[str]] = []
    current: list[str] = []
    blanks = 0
    for line in lines:
        if line.strip():
            if blanks >= 2 and current:
                chunks.append(current)
                current = []
            blanks = 0
            current.append(line)
        else:
            blanks += 1
            if current:
                current.append(line)
    if current:
        chunks.append(current)
    return [_trim(c) for c in chunks]


def _trim(chunk: list[str]) -> list[str]:
    end = len(chunk)
    while end and not chunk[end - 1].strip():
        end -= 1
    return chunk[:end]


def _header(chunk: list[str]) -> tuple[str, list[str], int] | None:
    """(headline, captions, index where the body starts) or None if no page starts."""
    nonblank = [i for i, line in enumerate(chunk) if line.strip()]
    if not nonblank:
        return None
    headline = chunk[nonblank[0]].strip()
    second = next(
        (
            k
            for k in range(1, min(len(nonblank), HEADER_LINES + 1))
            if chunk[nonblank[k]].strip() == headline
        ),
        None,
    )
    if second is None:
        return None
    captions: list[str] = []
    for k in range(1, second):
        line = squash(chunk[nonblank[k]])
        if not is_chrome(line) and line not in captions:
            captions.append(line)
    seen = set(captions)
    repeated = set()
    k = second + 1
    while k < len(nonblank):
        line = squash(chunk[nonblank[k]])
        if line in seen:
            repeated.add(line)
        elif not is_chrome(line):
            break
        k += 1
    if repeated != seen:
        return None  # captions come back after the second headline, or it is no page
    start = nonblank[k] if k < len(nonblank) else len(chunk)
    return squash(headline), captions, start


def sniff(text: str) -> bool:
    """True when the text's first chunk starts a page (looks at the first 200 lines).

    >>> sniff("Title\\n\\n Cap\\nCap\\nTT\\n\\nTitle\\n\\nCap\\n\\nBody.")
    True
    >>> sniff("Title\\n\\nBody paragraph.\\n")
    False
    """
    head = text[:100_000].split("\n", 200)[:200]
    chunks = _chunks(head)
    return bool(chunks) and _header(chunks[0]) is not None


def parse(text: str) -> list[Record]:
    """All pages of a file, in order."""
    pages: list[tuple[str | None, list[str], list[str]]] = []
    for chunk in _chunks(text.split("\n")):
        header = _header(chunk)
        if header is not None:
            title, captions, start = header
            pages.append((title, captions, chunk[start:]))
        elif pages:
            pages[-1][2].extend(["", *chunk])
        else:
            record = parse_lines(chunk)
            pages.append((record.title, [], chunk[1:] if record.title else chunk))
    return [
        Record(title=title, captions=captions, body=canonical_body(body) or None)
        for title, captions, body in pages
    ]

"""Plain text articles with the headline on the first line (the BBC layout).

The first non-blank line is the headline, unless it is longer than
:data:`MAX_TITLE` characters (then the file has no headline and every line is
body); the remaining lines form the body (see :func:`canonical_body`).
"""

from __future__ import annotations

from analysis.loading.readers.base import Record, canonical_body, squash

MAX_TITLE = 500


def parse_lines(lines: list[str]) -> Record:
    """Headline and body of one article given as lines.

    >>> r = parse_lines(["Markets rally", "", "Shares rose on Monday.", "", "Bonds fell."])
    >>> r.title, r.body
    ('Markets rally', 'Shares rose on Monday.\\n\\nBonds fell.')
    """
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return Record()
    title = squash(lines[first])
    if len(title) > MAX_TITLE:
        return Record(body=canonical_body(lines[first:]) or None)
    return Record(title=title, body=canonical_body(lines[first + 1 :]) or None)


def parse(text: str) -> Record:
    """One article from the decoded text of a file (line ends already ``\\n``)."""
    return parse_lines(text.split("\n"))

"""Plain text articles with the headline on the first line (the BBC layout).

The first non-blank line is the headline, unless it is longer than
:data:`MAX_TITLE` characters (then the file has no headline and every line is
body); the remaining lines form the body (see :func:`canonical_body`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from analysis.loading.readers.base import Record, canonical_body, iter_lines, squash

MAX_TITLE = 500


def parse_lines(lines: Iterable[str]) -> Record:
    """Headline and body of one article given as lines (consumed once, in order).

    >>> r = parse_lines(["Markets rally", "", "Shares rose on Monday.", "", "Bonds fell."])
    >>> r.title, r.body
    ('Markets rally', 'Shares rose on Monday.\\n\\nBonds fell.')
    """
    rest = iter(lines)
    first = next((line for line in rest if line.strip()), None)
    if first is None:
        return Record()
    title = squash(first)
    if len(title) > MAX_TITLE:
        return Record(body=canonical_body(itertools.chain([first], rest)) or None)
    return Record(title=title, body=canonical_body(rest) or None)


def parse(text: str) -> Record:
    """One article from the decoded text of a file (line ends already ``\\n``).

    Lines are taken one at a time: a file of a million short lines is never a
    list of a million strings.
    """
    return parse_lines(iter_lines(text))

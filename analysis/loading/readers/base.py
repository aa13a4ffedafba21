"""What every reader produces, and the canonical body layout they share.

The canonical ``body`` holds one paragraph per line, paragraphs separated by one
blank line, inner white space runs squashed to one space, no leading or trailing
space on any line. :func:`canonical_body` builds it from raw lines:

* blank lines separate blocks;
* a block whose lines (all but the last) are at most 100 characters long and at
  least half of them end without sentence punctuation (``.!?:;`` or a closing
  quote) is hard-wrapped prose: its lines are joined with a space, and an
  indented line or a bullet line (``-``, ``*``, ``•``, ``1.``) starts a new
  paragraph (Reuters marks paragraphs by indentation, BBC lists by `` - ``);
* any other block holds one paragraph per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

# White space that squashing changes: runs of two or more, and any one that is not a
# space. Ordinary prose has none, so squashing it builds no list of pieces (a 50 MB
# line of single spaces would otherwise cost ~30 bytes a word in match pieces).
_WS = re.compile(r"\s\s+|[^\S ]")
_BULLET = re.compile(r"\s*(?:[-*•–—]|\d{1,3}[.)])\s")
_TERMINAL = tuple(".!?:;\"'”’»)")
_WRAP_WIDTH = 100


@dataclass
class Record:
    """One article as a reader sees it, before ids, language and duplicates."""

    title: str | None = None
    body: str | None = None
    captions: list[str] = field(default_factory=list)
    date: str | None = None
    status: str = "ok"
    external_id: str | None = None
    encoding: str | None = None
    repaired: bool = False
    reason: str | None = None  # the details behind ``status``, or what was repaired


def iter_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` (split at ``\\n``), one at a time.

    >>> list(iter_lines("a\\n\\nb"))
    ['a', '', 'b']
    """
    start = 0
    find = text.find
    while True:
        end = find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def squash(line: str) -> str:
    """Collapse white space runs to one space and trim.

    >>> squash("  a\\t b  ")
    'a b'
    """
    return _WS.sub(" ", line).strip()


def _looks_wrapped(block: Sequence[str]) -> bool:
    inner = [line.rstrip() for line in block[:-1]]
    if any(len(line) > _WRAP_WIDTH for line in inner):
        return False
    open_ended = sum(1 for line in inner if not line.endswith(_TERMINAL))
    return 2 * open_ended >= len(inner)


def _block_paragraphs(block: Sequence[str], unwrap: bool | None) -> list[str]:
    if len(block) == 1:
        return [squash(block[0])]
    if unwrap is None:
        unwrap = _looks_wrapped(block)
    if not unwrap:
        return [squash(line) for line in block]
    out: list[str] = []
    current: list[str] = []
    for line in block:
        if current and (line[:1].isspace() or _BULLET.match(line)):
            out.append(" ".join(current))
            current = []
        current.append(squash(line))
    out.append(" ".join(current))
    return out


def canonical_body(lines: Iterable[str], *, unwrap: bool | None = None) -> str:
    """Paragraphs of ``lines`` in the canonical layout (see the module doc).

    ``unwrap`` forces (True) or forbids (False) joining the lines of a block;
    None decides per block.

    >>> canonical_body(["First line of a", "wrapped paragraph.", "", "Next one. "])
    'First line of a wrapped paragraph.\\n\\nNext one.'
    >>> canonical_body(["One sentence.", "Another sentence."])
    'One sentence.\\n\\nAnother sentence.'
    >>> canonical_body(["Shares rose", "sharply.", "    Dealers said", "so."], unwrap=True)
    'Shares rose sharply.\\n\\nDealers said so.'
    """
    paragraphs: list[str] = []
    block: list[str] = []
    for line in lines:
        if line.strip():
            block.append(line)
        elif block:
            paragraphs.extend(_block_paragraphs(block, unwrap))
            block = []
    if block:
        paragraphs.extend(_block_paragraphs(block, unwrap))
    return "\n\n".join(p for p in paragraphs if p)

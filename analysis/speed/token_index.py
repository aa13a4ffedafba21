"""Scan a text once, answer many regional scans from it.

The quotation engine looks at many small windows of one article (around each
quotation, each cue); rescanning each window with a regex costs more than the
rules. Instead the whole text is tokenised once and a window's tokens are
sliced from it. That is exact when the token pattern has no capturing group and
does not look past what it consumes: a scan from ``start`` meets the same
tokens as the whole-text scan once it meets one of them (the scan is
deterministic from a token's end), and a token ending by ``end`` matches the
same in the cut text. So only a token cut by ``start`` (until the scans meet)
or by ``end`` is rescanned.
"""

from __future__ import annotations

import bisect
import itertools
import re


def split_tokens(splitter: re.Pattern[str], text: str) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and texts of the tokens; ``splitter`` is the token pattern in one group.

    ``re.split`` gives gap, token, gap, …, gap (the same matches as ``finditer``);
    offsets come from the running length, all in C.

    >>> split_tokens(re.compile(r"(\\w+)"), "Yes, he said.")
    ([0, 5, 8], [3, 7, 12], ['Yes', 'he', 'said'])
    """
    parts = splitter.split(text)
    offsets = list(itertools.accumulate(map(len, parts), initial=0))
    return offsets[1:-1:2], offsets[2::2], parts[1::2]


def region(
    token: re.Pattern[str],
    text: str,
    starts: list[int],
    ends: list[int],
    start: int,
    end: int,
) -> tuple[list[re.Match[str]], int | None, int, list[re.Match[str]]]:
    """How a ``token.finditer(text, start, end)`` scan relates to the whole-text tokens.

    Returns ``(head, i, k, tail)``: the scan's matches before it meets a whole-text
    token (tokens cut by ``start``), the index ``i`` of the first whole-text token it
    shares (None if it never meets one: ``head`` is then the whole scan), the index
    ``k`` past the last whole-text token ending by ``end``, and the matches that
    replace a token cut by ``end``. The scan equals ``head + tokens[i:k] + tail``.

    >>> t = re.compile(r"\\w+"); text = "Yes, he said."
    >>> starts, ends, words = split_tokens(re.compile(r"(\\w+)"), text)
    >>> head, i, k, tail = region(t, text, starts, ends, 1, 11)
    >>> [m.group() for m in head], words[i:k], [m.group() for m in tail]
    (['es'], ['he'], ['sai'])
    """
    n = len(starts)
    i = bisect.bisect_left(starts, start)
    head: list[re.Match[str]] = []
    if i > 0 and ends[i - 1] > start:
        for m in token.finditer(text, start, end):
            s, e = m.span()
            j = bisect.bisect_left(starts, s)
            if j < n and starts[j] == s and ends[j] == e:
                i = j
                break
            head.append(m)
        else:
            return head, None, i, []
    k = bisect.bisect_right(ends, end)
    tail = list(token.finditer(text, starts[k], end)) if k < n and starts[k] < end else []
    return head, i, k, tail

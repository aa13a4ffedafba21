"""Speed: an article's :data:`~analysis.units.spans.TOKEN` matches, split in C.

``re.split`` with a one-group pattern gives every token of a text in C (see
:func:`analysis.speed.token_index.split_tokens`). The plain pattern is
``TOKEN`` in a group; on ASCII and Latin-1 text (most news) an equivalent
pattern written with explicit character ranges runs faster, because ``re``
tests a set of ranges faster than a Unicode category with exclusions, and a
pattern that opens with one class lets the engine skip white space to the next
candidate instead of trying both alternatives at every character. The three
give the same tokens as the plain scan :func:`analysis.units.spans.tokens` on the
texts they are used for (``ArticleText.tokens_in`` against the plain scan in
tests/test_quotations_fast_paths.py).
"""

from __future__ import annotations

import re

from analysis.speed.token_index import split_tokens
from analysis.units.spans import TOKEN

PLAIN_SPLIT = re.compile(f"({TOKEN.pattern})", TOKEN.flags)


def _one_class_split(letters: str) -> re.Pattern[str]:
    """TOKEN in a group, for text whose letters and digits are exactly ``letters``.

    One alternative opening with a class (``[^\\s_]``: a letter or digit, or a
    mark) that goes on as a word only after a letter or digit.
    """
    word_rest = f"(?:(?<={letters}){letters}*+(?:[-'’.&]{letters}++)*+\\.?+)?+"
    return re.compile(f"([^\\s_]{word_rest})")


def latin1_class(pattern: str) -> str:
    """The characters below U+0100 matching ``pattern`` (as ``re`` judges them), as a class."""
    regex = re.compile(pattern)
    inside = [c for c in range(256) if regex.match(chr(c))]
    runs: list[list[int]] = []
    for c in inside:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    ranges = (re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)
    return "[" + "".join(ranges) + "]"


ASCII_SPLIT = _one_class_split("[A-Za-z0-9]")
LATIN1_SPLIT = _one_class_split(latin1_class(r"[^\W_]"))


def fast_tokens(text: str) -> tuple[list[int], list[int], list[str]]:
    """What :func:`analysis.units.spans.tokens` gives, split in C by the fastest pattern."""
    return split_tokens(token_splitter(text), text)


def token_splitter(text: str) -> re.Pattern[str]:
    """The TOKEN split pattern fastest on ``text`` (all three split alike on it)."""
    if text.isascii():
        return ASCII_SPLIT
    # Encoding fails at the first character past U+00FF; for Latin-1 text it is a copy.
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return PLAIN_SPLIT
    return LATIN1_SPLIT

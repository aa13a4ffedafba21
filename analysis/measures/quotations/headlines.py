"""Is a line a headline? Title case decides how some cues and quotations are read."""

from __future__ import annotations

import re

#: A word as the kind rules count them (letters and digits, inner apostrophes).
WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def is_headline(text: str, start: int, end: int) -> bool:
    """Title case: most words of four letters or more are capitalised."""
    long_words = [w for w in WORDS.findall(text, start, min(end, start + 400)) if len(w) >= 4]
    caps = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 2 and caps >= 0.7 * len(long_words)


def line_is_headline(text: str, pos: int) -> bool:
    """Is the line holding ``pos`` a headline (looked at within 400 characters)?"""
    line = text.rfind("\n", max(0, pos - 400), pos) + 1
    if line == 0 and pos >= 400:
        return False
    stop = text.find("\n", pos, line + 400)
    return is_headline(text, line, stop if stop >= 0 else line + 400)

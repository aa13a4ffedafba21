"""Speed: case-blind matching of ASCII words with ``str.find`` instead of a regex.

A case-blind regex (``re.IGNORECASE``) tests every letter both ways; where the
text allows, the same matches are plain substring matches in ``text.lower()``
at the same offsets. That holds when lowercasing changes no character's length
and no non-ASCII character matches an ASCII letter case-blind: ``re`` folds
exactly four (:data:`ASCII_FOLDS`: ``İ ı ſ K``). Callers fall back to their
pattern (the reference) when :func:`lowered` says no.
"""

from __future__ import annotations

# Non-ASCII characters that re's IGNORECASE matches to ASCII letters (İ ı ſ K).
ASCII_FOLDS = "\u0130\u0131\u017f\u212a"


def lowered(text: str) -> str | None:
    """``text.lower()`` where a case-blind ASCII match is a plain one in it, else None.

    >>> lowered("According To the BBC")
    'according to the bbc'
    >>> lowered("KELVIN \\u212a") is None
    True
    """
    if not text.isascii() and any(c in text for c in ASCII_FOLDS):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None

"""Drop or mark every character outside a regex character class, by ``translate`` where possible.

textstat cleans text with ``re.sub`` over character classes (``[^\\w\\s']``,
``\\s``), which tests each character in a Python-level regex loop. A
:class:`CharFilter` gives the same string faster on the text news mostly is:

- ASCII text (one C-level ``str.isascii`` flag test): ``str.translate`` with a
  128-entry table;
- Latin-1 text (every character below U+0100: ASCII plus BBC's ``£`` and the
  like): encoded to bytes (a copy) and ``bytes.translate`` with a 256-byte table,
  then decoded back;
- anything wider: the regular expression itself.

Each table entry is judged by the ``re`` module matching that character against
the class, so the class means exactly what it means in textstat's expressions.

The reference is :meth:`CharFilter.reference`, the ``re.sub``;
``tests/speed/test_char_filter.py`` checks the two agree on ASCII, on every
Latin-1 character and on wider text.
"""

from __future__ import annotations

import re


class CharFilter:
    """``re.sub("[^" + keep + "]", replacement, text)``, fast on ASCII and Latin-1 text.

    ``keep``: the inside of a regex character class, e.g. ``r"\\w\\s'"``.
    ``replacement``: None deletes the other characters; one character below
    U+0100 replaces each of them (the text keeps its length and offsets).

    >>> CharFilter(r"\\w\\s").apply("Rock-n-roll, £5!")
    'Rocknroll 5'
    >>> CharFilter(r"\\w\\s", "_").apply("Rock-n-roll, £5!")
    'Rock_n_roll_ _5_'
    >>> CharFilter(r"\\w").kept("Rock-n-roll, £5!")
    10
    """

    def __init__(self, keep: str, replacement: str | None = None) -> None:
        inside = re.compile(f"[{keep}]").match
        self.replacement = replacement
        if replacement is None:
            # Runs of removed characters go in one match.
            self.pattern = re.compile(f"[^{keep}]+")
            self._ascii: dict[int, int | str | None] = {
                c: c if inside(chr(c)) else None for c in range(128)
            }
            self._latin1_delete = bytes(c for c in range(256) if not inside(chr(c)))
        else:
            if len(replacement) != 1 or ord(replacement) > 0xFF:
                raise ValueError("the replacement must be one character below U+0100")
            self.pattern = re.compile(f"[^{keep}]")
            self._ascii = {c: c if inside(chr(c)) else replacement for c in range(128)}
            self._latin1_table = bytes(
                c if inside(chr(c)) else ord(replacement) for c in range(256)
            )

    def reference(self, text: str) -> str:
        """The reference: the regular expression's substitution."""
        return self.pattern.sub(self.replacement or "", text)

    def apply(self, text: str) -> str:
        """``text`` with each character outside the class deleted or replaced."""
        if text.isascii():
            return text.translate(self._ascii)
        raw = _latin1(text)
        if raw is None:
            return self.reference(text)
        if self.replacement is None:
            return raw.translate(None, self._latin1_delete).decode("latin-1")
        return raw.translate(self._latin1_table).decode("latin-1")

    def kept(self, text: str) -> int:
        """How many characters of ``text`` are in the class: ``len`` of a deleting
        filter's output, without decoding it."""
        if self.replacement is not None:
            raise TypeError("kept() counts with a deleting filter (replacement None)")
        if text.isascii():
            return len(text.translate(self._ascii))
        raw = _latin1(text)
        if raw is None:
            return len(self.pattern.sub("", text))
        return len(raw.translate(None, self._latin1_delete))


def _latin1(text: str) -> bytes | None:
    """``text`` encoded as Latin-1, or None when it holds a character past U+00FF."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return None

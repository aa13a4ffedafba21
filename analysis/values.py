"""Is this value text? One answer for the loader, ``analyze`` and the public functions.

A text field of a JSON line or a Parquet row, or a cell of a DataFrame handed
to :func:`analysis.analyze`, may hold anything: a dict, a list, bytes, a
number. Such a value is never analysed as its Python repr: the loader and
``analyze`` give the row the status :func:`text_status` names, and the public
functions of one text (:func:`analysis.extract_quotes`,
:func:`analysis.readability`, :func:`analysis.sentiment`) raise the
:class:`TypeError` of :func:`require_text`.
"""

from __future__ import annotations

import math


def kind_of(value: object) -> str:
    """What ``value`` is, in words (for messages).

    >>> kind_of({"en": "x"}), kind_of(b"x"), kind_of(3), kind_of(None), kind_of(1.5)
    ('a dict', 'bytes', 'an int', 'None', 'a float')
    """
    if value is None:
        return "None"
    name = type(value).__name__
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "bytes"
    return f"an {name}" if name[:1].lower() in "aeiou" else f"a {name}"


def is_missing(value: object) -> bool:
    """None, NaN and pandas' NA: no text at all (not a wrong kind of text)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


def text_status(value: object) -> str | None:
    """The status of a row whose text is ``value``: None for a str or a missing value.

    >>> text_status("Some text."), text_status(None), text_status({"en": "x"})
    (None, None, 'error: text is a dict')
    """
    if isinstance(value, str) or is_missing(value):
        return None
    return f"error: text is {kind_of(value)}"


def require_text(value: object, function: str) -> None:
    """Raise TypeError unless ``value`` is a str, naming ``function`` and what it got.

    >>> require_text(b"abc", "readability")
    Traceback (most recent call last):
    ...
    TypeError: readability() takes text as a str, not bytes; decode it first (data.decode('utf-8'))
    """
    if isinstance(value, str):
        return
    hint = "; decode it first (data.decode('utf-8'))" if kind_of(value) == "bytes" else ""
    raise TypeError(f"{function}() takes text as a str, not {kind_of(value)}{hint}")

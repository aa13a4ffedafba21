"""Dates from table cells to ISO 8601 text.

Accepted: ISO 8601 (``2025-02-12``, ``2025-02-12T10:30:00Z``), RFC 2822
(``Wed, 12 Feb 2025 10:30:00 +0000``), ``12 February 2025``, ``February 12,
2025``, ``12-Feb-2025``, ``12.02.2025`` (day first), and date/datetime values
(Parquet). Output: ``YYYY-MM-DD`` when only a day is known, else
``YYYY-MM-DDTHH:MM:SS`` with the UTC offset when one was given. Anything else,
including ambiguous ``02/03/2025``, gives None (NA): a wrong date is worse than
a missing one.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import math

_DAY_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d-%b-%Y", "%d.%m.%Y")


def _iso(value: dt.datetime | dt.date, with_time: bool) -> str:
    if isinstance(value, dt.datetime) and with_time:
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return value.isoformat()


def parse_date(value: object) -> str | None:
    """ISO 8601 text for a date cell, or None.

    >>> parse_date("2025-02-12"), parse_date("February 12, 2025")
    ('2025-02-12', '2025-02-12')
    >>> parse_date("Wed, 12 Feb 2025 10:30:00 +0000")
    '2025-02-12T10:30:00+00:00'
    >>> parse_date("02/03/2025") is None, parse_date(None) is None
    (True, True)
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, dt.datetime):
        return _iso(value, True)
    if isinstance(value, dt.date):
        return _iso(value, False)
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        try:
            return _iso(value.to_pydatetime(), True)
        except (ValueError, TypeError):
            return None
    text = " ".join(str(value).split())
    if not text or len(text) > 64:
        return None
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return _iso(parsed, len(text) > 10)
    except ValueError:
        pass
    try:
        return _iso(email.utils.parsedate_to_datetime(text), True)
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DAY_FORMATS:
        try:
            return _iso(dt.datetime.strptime(text, fmt), False)
        except ValueError:
            continue
    return None

"""Text forms of tables for the notebooks: fixed decimals, bounded rows, no machine paths.

Notebook outputs are committed and compared as text, so what is printed must not
change unless a number does: floats always carry the same decimals, ``-0.00``
never appears, long text is cut, and a listing says how many rows it leaves out.
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import paths

__all__ = [
    "as_blocks",
    "as_text",
    "count",
    "display_path",
    "fmt",
    "listing",
    "missing",
    "percent",
    "shown",
    "versions_text",
]


def display_path(path: str | Path) -> str:
    """``path`` relative to the repository when it lies inside it, else as given.

    Notebook outputs are committed, so they must not hold the absolute path of
    the machine that ran them.

    >>> display_path(paths.SEEDS_DIR)
    'seeds'
    >>> display_path("my/articles")
    'my/articles'
    """
    p = Path(path)
    if p.is_absolute():
        try:
            return p.resolve().relative_to(paths.REPO_DIR).as_posix() or "."
        except ValueError:
            return str(path)
    return p.as_posix()


def fmt(value: float, floats: int = 2, sign: bool = False) -> str:
    """``value`` with ``floats`` decimals, never ``-0.00``; ``sign`` always shows + or −.

    >>> fmt(-0.001), fmt(0.25, sign=True), fmt(-0.004, sign=True), fmt(float("nan"))
    ('0.00', '+0.25', '+0.00', 'NaN')
    """
    if value is None or value is pd.NA or math.isnan(value):
        return "NaN"
    rounded = round(float(value), floats) + 0.0  # + 0.0 turns -0.0 into 0.0
    return f"{rounded:{'+' if sign else ''}.{floats}f}"


def percent(share: float) -> str:
    """A share of 0–1 as a whole percentage; NaN as ``NaN``.

    >>> percent(0.4567), percent(float("nan"))
    ('46%', 'NaN')
    """
    if share is None or share is pd.NA or math.isnan(share):
        return "NaN"
    return f"{share:.0%}"


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with thousands separators and the noun in the right number.

    >>> count(1, "article"), count(2227, "article"), count(0, "speaker")
    ('1 article', '2,227 articles', '0 speakers')
    """
    word = noun if n == 1 else (plural or noun + "s")
    return f"{n:,} {word}"


def as_text(frame: pd.DataFrame, floats: int = 2, width: int = 60, index: bool = False) -> str:
    """A frame as fixed-format text: ``floats`` decimals, text left-aligned and cut to ``width``.

    Missing values print as ``NaN`` in number columns and ``NA`` in text columns.

    >>> print(as_text(pd.DataFrame({"name": ["a", "bb"], "x": [1 / 3, float("nan")]})))
    name    x
    a    0.33
    bb    NaN
    """
    if frame.empty:
        return "(none)"
    out = frame.copy()
    formatters = {}
    headers = {}
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            cells = [_cell(v, floats, width) for v in out[column]]
            size = max([len(str(column)), *map(len, cells)])
            out[column] = [c.ljust(size) for c in cells]
            headers[column] = str(column).ljust(size)
            formatters[headers[column]] = str
    out = out.rename(columns=headers)
    text = out.to_string(
        index=index,
        float_format=lambda v: fmt(v, floats),
        na_rep="NaN",
        formatters=formatters,
    )
    return "\n".join(line.rstrip() for line in text.splitlines())


def as_blocks(frame: pd.DataFrame, text: str = "text", floats: int = 2, wrap: int = 88) -> str:
    """Rows as numbered blocks: the other columns on one line, then ``text`` in full, wrapped.

    For long sentences and quotations, which a table would cut.

    >>> print(as_blocks(pd.DataFrame({"compound": [0.5], "text": ["Rain fell."]})))
    1. compound 0.50
       Rain fell.
    """
    if frame.empty:
        return "(none)"
    blocks = []
    for i, (_, row) in enumerate(frame.iterrows(), start=1):
        fields = []
        for column, value in row.items():
            if column == text:
                continue
            if isinstance(value, float):
                value = fmt(value, floats)
            elif missing(value):
                value = "NA"
            fields.append(f"{column} {value}")
        body = textwrap.fill(
            " ".join(str(row[text]).split()),
            width=wrap,
            initial_indent="   ",
            subsequent_indent="   ",
        )
        blocks.append(f"{i}. " + " · ".join(fields) + "\n" + body)
    return "\n".join(blocks)


def shown(listed: int, total: int, what: str = "rows") -> str:
    """A note saying how much of a listing is printed.

    >>> shown(10, 2227, "articles")
    '10 of 2,227 articles shown.'
    >>> shown(2, 2, "articles")
    'All 2 articles shown.'
    >>> shown(0, 0, "repeated articles")
    'No repeated articles.'
    """
    if total == 0:
        return f"No {what}."
    if listed >= total:
        return f"All {total:,} {what} shown."
    return f"{listed:,} of {total:,} {what} shown."


def listing(
    rows: pd.DataFrame, total: int, what: str, text: str | None = None, width: int = 60
) -> str:
    """A bounded listing: a :func:`shown` note, then ``rows`` as a table (or as blocks of
    their ``text`` column); only the note when there is nothing to list.

    >>> print(listing(pd.DataFrame({"name": ["a"]}), 40, "rows"))
    1 of 40 rows shown.
    name
    a
    """
    note = shown(len(rows), total, what)
    if total == 0 or rows.empty:
        return note
    body = as_blocks(rows, text=text) if text else as_text(rows, width=width)
    return note + "\n" + body


def versions_text(versions: dict[str, str]) -> str:
    """One ``name == version`` line per distribution, sorted by name."""
    return "\n".join(f"{name} == {versions[name]}" for name in sorted(versions, key=str.lower))


def missing(value: object) -> bool:
    """True for None, NA and NaN (the forms a missing cell takes in these tables)."""
    return (
        value is None
        or value is pd.NA
        or (isinstance(value, float | np.floating) and math.isnan(value))
    )


def _cell(value: object, floats: int, width: int) -> str:
    if missing(value):
        return "NA"
    if isinstance(value, float | np.floating):
        return fmt(float(value), floats)
    return str(_cut(value, width))


def _cut(value: object, width: int) -> object:
    if isinstance(value, str):
        value = " ".join(value.split())
        return value if len(value) <= width else value[: width - 1] + "…"
    if isinstance(value, list):
        return _cut("; ".join(map(str, value)), width)
    return value

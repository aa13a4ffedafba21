"""Readers for the benchmark corpora (paths given on the command line, never bundled)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


def bbc_articles(root: str | Path) -> Iterator[tuple[str, str, str]]:
    """``(relative path, headline, body)`` for every ``<category>/NNN.txt`` under ``root``.

    Line 1 is the headline; the body is the rest. UTF-8, else latin-1 (sport/199.txt).
    """
    root = Path(root)
    for path in sorted(root.glob("*/*.txt")):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        headline, _, body = text.partition("\n")
        yield str(path.relative_to(root)), headline.strip(), body.strip("\n")


def polnear_texts(path: str | Path) -> Iterator[str]:
    """The ``text`` field of each record of a PolNeAR JSONL file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)["text"]

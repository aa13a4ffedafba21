"""Exact-duplicate bodies: the first article with a body keeps it, later ones point to it.

Only a 16-byte BLAKE2b digest of each distinct body and the first article_id
are kept in memory, so duplicates are found across chunks of any corpus size.
"""

from __future__ import annotations

import hashlib


class DuplicateIndex:
    """Remembers bodies seen so far.

    >>> index = DuplicateIndex()
    >>> index.first_of("Same text.", "a1"), index.first_of("Same text.", "b2")
    (None, 'a1')
    """

    def __init__(self) -> None:
        self._first: dict[bytes, str] = {}

    def first_of(self, body: str | None, article_id: str) -> str | None:
        """The article_id of an earlier identical body, else None (and remember this one)."""
        if not body:
            return None
        digest = hashlib.blake2b(body.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        first = self._first.setdefault(digest, article_id)
        return None if first == article_id else first

    def __len__(self) -> int:
        return len(self._first)

"""Exact-duplicate bodies: the first article with a body keeps it, later ones point to it.

Each distinct body is remembered by a 16-byte BLAKE2b digest (a chance collision
among a million bodies is about 1 in 10^27) together with the article_id that
brought it first. The index lives as long as a run, so its size per article is
what makes memory grow with the corpus. A dict of digests and ids costs about
180 bytes per article in Python objects; here recent entries sit in a small dict
and are merged, every :data:`BATCH` entries, into a sorted array of digests
(16 bytes each) with the ids in Arrow string arrays (their UTF-8 bytes and a
4-byte offset): about 50 bytes per article for typical ids, in a few large
buffers instead of one small object each.
"""

from __future__ import annotations

import bisect
import hashlib

import numpy as np
import pyarrow as pa

#: Entries kept in the dict before they are merged into the sorted arrays.
BATCH = 8192


class DuplicateIndex:
    """Remembers bodies seen so far.

    >>> index = DuplicateIndex()
    >>> index.first_of("Same text.", "a1"), index.first_of("Same text.", "b2")
    (None, 'a1')
    """

    def __init__(self) -> None:
        self._recent: dict[bytes, str] = {}
        self._digests = np.empty(0, dtype="S16")  # sorted
        self._ordinals = np.empty(0, dtype=np.int64)  # where each digest's id is
        self._ids: list[pa.Array] = []  # merged ids, batch by batch
        self._starts: list[int] = []  # ordinal of each batch's first id
        self._merged = 0

    def first_of(self, body: str | None, article_id: str) -> str | None:
        """The article_id of an earlier identical body, else None (and remember this one)."""
        if not body:
            return None
        digest = hashlib.blake2b(body.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        first = self._recent.get(digest)
        if first is None:
            first = self._merged_id(digest)
        if first is None:
            self._recent[digest] = article_id
            if len(self._recent) >= BATCH:
                self._merge()
            return None
        return None if first == article_id else first

    def __len__(self) -> int:
        return self._merged + len(self._recent)

    def _merged_id(self, digest: bytes) -> str | None:
        if not self._merged:
            return None
        key = np.array([digest], dtype="S16")
        i = int(np.searchsorted(self._digests, key)[0])
        if i == self._merged or self._digests[i] != key[0]:
            return None
        ordinal = int(self._ordinals[i])
        b = bisect.bisect_right(self._starts, ordinal) - 1
        return self._ids[b][ordinal - self._starts[b]].as_py()

    def _merge(self) -> None:
        keys = np.array(list(self._recent), dtype="S16")
        ordinals = np.arange(self._merged, self._merged + len(keys), dtype=np.int64)
        self._starts.append(self._merged)
        self._ids.append(pa.array(list(self._recent.values()), pa.string()))
        order = np.argsort(keys, kind="stable")
        keys, ordinals = keys[order], ordinals[order]
        at = np.searchsorted(self._digests, keys)
        self._digests = np.insert(self._digests, at, keys)
        self._ordinals = np.insert(self._ordinals, at, ordinals)
        self._merged += len(keys)
        self._recent = {}

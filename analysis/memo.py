"""A bounded per-word memo that looks up at C speed: ``map(memo.__getitem__, words)``.

The measures ask the same questions of the same words again and again (syllables
of "government", the lexicon form of "said"), and an ``lru_cache`` hit costs
several times a dict hit. :class:`BoundedMemo` is a dict whose misses are
computed by a function and remembered, so a text's words are looked up with one
C-level ``map``.

Memory is bounded with two generations: when the memo holds ``limit`` words, they
become the old generation and the memo starts empty; a miss first looks in the
old generation, so the words in use come back at the cost of a dict look-up,
and the words not seen for a whole generation are dropped. At most ``2 * limit``
words are held, however many distinct words a corpus has (numbers, names,
typos), so memory stops growing once a corpus has that many, which a few
thousand news articles reach.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_ABSENT = object()


class BoundedMemo(dict, Generic[K, V]):  # type: ignore[type-arg]
    """``memo[key]`` is ``compute(key)``, remembered for at least ``limit`` later misses.

    >>> memo = BoundedMemo(str.upper, limit=2)
    >>> list(map(memo.__getitem__, ["a", "b", "a", "c"]))
    ['A', 'B', 'A', 'C']
    >>> sorted(memo), sorted(memo.old)
    (['c'], ['a', 'b'])
    """

    def __init__(self, compute: Callable[[K], V], limit: int) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit
        self.old: dict[K, V] = {}

    def __missing__(self, key: K) -> V:
        value = self.old.get(key, _ABSENT)
        if value is _ABSENT:
            value = self.compute(key)
        if len(self) >= self.limit:
            self.old = dict(self)
            self.clear()
        self[key] = value
        return value  # type: ignore[return-value]

    def forget(self) -> None:
        """Drop both generations."""
        self.clear()
        self.old = {}

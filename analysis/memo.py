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

Tokens with a digit (``2019``, ``£5m``, ``12,400``) are kept apart, in a small
memo of their own (:data:`ONE_OFF_MAX` per generation): most figures in news
occur once, and stored with the words they would push the words out. On BBC,
5,145 of the 64,874 distinct body tokens have a digit; kept with the words they
made the working vocabulary overflow a generation, so every pass over the corpus
moved most words from the old generation to the new one, a Python call each.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_ABSENT = object()
#: Keys per generation of the memo for tokens with a digit.
ONE_OFF_MAX = 1 << 12
_HAS_DIGIT = re.compile(r"\d").search


class BoundedMemo(dict, Generic[K, V]):  # type: ignore[type-arg]
    """``memo[key]`` is ``compute(key)``, remembered for at least ``limit`` later misses.

    With ``figures_apart``, string keys holding a digit go to a memo of their own
    (:attr:`figures`, :data:`ONE_OFF_MAX` keys per generation).

    >>> memo = BoundedMemo(str.upper, limit=2)
    >>> list(map(memo.__getitem__, ["a", "b", "a", "c"]))
    ['A', 'B', 'A', 'C']
    >>> sorted(memo), sorted(memo.old)
    (['c'], ['a', 'b'])
    >>> memo = BoundedMemo(str.upper, limit=2, figures_apart=True)
    >>> list(map(memo.__getitem__, ["a", "5g", "1"]))
    ['A', '5G', '1']
    >>> sorted(memo), sorted(memo.figures)
    (['a'], ['1', '5g'])
    """

    def __init__(self, compute: Callable[[K], V], limit: int, figures_apart: bool = False) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit
        self.old: dict[K, V] = {}
        self.figures: BoundedMemo[K, V] | None = (
            BoundedMemo(compute, ONE_OFF_MAX) if figures_apart else None
        )

    def __missing__(self, key: K) -> V:
        if self.figures is not None and _HAS_DIGIT(key):  # type: ignore[arg-type]
            return self.figures[key]
        value = self.old.get(key, _ABSENT)
        if value is _ABSENT:
            value = self.compute(key)
        if len(self) >= self.limit:
            self.old = dict(self)
            self.clear()
        self[key] = value
        return value  # type: ignore[return-value]

    def forget(self) -> None:
        """Drop both generations (and those of the figures)."""
        self.clear()
        self.old = {}
        if self.figures is not None:
            self.figures.forget()

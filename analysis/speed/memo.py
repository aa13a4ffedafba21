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

Tokens with a digit (``2019``, ``£5m``, ``12,400``) are counted apart (at most
:data:`ONE_OFF_MAX` of them, then all dropped): most figures in news occur once,
and counted with the words they would push the words out. On BBC, 5,145 of the
64,874 distinct body tokens have a digit; counted with the words they made the
working vocabulary overflow a generation, so every pass over the corpus moved
most words from the old generation to the new one, a Python call each. They
stay in the same dict, so a figure seen before is a C-level hit too (kept in a
memo of their own, each was a Python call).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

_ABSENT = object()
#: Tokens with a digit kept at most (BBC's 5,145 fit).
ONE_OFF_MAX = 1 << 14
_HAS_DIGIT = re.compile(r"\d").search


class BoundedMemo(dict, Generic[K, V]):  # type: ignore[type-arg]
    """``memo[key]`` is ``compute(key)``, remembered for at least ``limit`` later misses.

    With ``figures_apart``, string keys holding a digit are counted apart: they
    share the dict (so a hit is a C-level look-up like any other) but not the
    word limit, and when :data:`ONE_OFF_MAX` of them have been stored they are
    all dropped (:attr:`figures` lists them), leaving the words alone.

    >>> memo = BoundedMemo(str.upper, limit=2)
    >>> list(map(memo.__getitem__, ["a", "b", "a", "c"]))
    ['A', 'B', 'A', 'C']
    >>> sorted(memo), sorted(memo.old)
    (['c'], ['a', 'b'])
    >>> memo = BoundedMemo(str.upper, limit=2, figures_apart=True)
    >>> list(map(memo.__getitem__, ["a", "5g", "1", "b"]))
    ['A', '5G', '1', 'B']
    >>> sorted(memo), sorted(memo.figures), sorted(memo.old)
    (['1', '5g', 'a', 'b'], ['1', '5g'], [])
    """

    def __init__(self, compute: Callable[[K], V], limit: int, figures_apart: bool = False) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit
        self.old: dict[K, V] = {}
        self.figures: list[K] | None = [] if figures_apart else None

    def __missing__(self, key: K) -> V:
        figures = self.figures
        if figures is not None and _HAS_DIGIT(key):  # type: ignore[arg-type]
            value = self.compute(key)
            if len(figures) >= ONE_OFF_MAX:
                self._drop_figures()
            figures.append(key)
            self[key] = value
            return value
        value = self.old.get(key, _ABSENT)
        if value is _ABSENT:
            value = self.compute(key)
        if len(self) - (len(figures) if figures is not None else 0) >= self.limit:
            if figures:  # one-offs: not carried into the old generation
                self._drop_figures()
            self.old = dict(self)
            self.clear()
        self[key] = value
        return value  # type: ignore[return-value]

    def _drop_figures(self) -> None:
        figures = self.figures or []
        for k in figures:
            del self[k]
        figures.clear()

    def forget(self) -> None:
        """Drop both generations and the figures."""
        self.clear()
        self.old = {}
        if self.figures is not None:
            self.figures.clear()

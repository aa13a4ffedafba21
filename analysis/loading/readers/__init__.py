"""One module per input format; each turns decoded text (or a table) into Records."""

from __future__ import annotations

from analysis.loading.readers.base import Record

__all__ = ["Record"]

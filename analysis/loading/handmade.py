"""Frames built by hand for ``analyze``: values no writer or measure can take, made safe.

The loader's own frames hold only strings (Arrow-backed, which cannot hold a
lone surrogate). A frame built in Python may hold anything: :func:`checked`
gives a row whose ``body`` is not a string (bytes, a dict, a number) the status
``error: text is …`` (:func:`analysis.values.text_status`) and NA as body, so
it is never analysed as its repr, and replaces lone surrogates in every text
column with U+FFFD, so no value can fail a writer; ``reason`` says what was done.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis import schema
from analysis.loading.encoding import scrub_surrogates
from analysis.values import is_missing, kind_of, text_status

_SCRUBBED = "lone surrogates (invalid in UTF-8) replaced with U+FFFD"
# Columns of lists (captions), not text.
_LISTS = frozenset(c.name for c in schema.ARTICLES if c.dtype == "object")
# Statuses a problem found here may replace: unset ones and those that would be analysed.
_REPLACEABLE = frozenset({"ok", "not english"})


def _may_hold_anything(column: pd.Series) -> bool:
    dtype = column.dtype
    if isinstance(dtype, pd.StringDtype):
        return dtype.storage == "python"  # Arrow storage holds valid UTF-8 only
    return dtype is np.dtype(object)


def checked(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame``, or a copy with the rows above made safe (see the module doc).

    >>> f = checked(pd.DataFrame({"article_id": ["a", "b"], "body": ["Fine.", b"raw"]}))
    >>> f["status"].tolist(), f["body"].tolist()
    ([None, 'error: text is bytes'], ['Fine.', <NA>])
    """
    texts = [c for c in frame.columns if c not in _LISTS and _may_hold_anything(frame[c])]
    if not texts:
        return frame
    n = len(frame)
    statuses: list[str | None] = [None] * n
    notes: list[list[str]] = [[] for _ in range(n)]
    replaced: dict[str, list[object]] = {}
    if "body" in texts:
        for i, value in enumerate(frame["body"]):
            problem = text_status(value)
            if problem is not None:
                statuses[i] = problem
                notes[i].append(f"the body is {kind_of(value)}, not a string: not analysed")
    for name in texts:
        values = list(frame[name])
        changed = False
        for i, value in enumerate(values):
            if name == "body" and statuses[i] is not None:
                values[i] = pd.NA
                changed = True
            elif isinstance(value, str):
                fixed, scrubbed = scrub_surrogates(value)
                if scrubbed:
                    values[i] = fixed
                    changed = True
                    if _SCRUBBED not in notes[i]:
                        notes[i].append(_SCRUBBED)
        if changed:
            replaced[name] = values
    if not replaced:
        return frame
    out = frame.copy()
    for name, values in replaced.items():
        out[name] = pd.Series(values, index=frame.index, dtype=object)
    if any(s is not None for s in statuses):
        old = list(out["status"]) if "status" in out.columns else [None] * n
        out["status"] = pd.Series(
            [
                new if new is not None and (is_missing(was) or was in _REPLACEABLE) else was
                for new, was in zip(statuses, old, strict=True)
            ],
            index=frame.index,
            dtype=object,
        )
    if any(notes):
        old = list(out["reason"]) if "reason" in out.columns else [None] * n
        out["reason"] = pd.Series(
            [
                "; ".join([*([w] if isinstance(w, str) and w else []), *note]) or None
                for w, note in zip(old, notes, strict=True)
            ],
            index=frame.index,
            dtype=object,
        )
    return out

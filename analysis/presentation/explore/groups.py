"""Corpus-level views: distributions of a measure, and breakdowns by section, source or date.

These are what a notebook shows instead of one row per article, so that it reads
the same on 2 articles and on 100,000. A breakdown compares the analysed
articles (:func:`~.selection.analysed`) of each group; how many were loaded is
given beside them. Groups are bounded: the largest sections or sources are
listed and the rest folded into one ``(N others)`` row; dates are grouped by
week, month or year, whichever gives a readable number of rows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np
import pandas as pd

from analysis.presentation.explore.formatting import display_path
from analysis.presentation.explore.selection import analysed, column, is_analysed
from analysis.schema import NEGATIVE, POSITIVE

__all__ = [
    "NO_DATE",
    "NO_SECTION",
    "OVERVIEW",
    "QUOTATION",
    "READABILITY",
    "REDUCERS",
    "TONE",
    "TOP_GROUPS",
    "Measure",
    "breakdown",
    "describe_measures",
    "distribution",
    "group_keys",
    "groupings",
    "measure_values",
    "parsed_dates",
    "ranked",
    "spearman",
    "time_unit",
    "values_by_group",
]

TOP_GROUPS = 12  # rows of a breakdown by section or source, the folded rest included
NO_SECTION = "(top level)"
NO_DATE = "(no date)"
WEEKS_UP_TO = 16 * 7  # days: a shorter span is shown by week,
MONTHS_UP_TO = 4 * 366  # a span up to four years by month, a longer one by year


class Measure(NamedTuple):
    """One column of a breakdown: its label, the articles column, and how it is summed up."""

    label: str
    column: str
    how: str  # a key of REDUCERS


def _share(test: Callable[[np.ndarray], np.ndarray]) -> Callable[[np.ndarray], float]:
    return lambda v: float(test(v).mean()) if len(v) else math.nan


def _median(v: np.ndarray) -> float:
    return float(np.median(v)) if len(v) else math.nan


def _mean(v: np.ndarray) -> float:
    return float(np.mean(v)) if len(v) else math.nan


#: How a measure's values (NaN removed) become one number per group.
REDUCERS: dict[str, Callable[[np.ndarray], float]] = {
    "median": _median,
    "mean": _mean,
    "share negative": _share(lambda v: v <= NEGATIVE),
    "share positive": _share(lambda v: v >= POSITIVE),
    "share above zero": _share(lambda v: v > 0),
}

READABILITY = (
    Measure("words", "n_words", "median"),
    Measure("FK grade", "flesch_kincaid_grade", "median"),
    Measure("reading ease", "flesch_reading_ease", "median"),
    Measure("consensus", "text_standard", "median"),
)
TONE = (
    Measure("tone", "tone_mean", "mean"),
    Measure("negative", "tone_mean", "share negative"),
    Measure("positive", "tone_mean", "share positive"),
    Measure("headline", "headline_compound", "mean"),
)
QUOTATION = (
    Measure("quoting", "n_quotes", "share above zero"),
    Measure("quotes", "n_quotes", "mean"),
    Measure("quoted share", "quoted_share", "median"),
    Measure("speakers", "n_speakers", "mean"),
    Measure("quoted − reporter", "voice_gap", "mean"),
)
#: The three axes at a glance (the report's breakdowns and 05-findings).
OVERVIEW = (
    Measure("words", "n_words", "median"),
    Measure("FK grade", "flesch_kincaid_grade", "median"),
    Measure("tone", "tone_mean", "mean"),
    Measure("negative", "tone_mean", "share negative"),
    Measure("quoting", "n_quotes", "share above zero"),
    Measure("quoted share", "quoted_share", "median"),
)


def describe_measures(measures: Sequence[Measure]) -> str:
    """What each column of a breakdown is, one line per column (printed under the table).

    >>> print(describe_measures(TONE[:2]))
    tone: mean of tone_mean
    negative: share of articles with tone_mean <= -0.05
    """
    how = {
        "median": "median of {c}",
        "mean": "mean of {c}",
        "share negative": f"share of articles with {{c}} <= {NEGATIVE}",
        "share positive": f"share of articles with {{c}} >= {POSITIVE}",
        "share above zero": "share of articles with {c} > 0",
    }
    lines = []
    for m in measures:
        name = "quoted_tone - reporter_tone" if m.column == "voice_gap" else m.column
        lines.append(f"{m.label}: {how[m.how].format(c=name)}")
    return "\n".join(lines)


def measure_values(articles: pd.DataFrame, name: str) -> np.ndarray:
    """The values of one measure as floats, NaN where missing (``voice_gap`` is derived).

    ``voice_gap`` is the quoted words' mean tone minus the reporter's own.
    """
    if name == "voice_gap":
        quoted = _floats(column(articles, "quoted_tone"))
        return quoted - _floats(column(articles, "reporter_tone"))
    return _floats(column(articles, name))


def _floats(values: pd.Series) -> np.ndarray:
    return pd.to_numeric(values, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)


def spearman(a: pd.Series | np.ndarray, b: pd.Series | np.ndarray, least: int = 3) -> float:
    """Spearman's rank correlation of the pairs where both are known (ties share their rank).

    NaN with fewer than ``least`` pairs or when either side is constant.

    >>> spearman([1, 2, 3, 4], [10, 30, 20, 40])
    0.8
    """
    a, b = pd.Series(np.asarray(a, dtype=float)), pd.Series(np.asarray(b, dtype=float))
    known = a.notna() & b.notna()
    if known.sum() < least:
        return math.nan
    value = a[known].rank().corr(b[known].rank())
    return math.nan if pd.isna(value) else round(float(value), 12)


# -- groups ----------------------------------------------------------------------------


def time_unit(articles: pd.DataFrame) -> str | None:
    """``week``, ``month`` or ``year`` for the span of the known dates; None without dates."""
    dates = parsed_dates(articles).dropna()
    if dates.empty:
        return None
    span = (dates.max() - dates.min()).days
    if span <= WEEKS_UP_TO:
        return "week"
    return "month" if span <= MONTHS_UP_TO else "year"


def parsed_dates(articles: pd.DataFrame) -> pd.Series:
    """``date`` as timestamps (NaT where missing or unreadable), timezone dropped."""
    raw = column(articles, "date").astype("object").where(column(articles, "date").notna(), None)
    dates = pd.to_datetime(raw, errors="coerce", utc=True, format="ISO8601")
    return dates.dt.tz_localize(None)


def group_keys(articles: pd.DataFrame, by: str) -> pd.Series:
    """The group of every article: its ``section``, ``source`` file, or ``week``/``month``/``year``.

    Weeks are named by their Monday; articles without a section are ``(top level)``,
    without a date ``(no date)``.
    """
    if by == "section":
        keys = column(articles, "section").astype("object")
        return keys.where(keys.notna(), NO_SECTION)
    if by == "source":
        return column(articles, "source").map(
            lambda s: display_path(s) if isinstance(s, str) else "NA"
        )
    if by in ("week", "month", "year"):
        dates = parsed_dates(articles)
        if by == "week":
            keys = (dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")).dt.strftime("%Y-%m-%d")
        else:
            keys = dates.dt.strftime("%Y-%m" if by == "month" else "%Y")
        return keys.astype("object").where(dates.notna(), NO_DATE)
    raise ValueError(f"unknown grouping {by!r}: use section, source, week, month or year")


def groupings(articles: pd.DataFrame) -> list[str]:
    """The ways to group this corpus that say something: of section, source and date.

    A grouping counts when it has at least two groups and is not one group per
    article (a folder of one-article files says nothing by source). Dates give
    ``week``, ``month`` or ``year`` (:func:`time_unit`).
    """
    out = []
    n = len(articles)
    for by in ("section", "source"):
        distinct = group_keys(articles, by).nunique()
        if 2 <= distinct < n:
            out.append(by)
    unit = time_unit(articles)
    if unit is not None and group_keys(articles, unit).nunique() >= 2:
        out.append(unit)
    return out


def _folded(keys: pd.Series, by: str, top: int) -> tuple[pd.Series, list[str]]:
    """Keys with all but the ``top - 1`` largest groups folded into one; the groups in order."""
    if by in ("week", "month", "year"):
        order = sorted(set(keys), key=lambda k: (k == NO_DATE, k))  # by date, undated last
        return keys, order
    sizes = keys.value_counts()
    ranked = sorted(sizes.index, key=lambda k: (-sizes[k], str(k)))
    if len(ranked) <= top:
        return keys, ranked
    kept = ranked[: top - 1]
    rest = len(ranked) - len(kept)
    other = f"({rest:,} other {'sections' if by == 'section' else 'sources'})"
    return keys.where(keys.isin(kept), other), [*kept, other]


def breakdown(
    articles: pd.DataFrame,
    by: str,
    measures: Sequence[Measure] = OVERVIEW,
    top: int = TOP_GROUPS,
) -> pd.DataFrame:
    """One row per group (largest first; dates in order) and a last row for the whole corpus.

    Columns: the grouping (named ``by``), ``articles`` loaded, ``analysed`` (status
    ``ok``, duplicates left out), then one column per :class:`Measure` computed
    over the analysed articles of the group (NaN when none has a value).
    """
    keys, order = _folded(group_keys(articles, by), by, top)
    keep = is_analysed(articles)
    values = {m.column: measure_values(articles, m.column) for m in measures}
    rows = []
    for key in [*order, None]:
        in_group = np.ones(len(articles), bool) if key is None else (keys == key).to_numpy()
        chosen = in_group & keep
        row = {by: "all" if key is None else key, "articles": int(in_group.sum())}
        row["analysed"] = int(chosen.sum())
        for m in measures:
            v = values[m.column][chosen]
            row[m.label] = REDUCERS[m.how](v[~np.isnan(v)])
        rows.append(row)
    return pd.DataFrame(rows, columns=[by, "articles", "analysed", *(m.label for m in measures)])


def values_by_group(
    articles: pd.DataFrame, name: str, by: str | None = None, top: int = TOP_GROUPS
) -> dict[str, np.ndarray]:
    """A measure's values over the analysed articles, per group in :func:`breakdown`'s order.

    ``by`` None gives one group, ``all``. NaN values are left out.
    """
    keep = is_analysed(articles)
    values = measure_values(articles, name)
    if by is None:
        chosen = values[keep]
        return {"all": chosen[~np.isnan(chosen)]}
    keys, order = _folded(group_keys(articles, by), by, top)
    out = {}
    for key in order:
        chosen = values[keep & (keys == key).to_numpy()]
        out[str(key)] = chosen[~np.isnan(chosen)]
    return out


def distribution(articles: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """Summary statistics of measures over the analysed articles, one row per measure.

    ``columns`` maps a label to an articles column. Columns: ``measure``,
    ``articles`` (with a value), ``mean``, ``min``, ``q1``, ``median``, ``q3``,
    ``max``; NaN throughout for a measure no article has.
    """
    data = analysed(articles)
    rows = []
    for label, name in columns.items():
        v = measure_values(data, name)
        v = v[~np.isnan(v)]
        stats = (
            [float(x) for x in (v.mean(), v.min(), *np.quantile(v, [0.25, 0.5, 0.75]), v.max())]
            if len(v)
            else [math.nan] * 6
        )
        rows.append(
            dict(zip(("mean", "min", "q1", "median", "q3", "max"), stats, strict=True))
            | {"measure": label, "articles": len(v)}
        )
    return pd.DataFrame(
        rows, columns=["measure", "articles", "mean", "min", "q1", "median", "q3", "max"]
    )


def ranked(
    articles: pd.DataFrame, by: str, largest: bool, n: int, columns: Sequence[str] = ()
) -> pd.DataFrame:
    """The ``n`` analysed articles with the largest (or smallest) ``by``, ties in corpus order.

    Columns: ``article_id``, ``title``, ``section`` when known, then ``columns``.
    """
    data = analysed(articles).reset_index(drop=True)
    values = pd.Series(measure_values(data, by)).dropna()
    order = values.sort_values(ascending=not largest, kind="mergesort")
    picked = data.loc[order.index[:n]]
    keep = ["article_id", "title"]
    if column(articles, "section").notna().any():
        keep.append("section")
    keep += [c for c in columns if c not in keep]
    return picked.reindex(columns=keep).reset_index(drop=True)

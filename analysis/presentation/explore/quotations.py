"""04-quotations: how much the articles quote, in which kinds and cues, and whether the quoted
voices sound different from the reporter's. (Who is quoted: :mod:`.speakers`.)"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from analysis.presentation.explore.formatting import percent
from analysis.presentation.explore.groups import group_keys, measure_values
from analysis.presentation.explore.selection import analysed, column, labels, spread, with_labels
from analysis.presentation.explore.speakers import voiced

__all__ = [
    "NO_CUE",
    "cue_counts",
    "kind_summary",
    "quote_examples",
    "quoting_summary",
    "voice_comparison",
    "voice_gaps",
    "voice_summary",
]

NO_CUE = "(no cue)"


def quoting_summary(articles: pd.DataFrame) -> str:
    """A sentence: how many analysed articles quote someone, and how much."""
    data = analysed(articles)
    quotes = measure_values(data, "n_quotes")
    quotes = quotes[~np.isnan(quotes)]
    if not len(quotes):
        return "No analysed article to count quotations in."
    quoting = quotes > 0
    share = measure_values(data, "quoted_share")
    share = share[~np.isnan(share) & (np.nan_to_num(measure_values(data, "n_quotes")) > 0)]
    text = f"{percent(quoting.mean())} of {len(quotes):,} analysed articles quote someone"
    if quoting.any():
        text += (
            f"; those that do carry {np.median(quotes[quoting]):.0f} quotations (median) "
            f"and give {percent(float(np.median(share)))} of their words to them (median)"
        )
    return text + "."


def cue_counts(quotes: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """Quotations (full and partial) per attribution cue, most used first.

    With ``top``, the ``top - 1`` most used cues and one ``(N other cues)`` row.
    """
    data = voiced(quotes)
    cue = data["cue"].astype("object").where(data["cue"].notna(), NO_CUE)
    cue = cue.map(lambda c: c.lower() if isinstance(c, str) else c)
    out = cue.value_counts().rename_axis("cue").reset_index(name="quotations")
    out = out.sort_values(["quotations", "cue"], ascending=[False, True]).reset_index(drop=True)
    if top is not None and len(out) > top:
        rest = out.iloc[top - 1 :]
        other = pd.DataFrame(
            {"cue": [f"({len(rest):,} other cues)"], "quotations": [int(rest["quotations"].sum())]}
        )
        out = pd.concat([out.iloc[: top - 1], other], ignore_index=True)
    out["share"] = out["quotations"] / out["quotations"].sum() if len(out) else []
    return out


def kind_summary(quotes: pd.DataFrame) -> pd.DataFrame:
    """Full, partial and scare quotations: how many, how long, how toned, how attributed."""
    rows = []
    for kind in ("full", "partial", "scare"):
        data = quotes[quotes["kind"] == kind]
        words = data["n_words"].astype(float)
        rows.append(
            {
                "kind": kind,
                "quotations": len(data),
                "words": int(words.sum()),
                "mean words": float(words.mean()) if len(data) else math.nan,
                "median words": float(words.median()) if len(data) else math.nan,
                "attributed": float(data["speaker_name"].notna().mean()) if len(data) else math.nan,
                "compound": float(data["compound"].astype(float).mean()) if len(data) else math.nan,
            }
        )
    return pd.DataFrame(rows)


def quote_examples(
    quotes: pd.DataFrame, articles: pd.DataFrame, kind: str, n: int = 3
) -> pd.DataFrame:
    """``n`` quotations of ``kind`` spread evenly through the corpus (first and last included).

    Spread rather than the first few, so that they do not all come from one article.
    """
    data = with_labels(quotes[quotes["kind"] == kind], articles)
    order = {a: i for i, a in enumerate(articles["article_id"].astype(str))}
    data = data.assign(_order=data["article_id"].astype(str).map(order))
    data = data.sort_values(["_order", "quote"], kind="mergesort")
    return spread(data, n)[["label", "speaker_name", "cue", "n_words", "text"]].reset_index(
        drop=True
    )


def voice_comparison(articles: pd.DataFrame) -> pd.DataFrame:
    """Per analysed article with quotations: tone of the quoted words against the reporter's own."""
    data = analysed(articles)
    data = data[(pd.to_numeric(data["n_quotes"], errors="coerce").fillna(0) > 0).to_numpy()]
    data = data.dropna(subset=["quoted_tone", "reporter_tone"])
    quoted = data["quoted_tone"].astype(float)
    reporter = data["reporter_tone"].astype(float)
    return pd.DataFrame(
        {
            "article_id": data["article_id"].astype(str).to_numpy(),
            "label": labels(data).to_numpy(),
            "quotes": data["n_quotes"].astype(int).to_numpy(),
            "quoted_share": data["quoted_share"].astype(float).to_numpy(),
            "quoted_tone": quoted.to_numpy(),
            "reporter_tone": reporter.to_numpy(),
            "quoted − reporter": (quoted - reporter).to_numpy(),
        }
    )


def voice_summary(articles: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Quoted voices against the reporter, over the corpus (``by`` None) or per group.

    Columns: the grouping, ``articles`` (with both tones), ``quoted``, ``reporter``
    (mean compounds), ``quoted − reporter`` (mean difference), ``warmer``
    (share of articles whose quotations sound warmer than the reporter).
    """
    name = by or "corpus"
    voices = voice_comparison(articles)
    if by is None:
        keys = pd.Series("all", index=voices.index)
    else:
        by_id = dict(zip(articles["article_id"].astype(str), group_keys(articles, by), strict=True))
        keys = voices["article_id"].map(by_id)
    rows = []
    for key in sorted(pd.unique(keys)) if len(voices) else ["all"]:
        v = voices[(keys == key).to_numpy()] if len(voices) else voices
        gap = v["quoted − reporter"]
        rows.append(
            {
                name: key,
                "articles": len(v),
                "quoted": float(v["quoted_tone"].mean()) if len(v) else math.nan,
                "reporter": float(v["reporter_tone"].mean()) if len(v) else math.nan,
                "quoted − reporter": float(gap.mean()) if len(v) else math.nan,
                "warmer": float((gap > 0).mean()) if len(v) else math.nan,
            }
        )
    return pd.DataFrame(
        rows, columns=[name, "articles", "quoted", "reporter", "quoted − reporter", "warmer"]
    )


def voice_gaps(articles: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The ``n`` articles whose quoted voices differ most from the reporter, either way."""
    voices = voice_comparison(articles)
    order = voices["quoted − reporter"].abs().sort_values(ascending=False, kind="mergesort")
    keep = ["label", "quotes", "quoted_tone", "reporter_tone", "quoted − reporter"]
    if column(articles, "section").notna().any():
        sections = dict(
            zip(articles["article_id"].astype(str), column(articles, "section"), strict=True)
        )
        voices["section"] = voices["article_id"].map(sections)
        keep.insert(1, "section")
    return voices.loc[order.index[:n], keep].reset_index(drop=True)

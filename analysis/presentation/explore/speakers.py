"""Who is quoted: every per-speaker view of the notebooks and the report, in one place.

Speaker columns are read by name: ``speaker_name`` (the resolved name, NA for an
unnamed or unresolved source) from the quotes table, and the speakers table's
per-article rows. Views that a later speakers table can extend (entity type,
gender, id across articles) start here.
"""

from __future__ import annotations

import pandas as pd

from analysis.schema import UNATTRIBUTED

__all__ = [
    "VOICED",
    "speaker_bars",
    "speaker_summary",
    "speaker_table",
    "tally_speakers",
    "voiced",
]

VOICED = ("full", "partial")


def voiced(quotes: pd.DataFrame) -> pd.DataFrame:
    """Full and partial quotations, nested ones left out as the speakers table does."""
    nested = quotes["nested"].fillna(False).astype(bool) if "nested" in quotes else False
    return quotes[quotes["kind"].isin(VOICED) & ~nested]


def speaker_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who is quoted: per resolved speaker, quotations (full, partial), words and tone.

    Scare quotes are left out (nobody is quoted in them); quotations without a
    speaker are gathered under ``(unattributed)``. Sorted by quoted words, then
    quotations, then name.
    """
    columns = [
        "speaker",
        "articles",
        "quotes",
        "full",
        "partial",
        "words",
        "words per quote",
        "compound",
    ]
    data = voiced(quotes)
    if data.empty:
        return pd.DataFrame(columns=columns)
    name = data["speaker_name"].astype("object").where(data["speaker_name"].notna(), UNATTRIBUTED)
    data = data.assign(
        speaker=name,
        is_full=(data["kind"] == "full").astype(int),
        is_partial=(data["kind"] == "partial").astype(int),
        words=data["n_words"].astype(float),
        compound=data["compound"].astype(float),
    )
    out = (
        data.groupby("speaker", sort=True)
        .agg(
            articles=("article_id", "nunique"),
            quotes=("quote", "size"),
            full=("is_full", "sum"),
            partial=("is_partial", "sum"),
            words=("words", "sum"),
            compound=("compound", "mean"),
        )
        .reset_index()
    )
    out["words"] = out["words"].astype(int)
    out["words per quote"] = out["words"] / out["quotes"]
    out = out.sort_values(["words", "quotes", "speaker"], ascending=[False, False, True])
    return out[columns].reset_index(drop=True)


def speaker_bars(table: pd.DataFrame) -> pd.DataFrame:
    """:func:`speaker_table` in the shape :func:`.figures.speakers_figure` draws, named
    speakers only: the unattributed quotations of a whole corpus would dwarf every name
    (the table lists them)."""
    named = table[table["speaker"] != UNATTRIBUTED]
    return named.rename(columns={"speaker": "speaker_name"})[["speaker_name", "words"]]


def tally_speakers(speakers: pd.DataFrame) -> pd.DataFrame:
    """Per-speaker sums over some articles (the speakers table); tallies of several chunks add up.

    Columns: ``speaker_name``, ``articles``, ``quotes``, ``words``, ``tone_x_quotes``.
    """
    named = speakers[speakers["speaker_name"] != UNATTRIBUTED]
    return (
        named.assign(tone_x_quotes=named["compound"] * named["quotes"], articles=1)
        .groupby("speaker_name")[["articles", "quotes", "words", "tone_x_quotes"]]
        .sum()
        .reset_index()
    )


def speaker_summary(tallies: list[pd.DataFrame] | pd.DataFrame) -> pd.DataFrame:
    """Speakers across the corpus: articles, quotations, words, mean tone of quotations.

    Takes the speakers table, or a list of :func:`tally_speakers` results.
    """
    if isinstance(tallies, pd.DataFrame):
        tallies = [tally_speakers(tallies)]
    columns = ["speaker_name", "articles", "quotes", "words", "compound"]
    frames = [t for t in tallies if len(t)]
    if not frames:
        return pd.DataFrame(columns=columns)
    out = pd.concat(frames).groupby("speaker_name").sum()
    out["compound"] = out.pop("tone_x_quotes") / out["quotes"]
    out = out.reset_index().sort_values(
        ["words", "quotes", "speaker_name"], ascending=[False, False, True]
    )
    return out[columns].reset_index(drop=True)

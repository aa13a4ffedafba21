"""05-findings: the corpus on all three axes, per group, and the statements the numbers support.

Statements are about the corpus and its groups, each with the numbers behind it,
never one per article: they read the same on 2 articles as on 100,000 (with a
warning when there are too few articles to speak of a corpus).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from analysis.presentation.explore.formatting import count, fmt, percent
from analysis.presentation.explore.groups import (
    OVERVIEW,
    Measure,
    breakdown,
    distribution,
    groupings,
    measure_values,
    spearman,
)
from analysis.presentation.explore.quotations import quoting_summary, voice_summary
from analysis.presentation.explore.selection import analysed, column, mask
from analysis.presentation.explore.speakers import gender_balance, sourcing, speaker_table
from analysis.presentation.explore.tone import headline_summary

__all__ = [
    "COMPARED",
    "FEW_ARTICLES",
    "GROUP_MEASURES",
    "MIN_GROUP",
    "compare_groups",
    "corpus_profile",
    "findings",
]

#: The measures 05 compares: label -> articles column (``voice_gap``: quoted − reporter tone).
COMPARED = {
    "words": "n_words",
    "consensus grade": "text_standard",
    "FK grade": "flesch_kincaid_grade",
    "reading ease": "flesch_reading_ease",
    "tone": "tone_mean",
    "headline tone": "headline_compound",
    "negative sentences": "share_negative",
    "quotations": "n_quotes",
    "quoted share": "quoted_share",
    "speakers": "n_speakers",
    "quoted tone": "quoted_tone",
    "reporter tone": "reporter_tone",
    "quoted − reporter": "voice_gap",
}
FEW_ARTICLES = 20  # fewer analysed articles than this describe themselves, not a corpus
MIN_GROUP = 5  # analysed articles a group needs to be named as the most or least of anything
GROUP_MEASURES = (*OVERVIEW, Measure("quoted − reporter", "voice_gap", "mean"))


def corpus_profile(articles: pd.DataFrame) -> pd.DataFrame:
    """Every compared measure over the analysed articles: count, mean, quartiles, extremes."""
    return distribution(articles, COMPARED)


def compare_groups(articles: pd.DataFrame, by: str) -> pd.DataFrame:
    """The three axes per group (see :func:`.groups.breakdown`), with the tone gap of voices."""
    return breakdown(articles, by, GROUP_MEASURES)


def findings(articles: pd.DataFrame, speakers: pd.DataFrame | None = None) -> list[str]:
    """Plain statements about the corpus that its numbers support, each with those numbers.

    ``articles`` is the articles table; ``speakers`` (the corpus speakers table,
    ``tables.speakers``) adds who is quoted most, how often sources go unnamed and
    the share of women among the people quoted. Groups are compared on the first of
    :func:`.groups.groupings` (section, else source, else date), naming only
    groups of at least :data:`MIN_GROUP` analysed articles.
    """
    n = len(articles)
    ok = int(mask(column(articles, "status") == "ok").sum())
    data = analysed(articles)
    distinct = len(data)
    out = [_count_line(n, ok, distinct)]
    if distinct == 0:
        return [*out, "No article was analysed in full, so there is nothing to compare."]
    if distinct < FEW_ARTICLES:
        out.append(
            f"With {count(distinct, 'article')}, the figures below describe these articles, "
            "not the coverage they come from: read differences between them as examples."
        )
    by = next(iter(groupings(articles)), None)
    groups = _named_groups(articles, by) if by else None
    out.append(_readability_line(data, groups, by))
    out.append(_tone_line(data, groups, by))
    out.append(headline_summary(articles))
    out.append(_quotation_line(articles, groups, by))
    if speakers is not None:
        out.append(_speaker_line(articles, speakers))
    out.append(_voices_line(articles))
    out.append(_relations_line(data))
    return [line for line in out if line]


def _count_line(n: int, ok: int, distinct: int) -> str:
    text = f"{count(n, 'article')} loaded, {ok:,} analysed in full"
    if ok != distinct:
        text += (
            f"; {ok - distinct:,} of these {_verb(ok - distinct, 'repeat')} an earlier article's "
            f"body and {_verb(ok - distinct, 'are', 'is')} left out, "
            f"so {count(distinct, 'distinct article')} are compared"
        )
    return text + "."


def _verb(n: int, plural: str, singular: str | None = None) -> str:
    """``plural`` for any number but one, else ``singular`` (``plural`` + s by default)."""
    return plural if n != 1 else (singular or plural + "s")


def _named_groups(articles: pd.DataFrame, by: str) -> pd.DataFrame:
    """The groups of :func:`compare_groups` that may be named: real and large enough."""
    table = compare_groups(articles, by)
    real = ~table[by].astype(str).str.startswith("(") & (table[by] != "all")
    return table[real.to_numpy() & (table["analysed"] >= MIN_GROUP).to_numpy()]


def _extremes(groups: pd.DataFrame | None, by: str | None, column_: str) -> tuple | None:
    """(group with the largest, its value, group with the smallest, its value) of ``column_``."""
    if groups is None or len(groups) < 2 or groups[column_].isna().all():
        return None
    values = groups[column_].astype(float)
    hi, lo = values.idxmax(), values.idxmin()
    if hi == lo:
        return None
    return groups.loc[hi, by], values[hi], groups.loc[lo, by], values[lo]


def _by(by: str | None) -> str:
    return {"section": "section", "source": "source file"}.get(by or "", by or "")


def _readability_line(data: pd.DataFrame, groups: pd.DataFrame | None, by: str | None) -> str:
    grade = measure_values(data, "flesch_kincaid_grade")
    grade = grade[~np.isnan(grade)]
    if not len(grade):
        return "Readability: no article could be scored."
    q1, median, q3 = np.quantile(grade, [0.25, 0.5, 0.75])
    consensus = np.nanmedian(measure_values(data, "text_standard"))
    ease = np.nanmedian(measure_values(data, "flesch_reading_ease"))
    text = (
        f"Readability: the median article reads at Flesch–Kincaid grade {median:.1f} (half of "
        f"them between {q1:.1f} and {q3:.1f}); median consensus grade {consensus:.1f}, median "
        f"reading ease {ease:.1f}."
    )
    ext = _extremes(groups, by, "FK grade")
    if ext:
        text += (
            f" By {_by(by)}, the hardest to read is {ext[0]} (median grade {ext[1]:.1f}), "
            f"the easiest {ext[2]} ({ext[3]:.1f})."
        )
    return text


def _tone_line(data: pd.DataFrame, groups: pd.DataFrame | None, by: str | None) -> str:
    tone = measure_values(data, "tone_mean")
    tone = tone[~np.isnan(tone)]
    if not len(tone):
        return "Tone: no article could be scored."
    negative = float(np.mean(tone <= -0.05))
    positive = float(np.mean(tone >= 0.05))
    text = (
        f"Tone: the mean article body scores {fmt(float(tone.mean()), sign=True)} (mean sentence "
        f"compound); {percent(negative)} of bodies lean negative (≤ −0.05) and "
        f"{percent(positive)} positive (≥ +0.05)."
    )
    ext = _extremes(groups, by, "tone")
    if ext:
        high = "most positive" if ext[1] > 0 else "least negative"
        low = "most negative" if ext[3] < 0 else "least positive"
        text += (
            f" By {_by(by)}, the {high} is {ext[0]} ({fmt(ext[1], sign=True)}), "
            f"the {low} {ext[2]} ({fmt(ext[3], sign=True)})."
        )
    return text


def _quotation_line(articles: pd.DataFrame, groups: pd.DataFrame | None, by: str | None) -> str:
    text = "Quotation: " + quoting_summary(articles)
    ext = _extremes(groups, by, "quoting")
    if ext:
        text += (
            f" By {_by(by)}, {ext[0]} quotes most often ({percent(ext[1])} of its articles), "
            f"{ext[2]} least ({percent(ext[3])})."
        )
    return text


def _speaker_line(articles: pd.DataFrame, speakers: pd.DataFrame) -> str:
    if speakers.empty:
        return "No quotation was attributed to a named speaker."
    top = speaker_table(speakers, n=1).iloc[0]
    text = (
        f"Speakers: {count(len(speakers), 'named speaker')} {_verb(len(speakers), 'are', 'is')} "
        "quoted; the most quoted by words "
        f"is {top['speaker']} ({top['words']:,} words in {count(top['articles'], 'article')})."
    )
    unnamed = sourcing(articles).set_index("source")["quotations"]
    attributed = unnamed["named speaker"] + unnamed["unnamed source"]
    if attributed:
        text += (
            f" Unnamed sources give {percent(unnamed['unnamed source'] / attributed)} of the "
            "quotations with a speaker."
        )
    people = gender_balance(articles, speakers).set_index("counted").loc["named people"]
    women, known = int(people["female"]), int(people["female"] + people["male"])
    if known:
        text += (
            f" Women are {percent(people['women share'])} of the named people of known gender "
            f"quoted ({women:,} of {known:,})."
        )
    return text


def _voices_line(articles: pd.DataFrame) -> str:
    row = voice_summary(articles).iloc[0]
    if not row["articles"]:
        return "No article has both quoted and reporter's words to compare."
    return (
        f"Voices: where both can be scored ({count(int(row['articles']), 'article')}), the "
        f"quoted words sound warmer than the reporter's own in {percent(row['warmer'])} of "
        f"articles (mean difference {fmt(row['quoted − reporter'], sign=True)} compound)."
    )


def _relations_line(data: pd.DataFrame) -> str:
    pairs = (
        ("longer articles", "n_words", "flesch_kincaid_grade", "harder", "easier", "to read"),
        (
            "articles that quote more",
            "quoted_share",
            "tone_mean",
            "more positive",
            "more negative",
            "",
        ),
    )
    parts = []
    for subject, a, b, up, down, tail in pairs:
        rho = spearman(measure_values(data, a), measure_values(data, b))
        if math.isnan(rho):
            continue
        if abs(rho) < 0.1:
            said = f"neither {up} nor {down}"
        else:
            size = "slightly" if abs(rho) < 0.3 else "moderately" if abs(rho) < 0.5 else "clearly"
            said = f"{size} {up if rho > 0 else down}"
        parts.append(
            f"{subject} are {said}{' ' + tail if tail else ''} (ρ = {fmt(rho, sign=True)})"
        )
    if not parts:
        return ""
    return (
        "Relations (Spearman rank correlation; |ρ| below 0.1 is no relation): "
        + "; ".join(parts)
        + "."
    )

"""Who is quoted: every speaker view of the notebooks, the report and the summary, in one place.

Nothing here counts quotations again; two tables already hold the counts:

- the corpus ``speakers`` table (``tables.speakers``, folded chunk by chunk by
  :class:`analysis.tables.speakers.SpeakerFold`): one row per named speaker, for
  :func:`speaker_table` and the distinct people of :func:`gender_balance`;
- the articles table's sourcing roll-ups (``n_quotes_unnamed``, ``n_quotes_person``
  …, ``n_quotes_female`` …), summed by :func:`sourcing` and :func:`gender_balance`.

Both count the *voiced* quotations (full and partial, not nested in another) of
every article, repeats included, so their numbers agree with each other.
"""

from __future__ import annotations

import math

import pandas as pd

from analysis.presentation.explore.formatting import count, percent
from analysis.presentation.explore.selection import column
from analysis.tables.speakers import VOICED_KINDS, most_quoted_first, voiced_mask

__all__ = [
    "GENDERS",
    "SPEAKER_TYPES",
    "TOP_SPEAKERS",
    "VOICED",
    "gender_balance",
    "sourcing",
    "sourcing_lines",
    "speaker_table",
    "voiced",
]

VOICED = VOICED_KINDS
SPEAKER_TYPES = ("person", "organisation", "group", "document")
GENDERS = ("female", "male", "unknown")
TOP_SPEAKERS = 15  # named speakers listed and drawn by the notebooks and the report

#: The articles table's roll-up of each gender's quotations of persons.
GENDER_COLUMNS = {
    "female": "n_quotes_female",
    "male": "n_quotes_male",
    "unknown": "n_quotes_gender_unknown",
}
#: Article roll-ups summed by :func:`sourcing` (the report keeps them for every article).
SOURCING_COLUMNS = (
    "n_quotes",
    "n_quotes_unnamed",
    *(f"n_quotes_{kind}" for kind in SPEAKER_TYPES),
    *GENDER_COLUMNS.values(),
)
VOICED_QUOTES, WITH_SPEAKER, OF_PERSONS = (
    "voiced quotations",
    "quotations with a speaker",
    "quotations of persons",
)


def voiced(quotes: pd.DataFrame) -> pd.DataFrame:
    """Full and partial quotations, nested ones left out as the speakers table does."""
    return quotes[voiced_mask(quotes)]


def speaker_table(speakers: pd.DataFrame, n: int | None = TOP_SPEAKERS) -> pd.DataFrame:
    """The ``n`` most quoted named speakers (all with ``n=None``) of the speakers table.

    Columns: ``speaker``, ``type``, ``gender`` (blank for anything but a person),
    ``articles``, ``quotes``, ``words`` and ``tone`` (the mean compound of the
    speaker's quotations). Sorted by quoted words, then quotations, name and id.
    """
    data = most_quoted_first(speakers)
    if n is not None:
        data = data.head(n)
    person = (data["speaker_type"] == "person").fillna(False).to_numpy(dtype=bool)
    gender = data["speaker_gender"].astype("object").where(person & data["speaker_gender"].notna())
    return pd.DataFrame(
        {
            "speaker": data["speaker_name"].astype("object"),
            "type": data["speaker_type"].astype("object").fillna(""),
            "gender": gender.fillna(""),
            "articles": data["articles"].astype(int),
            "quotes": data["quotes"].astype(int),
            "words": data["words"].astype(int),
            "tone": data["compound"].astype(float),
        }
    ).reset_index(drop=True)


def _sums(articles: pd.DataFrame) -> dict[str, int]:
    """:data:`SOURCING_COLUMNS` summed over the articles whose roll-ups were made.

    An article without them (not analysed, or a table from before the roll-ups)
    counts nothing rather than all its quotations as unattributed.
    """
    made = column(articles, "n_quotes_unnamed").notna().to_numpy(dtype=bool)
    return {
        c: int(pd.to_numeric(column(articles, c)[made], errors="coerce").fillna(0).sum())
        for c in SOURCING_COLUMNS
    }


def sourcing(articles: pd.DataFrame) -> pd.DataFrame:
    """Voiced quotations by source: named or not, by type of speaker, by gender of persons.

    One row per ``(of, source)``: ``quotations`` and their ``share`` of the row's
    whole (``of``): the voiced quotations (named speaker, unnamed source, no
    speaker found), those with a speaker (by type), those of persons (by gender,
    named or not). Sums of the articles table's roll-ups.
    """
    sums = _sums(articles)
    by_type = {kind: sums[f"n_quotes_{kind}"] for kind in SPEAKER_TYPES}
    attributed = sum(by_type.values())  # every speaker found has one of the four types
    unnamed = sums["n_quotes_unnamed"]
    groups = {
        VOICED_QUOTES: {
            "named speaker": attributed - unnamed,
            "unnamed source": unnamed,
            "no speaker found": sums["n_quotes"] - attributed,
        },
        WITH_SPEAKER: by_type,
        OF_PERSONS: {g: sums[c] for g, c in GENDER_COLUMNS.items()},
    }
    rows = []
    for of, parts in groups.items():
        whole = sum(parts.values())
        rows += [(of, source, n, n / whole if whole else math.nan) for source, n in parts.items()]
    return pd.DataFrame(rows, columns=["of", "source", "quotations", "share"])


def gender_balance(articles: pd.DataFrame, speakers: pd.DataFrame) -> pd.DataFrame:
    """Women and men quoted: the quotations of persons (named or not; the articles'
    roll-ups) and the distinct named people (the speakers table).

    ``women share`` is of those whose gender is known, as gender-balance trackers
    count; ``unknown`` stands beside it, never spread over the two.
    """
    table = sourcing(articles)
    quoted = table[table["of"] == OF_PERSONS].set_index("source")["quotations"]
    person = (speakers["speaker_type"] == "person").fillna(False).to_numpy(dtype=bool)
    gender = speakers["speaker_gender"].astype("object")[person]
    gender = gender.where(gender.isin(("female", "male")), "unknown")
    rows = []
    for counted, values in (
        (OF_PERSONS, [int(quoted[g]) for g in GENDERS]),
        ("named people", [int((gender == g).sum()) for g in GENDERS]),
    ):
        known = values[0] + values[1]
        rows.append([counted, *values, values[0] / known if known else math.nan])
    return pd.DataFrame(rows, columns=["counted", *GENDERS, "women share"])


def sourcing_lines(articles: pd.DataFrame, speakers: pd.DataFrame) -> list[str]:
    """:func:`sourcing` and :func:`gender_balance` as sentences that say what is counted."""
    table = sourcing(articles).set_index(["of", "source"])
    n, share = table["quotations"], table["share"]
    total = int(n[VOICED_QUOTES].sum())
    if not total:
        return ["No quotation (full or partial, not nested in another) was found."]
    lines = [
        f"{count(total, 'quotation')} (full and partial, not nested in another): "
        f"{percent(share[VOICED_QUOTES, 'named speaker'])} from a named speaker, "
        f"{percent(share[VOICED_QUOTES, 'unnamed source'])} from an unnamed source "
        f"(“an official”, “aides”), {percent(share[VOICED_QUOTES, 'no speaker found'])} "
        "with no speaker found."
    ]
    attributed = int(n[WITH_SPEAKER].sum())
    if attributed:
        types = ", ".join(f"{kind} {percent(share[WITH_SPEAKER, kind])}" for kind in SPEAKER_TYPES)
        lines.append(
            f"Of the {count(attributed, 'quotation')} with a speaker, unnamed sources give "
            f"{percent(n[VOICED_QUOTES, 'unnamed source'] / attributed)}; by type of speaker: "
            f"{types}."
        )
    balance = gender_balance(articles, speakers).set_index("counted")
    quotes, people = balance.loc[OF_PERSONS], balance.loc["named people"]
    of_persons = int(quotes[list(GENDERS)].sum())
    if of_persons:
        lines.append(
            f"Quotations of persons (named or not): {of_persons:,}, "
            f"{percent(share[OF_PERSONS, 'female'])} of women, "
            f"{percent(share[OF_PERSONS, 'male'])} of men, "
            f"{percent(share[OF_PERSONS, 'unknown'])} of unknown gender; women give "
            f"{percent(quotes['women share'])} of those whose gender is known."
        )
    named = int(people[list(GENDERS)].sum())
    if named:
        lines.append(
            f"Distinct named people quoted: {named:,}, "
            f"{count(int(people['female']), 'woman', 'women')}, "
            f"{count(int(people['male']), 'man', 'men')}, {int(people['unknown']):,} of unknown "
            f"gender; women are {percent(people['women share'])} of those whose gender is known."
        )
    return lines

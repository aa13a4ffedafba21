"""Who is quoted, counted: per article, and over the whole corpus.

Counted quotations are the *voiced* ones (full and partial, not nested in
another): what a person is quoted as saying. Per article, every speaker gets a
row of the ``article_speakers`` table: a named speaker by its ``speaker_id``, the
unnamed sources of each kind together (``(unnamed source)``), and the quotations
nobody is found to speak together (``(unattributed)``). Over the corpus, the
``speakers`` table has one row per named speaker (``speaker_id``), folded from the
quotes table by :class:`SpeakerFold` (:func:`corpus_speakers`).

Tone sums are kept exact: VADER's compound has four decimals, so a speaker's
tone is a sum of whole numbers of ten-thousandths, and the corpus table is the
same however the corpus was cut into chunks or spread over workers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pandas as pd

from analysis import schema
from analysis.schema import UNATTRIBUTED, UNNAMED

_TYPES = ("person", "organisation", "group", "document")
_SCALE = 10_000  # VADER's compound has four decimals
#: The quotation kinds in which someone is quoted as saying something (not ``scare``).
VOICED_KINDS = ("full", "partial")
#: Most quoted first: by quoted words, then quotations, then name and key (stable).
_ORDER = (["words", "quotes", "speaker_name", "speaker_id"], [False, False, True, True])


def is_voiced(kind: object, nested: object) -> bool:
    """Does a quotation count as someone's words: full or partial, not nested in another?

    A nested quotation's words are already inside the outer one.
    """
    return kind in VOICED_KINDS and not nested


def voiced_mask(quotes: pd.DataFrame) -> pd.Series:
    """:func:`is_voiced` for every row of a quotes table (no ``nested`` column: none is)."""
    nested = quotes["nested"].fillna(False).astype(bool) if "nested" in quotes else False
    return quotes["kind"].isin(VOICED_KINDS) & ~nested


def most_quoted_first(speakers: pd.DataFrame) -> pd.DataFrame:
    """A speakers table in its order: most quoted words first (see :data:`_ORDER`)."""
    by, ascending = _ORDER
    return speakers.sort_values(by, ascending=ascending, kind="stable")


def _units(compound: float) -> int:
    """A compound as whole ten-thousandths (exact for VADER's rounded scores)."""
    return round(compound * _SCALE) if compound == compound else 0


def article_rows(
    article_id: str,
    quotes: dict[str, list[Any]],
    voiced: Sequence[bool],
    words: Sequence[int],
    compound: Sequence[float],
) -> tuple[dict[str, list[Any]], dict[str, Any]]:
    """The ``article_speakers`` rows of one article's quotations, and its roll-ups.

    ``quotes`` holds the quotation engine's columns; ``voiced``, ``words`` and
    ``compound`` say per quotation whether it counts, its words and its tone.
    """
    tally: dict[tuple, list[Any]] = {}  # key -> [name, id, type, gender, quotes, words, units]
    by_type = dict.fromkeys(_TYPES, 0)
    by_gender = {"female": 0, "male": 0, "unknown": 0}
    people: dict[str, str] = {}  # speaker_id -> gender, for distinct people by gender
    unnamed = attributed = 0
    for i, counted in enumerate(voiced):
        if not counted:
            continue
        name, sid = _str(quotes["speaker_name"][i]), _str(quotes["speaker_id"][i])
        kind, gender = _str(quotes["speaker_type"][i]), _str(quotes["speaker_gender"][i])
        if _str(quotes["speaker"][i]) is None:
            key: tuple = (UNATTRIBUTED,)
            name, kind, gender = UNATTRIBUTED, None, None
        elif sid is None:
            key = (UNNAMED, kind)
            name = UNNAMED
        else:
            key = (sid,)
        if key[0] != UNATTRIBUTED:
            attributed += 1
            unnamed += sid is None
            if kind in by_type:
                by_type[kind] += 1
            if kind == "person":
                by_gender[gender if gender in by_gender else "unknown"] += 1
                if sid is not None:
                    people[sid] = gender or "unknown"
        t = tally.setdefault(key, [name, sid, kind, gender, 0, 0, 0])
        t[4] += 1
        t[5] += words[i]
        t[6] += _units(compound[i])
    rows: dict[str, list[Any]] = {c.name: [] for c in schema.ARTICLE_SPEAKERS}
    for key in sorted(tally, key=lambda k: (k[0] == UNATTRIBUTED, k[0] == UNNAMED, k)):
        name, sid, kind, gender, n, w, units = tally[key]
        rows["article_id"].append(article_id)
        rows["speaker_id"].append(sid)
        rows["speaker_name"].append(name)
        rows["speaker_type"].append(kind)
        rows["speaker_gender"].append(gender)
        rows["quotes"].append(n)
        rows["words"].append(w)
        rows["compound"].append(units / (_SCALE * n))
    women = sum(g == "female" for g in people.values())
    men = sum(g == "male" for g in people.values())
    rollup = {
        "n_quotes_unnamed": unnamed,
        "unnamed_share": unnamed / attributed if attributed else math.nan,
        **{f"n_quotes_{kind}": n for kind, n in by_type.items()},
        "n_quotes_female": by_gender["female"],
        "n_quotes_male": by_gender["male"],
        "n_quotes_gender_unknown": by_gender["unknown"],
        "n_women_quoted": women,
        "n_men_quoted": men,
        "women_share": women / (women + men) if women + men else math.nan,
    }
    return rows, rollup


def top_speaker(rows: dict[str, list[Any]]) -> tuple[int, Any]:
    """How many named speakers an article has, and the one with the most quoted words."""
    named = [
        (-w, -n, name)
        for name, sid, n, w in zip(
            rows["speaker_name"], rows["speaker_id"], rows["quotes"], rows["words"], strict=True
        )
        if sid is not None
    ]
    return len(named), (min(named)[2] if named else pd.NA)


class SpeakerFold:
    """The corpus ``speakers`` table, folded from quotes tables one chunk at a time.

    Kept per named speaker: counts of its names, kinds and genders, its
    articles, quotations, quoted words and tone in whole ten-thousandths, so the
    table is the same whatever the chunks (and memory grows with the speakers,
    not the quotations).
    """

    def __init__(self) -> None:
        self._seen: dict[str, list[Any]] = {}

    def add(self, quotes: pd.DataFrame) -> SpeakerFold:
        """Count the voiced, named quotations of a quotes table (in article order)."""
        if not len(quotes):
            return self
        named = quotes[voiced_mask(quotes) & quotes["speaker_id"].notna()]
        cols = (
            "speaker_id",
            "article_id",
            "speaker_name",
            "speaker_type",
            "speaker_gender",
            "n_words",
            "compound",
        )
        for sid, article, name, kind, gender, words, compound in zip(
            *(named[c].tolist() for c in cols), strict=True
        ):
            s = self._seen.get(sid)
            if s is None:
                # names, kinds, genders, articles, last article, quotes, words, tone units
                s = self._seen[sid] = [{}, {}, {}, 0, None, 0, 0, 0]
            for slot, value in ((0, name), (1, kind), (2, gender)):
                if isinstance(value, str):
                    s[slot][value] = s[slot].get(value, 0) + 1
            if s[4] != article:
                s[3] += 1
                s[4] = article
            s[5] += 1
            s[6] += int(words) if words == words else 0
            s[7] += _units(compound)
        return self

    def table(self) -> pd.DataFrame:
        """One row per named speaker, the most quoted (by words) first."""
        out: dict[str, list[Any]] = {c.name: [] for c in schema.SPEAKERS}
        for sid, (names, kinds, genders, articles, _, quotes, words, units) in self._seen.items():
            kind = _most(kinds)
            out["speaker_id"].append(sid)
            out["speaker_name"].append(_most(names))
            out["speaker_type"].append(kind)
            out["speaker_gender"].append(_gender(genders) if kind == "person" else pd.NA)
            out["articles"].append(articles)
            out["quotes"].append(quotes)
            out["words"].append(words)
            out["compound"].append(units / (_SCALE * quotes))
        frame = pd.DataFrame(out)
        if len(frame):
            frame = most_quoted_first(frame).reset_index(drop=True)
        return schema.conform(frame, "speakers")


def corpus_speakers(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per named speaker over the corpus, from its quotes table.

    A speaker's name and kind are those its quotations give most often; its
    gender ``female``/``male`` when every quotation that tells agrees, else
    ``unknown``; tone is the mean compound of its quotations.

    >>> quotes = pd.DataFrame({"article_id": ["a", "a", "b"], "kind": ["full"] * 3,
    ...     "nested": [False] * 3, "speaker_id": ["s1", "s1", "s1"],
    ...     "speaker_name": ["Ann Lee"] * 3, "speaker_type": ["person"] * 3,
    ...     "speaker_gender": ["female", "female", "unknown"], "n_words": [4, 6, 5],
    ...     "compound": [0.5, 0.0, -0.2]})
    >>> corpus_speakers(quotes)[["speaker_name", "speaker_gender", "articles", "quotes",
    ...     "words", "compound"]].to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'speaker_name': 'Ann Lee', 'speaker_gender': 'female', 'articles': 2, 'quotes': 3,
      'words': 15, 'compound': 0.1}]
    """
    return SpeakerFold().add(quotes).table()


def _most(counts: dict[str, int]) -> Any:
    """The most frequent value, ties to the first seen."""
    return max(counts, key=counts.__getitem__) if counts else pd.NA


def _gender(counts: dict[str, int]) -> str:
    """``female``/``male`` when the quotations that tell agree, else ``unknown``."""
    told = [g for g in counts if g in ("female", "male")]
    return told[0] if len(told) == 1 else "unknown"


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None

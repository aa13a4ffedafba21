"""The people and organisations an article names, each once, under its fullest name.

Built once per article from the runs of capitalised words it holds and from
its speaker mentions:

- a **person** is every full name (a first name or initial and a surname) with
  the same surname and first name: ``Donald Trump`` and ``Donald J. Trump`` are
  one, ``Bill Clinton`` and ``Hillary Clinton`` two. Its name is the fullest
  form the article uses (most words), titles and roles left out. A surname
  alone or after an honorific (``Obama``, ``Mr. Obama``) is the person of that
  surname whose gender the honorific allows: the one named in the same
  paragraph before it, else the one the article named first (an article
  introduces its main ``Cruz`` first). A titled surname with no full name
  (``Mr. Obama`` in an article that never says ``Barack``) is a person of its own.
- an **organisation** is every spelling with the same key (:func:`.names.org_key`:
  ``Russia's foreign ministry`` = ``Russian foreign ministry``), its short forms
  (``Peabody`` of ``Peabody Energy``, ``the Post`` of ``The Washington Post``) and
  its acronym (``IMF`` of ``International Monetary Fund``), under its fullest name.
- a run holding an organisation's word (``House``, ``Institute``) is the
  organisation's, unless a role stands between it and a person's name: ``House
  Speaker Newt Gingrich`` and ``IMF chief economist Maury Obstfeld`` are people,
  ``the Potsdam Institute for Climate Impact Research`` is not; ``Steven Rosenthal
  of the Tax Policy Center`` is a person and an organisation.
- a title-case **headline** run that holds no one name as a whole (``Hillary
  Clinton Goes After Donald Trump As …``) names the people its first names open
  (:func:`headline_people`), if the article writes their surnames again.
- each person keeps the **roles** the article gives them (``President Obama``,
  ``Ted Cruz, the Texas senator``), which a later ``the president`` or ``the
  senator`` refers back to, and the **gender evidence** of its mentions: an
  honorific or a gendered role (``Mr.``, ``Ms.``, ``spokeswoman``) is evidence
  from the ``text``; failing that, an unambiguous first name (:mod:`.first_names`)
  is evidence from the ``name``. :mod:`.resolution` adds the pronouns it resolves
  to a person (``he``, ``she``), which are text evidence too.

Names inside quotations give a person their fullest name but are never where
the person is mentioned: a pronoun refers back to the reporter's mentions only.

Why one module (about 900 lines): :class:`ArticleEntities` and the reading of
capitalised runs decide together who the article's people and organisations are.
Whether a run is a person, an organisation or a place (:func:`names_in`,
:func:`is_person_name`, :func:`org_name`, :data:`PLACES`, the headline-verb and
role tests) is what the merging rules (same surname and first name, short forms,
acronyms, the nearest earlier bearer of a surname) are fed, and those rules read
the same name parts back (:func:`name_parts`, ``_same_first``, ``_short_form``).
What can be said of one mention without the article is already apart
(:mod:`.names`, :mod:`.first_names`); split further, the run reader and the
entity table would each import the other's private tables, and a change to who
counts as one person would touch two files.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter

from analysis.measures.quotations.cues import CUE_FORMS
from analysis.measures.quotations.first_names import first_name_gender, given_name, is_first_name
from analysis.measures.quotations.headlines import line_is_headline
from analysis.measures.quotations.names import (
    CONNECTORS,
    HONORIFICS,
    ORG_HEADS,
    acronym,
    honorific_gender,
    is_role_word,
    is_title,
    looks_like_org_name,
    names_a_group,
    org_key,
    person_name,
    roles,
)
from analysis.measures.quotations.noun_phrases import CALENDAR, NAME_LIKE, NOT_NAME, ends_sentence
from analysis.units.article import ArticleText

#: A country or capital that speaks is its government: an organisation.
PLACES = (
    frozenset(
        """Moscow Russia Washington Kyiv Kiev Ukraine Iran Israel China Beijing Tehran London
    Britain France Paris Germany Berlin Brussels Europe Japan Tokyo Syria Damascus Turkey
    Ankara India Pakistan Egypt Cairo Riyadh Qatar Jordan Iraq Baghdad Lebanon Mexico
    Canada Cuba Venezuela Brazil Pyongyang Seoul Taiwan America Italy Spain Greece Poland
    Ireland Scotland Wales Australia Afghanistan Libya Yemen Sudan Nigeria Kenya""".split()
    )
    | frozenset(
        """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio
    Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming""".split()
    )
    | {
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "West Virginia",
        "United States",
        "United Kingdom",
        "Saudi Arabia",
        "South Korea",
        "North Korea",
        "South Africa",
        "U.S.",
        "U.K.",
        "Hong Kong",
        "New Zealand",
        "Los Angeles",
        "San Francisco",
        "New Orleans",
    }
)
# First words of places, never of a person's name: "West Virginia", "United States".
_PLACE_OPENERS = frozenset(
    "West East North South New United Saudi Central Upper Lower Middle Far Near".split()
)
# Last words of a place's name: "Easter Island" is no person.
_PLACE_WORDS = frozenset(
    """island islands county city state street avenue road river mountain mountains lake
    valley beach park bay coast sea ocean airport station square hall bridge canyon
    desert forest county district province region""".split()
)
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
_START = attrgetter("start")


def _ungendered(occ: _Occurrence) -> bool:
    return occ.found.gender is None


def _run_regex(capital: str) -> re.Pattern[str]:
    """Runs of two capitalised words or more: names, as the scan reads them.

    A capitalised word is a token word (:data:`analysis.units.spans.TOKEN`'s
    word part) opening with ``capital``, at a token's start; words are joined by
    spaces on one line, maybe with a connector between them (``Bank of England``)
    or a nickname in quotation marks (``Robert C. "Bobby" Scott``).
    """
    word = r"[^\W_]*+(?:[-'’.&][^\W_]++)*+\.?+"
    cap = rf"{capital}(?<![^\W_].)(?<![^\W_][-'’.&].){word}"
    gap = r"[ \t\u00a0]"
    join = "|".join(sorted(CONNECTORS - {"the"}, key=len, reverse=True))
    nick = rf"{gap}*[\"“]{capital}{word}[\"”]{gap}*"
    return re.compile(rf"{cap}(?:{gap}+(?:(?:{join}){gap}+)?{cap}|{nick}{cap})+")


def _class_of(codepoints: list[int]) -> str:
    """A regex character class of the given code points, as ranges."""
    runs: list[list[int]] = []
    for c in codepoints:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return (
        "["
        + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)
        + "]"
    )


_RUN_ASCII = _run_regex("[A-Z]")
_RUN_LATIN1 = _run_regex(_class_of([c for c in range(256) if chr(c).isupper()]))
_RUN_ANY = _run_regex(_class_of([c for c in range(0x10000) if chr(c).isupper()]))


def _run_pattern(text: str) -> re.Pattern[str]:
    """The run regex fastest on ``text``: its capital letters as a small class where it can."""
    if text.isascii():
        return _RUN_ASCII
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return _RUN_ANY
    return _RUN_LATIN1


@functools.lru_cache(maxsize=1 << 15)
def split_run(run: str) -> tuple[tuple[int, str], ...]:
    """A run's pieces of two words or more, with their offsets in it.

    Cut after a word that ends a sentence (``Cardiff. John Toshack``), around a
    capitalised speech verb (``Christie Calls Hillary Clinton``) and before a
    connector followed by a date (``the Times on Saturday``).

    >>> split_run("Cardiff. John Toshack"), split_run("Chris Christie Calls Hillary Clinton")
    (((9, 'John Toshack'),), ((0, 'Chris Christie'), (21, 'Hillary Clinton')))
    >>> split_run("Times on Saturday"), split_run("Bank of England")
    ((), ((0, 'Bank of England'),))
    """
    words = [(m.start(), m.end(), m.group()) for m in _SPACE_SPLIT.finditer(run)]
    pieces: list[list[tuple[int, int, str]]] = [[]]
    for i, (s, e, w) in enumerate(words):
        if _headline_verb(w):
            pieces.append([])
            continue
        if w.lower() in CALENDAR and i and words[i - 1][2].lower() in CONNECTORS:
            pieces.append([])
        pieces[-1].append((s, e, w))
        if ends_sentence(w):
            pieces.append([])
    out = []
    for piece in pieces:
        while piece and piece[-1][2].lower() in CONNECTORS:
            piece.pop()  # a connector is no end of a name
        if len(piece) >= 2:
            out.append((piece[0][0], run[piece[0][0] : piece[-1][1]]))
    return tuple(out)


def headline_people(run: str) -> tuple[tuple[int, str], ...]:
    """The people a title-case headline's run names: each known first name and the word after.

    A headline capitalises every word, so its run holds verbs and prepositions
    as well as names; read left to right, a first name the lexicon knows and the
    capitalised word after it are one person, and both words are used up; a first
    name after another capitalised word (not a function word) may be a middle name.

    >>> headline_people("Hillary Clinton Goes After Donald Trump As A Mitt Romney")
    ((0, 'Hillary Clinton'), (27, 'Donald Trump'))
    >>> headline_people("Will Brexit Mean The End Of May")
    ()
    """
    words = [(m.start(), m.group().rstrip(".,:;!?")) for m in _SPACE_SPLIT.finditer(run)]
    out = []
    i = 0
    while i + 1 < len(words):
        (start, first), (_, last) = words[i], words[i + 1]
        # After another capitalised word it may be a middle name ("Star Norbert Leo Butz").
        free = i == 0 or words[i - 1][1].lower() in NOT_NAME
        if (
            free
            and first[:1].isupper()
            and is_first_name(first)
            and first.lower() not in NAME_LIKE  # "Will Brexit Mean …"
            and _capitalised(last)
            and last.lower() not in NOT_NAME
        ):
            out.append((start, f"{first} {last}"))
            i += 2
        else:
            i += 1
    return tuple(out)


_SPACE_SPLIT = re.compile(r"\S+")
# A gendered third-person pronoun. Opens with its first letter's class, so re skips
# to the candidates.
_PRONOUN = re.compile(
    r"[HhSs](?<![^\W_].)(?:(?<=[Hh])(?:e|is|im|imself|erself|ers|er)|(?<=[Ss])he)(?![^\W_])"
)


def _lead_roles(text: str, start: int) -> str:
    """The lower-case role words right before a run on its line (``press secretary ``)."""
    before = text[max(0, start - 40) : start]
    if not before.endswith((" ", "\u00a0")) or "\n" in before[-2:]:
        return ""
    if not _lower_role((before.rsplit(None, 1) or [""])[-1]):
        return ""  # most runs: the word before is no role (said, the, by)
    words = before.split()
    k = len(words)
    while k > 0 and len(words) - k < 4 and _lower_role(words[k - 1]):
        k -= 1
    if k == len(words):
        return ""
    lead = " ".join(words[k:]) + " "
    return lead if before.endswith(lead.rstrip() + " ") else ""


def _covered(starts: list[int], spans: list[tuple[int, int]], pos: int) -> bool:
    """Does ``pos`` lie inside one of the sorted ``spans``?"""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos < spans[k][1]


_SEPARATORS = (" of the ", " of ", " for ", " from ", " and ", " & ")
_OPEN_QUOTES = frozenset('"“')
_CLOSE_QUOTES = frozenset('"”')


@dataclass
class Entity:
    """One person or organisation of an article."""

    name: str
    kind: str  # "person" or "organisation"
    first: int  # offset of its first mention
    roles: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)  # the reporter's mentions
    # Gender evidence: votes from the text (an honorific or a gendered role counts
    # three, a pronoun one), and the first name's answer.
    votes: dict[str, int] = field(default_factory=lambda: {"female": 0, "male": 0})
    by_name: str | None = None

    def add_gender(self, gender: str | None, evidence: str, weight: int = 1) -> None:
        """Record gender evidence: ``text`` votes, or the first name's (``name``)."""
        if not gender:
            return
        if evidence == "name":
            self.by_name = gender
        else:
            self.votes[gender] += weight

    @property
    def gender(self) -> str | None:
        """The text's majority, else the first name's answer, else None."""
        return self.text_gender or (self.by_name if not self.votes["female"] else None)

    @property
    def text_gender(self) -> str | None:
        """The text's majority alone (the first name's answer left out), else None."""
        female, male = self.votes["female"], self.votes["male"]
        return None if female == male else "female" if female > male else "male"

    @property
    def evidence(self) -> str | None:
        if self.text_gender:
            return "text"
        return "name" if self.by_name and not self.votes["female"] else None


@dataclass(slots=True)
class _Occurrence:
    start: int
    end: int
    found: _Name
    roles: frozenset[str]
    quoted: bool
    speaker: bool = False

    @property
    def name(self) -> str:
        return self.found.name


class ArticleEntities:
    """The named people and organisations of one article (see the module docstring).

    ``inside(pos)`` says whether an offset lies inside a quotation; ``speakers``
    are the speaker mention spans, whose names count even when capitalised
    alone (``Politifact said``).

    >>> doc = ArticleText("President Barack Obama spoke. Mr. Obama said no. The House agreed.")
    >>> ents = ArticleEntities(doc, lambda pos: False, [])
    >>> ents.person("Obama", 40).name, sorted(ents.person("Obama", 40).roles)
    ('Barack Obama', ['president'])
    >>> ents.person("Obama", 40).gender, ents.person("Obama", 40).evidence
    ('male', 'text')
    """

    def __init__(
        self,
        doc: ArticleText,
        inside: Callable[[int], bool],
        speakers: list[tuple[int, int]],
    ) -> None:
        self.doc = doc
        self.people: list[Entity] = []
        self.orgs: list[Entity] = []
        self._by_surname: dict[str, list[Entity]] = {}
        self._by_first: dict[str, list[Entity]] = {}
        self._by_org_key: dict[str, Entity] = {}
        self._headlines: dict[int, bool] = {}
        occurrences = self._scan(inside)
        text = doc.text
        for s, e in speakers:
            phrase = text[s:e]
            if not inside(s) and _is_name_phrase(phrase) and not _common_word(text, phrase):
                occurrences += self._occurrences(s, phrase, quoted=False, alone_ok=True)
        occurrences.sort(key=_START)
        full = [o for o in occurrences if o.found.kind == "person" and o.found.words >= 2]
        for occ in full:
            self._add_person(occ)
        for occ in occurrences:
            if occ.found.kind == "organisation" and not occ.quoted:
                self._add_org(occ)
        # Short forms ("Mr. Obama", "Sen. Cruz", "Obama"), those with an honorific's
        # gender first: they may make a person of their own that a bare "Obama" is.
        persons = [o for o in occurrences if o.found.kind == "person" and not o.quoted]
        # "President Obama" is the Mr. Obama, not Michelle:
        shorts = sorted((o for o in persons if o.found.words < 2), key=_ungendered)
        for occ in shorts:
            found = occ.found
            ent = self.person(found.name, occ.start, found.gender, occ.roles)
            if ent is None and not found.titled:
                org = self.organisation_ending(found.name, occ.start)
                if org is not None:
                    org.positions.append(occ.start)  # "Peabody" of Peabody Energy
                    continue
            if ent is None and (found.titled or occ.speaker):
                ent = self._new_person(occ)  # "Mr. Obama" and never "Barack"; "Melanie said"
            if ent is not None:
                ent.roles |= occ.roles
                ent.positions.append(occ.start)
                ent.add_gender(found.gender, "text", weight=3)
        self._surname_mentions(inside, occurrences)
        for ent in self.people + self.orgs:
            ent.positions.sort()
        self._pronoun_evidence(inside)

    def _surname_mentions(
        self, inside: Callable[[int], bool], occurrences: list[_Occurrence]
    ) -> None:
        """A known surname standing alone outside quotations is a mention of its person.

        Found with ``str.find`` per surname (a handful per article), as written, as a word
        of its own (:func:`_as_word`; a possessive's apostrophe ends it).
        """
        text = self.doc.text
        spans = sorted((o.start, o.end) for o in occurrences)
        starts = [a for a, _ in spans]
        for ents in self._by_surname.values():
            for written in {name_parts(x.name)[-1] for x in ents}:
                p = _as_word(text, written)
                while p is not None:
                    if not _covered(starts, spans, p) and not inside(p):
                        ent = self.person(written, p)
                        if ent is not None and p not in ent.positions:
                            ent.positions.append(p)
                    p = _as_word(text, written, p + len(written))

    def _pronoun_evidence(self, inside: Callable[[int], bool]) -> None:
        """Gender from the pronouns of the sentences that name people.

        ``Obama said he would veto it``: outside quotations, a sentence whose only
        named person is Obama refers to him with ``he`` (a subject pronoun after
        the name), or with a possessive in a prepositional phrase fronted before
        the name (``In his speech, Graham urged …``). A sentence that names several
        people before a pronoun (any form: ``he``, ``his``, ``her`` …) refers to the
        one of them nothing says is of the other gender, if there is one (``Clinton
        thanked Sanders before he left``, ``Sanders senses anger at Clinton among
        his supporters``: Sanders). A sentence with pronouns of both genders says
        nothing.
        """
        doc = self.doc
        if not self.people:
            return
        words = [(m.start(), m.group().lower()) for m in _PRONOUN.finditer(doc.text)]
        words = [(p, w) for p, w in words if not inside(p)]
        every = [(p, _PRONOUN_GENDER[w]) for p, w in words]
        subjects = [(p, _PRONOUN_GENDER[w]) for p, w in words if w in _SUBJECT]
        if not every:
            return
        s_starts = doc.sentence_starts
        named: dict[int, list[tuple[int, Entity]]] = {}
        for ent in self.people:
            for p in ent.positions:
                k = bisect.bisect_right(s_starts, p) - 1
                named.setdefault(k, []).append((p, ent))
        every_at = [p for p, _ in every]
        subjects_at = [p for p, _ in subjects]
        text = doc.text
        for k, found_here in named.items():
            pos = min(p for p, _ in found_here)
            start, end = doc.sentences[k] if k >= 0 else (0, len(text))
            people = {id(e): e for _, e in found_here}
            several = len(people) > 1
            these, at = (every, every_at) if several else (subjects, subjects_at)
            lo, hi = bisect.bisect_right(at, pos), bisect.bisect_left(at, end)
            genders = {g for _, g in these[lo:hi]}
            # "In his speech, Graham urged …": a possessive in a prepositional phrase
            # fronted before the only person named is that person's.
            fronted = None if several else _FRONTED_PHRASE.fullmatch(text, start, pos)
            if fronted:
                genders.add(_PRONOUN_GENDER[fronted.group(1).lower()])
            if len(genders) != 1:
                continue
            gender = genders.pop()
            if several:
                # The pronoun's is the only one named before it whom nothing (text or
                # first name) says to be of the other gender.
                first_pronoun = these[lo][0]
                people = {
                    id(e): e
                    for p, e in found_here
                    if p < first_pronoun and e.gender != _OTHER[gender]
                }
            if len(people) == 1:
                people.popitem()[1].add_gender(gender, "text")

    # -- scanning ---------------------------------------------------------------------------

    def _scan(self, inside: Callable[[int], bool]) -> list[_Occurrence]:
        """Every run of two capitalised words or more that is a name (quoted ones marked).

        One regex scan of the text (:func:`_run_pattern`) finds the runs; a run
        never crosses a line, and is cut after a word that ends a sentence, before
        a capitalised speech verb and before a connector followed by a date.
        """
        text = self.doc.text
        out: list[_Occurrence] = []
        for m in _run_pattern(text).finditer(text):
            start = m.start()
            lead = _lead_roles(text, start)  # "press secretary Josh Earnest"
            for offset, piece in split_run(m.group()):
                at = start + offset
                if offset == 0 and lead:
                    found = self._occurrences(at - len(lead), lead + piece, inside(at))
                else:
                    found = self._occurrences(at, piece, inside(at))
                if not found and piece.count(" ") >= 2 and self._on_headline(at):
                    # A pair whose surname the article never writes again is no one
                    # it reports on ("Hillary Asking Moderator To …").
                    found = [
                        occ
                        for offset, pair in headline_people(piece)
                        if _as_word(text, pair.split()[-1], at + len(piece)) is not None
                        for occ in self._occurrences(at + offset, pair, inside(at))
                    ]
                end = at + len(piece)
                if found and found[-1].found.kind == "person" and text.startswith(", ", end):
                    found[-1].roles |= _appositive_roles(text, end)
                out += found
        return out

    def _occurrences(
        self, start: int, phrase: str, quoted: bool, alone_ok: bool = False
    ) -> list[_Occurrence]:
        """The names in a run at ``start`` (see :func:`names_in`), placed in the article."""
        end = start + len(phrase)
        return [
            _Occurrence(start + offset, end, name, name.roles, quoted, alone_ok)
            for offset, name in names_in(phrase, alone_ok)
            # "Railing Against Trump": a headline's words, not a name
            if not (name.headline_only and (alone_ok or self._on_headline(start + offset)))
        ]

    def _on_headline(self, pos: int) -> bool:
        """:func:`.headlines.line_is_headline`, once per line."""
        text = self.doc.text
        line = text.rfind("\n", max(0, pos - 400), pos) + 1
        if line == 0 and pos >= 400:
            return False
        got = self._headlines.get(line)
        if got is None:
            got = self._headlines[line] = line_is_headline(text, pos)
        return got

    # -- clustering -------------------------------------------------------------------------

    def _new_person(self, occ: _Occurrence) -> Entity:
        found = occ.found
        ent = Entity(found.name, "person", occ.start)
        words = found.parts
        self.people.append(ent)
        self._by_surname.setdefault(words[-1].lower(), []).append(ent)
        if len(words) >= 2:
            self._by_first.setdefault(words[0].lower(), []).append(ent)
            ent.add_gender(_name_gender(found.name), "name")
        return ent

    def _add_person(self, occ: _Occurrence) -> None:
        found = occ.found
        words = found.parts
        first = words[0].lower()
        known = self._by_surname.get(words[-1].lower(), ())
        ent = next((x for x in known if _same_first(name_parts(x.name)[0].lower(), first)), None)
        if ent is None and found.gender is not None:
            # "Mr. Guajardo Villarreal": after an honorific, two words are a surname.
            ent = next((x for x in known if _ends_with(x.name, words)), None)
        if ent is None:
            if occ.quoted:
                return  # a name quoted only: the speaker's word, no entity of the article
            ent = self._new_person(occ)
        elif _fuller(found.name, ent.name):
            ent.name = found.name
        ent.roles |= occ.roles
        if not occ.quoted:
            ent.positions.append(occ.start)
            ent.first = min(ent.first, occ.start)
        ent.add_gender(found.gender, "text", weight=3)

    def _add_org(self, occ: _Occurrence) -> None:
        key = org_key(occ.name)
        ent = self._by_org_key.get(key) or self.organisation(occ.name, occ.start)
        if ent is None:
            ent = Entity(occ.name, "organisation", occ.start)
            self.orgs.append(ent)
        elif _fuller(occ.name, ent.name):
            ent.name = occ.name
        self._by_org_key[key] = ent
        abbr = acronym(occ.name)
        if abbr:
            self._by_org_key.setdefault(abbr.lower(), ent)
        ent.positions.append(occ.start)

    # -- look-ups ---------------------------------------------------------------------------

    def person(
        self, name: str, pos: int, gender: str | None = None, roles: set[str] | None = None
    ) -> Entity | None:
        """The person a name at ``pos`` refers to (a full name, or a surname alone).

        ``gender`` (from an honorific: ``Mr. Clinton``) rules out namesakes known to
        be of the other. ``Guajardo Villarreal`` ends ``Ildefonso Guajardo
        Villarreal``; ``Hillary`` opens ``Hillary Clinton`` when no one has that
        surname.
        """
        words = name_parts(name)
        if not words:
            return None
        surname = words[-1].lower()
        cands = self._by_surname.get(surname, [])
        if len(words) >= 2:
            first = words[0].lower()
            same = [x for x in cands if _same_first(name_parts(x.name)[0].lower(), first)]
            tail = [x for x in cands if _ends_with(x.name, words)]
            cands = same or tail
        if not cands and len(words) == 1:
            cands = self._by_first.get(surname, [])
        if gender is not None:
            # A namesake of the other gender only if named before ("Lindsey Graham …
            # Mr. Graham"): "Mr. Obama" is not the Michelle Obama named later.
            cands = [x for x in cands if x.gender != _OTHER[gender]] or [
                x for x in cands if x.first < pos
            ]
        if roles:
            # "President Obama": the Obama the article calls president, not his wife.
            cands = [x for x in cands if x.roles & roles] or cands
        return self._pick(cands, pos)

    def _pick(self, cands: list[Entity], pos: int) -> Entity | None:
        """Of several namesakes, the one named in the same paragraph, else the first named."""
        if len(cands) <= 1:
            return cands[0] if cands else None
        starts = self.doc.paragraph_starts
        para = bisect.bisect_right(starts, pos) - 1
        lo = starts[para] if para >= 0 else 0
        local = [x for x in cands if any(lo <= p < pos for p in x.positions)]
        if local:
            return _nearest(local, pos)
        return min(cands, key=lambda x: x.first)

    def organisation(self, name: str, pos: int) -> Entity | None:
        """The organisation a name at ``pos`` refers to: same key, acronym or short form."""
        key = org_key(name)
        ent = self._by_org_key.get(key)
        if ent is not None:
            return ent
        words = key.split()
        if not words:
            return None
        cands = [x for x in self.orgs if _short_form(words, org_key(x.name).split())]
        return _nearest(cands, pos)

    def organisation_ending(self, name: str, pos: int) -> Entity | None:
        """The organisation whose name opens or ends with ``name``.

        ``Peabody`` of Peabody Energy, ``Borders`` of Reporters Without Borders (a
        mention cut short): capitalised words that name no person. Not the
        word after a connector: ``Ireland`` of the Bank of Ireland is a country.
        """
        org = self.organisation(name, pos)
        if org is None:
            return None
        short, full = name.lower().split(), org.name.lower().split()
        n = len(short)
        if len(full) <= n:
            return None
        if full[:n] == short:
            return org
        if full[-n:] == short and full[-n - 1] not in CONNECTORS and "and" not in full:
            # Only of one name that says it is an organisation's (not "Fox and Calderón").
            return org if looks_like_org_name(org.name) else None
        return None  # "Ireland" is no short form of the Bank of Ireland

    def adopt(self, name: str, kind: str, pos: int) -> Entity:
        """The entity a name the scan did not list stands for, listed from now on."""
        found = _Name(name, kind, frozenset(), None, False, False)
        occ = _Occurrence(pos, pos + len(name), found, frozenset(), False)
        if kind == "organisation":
            self._add_org(occ)
            return self._by_org_key[org_key(name)]
        ent = self._new_person(occ)
        ent.positions.append(pos)
        return ent

    def by_role(self, role: str, pos: int) -> Entity | None:
        """The person given ``role`` (``president``) nearest before ``pos``, else after it."""
        return _nearest([x for x in self.people if role in x.roles], pos)

    def by_head(self, head: str, pos: int) -> Entity | None:
        """The organisation whose name holds the head noun ``head`` (``the ministry``)."""
        head = head.lower()
        synonyms = _HEAD_SYNONYMS.get(head, ())
        cands = [
            x
            for x in self.orgs
            if head in (words := org_key(x.name).split()) or any(s in words for s in synonyms)
        ]
        return _nearest(cands, pos)


@dataclass(frozen=True)
class _Name:
    """What a run's words name (before it is placed in an article)."""

    name: str
    kind: str
    roles: frozenset[str]
    gender: str | None
    titled: bool
    headline_only: bool  # a name only if its line is no headline (no first name, no title)

    @property
    def parts(self) -> tuple[str, ...]:
        return name_parts(self.name)

    @property
    def words(self) -> int:
        return self.name.count(" ") + 1


@functools.lru_cache(maxsize=1 << 15)
def names_in(phrase: str, alone_ok: bool = False) -> tuple[tuple[int, _Name], ...]:
    """The names a run of capitalised words holds, with their offsets in it.

    A person and the organisation after ``of``/``for`` apart (``Steven Rosenthal of the
    Tax Policy Center``), a newspaper's name apart from the person's after it (``The
    Washington Post Trump said``), else one name or none. Memoised: a corpus repeats
    its names.
    """
    for sep in _SEPARATORS:
        if sep not in phrase:
            continue
        left, mid, right = phrase.partition(sep)
        if _full_person(left):
            pieces = ((0, left), (len(left) + len(mid), right))
            return tuple((o + off, n) for off, piece in pieces for o, n in _name(piece, alone_ok))
    words = phrase.split()
    org_at = max((k for k, w in enumerate(words) if looks_like_org_name(w)), default=-1)
    rest = _bare(" ".join(words[org_at + 1 :]))
    if 0 <= org_at < len(words) - 2 and person_name(rest) == rest and not looks_like_org_name(rest):
        left = " ".join(words[: org_at + 1])
        right_at = phrase.index(words[org_at + 1], len(left))
        return tuple(
            (o + off, n)
            for off, piece in ((0, left), (right_at, " ".join(words[org_at + 1 :])))
            for o, n in _name(piece, alone_ok)
        )
    return _name(phrase, alone_ok)


def _name(phrase: str, alone_ok: bool) -> tuple[tuple[int, _Name], ...]:
    """The one name ``phrase`` holds, as ``((offset, name),)``, or ``()``."""
    phrase = phrase.rstrip()
    if phrase.endswith(".") and ends_sentence(phrase.split()[-1]):
        phrase = phrase[:-1]  # the sentence's full stop: "… said on Capitol Hill."
    words = phrase.split()
    offset = 0
    while words and (
        words[0].lower() in NOT_NAME
        or words[0].lower() in {"a", "an"}
        or (words[0].endswith("ly") and len(words[0]) > 5 and not is_first_name(words[0]))
    ):
        # "When Ildefonso Guajardo Villarreal …": the sentence's opener is no part of it.
        offset += len(words[0]) + 1
        words = words[1:]
    phrase = " ".join(words)
    bare = _bare(phrase)
    if not bare:
        return ()
    if phrase.endswith(("'s", "’s")):
        phrase = phrase[:-2]  # "Donald Trump’s claim": the name without its possessive
    if names_a_group(bare):  # "Reporters Without Borders": the whole run is the name
        return ((offset, _Name(bare, "organisation", frozenset(), None, False, False)),)
    name = person_name(phrase)
    if name is not None and is_person_name(phrase, bare, name):
        words = name.split()
        titled = any(is_title(w) for w in phrase.split()[: -len(words)] or [""])
        if any(w.lower() in _PLACE_WORDS for w in words):
            return ()  # "Easter Island", "Kent County"
        if len(words) < 2 and not (titled or alone_ok):
            return ()  # one capitalised word with nothing to say it is a name
        headline_only = len(words) >= 2 and not (titled or alone_ok or _first_name_like(words[0]))
        found = _Name(
            name,
            "person",
            frozenset(roles(phrase)),
            honorific_gender(phrase),
            titled,
            headline_only,
        )
        return ((offset, found),)
    if looks_like_org_name(bare) or bare in PLACES:
        org = org_name(bare)
        if org and not (" " not in org and org.lower() in ORG_HEADS):
            # Not a head word alone ("Committee", "Party"): that is no name.
            return ((offset, _Name(org, "organisation", frozenset(), None, False, False)),)
    return ()


def org_name(phrase: str) -> str:
    """The capitalised run ending ``phrase`` (``lawyer for the Sierra Club`` -> ``Sierra Club``).

    ``to`` joins its words too (``Alliance to Reclaim Our Schools``).
    """
    words = phrase.split()
    k = len(words)
    joins = CONNECTORS | {"to"}
    while k > 0 and (_capitalised(words[k - 1]) or words[k - 1].lower() in joins):
        k -= 1
    while k < len(words) and words[k].lower() in joins:
        k += 1
    return _bare(" ".join(words[k:]))


def _appositive_roles(text: str, end: int) -> set[str]:
    """Roles in the head of an appositive right after a name (``Ted Cruz, the Texas senator,``).

    Only the head, before any preposition: ``John Podesta, a chief of staff to
    President Clinton`` makes Podesta a chief, not a president.
    """
    if text[end : end + 2] != ", ":
        return set()
    window = text[end + 2 : end + 80]
    stop = min(
        (p for p in (window.find(","), window.find("."), window.find("\n")) if p >= 0), default=-1
    )
    if stop < 0:
        return set()
    words = window[:stop].split()
    if not words or words[0].lower() not in {"the", "a", "an"}:
        return set()
    for k, w in enumerate(words):
        if w.lower() in _APPOSITIVE_ENDS:
            words = words[:k]
            break
    return roles(" ".join(words))


_APPOSITIVE_ENDS = frozenset("of to for at from in on with who which that".split())


def is_person_name(phrase: str, bare: str, name: str) -> bool:
    """Is the name ending ``phrase`` a person's (not part of an organisation's name)?

    When an organisation's word precedes the name, a role must stand between them.
    """
    words = phrase.split()
    before = words[: len(words) - len(name.split())]
    if before and before[-1].lower().rstrip(".") in HONORIFICS:
        return True  # "Dr Fox", "Mr Post": an honorific makes a person of any name
    if looks_like_org_name(name) or bare in PLACES or name in PLACES:
        return False
    if name.split()[0] in _PLACE_OPENERS or name.split()[0] in PLACES:
        return False  # "West Virginia", "Russia Today"
    if name.lower() in CALENDAR:
        return False  # "Wednesday"
    org_at = max(
        (i for i, w in enumerate(before) if w[:1].isupper() and looks_like_org_name(w)),
        default=-1,
    )
    role_at = max((i for i, w in enumerate(before) if is_role_word(w)), default=-1)
    return org_at < 0 or role_at >= org_at  # "House" is a role in "House Speaker"


_NAME_FORMS = frozenset("states posts times news reports notes charges".split())
# Capitalised speech verbs, which end a name in a headline ("Christie Calls Clinton"); not
# the cue forms that are words of names as well (the *Post*, the United *States*).
_HEADLINE_VERBS = frozenset(
    spelling
    for low in CUE_FORMS
    if (low.endswith(("s", "ed")) or low in ("said", "told")) and low not in _NAME_FORMS
    for spelling in (low.capitalize(), low.upper())
)


def _headline_verb(word: str) -> bool:
    return word in _HEADLINE_VERBS


def _lower_role(word: str) -> bool:
    return word[:1].islower() and is_role_word(word)


@functools.lru_cache(maxsize=1 << 14)
def _name_gender(full_name: str) -> str | None:
    """The gender an unambiguous first name of ``full_name`` gives (:mod:`.first_names`)."""
    first = given_name(full_name)
    return first_name_gender(first) if first else None


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[0].isalpha()


def _bare(phrase: str) -> str:
    """A name without a leading ``the`` or a trailing possessive."""
    bare = phrase.removeprefix("The ").removeprefix("the ").strip()
    return bare[:-2] if bare.endswith(("'s", "’s")) else bare


def _first_name_like(word: str) -> bool:
    """Can ``word`` open a person's name: a known first name or an initial?"""
    return is_first_name(word) or (len(word.rstrip(".")) == 1 and word[:1].isupper())


def _full_person(phrase: str) -> bool:
    name = person_name(phrase)
    return (
        name is not None
        and len(name.split()) >= 2
        and not looks_like_org_name(name)
        and _first_name_like(name.split()[0])
    )


def common_word(text: str, word: str) -> bool:
    """Is the capitalised ``word`` a common word that only opens sentences in ``text``?

    True when the article also writes it in lower case, as a word of its own, and
    every capitalised occurrence opens a sentence or a line: ``Plans include …``
    beside ``the plans``. A name is capitalised mid-sentence too (``said Brown``,
    ``by Orange``).

    >>> common_word("Plans grow. The plans are new.", "Plans")
    True
    >>> common_word("Orange said no. An orange logo, said Orange.", "Orange")
    False
    """
    low = word.lower()
    if low == word or not _as_word(text, low):
        return False
    p = _as_word(text, word)
    while p is not None:
        before = text[:p].rstrip(" \t\"'“‘(")
        if before and before[-1] not in ".!?:\n":
            return False
        p = _as_word(text, word, p + len(word))
    return True


def _as_word(text: str, word: str, start: int = 0) -> int | None:
    """Where ``word`` next stands as a word of its own in ``text`` from ``start``, or None."""
    p = text.find(word, start)
    while p >= 0:
        e = p + len(word)
        if (p == 0 or not text[p - 1].isalnum()) and (e == len(text) or not text[e].isalnum()):
            return p
        p = text.find(word, e)
    return None


def _common_word(text: str, phrase: str) -> bool:
    """A one-word speaker mention that is a common word opening its sentence (``Plans``)."""
    words = phrase.split()
    return len(words) == 1 and common_word(text, words[0].rstrip(".,"))


def _is_name_phrase(phrase: str) -> bool:
    """Is a speaker mention a name (capitalised words on one line), not a description?"""
    if "\n" in phrase:
        return False
    head = _bare(phrase.split(",")[0].split("(")[0]).split()
    return bool(head) and _capitalised(head[-1])


# "the newspaper" is the Times, "the union" the Association of Flight Attendants.
_PAPERS = (
    "times post journal herald tribune gazette guardian telegraph independent observer "
    "mirror express daily"
).split()
_HEAD_SYNONYMS = {
    "newspaper": _PAPERS,
    "paper": _PAPERS,
    "magazine": ["review", "weekly", "monthly", "atlantic", "yorker", "economist"],
    "union": ["association", "federation", "union", "guild"],
    "company": ["inc", "corp", "co", "ltd", "plc", "group", "energy", "motors", "airlines"],
    "firm": ["inc", "corp", "ltd", "plc", "group", "llc", "partners"],
    "agency": ["agency", "bureau", "administration", "service", "office"],
    "network": ["cnn", "bbc", "abc", "nbc", "cbs", "fox", "msnbc", "news"],
    "broadcaster": ["bbc", "itv", "channel", "cnn", "abc", "nbc", "cbs", "fox", "news"],
    "site": ["news", "hedge", "politifact", "breitbart"],
    "website": ["news", "hedge", "politifact", "breitbart"],
    "government": ["government", "administration", "kremlin"],
}
_OTHER = {"female": "male", "male": "female"}
_PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "male"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "female"),
}
# In a sentence that names one person, subject pronouns only: "her" and "his" often
# point at someone it does not name ("Sanders told MSNBC nobody would question her
# intelligence"). Among several people, agreement decides, and every form counts.
_SUBJECT = frozenset(("he", "himself", "she", "herself"))
# A sentence opening with a prepositional phrase that holds a possessive, then a comma and
# the name ("In his speech, ", "At her Brooklyn school, "): one comma, one pronoun.
_FRONTED_PHRASE = re.compile(
    r"[\"“‘']?(?:In|At|On|During|For|From|Since|Before|After|Throughout|Upon|Despite|Like|With)"
    r" (?:[^,.;:!?\n]*? )?(his|her|His|Her) [^,.;:!?\n]*,[ \t]+"
)


@functools.lru_cache(maxsize=1 << 15)
def name_parts(name: str) -> tuple[str, ...]:
    """The words of a person's name that tell people apart: ``Jr.``, ``III`` left out."""
    return tuple(w for w in name.split() if w.lower() not in _SUFFIXES)


def _same_first(a: str, b: str) -> bool:
    """Do two first names (or initials) name the same person?"""
    a, b = a.rstrip("."), b.rstrip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _ends_with(name: str, words: list[str]) -> bool:
    low = [w.lower() for w in name.split()]
    return len(low) > len(words) and low[-len(words) :] == [w.lower() for w in words]


def _fuller(candidate: str, current: str) -> bool:
    return (len(candidate.split()), len(candidate)) > (len(current.split()), len(current))


def _short_form(short: list[str], full: list[str]) -> bool:
    """Is ``short`` a prefix or suffix of ``full`` (``Peabody`` of ``Peabody Energy``)?"""
    return len(short) < len(full) and (full[: len(short)] == short or full[-len(short) :] == short)


def _nearest(cands: list[Entity], pos: int) -> Entity | None:
    """The only candidate; else the one named nearest before ``pos``; else the first after."""
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    best, best_pos = None, -1
    for x in cands:
        k = bisect.bisect_left(x.positions, pos) - 1
        if k >= 0 and x.positions[k] > best_pos:
            best, best_pos = x, x.positions[k]
    if best is not None:
        return best
    return min(cands, key=lambda x: x.first)


def organisation_head(name: str) -> str | None:
    """The organisation head noun ending a possessive description (``Clinton's campaign``)."""
    words = name.split()
    return words[-1].lower() if words and words[-1].lower() in ORG_HEADS else None


def honorific_of(phrase: str) -> str | None:
    """The honorific a mention opens with (``Mr.``), lower-case without its dot."""
    first = phrase.split()[:1]
    low = first[0].lower().rstrip(".") if first else ""
    return low if low in HONORIFICS else None

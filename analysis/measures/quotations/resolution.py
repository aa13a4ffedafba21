"""Who a speaker mention stands for: the speaker's name, kind, gender and key.

Each quotation's speaker mention (as written: "he", "Mr. Obama", "the
ministry", "a senior official") is resolved to a :class:`Speaker`:

- a **name** is the person or organisation of :mod:`.entities` it names, under
  the fullest name the article uses (``President Obama``, ``Obama``, ``Mr.
  Obama`` -> ``Barack Obama``; ``the Post`` -> ``The Washington Post``;
  ``Chancellor Gordon Brown`` -> ``Gordon Brown``), or the name itself when the
  article names it once; a country that speaks is an organisation;
- a **personal pronoun** (``he``, ``she``, ``it``, ``they``) is the nearest
  earlier speaker or cue subject outside quotations that the article names and
  that agrees with it (``he``: a person not known to be female; ``she``: not
  known to be male; ``it``: an organisation; ``they``/``we``: an organisation
  or a named group), following an earlier pronoun to the name it resolved to;
  a relative pronoun (``Jane Roe, who said``) is the noun phrase it hangs on;
- a **definite description** is the named entity it refers back to: a role
  (``the president``, ``the Indiana governor``) is the person the article gave
  that role (``President Obama``, ``Gov. Mike Pence``), an organisation's head
  noun (``the ministry``, ``the newspaper``) the organisation whose name holds
  it (or a kind of it: a newspaper is a *Times* or a *Post*), nearest before
  the mention, else after it; ``Clinton's campaign`` is the campaign of the
  person the article calls Clinton;
- anything else is an **unnamed source**: no name (``a senior official``,
  ``aides``, ``the report``, a description with nothing to refer back to, a
  pronoun with nobody to point at). Its kind comes from its head noun.

Never a word inside a quotation, never a word that is not a name: a name
always starts with a capital and is read outside the quotation it attributes.

``speaker_type``: ``person``, ``organisation``, ``group`` (several people who
are not one organisation) or ``document`` (a report, letter, statement…).
``speaker_gender`` (persons only): ``female``/``male`` with
``speaker_gender_evidence`` ``text`` (an honorific, a gendered role or a
pronoun of the article that refers to the person) or ``name`` (an unambiguous
first name, :mod:`.first_names`); else ``unknown``. ``speaker_id``: a key of the
name (:func:`speaker_id`), the same for the same name in every article.

Why one module (about 610 lines): :class:`Resolver` is one recursive walk. A
pronoun follows an earlier pronoun to the name it resolved to, a description
looks for a named entity and falls back to an unnamed source, and every branch
(``_pronoun``, ``_named``, ``_description``, ``_described_org``) shares the
resolver's state: the article's entities, the sorted speaker and cue-subject
mentions (:class:`CueMentions`, found lazily) and the memo of mentions already
resolved, which also stops a pronoun's walk from looping. The word tests the
branches share (``_agrees``, ``_possessor``, ``_is_name``) sit below the class.
Split by branch, each piece would need the whole resolver passed to it.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

from analysis.measures.quotations.cue_scan import cues_in
from analysis.measures.quotations.cues import NAMING
from analysis.measures.quotations.entities import (
    PLACES,
    ArticleEntities,
    Entity,
    common_word,
    is_person_name,
    org_name,
    organisation_head,
)
from analysis.measures.quotations.names import _ROLE_FORMS as ROLE_FORMS
from analysis.measures.quotations.names import (
    GROUP_HEADS,
    NATIONALITIES,
    ORG_HEADS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    clean,
    head_word,
    honorific_gender,
    is_indefinite,
    is_role_word,
    is_title,
    kind_of_description,
    looks_like_org_name,
    name_key,
    person_name,
    strip_appositive,
)
from analysis.measures.quotations.noun_phrases import (
    CONJUNCTS,
    NOT_NAME,
    PHRASE_BOUNDARY,
    PRONOUNS,
    RELATIVE,
    SENTENCE_ADVERBS,
    np_before,
)
from analysis.units.article import ArticleText

# Words after which a name is not the speaker but someone the speaker is tied to.
_NOT_BEFORE_NAME = frozenset("for to of with by from about at on in and or than".split())

# Words that may follow a speaker's name inside a mention without changing who it is.
_ASIDE_WORDS = frozenset("himself herself also too then now again later still once".split())


def _is_aside_word(word: str) -> bool:
    """An adverb or a reflexive after a name (``hardly``, ``recently``, ``himself``)."""
    low = word.lower()
    return low in _ASIDE_WORDS or (low.endswith("ly") and len(low) > 4)


_SLASH_DATE = re.compile(r"\d{1,2}/\d{1,2}")  # 9/11, 24/7

_PARENS = re.compile(r"\s*\([^()]*\)")
_MALE = frozenset("he him his himself".split())
_FEMALE = frozenset("she her hers herself".split())
_THING = frozenset("it its itself".split())
_PLURAL = frozenset("they them their we us our".split())
_FIRST_PERSON = frozenset("i me my".split())
_DEFINITE = frozenset("the this that these those".split())


@dataclass
class Mention:
    """A speaker mention: ``text[start:end]``, its cue ``text[cue_start:cue_end]``."""

    start: int
    end: int
    cue_start: int = -1
    cue_end: int = -1


@dataclass(frozen=True)
class Speaker:
    """Who a mention stands for: a named entity, or an unnamed source (``name`` None)."""

    name: str | None
    type: str
    gender: str | None = None  # persons: "female", "male" or "unknown"; else None
    evidence: str | None = None  # "text", "name" or None

    @property
    def id(self) -> str | None:
        return speaker_id(self.name) if self.name else None


def speaker_id(name: str) -> str:
    """A corpus-stable key for a speaker's name: the same name gives the same key anywhere.

    Case, punctuation, a possessive and a leading ``the`` do not change it.

    >>> speaker_id("The Washington Post") == speaker_id("Washington Post")
    True
    >>> speaker_id("Tony Blair")
    'sp-39e66bcc90'
    """
    digest = hashlib.sha1(name_key(name).encode("utf-8")).hexdigest()
    return "sp-" + digest[:10]


@dataclass
class _Ref:
    """A mention resolved: to an entity of the article, or unnamed with a kind."""

    entity: Entity | None
    kind: str
    name: str | None = None  # a name the article does not list as an entity
    gender: str | None = None


class MoreMentions(Protocol):
    """Mentions found on demand, cue by cue, in the ranges a text is cut into.

    Range ``k`` is ``[bounds[k], bounds[k + 1])`` (``k == -1``: before
    ``bounds[0]``). ``starts(k)`` are the starts of its cues, in order;
    ``at(k, i)`` the mention of cue ``i`` there (None if it has none), which
    starts in range ``k`` and before the cue.
    """

    def starts(self, k: int) -> list[int]: ...

    def at(self, k: int, i: int) -> tuple[int, int] | None: ...


class Resolver:
    """Resolves the speaker mentions of one article (see the module docstring).

    ``mentions`` are the article's speech events (every attributed quotation's
    mention); with ``more``, the subjects of its other cues are found when a
    pronoun needs them (see :class:`MoreMentions`; ``bounds`` cut the text into
    its ranges). ``inside(pos)``: does ``pos`` lie inside a quotation?
    ``speakers``: the mentions whose names count as the article's entities
    (default: ``mentions``).
    Resolve every mention with :meth:`resolve`, then read each
    :meth:`speaker`: a pronoun resolved later may still add gender evidence to
    a person.
    """

    def __init__(
        self,
        doc: ArticleText,
        mentions: list[Mention],
        bounds: list[int] | None = None,
        more: MoreMentions | None = None,
        inside: Callable[[int], bool] | None = None,
        speakers: list[Mention] | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc.text
        ms = sorted({(m.start, m.end) for m in mentions})
        self.starts = [s for s, _ in ms]
        self.mentions = ms
        self._bounds = bounds or []
        self._more = more
        self._ranges: dict[int, list[tuple[int, int]]] = {}
        self._inside = inside or (lambda pos: False)
        self._entities: ArticleEntities | None = None
        # The speaker mentions whose names the article's entities include (all, by default).
        self._speakers = ms if speakers is None else sorted({(m.start, m.end) for m in speakers})
        self._refs: dict[tuple[int, int], _Ref] = {}

    @property
    def entities(self) -> ArticleEntities:
        if self._entities is None:
            self._entities = ArticleEntities(self.doc, self._inside, self._speakers)
        return self._entities

    def _before(self, pos: int) -> Iterator[tuple[int, int]]:
        """The mentions starting before ``pos``, nearest (last in ``(start, end)`` order) first."""
        more = self._more
        if more is None:
            i = bisect.bisect_left(self.starts, pos) - 1
            while i >= 0:
                yield self.mentions[i]
                i -= 1
            return
        k = bisect.bisect_right(self._bounds, pos - 1) - 1
        while k >= -1:
            ms = self._range(k)
            i = bisect.bisect_left(ms, (pos,)) - 1
            while i >= 0:
                yield ms[i]
                i -= 1
            k -= 1

    def _range(self, k: int) -> list[tuple[int, int]]:
        """The mentions starting in range ``k`` of the bounds, with its cues' mentions, sorted."""
        got = self._ranges.get(k)
        if got is None:
            bounds, more = self._bounds, self._more
            lo = bisect.bisect_left(self.starts, bounds[k]) if k >= 0 else 0
            hi = bisect.bisect_left(self.starts, bounds[k + 1]) if k + 1 < len(bounds) else None
            found = (more.at(k, i) for i in range(len(more.starts(k))))  # type: ignore[union-attr]
            got = sorted(set(self.mentions[lo:hi]).union(m for m in found if m is not None))
            self._ranges[k] = got
        return got

    def resolve(self, start: int, end: int) -> _Ref:
        """The mention ``text[start:end]`` resolved (memoised per span)."""
        key = (start, end)
        got = self._refs.get(key)
        if got is None:
            self._refs[key] = _Ref(None, "person")  # a pronoun's walk never loops back here
            got = self._refs[key] = self._resolve(start, end)
        return got

    def speaker(self, ref: _Ref) -> Speaker:
        """The :class:`Speaker` of a resolved mention, with the entity's final gender."""
        ent = ref.entity
        if ent is not None:
            if ent.kind != "person":
                return Speaker(ent.name, ent.kind)
            return Speaker(ent.name, "person", ent.gender or "unknown", ent.evidence)
        if ref.kind != "person":
            return Speaker(ref.name, ref.kind)
        return Speaker(ref.name, "person", ref.gender or "unknown", "text" if ref.gender else None)

    # -- one mention ------------------------------------------------------------------------

    def _resolve(self, start: int, end: int) -> _Ref:
        mention = self.text[start:end]
        low = clean(mention).lower()
        base = low.split("'")[0]
        if base != low and base in PRONOUNS:
            low = base  # "He's", "I'm": a pronoun and a contracted verb
        if low in RELATIVE:
            # "Jane Roe, who said": the noun phrase the relative clause hangs on.
            text = self.text
            k = len(text[max(0, start - 10) : start].rstrip(" ,-—–")) + max(0, start - 10)
            s, e = np_before(self.doc, k, max(0, start - 200), skip_adverbs=False)
            if s >= 0 and text[s:e].lower() not in RELATIVE:
                return self.resolve(s, e)
            return _Ref(None, "organisation" if low == "which" else "person")
        if low in PRONOUNS or low in _MALE | _FEMALE | _THING | _PLURAL:
            return self._pronoun(low, start)
        return self._named_or_described(mention, start)

    def _pronoun(self, low: str, pos: int) -> _Ref:
        """The nearest earlier named entity the pronoun agrees with (see the module docstring).

        Speakers and cue subjects come first; a person or organisation that opens
        a later sentence (its subject, as ``Anderson largely agreed …`` before
        ``he said``) is nearer and taken instead.
        """
        gender = "male" if low in _MALE else "female" if low in _FEMALE else None
        found: _Ref | None = None
        found_at = -1
        for s, e in itertools.islice(self._before(pos), 40):
            if self._inside(s):
                continue  # never a word inside a quotation
            ref = self.resolve(s, e)
            if ref.entity is None or not _agrees(low, ref.entity):
                continue
            if gender is None or ref.entity.gender == gender:
                # Known to agree: taken before a nearer one of unknown gender, unless
                # that one is in the pronoun's paragraph or the one before and this is not.
                if found is None or self._paragraph(s) >= self._paragraph(pos) - 1:
                    found, found_at = ref, s
                break
            if found is None:
                found, found_at = ref, s
        subject = self._subject_before(low, pos, found_at)
        if subject is not None and (gender is None or subject.gender == gender or found is None):
            found = _Ref(subject, subject.kind)
        if found is None:
            # No speaker, cue subject or sentence subject agrees: the entity named last.
            ent = self._named_before(low, pos)
            found = None if ent is None else _Ref(ent, ent.kind)
        if found is not None:
            return self._refers(found, gender)
        # Nobody to point at: an unnamed source of the pronoun's kind.
        if low in _THING:
            return _Ref(None, "organisation")
        if low in _PLURAL:
            return _Ref(None, "group")
        return _Ref(None, "person", gender=gender)

    def _subject_before(self, pronoun: str, pos: int, after: int) -> Entity | None:
        """The nearest entity after ``after`` and before ``pos`` that opens its sentence."""
        ents = self.entities
        doc = self.doc
        s_starts = doc.sentence_starts
        text = self.text
        best, best_pos = None, after
        for x in ents.people + ents.orgs:
            if not _agrees(pronoun, x):
                continue
            k = bisect.bisect_left(x.positions, pos) - 1
            while k >= 0 and x.positions[k] > best_pos:
                p = x.positions[k]
                si = bisect.bisect_right(s_starts, p) - 1
                lead = text[s_starts[si] if si >= 0 else 0 : p].strip(" \"“”'‘’")
                if not lead or lead[-1] == "," or lead.split()[-1].lower() in _SUBJECT_LEADS:
                    best, best_pos = x, p
                    break
                k -= 1
        return best

    def _paragraph(self, pos: int) -> int:
        return bisect.bisect_right(self.doc.paragraph_starts, pos) - 1

    def _refers(self, ref: _Ref, gender: str | None) -> _Ref:
        """``ref``, now referred to by a pronoun of ``gender``: evidence of the person's."""
        if gender is not None and ref.entity is not None:
            ref.entity.add_gender(gender, "text")
        return ref

    def _named_before(self, pronoun: str, pos: int) -> Entity | None:
        """The entity named nearest before ``pos`` (outside quotations) that agrees.

        For a pronoun no speaker or cue subject before it agrees with: the person
        a headline or an opening sentence named.
        """
        ents = self.entities
        pool = ents.people if pronoun not in _THING | _PLURAL else ents.orgs
        best, best_pos = None, -1
        for x in pool:
            if not _agrees(pronoun, x):
                continue
            k = bisect.bisect_left(x.positions, pos) - 1
            if k >= 0 and x.positions[k] > best_pos:
                best, best_pos = x, x.positions[k]
        return best

    def _named_or_described(self, mention: str, pos: int) -> _Ref:
        m = clean(mention)
        head, appositive = strip_appositive(_PARENS.sub("", m))
        words = _head_part(head).split()
        if not words:
            return _Ref(None, "person")
        last = words[-1].removesuffix("'s").removesuffix("’s")
        possessor = _possessor(_head_part(head))
        if possessor and organisation_head(_head_part(head)):
            # "Clinton's campaign": the campaign of the person the article calls Clinton.
            owner = self._named(possessor, pos)
            name = owner.entity.name if owner.entity else owner.name
            suffix = head[head.index(possessor) + len(possessor) :]  # after "the People"
            return _Ref(None, "organisation", name=f"{name}{suffix}" if name else None)
        inner = self._person_within(_head_part(head), pos)
        if inner is not None:
            return _Ref(inner, "person")
        if (
            not last[:1].isupper()
            or is_indefinite(head)
            or (is_role_word(last) and person_name(head) is None)
        ):
            if appositive and _is_name(appositive):
                return self._named(appositive, pos)  # "Another critic, Laurence H. Tribe"
            return self._description(m, pos)  # "the ministry", "a senior official"
        bare = head.removeprefix("The ").removeprefix("the ").strip()
        if bare.lower() in GROUP_HEADS or _demonym_plural(bare):
            # "Democrats" name a group; "Protesters", "Mexicans" describe one.
            named = bare if bare.lower() in _PARTY_GROUPS else None
            return _Ref(None, "group", name=named)
        return self._named(mention, pos)

    def _person_within(self, head: str, pos: int) -> Entity | None:
        """A person the article names in full, at one end of a mention that says more.

        The mention finder may leave words of the sentence beside a name: an
        adverb after it (``Mr. Trump hardly``, ``Osbourne himself``), or a lead-in
        before it that has no comma (``In a Bloomberg interview Trump declared``
        gives ``a Bloomberg interview Trump``). Nouns after a name make it a
        modifier (``Rover bosses``, ``Plaid Cymru health spokesman``), and a name
        after ``for``, ``to``, ``of`` … or a possessive is someone else (``a
        spokesman for Hillary Clinton``, ``Ivana Trump's brief``). Only a person
        the article also names with a first name and a surname is taken, so a
        capitalised word is never promoted to a person here.
        """
        words = head.split()
        if len(words) < 2:
            return None
        caps = [w[:1].isupper() for w in words]
        if caps[0] and not caps[-1]:
            cut = caps.index(False)
            name, rest = words[:cut], words[cut:]
            if name[-1].endswith(("'s", "’s")) or not all(map(_is_aside_word, rest)):
                return None
        elif caps[-1] and not caps[0]:
            cut = len(caps) - caps[::-1].index(False)
            rest, name = words[:cut], words[cut:]
            if len(rest) < 2 or rest[-1].lower() in _NOT_BEFORE_NAME:
                return None
        else:
            return None
        if not all(w.replace(".", "").isalpha() for w in name) or not all(
            w.replace(".", "").isalpha() or _SLASH_DATE.fullmatch(w) for w in rest
        ):
            return None  # "a 2008 Clinton" is a cut phrase; "9/11 widow Terry Strada" a name
        phrase = " ".join(name)
        person = person_name(phrase)
        if person is None:
            return None
        ent = self.entities.person(person, pos, honorific_gender(phrase))
        return ent if ent is not None and " " in ent.name else None

    def _named(self, mention: str, pos: int) -> _Ref:
        """A capitalised mention: a person the article names, or an organisation."""
        ents = self.entities
        m = clean(mention)
        head, _ = strip_appositive(m)
        bare = head.removeprefix("The ").removeprefix("the ").strip()
        name = person_name(mention)
        gender = honorific_gender(mention)
        known = name is not None and ents.person(name, pos, gender) is not None
        if name is not None and (known or is_person_name(head, bare, name)):
            # A person the article names (Rep. Jim Jordan) before a country (Jordan).
            ent = ents.person(name, pos, gender)
            if ent is not None:
                return _Ref(ent, "person")
            if len(name.split()) == 1 and is_role_word(head.split()[-1]):
                return self._description(m, pos)  # "Retired General": a role, not a name
        if looks_like_org_name(bare) or bare in PLACES or bare.lower() in KNOWN_ORGS:
            org = org_name(bare) or bare  # "the event organizer Alliance to Reclaim Our Schools"
            ent = ents.organisation(org, pos) or ents.adopt(org, "organisation", pos)
            return _Ref(ent, "organisation")
        if name is None:
            return self._description(m, pos)
        org = ents.organisation_ending(name, pos)
        if org is not None:
            return _Ref(org, "organisation")  # "Peabody" of Peabody Energy
        titled = gender is not None or any(is_title(w) for w in m.split())
        if (
            len(name.split()) == 1
            and not titled
            and (name.lower() in _NOT_A_NAME or common_word(self.text, name))
        ):
            # "Here's", "Only": no name; nor "Plans include …", a common word that
            # is capitalised only where it opens a sentence.
            return _Ref(None, "person", gender=gender)
        # A name the article gives only here ("Gatland has not yet offered …"): a
        # person of its own, whom a later pronoun may refer to.
        ent = ents.adopt(name, "person", pos)
        ent.add_gender(gender, "text", weight=3)
        return _Ref(ent, "person")

    def _description(self, mention: str, pos: int) -> _Ref:
        """A description: the named entity it refers back to, else an unnamed source."""
        kind = kind_of_description(mention)
        gender = honorific_gender(mention)
        if is_indefinite(mention) or kind in ("document", "group"):
            return _Ref(None, kind, gender=gender)
        words = mention.split()
        definite = bool(words) and words[0].lower() in _DEFINITE
        if not definite or _has_possessive(strip_appositive(mention)[0]):
            return _Ref(None, kind, gender=gender)  # "his spokesman", "aides to the mayor"
        head = head_word(mention)
        if kind == "organisation" or head in ORG_HEADS:
            ent = self.entities.by_head(head, pos) or self._described_org(head, pos)
            return _Ref(ent, "organisation")
        role = ROLE_FORMS.get(head, head)
        if role not in ROLE_NOUNS:
            return _Ref(None, "person", gender=gender)  # "the announcer": nobody named
        lows = [w.lower().rstrip(".") for w in strip_appositive(mention)[0].split()]
        ents = self.entities
        ent = None
        if len(lows) >= 2 and lows[-2] in ROLE_MODIFIERS:
            ent = ents.by_role(f"{lows[-2]} {role}", pos)
        ent = ent or ents.by_role(role, pos)
        if ent is None:
            # "the Vermont senator" where the article never called Sanders a senator: the
            # person it spoke of last (of the description's gender, if it gives one).
            ent = self._named_before("she" if gender == "female" else "he", pos)
            if ent is not None and gender is None and ent.gender == "female":
                ent = self._named_before("person", pos)
        return _Ref(ent, "person", gender=gender)

    def _described_org(self, head: str, pos: int) -> Entity | None:
        """An organisation named by a capitalised modifier and ``head`` before ``pos``.

        ``Russia's foreign ministry`` and ``the Japanese embassy`` are written in
        lower case but named: ``the ministry`` after them is them.
        """
        text = self.text
        low = text.lower()
        found = None
        p = low.find(head, 0, pos)
        while p >= 0:
            e = p + len(head)
            if (p == 0 or not low[p - 1].isalnum()) and (e >= len(low) or not low[e].isalnum()):
                s, e2 = np_before(self.doc, e, max(0, p - 120), skip_adverbs=False)
                if s >= 0 and not self._inside(s):
                    words = text[s:e2].split()
                    if words[0].lower() in ("the", "this", "that"):
                        words = words[1:]
                    if len(words) >= 2 and words[0][:1].isupper():
                        # "Russia's foreign ministry", "Russian foreign ministry": a
                        # name, not "a struggling German club" or "two US firms".
                        found = " ".join(words)
                        named = org_name(found)
                        if named and named.split()[-1].lower() == head:
                            found = named  # "the nonpartisan Commission": its name
            p = low.find(head, e, pos)
        if found is None:
            return None
        ents = self.entities
        return ents.organisation(found, pos) or ents.adopt(found, "organisation", pos)


#: Organisations often named by one word that says nothing of what they are.
KNOWN_ORGS = frozenset(
    """reuters politifact gallup breitbart bloomberg axios vox slate salon buzzfeed twitter
    facebook google apple microsoft amazon walmart youtube instagram netflix uber tesla
    boeing exxon chevron pfizer moodys moody's fitch nasdaq interpol amnesty greenpeace
    oxfam unicef unesco hamas hezbollah taliban isis isil wikileaks politico ipsos yougov
    rasmussen quinnipiac marist""".split()
)


def _demonym_plural(word: str) -> bool:
    """``Mexicans``, ``Americans``: a nationality's people, described, not named."""
    return word.endswith("s") and word[:-1] in NATIONALITIES


# Words after which a name is still its sentence's subject ("Former Pennsylvania Gov.").
_SUBJECT_LEADS = (
    frozenset("former gov. sen. rep. president the".split()) | CONJUNCTS | SENTENCE_ADVERBS
)
# Capitalised words that open sentences and are never a name on their own.
_NOT_A_NAME = (
    NOT_NAME
    | PHRASE_BOUNDARY
    | frozenset("here there only many some most more contrary according".split())
)
_PARTY_GROUPS = frozenset("democrats republicans conservatives liberals tories".split())


def _head_part(phrase: str) -> str:
    """A phrase up to its first preposition or relative (``Officials at the agency``)."""
    words = phrase.split()
    for k, w in enumerate(words):
        if k and w.lower() in _HEAD_STOPS:
            return " ".join(words[:k])
    return phrase


_HEAD_STOPS = frozenset("at for from in on with who which that".split())


def _is_name(phrase: str) -> bool:
    """Is ``phrase`` a person's name (``Laurence H. Tribe``), capitalised words only?"""
    name = person_name(phrase)
    return name is not None and len(name.split()) >= 2 and not looks_like_org_name(name)


def _agrees(pronoun: str, ent: Entity) -> bool:
    """Can ``pronoun`` refer to ``ent`` (number, gender, person or not)?"""
    gender = ent.gender
    if pronoun in _MALE:
        return ent.kind == "person" and gender != "female"
    if pronoun in _FEMALE:
        return ent.kind == "person" and gender != "male"
    if pronoun in _THING:
        return ent.kind == "organisation"
    if pronoun in _PLURAL:
        return ent.kind in ("organisation", "group")
    return ent.kind == "person"


def _possessor(phrase: str) -> str | None:
    """``Clinton`` of ``Clinton's campaign`` (a name of capitalised words), else None."""
    for sep in ("'s ", "’s "):
        if sep in phrase:
            owner = phrase.split(sep, 1)[0].removeprefix("The ").removeprefix("the ")
            words = owner.split()
            if words and len(words) <= 4 and all(w[:1].isupper() for w in words):
                return owner
    return None


def _has_possessive(phrase: str) -> bool:
    return any(w.endswith(("'s", "’s", "s'")) for w in phrase.split()) or any(
        w.lower() in {"his", "her", "their", "its", "our", "my", "your"} for w in phrase.split()
    )


class CueMentions:
    """The subjects of an article's cues, by paragraph: the resolver's other mentions.

    Found only when a pronoun is resolved, paragraph by paragraph back from it
    (see :class:`MoreMentions`; a cue's mention starts in the cue's paragraph).
    The cues are those of the whole text (a capitalised cue counts by its place
    in it).
    """

    def __init__(self, doc: ArticleText) -> None:
        self.doc = doc
        self.text = doc.text
        self.para_starts = doc.paragraph_starts
        self.cue_starts: list[int] | None = None
        self.by_para: dict[int, list[int]] = {}
        self.found: dict[int, tuple[int, int] | None] = {}

    def starts(self, k: int) -> list[int]:
        """Starts of the cues in paragraph ``k`` (-1: before the first paragraph)."""
        got = self.by_para.get(k)
        if got is not None:
            return got
        text, bounds = self.text, self.para_starts
        if self.cue_starts is None:
            self.cue_starts = [
                cs
                for cs, ce in cues_in(self.doc, 0, len(text))
                if text[cs:ce].lower() not in NAMING
            ]
        cue_starts = self.cue_starts
        lo = bisect.bisect_left(cue_starts, bounds[k]) if k >= 0 else 0
        hi = bisect.bisect_left(cue_starts, bounds[k + 1]) if k + 1 < len(bounds) else None
        got = self.by_para[k] = cue_starts[lo:hi]
        return got

    def at(self, k: int, i: int) -> tuple[int, int] | None:
        """The subject of cue ``i`` of paragraph ``k``."""
        cs = self.starts(k)[i]
        if cs not in self.found:
            s, e = np_before(self.doc, cs, self.para_starts[k] if k >= 0 else 0)
            self.found[cs] = (s, e) if s >= 0 else None
        return self.found[cs]

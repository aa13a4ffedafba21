"""Who said it: the speaker mention and cue of each quotation.

Speaker mention (``speaker``): the noun phrase as written that is the subject of
a speech cue (:mod:`analysis.measures.quotations.cues`) attached to the quotation, found by these
patterns, tried in this order (left ones first when the quotation opens in the
middle of a sentence, right ones first when it opens the sentence):

- right: ``“…,” X said`` / ``“…,” said X`` / ``“…” — X`` (after a quotation that
  ends its sentence, only right at the closing mark and with the cue right after
  the speaker and ending its clause: ``“….” Roe, the chair, said``; not ``“…?”
  Her critics cited it``, ``“….” She said that …``) (a dash, no verb: em or
  en dash, the quotation dash ``―`` or ``--``); ``“…,” the sign read``;
  ``“…,” like the slump, said X`` (inverted after a comma; in a parenthesis too:
  ``The idea, says BT, is …``); and after a quotation
  ending in ``,`` ``?`` ``!``, whatever the verb: a name, pronoun or determiner
  phrase followed by a past tense (``“…,” Toomey fumed``, ``Roe shot back``, ``an
  angry Lee retaliated``; a present only with a particle: ``he points out``; not a
  passive ``… by`` nor a verb with an object, ``Roe put his house up for sale``),
  or a past tense followed by the name and the clause's end (``“Oh, dear!” cried
  Catherine``, ``returned the stranger``; never a participle's object, ``“…,”
  accusing it of …``, nor an object pronoun). A cue in a subordinate clause after the
  quotation (``“…,” when Roe blasted him``, ``as if nobody had spoken``) is not
  the quotation's (``as Roe said`` is);
- a quotation closed by a comma (``?``, ``!``) with a cue within 40 characters
  after it takes that right attribution even mid-sentence (``…: “Change it,”
  she said``; not across a conjunction: ``“…,” but she said``);
- left, same sentence: ``X said: “…”`` / ``X told reporters “…”`` /
  ``according to X, “…”`` / ``X warned that the plan was “reckless”``: the
  first reporting verb (say, tell, … — the outermost report: ``X said that Y
  told him “…”`` is X's; never a passive one, ``they were announced``) that is
  not in a subordinate, participial or
  prepositional lead-in (``Asked about it,``, ``as he spoke``, ``what he
  wrote``, ``In a post Friday,``), else the nearest other cue, whose subject
  is found (``Roe knocked Lee on taxes and called him “…”``: the subject of the
  past-tense verb before ``and``); ``Roe denounced what he called “…”`` is Roe's (a
  he/she/they/it subject after ``what`` gives way to the clause subject); a time
  phrase between subject and verb is stepped over (``Roe at the time said``,
  ``who in 2010 said``). A quotation in a coordinated clause (``, but she
  cautions that “…”``, ``,” but she said``, ``; he …``) takes that clause's cue
  or subject first; one after ``, and`` its cue only (``and`` also joins a
  list: ``Ann, Bo, and Cy to “…”``);
- a passive cue: ``labeled as a “witch hunt” by Democrats`` is the agent's;
- the outer source of a report: ``“…,” Roe said, according to the Times`` is
  the Times' (annotators take the outer attribution), when ``according to``
  stands in the sentence of the cue;
- ``as X put it``; the possessor of a speech noun (``Roe’s answer was that
  “…”``, ``in Roe’s view``), mention with its ``’s``;
- the sentence subject when no cue is found (a name, a pronoun, a determiner
  phrase ``The new ad``; never a capitalised preposition, auxiliary, adverb
  or number such as ``Across``, ``Could``, ``Thirty``; with an appositive
  ``Gov. Lu Chen, a Democrat,``),
  after a dateline (``DENVER (AP) —``), a conjunction (``Yet she …``) and a
  lead-in that may hold commas of its own (``At a fair in Ames, Iowa, on Monday,``);
  after the quotation when it stands in a lead-in that reports speech (``After
  saying it was “so swollen,” she …``);
- previous paragraph ending in a colon with a cue (``X said:`` then the quote),
  or in a cue and a comma (``Lydia laughed, and said,`` then the quote);
- continuation: an unattributed quotation that opens a paragraph, or follows an
  attributed one in the same paragraph, keeps the speaker of the quotation
  before it (previous quotation in the paragraph, else the last quotation of the
  previous paragraph), unless a whole sentence with a reporting verb stands
  between them (``“…,” said Ann Lee. Lee added that it was late. “…”`` is the
  second mention's; not a negated one, ``He didn't say when.``);
- the sentence before: an unattributed quotation that opens its sentence and is a
  sentence itself (it ends in ``.`` ``!`` ``?`` or holds five words), with no
  attributed quotation before it in its paragraph, is introduced by the sentence before it
  in the paragraph (``Roe broke with the party, saying she would vote no. “It is
  wrong.”``: that sentence's cue, else its subject, ``The judge turned to me.
  “Mr. Lee?”``); opening a paragraph after one without quotations, by the last
  sentence of that paragraph when it has a cue (``Roe said the vote was near.`` ¶
  ``“We have the numbers.”``; a paragraph that only narrates, ``Roe was launching
  her bid.``, introduces nobody's words; nor does a sentence after a mark left
  open, which is quoted speech: ``He said: "A. "B. C. "D."``).

A quotation inside its speaker's own mention (``“We lost,” Bill Lee, wearing
“Vote Lee” pins, said``) describes the speaker and is not theirs: it takes no
attribution, nor the one of the quotation before it.

A transcript turn (``"PENCE: …``, see :mod:`.marks`) is the
label's: speaker ``PENCE``, cue ``:``.

A quotation left open at a paragraph end whose next paragraph reopens it and
closes it with an attribution (see :mod:`.marks`) takes that
attribution.

A headline ``Name: claim`` (a paragraph that opens with a short capitalised
name and a colon, one line with no sentence end inside) is the headline form of
``Name said claim``: a quotation in it with no cue of its own is the name's,
cue ``:``, in title case or sentence case (``Clinton: Time for ‘intensification’
of ISIL strategy``). ``Name: “…”`` may follow a sentence or a heading and a dash
(a digest item: ``TURNOUT WAS HIGH - Dana Lee: “…”``).

Cue: the cue as written (``said``, ``according to``); ``—`` for a dash
attribution, ``:`` for ``Name: “…”``; NA when the speaker is only the subject of
the sentence (no cue verb) or was introduced without one. A quotation that
continues an earlier speaker repeats that speaker's mention, offsets and cue.

How the noun phrase itself is read is in :mod:`.noun_phrases` (and a sentence's
subject in :mod:`.subjects`); who a mention
stands for (``speaker_name``) in :mod:`.resolution`.

Why one module (about 900 lines): the patterns above are one cascade.
:func:`attribute` tries them in an order that depends on where the quotation
opens, and each pattern's guard is written against the others (the right
attribution leaves a cue in a subordinate clause to the left one; a
continuation yields to a reporting sentence between two quotations; the outer
``according to`` source replaces what the others found). Kept together, the
order in this docstring, the loop in :func:`attribute` and the helper of each
pattern (``_right``, ``_left``, ``_passive``, ``_possessive``, ``_colon_name``,
``_colon_intro``, ``_previous_sentence``, ``carry_over``) read side by side. What
the patterns rest on is already apart: noun phrases, subjects, cue words and the
cue scan live in their own modules; splitting the patterns themselves would put
each away from the guards that make the order work.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from analysis.measures.quotations.cue_scan import cues_in, is_primary
from analysis.measures.quotations.cues import (
    CUE_FORMS,
    IRREGULAR_PAST,
    NAMING,
    PARTICLE,
    PAST_VERB,
    SPEECH_NOUN,
)
from analysis.measures.quotations.fast_cues import has_phrase
from analysis.measures.quotations.headlines import line_is_headline
from analysis.measures.quotations.marks import LABEL, QuoteSpan
from analysis.measures.quotations.noun_phrases import (
    PHRASE_BOUNDARY,
    ends_sentence,
    np_after,
    np_before,
)
from analysis.measures.quotations.subjects import subject_at
from analysis.units.article import ArticleText

#: Does an offset lie inside a top-level quotation?
Inside = Callable[[int], bool]

_DOCUMENT = frozenset(
    """statement statements letter email emails tweet tweets post posts release memo note
    message ad ads video videos report op-ed column""".split()
)


_PREPOSITIONS = frozenset(
    """with of for by from in on at to about as like including among without against""".split()
)


_WINDOW = 600  # characters of context looked at on either side of a quotation


# Nouns for a claim whose content follows in a ``that`` clause (``Roe’s claim that
# there were “thousands”``), as a regex alternation.
CLAIM_NOUN = (
    r"claims?|assertions?|insistence|suggestion|accusations?|allegations?|contention"
    r"|promises?|pledges?|vows?|warnings?|charges?|statements?|remarks?|comments?"
)


_POSSESSIVE = re.compile(
    rf"(?:[^\W_](['’]s)|\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:[a-z-]+\s+)?"
    rf"({SPEECH_NOUN}|{CLAIM_NOUN})\b"
)


# Right after a quotation: a name (``Ann Lee``) or a determiner phrase (``the crowd``,
# ``an angry Hollande``).
_NP_AFTER = (
    r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*"
    r"|(?:the|a|an|his|her|their|one)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:[a-z-]+|(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)"
)


# A particle that ends its clause (``shot back.``, ``went on, as if …``).
_PARTICLE_END = rf"\s+(?:{PARTICLE})(?=\s*[,.;:!?—–]|\s+(?:with|as)\b)"


# ``“…,” Toomey fumed`` / ``Roe shot back`` / ``he points out``: who speaks and the
# verb in speech position (a past tense, maybe with a particle; a present only with one).
_NAME_VERB = re.compile(
    rf"\s*({_NP_AFTER}|he|she|they|we|I|it)\s+"
    rf"((?:[a-z]+ed|{IRREGULAR_PAST})\b(?:{_PARTICLE_END})?|[a-z]+s{_PARTICLE_END})"
    r"\b(?!\s+(?:by|to|that|in)\b)"
)


# An object after the verb: ``Roe put his house up for sale`` is no attribution,
# unless the verb is a speech cue (``Will urged the party``).
_OBJECT = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|our|my|this|these|those|him|them|me|us|it)\b"
)


# ``“Oh, dear!” cried Ann`` / ``returned the stranger``: a past tense, then who speaks,
# then the clause ends.
_VERB_NAME = re.compile(
    rf"\s*((?:[a-z]+ed|{IRREGULAR_PAST})\b)\s+({_NP_AFTER})(?=\s*(?:[,.;:!?—–]|\Z))"
)


_LAST_WORD = re.compile(r"([^\W\d_]+)\s+\Z")


_WHAT = re.compile(r"\bwhat\s+\Z", re.IGNORECASE)


_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)


_CLAUSE = re.compile(r"(?:[,;][\"”'’]*\s+(?:but|and|although|though|while|whereas|yet)|;)\s+")


# A coordinated clause opening right after a quotation (``“…,” but he said``): its
# cue is its own, not the quotation's.
_COORDINATED = re.compile(r"\s*(?:but|and|yet|while|whereas|although|though)\s", re.IGNORECASE)


_CUE_COMMA = re.compile(r"([^\W\d_]+),\s*\Z")


_DASH = re.compile(r"\s*(?:—|–|―|--)\s*")


class Attribution:
    """Who says a quotation: the speaker mention's span and the cue's ((-1, -1): none)."""

    __slots__ = ("cue", "speaker")

    def __init__(self, speaker: tuple[int, int], cue: tuple[int, int]) -> None:
        self.speaker = speaker
        self.cue = cue


# A form of "be" right before a cue: the cue is passive ("they were announced",
# "it was reported"), maybe with an adverb between.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|not\s+)?\Z", re.IGNORECASE
)


def _passive_cue(text: str, cs: int, ce: int, floor: int) -> bool:
    """Is the cue at ``text[cs:ce]`` a passive participle (``they were announced``)?

    Not a progressive (``is pledging``) nor a naming verb (``it was labeled “Mostly
    True”``: the name is quoted, whoever gave it).
    """
    word = text[cs:ce].lower()
    if word.endswith("ing") or word in NAMING:
        return False
    return _PASSIVE_BEFORE.search(text, max(floor, cs - 20), cs) is not None


# Cues that invert in a parenthesis (``The idea, says BT, is …``); ``told X`` has an object.
_INVERTING = frozenset(
    "say says said write writes wrote add adds added note notes noted argue argues argued".split()
)


_OBJECT_PRONOUNS = frozenset("him her them us me it".split())


_SUBORDINATORS = frozenset("as when while after before if since once until because".split())


_PREP_OPENERS = frozenset("in on at during after before from with by for".split())


def _subordinate(text: str, cs: int, ce: int, floor: int) -> bool:
    """Is the cue at ``text[cs:ce]`` in a subordinate or participial clause?

    ``Asked about it, …`` / ``Speaking in Ohio, …`` open the sentence with the
    cue; ``as he spoke`` / ``when they were announced`` have a subordinator
    within the three words before it.
    """
    if not text[floor:cs].strip(" \"“”'‘’\n\t\u00a0") and text[cs].isupper():
        return text[cs:ce].lower().endswith(("ed", "ing", "told"))
    before = text[max(floor, cs - 40) : cs].lower().split()[-3:]
    if any(w in _SUBORDINATORS for w in before) or before[-2:-1] == ["what"]:
        return True  # "as he spoke", "what he wrote"
    # "In a Facebook post Friday, Cruz said": a cue inside an opening prepositional phrase.
    lead = text[floor:cs]
    first = lead.split(None, 1)[:1]
    return bool(first) and first[0].lower() in _PREP_OPENERS and "," not in lead


_SUBORDINATE_LEAD = re.compile(
    r"\W*(?:when|while|after|before|if|since|once|until|unless|because|as if|as though)\s",
    re.IGNORECASE,
)


def _subordinate_after(text: str, pos: int, cs: int) -> bool:
    """Is the cue at ``cs``, after a quotation ending at ``pos``, in a subordinate clause?

    Its clause (from the last comma before it) opens with a subordinator:
    ``“…,” when Roe blasted him``, ``…, as if nobody had spoken``; not ``as Roe
    said`` (an attribution) nor ``After all, he says``.
    """
    lead = text[pos:cs]
    comma = lead.rfind(",")
    return _SUBORDINATE_LEAD.match(lead, comma + 1) is not None


def _speaker_for_cue(
    doc: ArticleText, cs: int, ce: int, floor: int, ceiling: int
) -> tuple[int, int]:
    """Subject of the cue at ``text[cs:ce]``: ``X said`` or ``said X`` / ``according to X``."""
    text = doc.text
    word, _, particle = text[cs:ce].lower().partition(" ")
    if word.startswith("put"):  # as X put it
        return np_before(doc, cs, floor)
    if particle and not word.startswith("point"):  # according to X (not "points out")
        return np_after(doc, ce, ceiling)
    before = text[max(floor, cs - 4) : cs].rstrip()
    prev_word = text[max(floor, cs - 12) : cs].split()[-1:]
    if (word.endswith("ing") and not before.endswith(("”", '"', "''"))) or (
        prev_word and prev_word[0].lower() in {"and", "but", "then"}
    ):
        # "Trump reversed himself, telling CBS …", "released a statement saying …",
        # "… and tells the crowd": the subject opens the sentence.
        m = _CUE_COMMA.search(text, max(floor, cs - 30), cs)
        if m is not None and m.group(1).lower() in CUE_FORMS and word.endswith("ing"):
            # "…, Roe said, adding …": the subject of the cue just before.
            sp = _speaker_for_cue(doc, m.start(1), m.end(1), floor, ceiling)
            if sp[0] >= 0:
                return sp
        sub = subject_at(doc, floor, cs, determiners=True)
        if sub[0] >= 0 or before.endswith(","):
            return sub
    if prev_word and prev_word[0].lower() == "and":
        # "Roe laughed and said …": the subject of the verb before "and".
        a = text.rfind("and", max(floor, cs - 12), cs)
        vm = _LAST_WORD.search(text, max(floor, a - 30), a)
        if vm is not None and vm.group(1).islower():
            s, e = np_before(doc, vm.start(1), floor)
            if s >= 0:
                return s, e
        # "Cruz knocked Lee on taxes and called him …": the subject of the last
        # past-tense verb before "and" (its object and adjuncts stepped over).
        for vm in reversed(list(PAST_VERB.finditer(text, max(floor, a - 60), a))):
            s, e = np_before(doc, vm.start(), floor)
            if s >= 0:
                return s, e
    if before.endswith(",") and word in _INVERTING:
        # "The idea, says BT, is to …": a parenthetical attribution, speaker after the cue.
        s, e = np_after(doc, ce, ceiling)
        if s >= 0 and text[s].isupper() and text.startswith(",", e):
            return s, e
    s, e = np_before(doc, cs, floor)
    if s >= 0 and word.endswith("ing") and s > floor:
        # "The town released a statement saying …", "She emailed supporters saying …":
        # the noun phrase is an object (a verb or a document noun before the cue), so
        # the sentence subject speaks.
        lead = text[max(floor, s - 20) : s].split()
        head = text[s:e].split()[-1].lower()
        if head in _DOCUMENT or (lead and lead[-1].islower() and lead[-1] not in _PREPOSITIONS):
            sub = subject_at(doc, floor, s, determiners=True)
            if sub[0] >= 0 and sub[1] <= s:
                return sub
    if s >= 0:
        return s, e
    # Inverted: "“…,” said X" right after the quotation; a participle's noun phrase
    # is its object ("“…,” accusing it of …"), and so is an object pronoun.
    if not word.endswith("ing") and (
        cs <= floor + 4
        or (
            before.endswith(("”", '"', "''", ",", "—", "–"))
            and (before[:-1].rstrip().endswith(("”", '"', "''", "’", "'")) or cs <= floor + 8)
        )
    ):
        s, e = np_after(doc, ce, ceiling)
        if s >= 0 and text[s:e].lower() not in _OBJECT_PRONOUNS:
            return s, e
    return -1, -1


def _right(doc: ArticleText, q: QuoteSpan, ceiling: int, inside=None) -> Attribution | None:
    """``“…,” X said`` / ``“…,” said X`` / ``“…” — X`` after the closing mark."""
    text = doc.text
    pos = q.outer_end
    window_end = min(ceiling, pos + 300)
    m = _DASH.match(text, pos, window_end)
    end_mark = text[max(q.start, pos - 3) : pos].rstrip("”\"'’ ")[-1:]
    # The quotation ends its sentence: a full stop, or "?"/"!" before a capital.
    closed = (
        end_mark == "."
        or text.startswith(".", pos)
        or (end_mark in {"?", "!"} and text[pos : pos + 2].lstrip()[:1].isupper())
    )
    for cs, ce in cues_in(doc, pos, window_end, right=True):
        if text[cs:ce].lower() in NAMING or (inside is not None and inside(cs)):
            continue
        if _subordinate_after(text, pos, cs):
            continue  # "“…,” when Roe blasted him", "…, as if nobody had spoken"
        sp = _speaker_for_cue(doc, cs, ce, pos, window_end)
        if sp[0] < 0 and text[max(pos, cs - 3) : cs].rstrip().endswith(","):
            # "“…,” like the recent slump, said Ann Lee": inverted after a comma.
            sp = np_after(doc, ce, window_end)
            if sp[0] >= 0 and not text[sp[0]].isupper():
                sp = (-1, -1)
        if sp[0] >= 0 and (
            not closed
            or (
                min(sp[0], cs) - pos <= 3
                and cs - sp[1] <= 12
                and not _OBJECT.match(text, ce, window_end)
                and not text.startswith(" that ", ce)
            )
        ):
            # After a full stop only an attribution right at the closing mark counts,
            # its cue right after the speaker and ending its clause ("“….” Roe, the
            # chair, said."; not "“….” Lee, the chair, has been scathing, saying …",
            # "“…?” Her critics cited it as …", "“….” She said that …").
            return Attribution(sp, (cs, ce))
        break
    ends_clause = text[max(q.start, q.outer_end - 3) : q.outer_end].rstrip("”\"'’ ")[-1:]
    if m is None and ends_clause in {",", "?", "!"}:
        # "“…,” Toomey fumed" / "“…,” cried Ann": whatever the verb, a name and a past
        # tense right after a quotation that ends in a comma are an attribution.
        v = _NAME_VERB.match(text, pos, window_end)
        if v is not None and (
            v.group(2).lower() in CUE_FORMS or not _OBJECT.match(text, v.end(), window_end)
        ):
            return Attribution(v.span(1), v.span(2))
        v = _VERB_NAME.match(text, pos, window_end)
        if v is not None:
            s, e = v.span(2)
            words = text[s:e].split()
            cut = text[e : e + 1] == "." and not ends_sentence(words[-1] + ".")
            if not cut and not any(w in PHRASE_BOUNDARY for w in words):
                # "reminded his staff about Mr. Roe" is no attribution: the phrase
                # holds a preposition, and "Mr" is cut before its full stop.
                if ends_sentence(words[-1]):
                    e -= 1  # "cried Ann." ends the sentence; "cried Tom Hale Jr." does not
                return Attribution((s, e), v.span(1))
    if m is not None:
        s, e = np_after(doc, m.end(), window_end)
        if s >= 0 and text[s].isupper():
            dash = m.group().strip()
            ds = text.index(dash, m.start())
            return Attribution((s, e), (ds, ds + len(dash)))
    return None


def _left(
    doc: ArticleText, end: int, floor: int, inside=None, search: int = -1
) -> Attribution | None:
    """``X said: “…”`` / ``according to X, “…”`` / ``X warned that … “…”``.

    Cues are looked for from ``search`` (default ``floor``) to ``end`` (the
    quotation's opening mark); their subjects may reach back to ``floor``.
    """
    text = doc.text
    cues = cues_in(doc, max(floor, search), end, primary_first=True)
    n_primary = sum(1 for c in cues if is_primary(text[c[0] : c[1]]))
    primary = cues[len(cues) - n_primary :]
    main = [c for c in primary if not _subordinate(text, c[0], c[1], floor)]
    # Reporting verbs of the main clause first, the outermost (first) one first:
    # "X said that Y told him “…”" is X's report. Then those of subordinate clauses
    # ("Asked …,", "as he spoke") and the other cues, nearest first.
    order = main + [c for c in primary if c not in main][::-1]
    order += cues[: len(cues) - n_primary][::-1]
    for cs, ce in order:
        if (inside is not None and inside(cs)) or _passive_cue(text, cs, ce, floor):
            continue  # "when they were announced": its subject reports nothing
        sp = _speaker_for_cue(doc, cs, ce, floor, end)
        if sp[0] >= 0:
            if text[sp[0] : sp[1]].lower() in {"he", "she", "they", "it"} and _WHAT.search(
                text, max(floor, sp[0] - 6), sp[0]
            ):
                # "Roe denounced what he called “…”": the clause's subject reports it.
                sub = subject_at(doc, floor, sp[0], determiners=True)
                if sub[0] >= 0 and sub[1] <= sp[0]:
                    return Attribution(sub, (cs, ce))
            return Attribution(sp, (cs, ce))
    return None


def _according_to(doc: ArticleText, start: int, end: int, inside) -> Attribution | None:
    """``according to X`` in ``text[start:end]`` outside quotations, as an attribution."""
    text = doc.text
    if not has_phrase(doc):
        return None  # the article has no "according to" in any case
    for m in _ACCORDING.finditer(text, start, end):
        if inside(m.start()):
            continue
        sp = np_after(doc, m.end(), end)
        if sp[0] >= 0:
            return Attribution(sp, m.span())
    return None


_BY = re.compile(r"[ \t\u00a0]+by[ \t\u00a0]+")


_PARTICIPLE = re.compile(r"([a-z]+)[ \t\u00a0]+(?:as[ \t\u00a0]+)?(?:(?:the|a|an)[ \t\u00a0]+)?\Z")


def _passive(doc: ArticleText, q: QuoteSpan, floor: int, ceiling: int) -> Attribution | None:
    """``labeled “a witch hunt” by Democrats``: a passive cue, its agent speaks.

    A cue participle (``called``, ``labeled``, …) at most an ``as`` and an
    article before the quotation, and ``by`` + a noun phrase right after it.
    """
    text = doc.text
    b = _BY.match(text, q.outer_end, ceiling)
    if b is None:
        return None
    m = _PARTICIPLE.search(text, max(floor, q.outer_start - 30), q.outer_start)
    if m is None or m.group(1) not in CUE_FORMS or not m.group(1).endswith("ed"):
        return None
    sp = np_after(doc, b.end(), ceiling)
    if sp[0] < 0:
        return None
    return Attribution(sp, m.span(1))


def _last_clause(text: str, floor: int, pos: int) -> tuple[int, bool]:
    """Start of the last coordinated clause (``, but she …``; ``; he …``) before ``pos``, or -1.

    And whether it opens with ``and``, which also joins the items of a list
    (``Obama, Abe, and Park``): such a clause counts by its cue only.
    """
    last, joined = -1, False
    for m in _CLAUSE.finditer(text, floor, pos):
        last, joined = m.end(), m.group().rstrip().endswith("and")
    return last, joined


def _possessive(doc: ArticleText, floor: int, pos: int) -> Attribution | None:
    """``Roe’s response was: “…”`` / ``in Roe’s view, “…”``: the possessor speaks.

    The last ``X’s`` (or ``his``, ``her``, ``their``, ``its``) + speech noun before
    the quotation in its sentence, when the quotation is what the noun says: only
    ``was``/``is``, ``that`` and punctuation stand between them, or the phrase is
    ``in X’s view``; or a claim's content follows in a ``that`` clause (``Roe’s
    claim that there were “thousands”``, ``Contrary to his claim that people would
    “learn nothing”``). The mention keeps the ``’s`` (as annotators mark it), the
    noun is the cue.
    """
    text = doc.text
    last = None
    for m in _POSSESSIVE.finditer(text, floor, pos):
        last = m
    if last is None:
        return None
    if last.start(2) >= 0:
        s, e = last.span(2)  # "his claim that …": the pronoun is the mention
    else:
        s, e = np_before(doc, last.end(1), floor, skip_adverbs=False)
    if s < 0:
        return None
    between = text[last.end() : pos]
    gap = between.strip(" ,:\u00a0").lower().split()
    lead = text[max(floor, s - 20) : s].lower().split()[-1:]
    claim = gap[:1] == ["that"] and not _SENTENCE_END.search(between)
    in_view = lead == ["in"] and last.group(3) in {"view", "words"}
    if last.start(2) >= 0 and not (claim or in_view or gap or ":" in between):
        return None  # "an official in her position “should have known”": no answer given
    linked = not (set(gap) - {"was", "is", "that"} or re.fullmatch(CLAIM_NOUN, last.group(3)))
    if not (claim or linked or in_view):
        return None  # "in Roe’s view, “…”", "in his words, “…”"
    return Attribution((s, e), last.span(3))


def _colon_name(doc: ArticleText, q: QuoteSpan, floor: int, para_start: int) -> Attribution | None:
    """``Rep. Jane Roe: “…”`` and headlines ``Roe: Plan Is ‘Reckless’``."""
    text = doc.text
    colon = text.rfind(":", max(para_start, q.outer_start - _WINDOW), q.outer_start)
    if colon < 0:
        return None
    s, e = np_before(doc, colon, para_start, skip_adverbs=False)
    if s < 0 or not text[s].isupper() or len(text[s:e].split()) > 6:
        return None
    lead = text[para_start:s].strip()
    # A heading before a dash may lead in: "POLLS NOT WRONG - Jane Roe: “…”".
    if lead and not lead.endswith((".", "!", "?", "”", '"', "''", " -", "—", "–")):
        return None
    if (
        text[colon + 1 : q.outer_start].strip()
        and not line_is_headline(text, colon)
        and not (not lead and _one_line(text, para_start))
    ):
        return None
    return Attribution((s, e), (colon, colon + 1))


# A sentence end inside a line: a full stop (maybe a closing mark), space, a capital.
_SENTENCE_END = re.compile(r"[.!?][\"”'’]?\s+[A-Z]")


def _one_line(text: str, para_start: int) -> bool:
    """Is the paragraph at ``para_start`` one short line with no sentence end inside?

    A headline in sentence case (``Sanders: Endorsements prove Clinton 'candidate
    of the establishment.'``): ``Name: claim`` is the headline form of ``Name said
    claim``, whatever the capitalisation.
    """
    end = text.find("\n", para_start, para_start + 201)
    if end < 0:
        end = min(len(text), para_start + 201)
        if end - para_start > 200:
            return False
    body = text[para_start:end].rstrip(" .\u00a0\t”\"'’")
    return not _SENTENCE_END.search(body)


def _colon_intro(doc: ArticleText, para: int) -> Attribution | None:
    """Paragraph ``para``, ending ``X said:`` or ``X laughed, and said,``, introduces the
    quotation after it."""
    text = doc.text
    ps, pe = doc.paragraphs[para]
    sentences, sent_starts = doc.sentences, doc.sentence_starts
    tail = text[ps:pe].rstrip()
    if not tail.endswith(":"):
        m = _CUE_COMMA.search(tail, max(0, len(tail) - 30))
        if m is None or m.group(1).lower() not in CUE_FORMS:
            return None
    si = bisect.bisect_right(sent_starts, pe - 1) - 1
    floor = max(sentences[si][0] if si >= 0 else ps, ps, pe - _WINDOW)
    cues = cues_in(doc, floor, pe)
    for cs, ce in reversed(cues):
        sp = _speaker_for_cue(doc, cs, ce, floor, pe)
        if sp[0] >= 0:
            return Attribution(sp, (cs, ce))
    # "Trump issued the following statement:" / "Transcript as follows:"
    sub = subject_at(doc, floor, pe)
    if sub[0] < 0:
        sub = np_before(doc, text.rindex(":", floor, pe), floor, skip_adverbs=False)
        if sub[0] < 0 or not text[sub[0]].isupper():
            return None
    return Attribution(sub, (-1, -1))


@dataclass
class Attributions:
    """The attribution of every top-level quotation of an article (None: nobody's).

    ``sentence_start`` holds where each one's sentence starts (its context,
    bounded by :data:`_WINDOW`), which the kind rules read too.
    """

    by_quote: dict[int, Attribution | None]
    sentence_start: dict[int, int]


def sentence_window(doc: ArticleText, q: QuoteSpan) -> tuple[int, int]:
    """Where the attribution rules look for a quotation's speaker: ``(start, ceiling)``.

    From the start of the quotation's sentence to the end of the sentence it ends
    in, or of the next one when the quotation ends its own ("“….” Trump said."),
    kept inside the quotation's paragraphs. Windows are bounded by
    :data:`_WINDOW`, so a huge paragraph costs linear time.
    """
    paragraphs, sentences, starts = doc.paragraphs, doc.sentences, doc.sentence_starts
    p0, p1 = q.paragraphs
    ps, pe_last = paragraphs[p0][0], paragraphs[p1][1]
    si = bisect.bisect_right(starts, q.outer_start) - 1
    sent_start = max(sentences[si][0] if si >= 0 else ps, ps, q.outer_start - _WINDOW)
    ce = q.outer_end
    sj = bisect.bisect_right(starts, max(ce - 1, q.start)) - 1
    sent_end = sentences[sj][1] if sj >= 0 else pe_last
    if sent_end <= ce:
        # The quotation ends its sentence: "“….” Trump said." is rare, ", she said" is not.
        sent_end = sentences[sj + 1][1] if sj + 1 < len(sentences) else pe_last
    return sent_start, min(max(sent_end, ce), len(doc.text), pe_last)


def attribute(doc: ArticleText, spans: list[QuoteSpan], inside: Inside) -> Attributions:
    """Attribute each top-level quotation in ``spans`` by the patterns of this module.

    ``inside(pos)``: does ``pos`` lie inside a top-level quotation (a cue there is
    quoted, not the reporter's)? Quotations are taken in order: a quotation
    with no attribution of its own continues the one before it in its
    paragraph, or the last one of the paragraph before when it opens its own.
    """
    text, paragraphs, sentences = doc.text, doc.paragraphs, doc.sentences
    sent_starts = doc.sentence_starts
    attrs: dict[int, Attribution | None] = {}
    sent_of: dict[int, int] = {}  # top-level quote index -> start of its sentence
    last_in_para: dict[int, int] = {}  # paragraph index -> last top-level quote index
    prev_end = 0
    prev_para = -1
    for i, q in enumerate(spans):
        if q.parent >= 0:
            continue
        p0, p1 = q.paragraphs
        ps = paragraphs[p0][0]
        sent_start, ceiling = sentence_window(doc, q)
        sent_of[i] = sent_start
        floor = max(sent_start, prev_end if prev_para == p0 else ps)
        opens_sentence = not text[floor : q.outer_start].strip()
        a = _transcript_turn(text, q)
        if a is None and opens_sentence:
            a = _right(doc, q, ceiling, inside) or _left(doc, q.outer_start, floor, inside)
        elif a is None:
            a = _mid_sentence(doc, q, sent_start, ceiling, inside)
        if a is None:
            a = _colon_name(doc, q, floor, ps)
        if a is None and not opens_sentence:
            a = _possessive(doc, sent_start, q.outer_start)
        if a is None and not opens_sentence:
            sub = subject_at(doc, sent_start, q.outer_start, determiners=True)
            if sub[0] < 0 and cues_in(doc, sent_start, q.outer_start):
                # "After saying it was “so swollen,” she …", "In declaring it “false,”
                # the pope …": the quotation stands in a lead-in that reports speech;
                # the subject follows it ("With ‘woman's card,’ Roe escalates" has none).
                sub = subject_at(doc, sent_start, ceiling, determiners=True)
                if sub[0] < q.outer_end:
                    sub = (-1, -1)
            if sub[0] >= 0:
                a = Attribution(sub, (-1, -1))
        pa = _passive(doc, q, sent_start, ceiling)
        if pa is not None:
            a = pa
        if a is not None and a.cue[0] >= 0 and " " not in text[a.cue[0] : a.cue[1]]:
            # "“…,” Roe said, according to the Times": the report's source is the
            # speaker annotators take (the outer attribution).
            # Only in the sentence of the cue: "… “without delay.” Roe will visit on
            # Sunday, according to an aide" is the aide's report of the visit.
            cj = bisect.bisect_right(sent_starts, a.cue[0]) - 1
            cue_end = sentences[cj][1] if cj >= 0 else ceiling
            src = _according_to(doc, min(sent_start, a.cue[0]), min(ceiling, cue_end), inside)
            if src is not None:
                a = src
        if a is None and q.outer_start == ps and p0 > 0:
            a = _colon_intro(doc, p0 - 1)
        if a is None:
            prev = last_in_para.get(p0)
            if prev is None and q.outer_start == ps:
                prev = last_in_para.get(p0 - 1)
            if prev is not None and attrs.get(prev) is not None:
                a = attrs[prev]
                si = bisect.bisect_right(sent_starts, q.outer_start) - 1
                if (
                    opens_sentence
                    and prev_para == p0
                    and si > 0
                    and sentences[si - 1][0] >= prev_end
                ):
                    # "“…,” said Ann Lee. Lee added that the plan was late. “…”": a whole
                    # sentence with a cue between the two quotations introduces this one.
                    b = _previous_sentence(doc, q.outer_start, prev_end, inside, subject=False)
                    if b is not None and _reports(text, b.cue):
                        a = b
            elif opens_sentence and _stands_alone(text, q):
                # The first quotation of its paragraph (but titles and other quotations of
                # nobody's), or one opening a paragraph after one without attributed
                # quotations: the sentence before it introduces it.
                if q.outer_start > ps:
                    a = _previous_sentence(doc, q.outer_start, ps, inside, subject=True)
                elif p0:
                    a = _previous_sentence(doc, paragraphs[p0 - 1][1], 0, inside, subject=False)
        if a is not None and a.speaker[0] <= q.outer_start and q.outer_end <= a.speaker[1]:
            # "Bill Lee, wearing “Vote Lee” pins, said": a quotation inside the
            # speaker's own mention describes the speaker; the speaker does not say it.
            a = None
        attrs[i] = a
        last_in_para[p1] = i
        prev_end, prev_para = q.outer_end, p1
    return Attributions(attrs, sent_of)


_WORD = re.compile(r"[^\W_]+")


def _stands_alone(text: str, q: QuoteSpan) -> bool:
    """Are the quoted words a sentence or more: ending in ``.`` ``!`` ``?`` or five words long?"""
    if text[q.start : q.end].rstrip(" \u00a0”\"'’")[-1:] in {".", "!", "?"}:
        return True
    return len(_WORD.findall(text, q.start, min(q.end, q.start + 200))) >= 5


_NEGATION = re.compile(r"(?:n['’]t|\bnot|\bnever)\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE)


def _reports(text: str, cue: tuple[int, int]) -> bool:
    """Is the cue at ``cue`` a reporting verb (say, add, …) that is not negated?

    ``Lee added that …`` reports words; ``He didn't suggest it``, ``a face beaming
    from billboards`` do not.
    """
    cs, ce = cue
    return cs >= 0 and is_primary(text[cs:ce]) and not _NEGATION.search(text, max(0, cs - 20), cs)


def _in_open_quotation(doc: ArticleText, pos: int) -> bool:
    """Does ``pos`` follow an opening mark left open in its paragraph?

    The last double mark before it opens a quotation. BBC's convention reopens a
    quotation for each sentence and may close only the last (``He said: "A. "B.
    C. "D."``): the marks pair as ``"D."``, and ``C`` is quoted speech that
    :func:`~.marks.find_quote_spans` does not see.
    """
    text = doc.text
    pi = bisect.bisect_right(doc.paragraph_starts, pos) - 1
    ps = doc.paragraph_starts[pi] if pi >= 0 else 0
    # The mark may stand at ``pos`` itself (a sentence that opens with it).
    m = max(text.rfind(mark, ps, pos + 1) for mark in ('"', "“", "”"))
    if m < 0 or text[m] == "”":
        return False
    # The last mark before ``pos`` opens a quotation: “, or " after a space, a colon
    # or the paragraph's start and before a word.
    return text[m] == "“" or (
        (m == ps or text[m - 1].isspace() or text[m - 1] in "([:")
        and m + 1 < len(text)
        and not text[m + 1].isspace()
    )


def _previous_sentence(
    doc: ArticleText, end: int, floor: int, inside: Inside, subject: bool
) -> Attribution | None:
    """The speaker of the sentence ending before ``end`` (not before ``floor``).

    ``Roe distanced herself from the plan, saying she would vote no. “It is
    wrong.”``: the sentence before a quotation that has no attribution of its own
    introduces it: its cue's subject, else its own subject.
    """
    text = doc.text
    while end > floor and text[end - 1].isspace():
        end -= 1
    if end <= floor:
        return None
    si = bisect.bisect_right(doc.sentence_starts, end - 1) - 1
    start = max(doc.sentences[si][0] if si >= 0 else floor, floor, end - _WINDOW)
    if _in_open_quotation(doc, start):
        return None  # 'He said: "It is fine. They have shown it. "…': quoted, no narrative
    a = _left(doc, end, start, inside)
    if a is not None or not subject:
        return a
    sub = subject_at(doc, start, end, determiners=True)
    return Attribution(sub, (-1, -1)) if sub[0] >= 0 else None


def _transcript_turn(text: str, q: QuoteSpan) -> Attribution | None:
    """A transcript turn (``"PENCE: …``, see :mod:`.marks`): the label speaks, cue ``:``."""
    j = q.outer_start
    while j < q.start and text[j] in "\"“'":
        j += 1
    lm = LABEL.match(text, j, q.start) if j < q.start else None
    if lm is None:
        return None
    colon = text.rfind(":", j, lm.end())
    return Attribution((j, colon), (colon, colon + 1))


def _mid_sentence(
    doc: ArticleText, q: QuoteSpan, sent_start: int, ceiling: int, inside: Inside
) -> Attribution | None:
    """A quotation that opens in the middle of its sentence: left patterns first."""
    text = doc.text
    a = None
    tail = text[max(q.start, q.end - 4) : q.end].rstrip("’'\"” ")
    if tail.endswith((",", "?", "!")):
        # "…: “Change it,” she said": a quotation closed by a comma and a
        # cue right after it is that speaker's, wherever the sentence began.
        r = _right(doc, q, ceiling, inside)
        if (
            r is not None
            and r.cue[0] - q.outer_end <= 40
            and not _COORDINATED.match(text, q.outer_end, r.cue[0])
        ):
            a = r
    clause, joined = (-1, False) if a is not None else _last_clause(text, sent_start, q.outer_start)
    if clause > 0:
        # "Roe said X, but she warned that “…”": the quotation's own clause
        # (its cue, else its subject) speaks before the sentence's first verb.
        a = _left(doc, q.outer_start, sent_start, inside, clause)
        if a is None and not joined:
            sub = subject_at(doc, clause, q.outer_start)
            if sub[0] >= 0:
                a = Attribution(sub, (-1, -1))
    if a is None:
        a = _left(doc, q.outer_start, sent_start, inside) or _right(doc, q, ceiling, inside)
    return a


def carry_over(
    doc: ArticleText, spans: list[QuoteSpan], attrs: dict[int, Attribution | None]
) -> None:
    """A quotation left open at its paragraph's end takes the next one's attribution.

    When the next paragraph reopens it and closes it with an attribution of its
    own (see :mod:`.marks`), both are the same speaker's.
    """
    top = [i for i, q in enumerate(spans) if q.parent < 0]
    for i, j in zip(top[-2::-1], top[:0:-1], strict=True):
        q, nq = spans[i], spans[j]
        if (
            attrs.get(i) is None
            and not q.closed
            and nq.paragraphs[0] == q.paragraphs[1] + 1
            and nq.outer_start == doc.paragraph_starts[nq.paragraphs[0]]
        ):
            attrs[i] = attrs.get(j)

"""Speech cues: the verbs and phrases that attribute words to a speaker.

Every verb below counts in every tense and person: base form, ``-s``, ``-ed``
(or the irregular past and participle), ``-ing``. Matching is case-insensitive
so headline case counts (``Russia Says``).

Verbs (base forms): say, tell, add, state, warn, write, tweet, post, ask, answer,
explain, note, claim, insist, argue, declare, announce, continue, recall,
respond, reply, acknowledge, admit, suggest, predict, promise, vow, urge, call,
describe, charge, contend, complain, boast, quip, joke, shout, yell, remark,
observe, report, emphasize (emphasise), stress, conclude, concede, counter,
testify, demand, assert, maintain, mock, blast, slam, criticize (criticise),
praise, caution, allege, confirm, deny, reiterate, recount, lament, muse,
scoff, retort, chide, thunder, concur, proclaim, pledge, threaten, tout,
dismiss, label, dub, brand, accuse, describe, read (``the statement read``),
comment, announce, exclaim, whisper, repeat, begin, conclude, estimate, offer,
speak, write, characterize, hint, signal, reveal, confess, cite, email, text,
regret, assure, reassure, chant, blame, thank, question, denounce, decry,
bemoan, remember, credit, bark, beam, elaborate, lecture, quote, gush,
marvel, plead, sigh, scold, implore, opine, gripe, grumble, interject, brag,
laud, hail, wonder, summarize (summarise), mention, rave, refer, liken, find (``a
study found that “…”``).

Phrases: ``according to``, ``in the words of``, ``as … put it``, ``pointed
out``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_REGULAR = """add warn tweet post ask answer explain note claim insist argue declare announce
continue recall respond reply acknowledge admit suggest predict promise vow urge call describe
charge contend complain boast quip joke shout yell remark observe report emphasize emphasise
stress conclude concede counter testify demand assert maintain mock blast slam criticize
criticise praise caution allege confirm deny reiterate recount lament muse scoff retort chide
thunder concur proclaim pledge threaten tout dismiss label dub brand accuse exclaim
whisper repeat estimate offer characterize hint signal reveal confess cite email text
regret assure reassure chant blame thank question denounce decry bemoan remember credit
bark beam elaborate lecture quote gush marvel plead sigh scold implore opine gripe grumble
interject brag laud hail wonder summarize summarise mention rave refer liken"""

_IRREGULAR = {
    "state": ["stated", "stating"],
    "comment": ["commented", "commenting"],
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "written", "writing"],
    "read": ["reads"],
    "speak": ["speak", "speaks", "spoke", "spoken", "speaking"],
    "begin": ["began"],
    "find": ["finds", "found"],
}

_DOUBLE_FINAL = {
    "slam": "slamm",
    "quip": "quipp",
    "dub": "dubb",
    "admit": "admitt",
    "regret": "regrett",
    "brag": "bragg",
    "refer": "referr",
}


def _forms(verb: str) -> list[str]:
    """Inflected forms of a regular verb: base, -s, -ed, -ing."""
    stem = _DOUBLE_FINAL.get(verb, verb)
    if verb.endswith("ee"):
        return [verb, verb + "s", verb + "d", verb + "ing"]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb.endswith(("s", "sh", "ch", "x")):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    return [verb, verb + "s", stem + "ed", stem + "ing"]


def _build() -> dict[str, str]:
    forms: dict[str, str] = {}
    for verb in _REGULAR.split():
        for f in _forms(verb):
            forms[f] = verb
    for verb, fs in _IRREGULAR.items():
        for f in fs:
            forms[f] = verb
    return forms


#: Every cue word form -> its base verb.
CUE_FORMS: dict[str, str] = _build()

#: Forms that are just as often nouns (``the state``, ``his comments``): not a cue
#: after an article, a possessive or a preposition.
NOUNISH = frozenset(
    """state states comment comments report reports call calls note notes post posts claim
    claims answer answers reply replies charge charges promise promises demand demands
    estimate estimates offer offers label labels brand brands signal signals hint hints
    counter counters tweet tweets joke jokes vow vows remark remarks warning statement
    praise mock whisper repeat continue question questions blame credit mention quote
    quotes chant chants thanks plea email emails text texts regret retort""".split()
)

#: Verbs that report speech outright; a quotation prefers these over the rest
#: (``Trump said he is urging … a “massive conflict”`` is Trump's, via ``said``).
PRIMARY = frozenset(
    """say tell add write tweet post state declare announce explain note insist argue claim
    warn ask answer reply respond continue conclude recall remark observe report quip joke
    shout yell exclaim whisper retort concede acknowledge admit emphasize emphasise stress
    testify comment muse read speak""".split()
)
PRIMARY_FORMS = frozenset(f for f, v in CUE_FORMS.items() if v in PRIMARY)


def is_cue(word: str) -> bool:
    """Is ``word`` a form of a speech verb?

    >>> is_cue("Says"), is_cue("tweeted"), is_cue("house")
    (True, True, False)
    """
    return word.lower() in CUE_FORMS


#: A word that may be a cue form, or a cue phrase. Case-blind only where it matters
#: (the phrases): a pattern-wide IGNORECASE makes every letter test slower.
#: Possessive (the scan never gives letters back), no capturing group and no look
#: past what it consumes, so a region's scan can be sliced from the whole text's
#: (:mod:`.fast_cues`).
CUE_TOKEN = re.compile(r"(?i:according to|in the words of)|[^\W\d_]++(?:['’][^\W\d_]++)?+")


_NOUN_BEFORE = frozenset(
    """the a an his her their its our my your this that these those of in for to on with
    by from at one another each every some several first latest recent new""".split()
)


#: Cue forms that give a name rather than report words ("the so-called …", "dubbed").
NAMING = frozenset("dubbed dubs labeled labelled labels branded called so-called".split())


#: Nouns for what someone says (a regex alternation): "Roe’s response was: “…”", "“…”
#: was the message from Roe".
SPEECH_NOUN = (
    r"response|answer|reply|retort|message|statement|view"
    r"|words|comments?|remarks|argument|position|advice|warning|verdict|assessment|take"
    r"|pitch|plea|explanation|excuse|defen[cs]e|tweet|post|slogan|mantra|motto"
)


#: A regular past tense ("fumed", "labeled").
PAST_VERB = re.compile(r"\b[a-z]+ed\b")


#: Irregular past tenses that attribute words where a speech verb would stand
#: (``“…,” Roe shot back``, ``“…,” went on the senator``), as a regex alternation.
IRREGULAR_PAST = (
    "said|told|wrote|spoke|shot|went|broke|began|sang|swore|threw|fought|ran|came|got|gave"
    "|held|kept|put|shook|stood|struck|took|thought|bit|hit|led|rang|cut"
)


#: Particles of a phrasal speech verb (``shot back``, ``went on``, ``chimed in``,
#: ``points out``), as a regex alternation.
PARTICLE = "back|on|out|in|up"


def is_cue_candidate(text: str, s: int, w: str) -> bool:
    """Is the :data:`CUE_TOKEN` match ``w`` at ``s`` a cue wherever the scan starts?

    A cue form or phrase, unless a noun-like form follows an article, a
    possessive or a preposition.
    """
    low = w.lower()
    if low in CUE_FORMS or " " in low:
        return low not in NOUNISH or not used_as_noun(low, text[max(0, s - 20) : s].split())
    return False


def used_as_noun(low: str, before: list[str]) -> bool:
    """Is the cue form ``low`` a noun after the words ``before`` (the last one counts)?

    A noun-like form (:data:`NOUNISH`) after an article, a possessive or a
    preposition (``the report``, ``Lee’s tweet``), after a lowercase compound
    or a nationality (``early-morning tweets``, ``Republican claims``), or a
    base form a word or two after ``a``/``an`` (``a deep regret``).

    >>> used_as_noun("tweet", ["Her"]), used_as_noun("tweet", ["she"])
    (True, False)
    """
    if low not in NOUNISH or not before:
        return False
    word = before[-1]
    prev = word.lower()
    return (
        prev in _NOUN_BEFORE
        or prev.endswith(("'s", "’s", "s'", "s’"))
        or ("-" in prev and prev.islower())
        or (word[:1].isupper() and prev.endswith(("can", "ic", "ish", "ese")))
        or _after_article(low, before)
    )


# Words that may stand between an article and its noun (no verb, no clause word).
_NOT_MODIFIER = frozenset(
    """that who which and or but said says is was are were has had have will would can
    could to of in on at for with by from""".split()
)


def _after_article(low: str, before: list[str]) -> bool:
    """A base form two or three words after ``a``/``an`` is a noun: ``a deep regret``,
    ``a simple question`` (a singular subject would take ``regrets``)."""
    if CUE_FORMS.get(low) != low:
        return False
    for k in (2, 3):
        if len(before) >= k and before[-k].lower() in {"a", "an", "another", "each", "every"}:
            return not any(w.lower() in _NOT_MODIFIER for w in before[-k + 1 :])
    return False


def cue_candidates(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """The cue candidates a :data:`CUE_TOKEN` scan of ``text[start:end]`` meets, in order.

    ``(start, end, word)`` each: what :func:`is_cue_candidate` accepts. The plain
    scan; :func:`analysis.measures.quotations.fast_cues.candidates` gives the same
    from an index of the whole article.

    >>> t = "He said, according to aides, that she told them."
    >>> [w for _, _, w in cue_candidates(t)]
    ['said', 'according to', 'told']
    """
    end = len(text) if end is None else end
    return accepted(text, CUE_TOKEN.finditer(text, start, end))


def accepted(text: str, matches: Iterable[re.Match[str]]) -> list[tuple[int, int, str]]:
    """The :data:`CUE_TOKEN` matches that :func:`is_cue_candidate` accepts, as ``(s, e, w)``."""
    return [
        (m.start(), m.end(), m.group())
        for m in matches
        if is_cue_candidate(text, m.start(), m.group())
    ]


def cue_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the cue verbs and phrases (``according to``) in ``text[start:end]``.

    >>> t = "He said, according to aides, that she told them."
    >>> [t[s:e] for s, e in cue_words(t)]
    ['said', 'according to', 'told']
    """
    return [(s, e) for s, e, _ in cue_candidates(text, start, end)]

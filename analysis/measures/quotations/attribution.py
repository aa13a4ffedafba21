"""Who said it: speaker mentions around a quotation, and the names they stand for.

Speaker mention (``speaker``): the noun phrase as written that is the subject of
a speech cue (:mod:`analysis.measures.quotations.cues`) attached to the quotation, found by these
patterns, tried in this order (left ones first when the quotation opens in the
middle of a sentence, right ones first when it opens the sentence):

- right: ``“…,” X said`` / ``“…,” said X`` / ``“…” — X`` (a dash, no verb: em or
  en dash, the quotation dash ``―`` or ``--``); ``“…,” the sign read``;
  ``“…,” like the slump, said X`` (inverted after a comma); and after a quotation
  ending in ``,`` ``?`` ``!``, a name, pronoun or determiner phrase followed by
  any past-tense ``-ed`` verb (``“…,” Toomey fumed``; not a passive ``… by``);
- a quotation closed by a comma (``?``, ``!``) with a cue within 40 characters
  after it takes that right attribution even mid-sentence (``…: “Change it,”
  she said``);
- left, same sentence: ``X said: “…”`` / ``X told reporters “…”`` /
  ``according to X, “…”`` / ``X warned that the plan was “reckless”``: the
  first reporting verb (say, tell, … — the outermost report: ``X said that Y
  told him “…”`` is X's) that is not in a subordinate, participial or
  prepositional lead-in (``Asked about it,``, ``as he spoke``, ``what he
  wrote``, ``In a post Friday,``), else the nearest other cue, whose subject
  is found (``Roe knocked Lee on taxes and called him “…”``: the subject of the
  past-tense verb before ``and``); ``Roe denounced what he called “…”`` is Roe's (a he/she/they
  subject after ``what`` gives way to the clause subject); a time phrase
  between subject and verb is stepped over (``Roe at the time said``). A
  quotation in a coordinated clause (``, but she cautions that “…”``, ``; he
  …``) takes that clause's cue or subject first;
- a passive cue: ``labeled as a “witch hunt” by Democrats`` is the agent's;
- the outer source of a report: ``“…,” Roe said, according to the Times`` is
  the Times' (annotators take the outer attribution);
- ``as X put it``; the possessor of a speech noun (``Roe’s answer was that
  “…”``, ``in Roe’s view``), mention with its ``’s``;
- the sentence subject when no cue is found (a name, a pronoun, a determiner
  phrase ``The new ad``; never a capitalised preposition, auxiliary, adverb
  or number such as ``Across``, ``Could``, ``Thirty``; with an appositive
  ``Gov. Lu Chen, a Democrat,``),
  after a dateline (``DENVER (AP) —``), a conjunction (``Yet she …``) and a
  lead-in that may hold commas of its own (``At a fair in Ames, Iowa, on Monday,``);
- previous paragraph ending in a colon with a cue (``X said:`` then the quote);
- continuation: an unattributed quotation that opens a paragraph, or follows an
  attributed one in the same paragraph, keeps the speaker of the quotation
  before it (previous quotation in the paragraph, else the last quotation of the
  previous paragraph).

A noun phrase is read leftwards from the cue over adverbs and auxiliaries
(``also``, ``has``, ``-ly``), then over capitalised words, lowercase nouns and
modifiers, ``of``/``for`` and possessives, up to a determiner, a punctuation
mark, a clause word (``that``, ``and``, ``who``, prepositions), a capitalised
sentence opener (``But``, ``Earlier``) or a sentence's full stop (``… in
Cardiff. John Toshack said``); at most nine words. A capitalised modal or month
right after a first name or title is a surname (``Theresa May told``, ``George
Will wrote``), unless the cue is in title case (a headline: ``Trump Will Say``).
An appositive is skipped: ``Sean Spicer, the press secretary, said``
gives the whole ``Sean Spicer, the press secretary``, as do an appositive between
dashes (``Ann Lee — a nurse — says``), one holding a quoted title, commas and all
(``Bob Stone, the author of "Lost Roads," said``) and two in a row (``Mary Fox, a
lawyer, one of its authors, said``; not after a comma of the name's own: ``In
Ohio, Iowa, the mayor, a Democrat, said`` is a lead-in); when the phrase before
the first comma is a lowercase description and the appositive a name (``One
voter, Ada Stone, said``), the name. A relative pronoun right
before the cue is the mention itself (``Jane Roe, who said``: ``who``, as
annotators mark it), resolved to the noun phrase before its comma or dash. A
participle cue (``saying``, ``telling``) after a comma or after an object
(``issued a statement saying``, ``emailed supporters saying``) takes the
sentence subject, which may then be a determiner phrase (``The town``). Rightwards (``said X``,
``according to X``) it runs to the first comma, clause word or full stop.

Resolution (``speaker_name``), using every cue subject in the article (reported
speech too) as the list of earlier mentions:

- a personal pronoun (he, she, him, her) -> the most recent earlier speaker that
  is a person; ``it`` -> the most recent organisation; ``they``/``we`` -> the
  most recent organisation or group. If none, the pronoun itself;
- a name -> its titles dropped (``US President Donald Trump`` -> ``Donald
  Trump``); a one-word name or ``Mr. X`` -> the nearest earlier full name
  ending in that word (``Trump`` -> ``Donald Trump``), read within one sentence
  and without a sentence's conjunction, adverb or date (not ``Cardiff. John
  Toshack``, ``But Parry``, ``Last June Grewcock``); a description whose
  appositive is the name gives the name (``ITV's head of drama, Jo Lin`` ->
  ``Jo Lin``);
- a definite description with a lowercase head (``the ministry``) -> the
  nearest earlier noun phrase with the same head and a capitalised modifier
  (``Russia's foreign ministry``), without its article.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from analysis.measures.quotations.cues import CUE_FORMS
from analysis.speed.token_index import region
from analysis.units.spans import INDEX_MAX, TOKEN, tokens

PRONOUNS = frozenset("he she they it we i you him her them us".split())
_PERSON_PRONOUNS = frozenset("he she him her i".split())
_GROUP_PRONOUNS = frozenset("they we them us".split())
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)
_TIME_WORDS = _CALENDAR | frozenset(
    """time moment point day days week weekend month year night morning afternoon evening
    interview statement""".split()
)
_RELATIVE = frozenset({"who", "which"})
# Dashes that set off an appositive, and the marks an appositive never crosses.
_DASHES = frozenset("— – ― -".split())
_STOPS = frozenset(".;:!?\"“”'’‘,")
_DETERMINERS = frozenset("the a an his her their its our my this these those".split())
# Between a subject and its cue verb: auxiliaries and adverbs.
_SKIP = frozenset(
    """also later then has had have was were is are will would could should may might
    did does do not once previously recently repeatedly again further simply just only still
    never often reportedly earlier first last subsequently even already ultimately has
    been be being quickly now yet meanwhile however though afterwards instead""".split()
)
# Words that end a noun phrase going leftwards.
_BOUNDARY = frozenset(
    """that which who whom whose when where while as because since if after before and but
    or nor so than to in on at by with from into about over under during against without
    through between among is was are were be been being has had have will would can could
    should may might must do does did not also then there here what why how said says
    tell told how asked when ago yesterday today tonight meanwhile however yet""".split()
)
# A noun phrase read leftwards also ends at these prepositions ("despite not yet
# confirming"), which may follow a subject's appositive ("Jo Lee, R-Ohio, despite …").
_NP_STOP = _BOUNDARY | frozenset({"despite", "amid"})
# Lowercase words that can head or modify a speaker noun phrase going rightwards.
_RIGHT_STOP = frozenset(
    """that who which in on at during after before while when as because since and but
    with to from by of for about according told said says in""".split()
)
_ORG_WORDS = frozenset(
    """ministry department office agency house committee campaign party council
    organization organisation court administration times post news institute university
    commission bureau service police government senate congress kremlin pentagon embassy
    inc corp association foundation center centre group network journal press company
    board fund bank union league coalition caucus team staff spokesman's statement
    network channel magazine newspaper paper website site cnn reuters ap abc nbc cbs fox
    msnbc politico breitbart tribune gazette herald guardian white army navy ministry's
    authority federation alliance council parliament cabinet un nato fbi cia nsa""".split()
)
_GROUP_WORDS = frozenset(
    """officials aides people critics supporters experts analysts democrats republicans
    voters members leaders lawmakers sources advisers advisors observers residents
    activists officers diplomats officers authorities investigators prosecutors
    economists scientists researchers protesters organizers organisers""".split()
)
TITLES = frozenset(
    """president vice secretary minister prime foreign senator sen. sen rep. rep
    representative gov. gov governor mr. mrs. ms. mr mrs ms dr. dr chief justice judge
    general gen. attorney speaker leader chairman chairwoman director spokesman
    spokeswoman spokesperson ambassador mayor king queen prince pope candidate nominee
    democrat republican democratic press adviser advisor state rev. lt. col. sgt. capt.
    adm. officer ceo professor prof. commissioner deputy assistant former supreme
    majority minority house senate us u.s. uk u.k. white national security defense
    defence interior finance economy energy trade health education homeland treasury
    presidential nominee hopeful frontrunner front-runner host anchor pastor rabbi
    reverend father sister brother dame sir lord lady commander""".split()
)
_NATIONALITY = frozenset(
    """American Russian Ukrainian Iranian Israeli Chinese British French German Japanese
    Syrian Iraqi Saudi Turkish Mexican Canadian Palestinian Egyptian Sudanese Qatari Indian
    Pakistani Afghan Korean European Lebanese Jordanian Italian Spanish Cuban Venezuelan
    Brazilian Australian Emirati Yemeni Libyan Greek Polish Dutch Swiss Swedish""".split()
)


@dataclass
class Mention:
    """A speaker mention: ``text[start:end]``, its cue ``text[cue_start:cue_end]``."""

    start: int
    end: int
    cue_start: int = -1
    cue_end: int = -1


# Per thread (threaded schedulers must not evict each other's article), the last
# text's tokens as ``(text, [(start, end, word), …], starts, ends)``, keyed by identity.
_local = threading.local()


def _token_index(text: str) -> tuple[str, list[tuple[int, int, str]], list[int], list[int]]:
    c = getattr(_local, "index", None)
    if c is not None and c[0] is text:
        return c
    starts, ends, words = tokens(text)  # the text units' scan, when they had this text
    c = (text, list(zip(starts, ends, words, strict=True)), starts, ends)
    _local.index = c
    return c


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tokens ``TOKEN.finditer(text, start, end)`` finds, as ``(start, end, word)``.

    Sliced from the whole text's tokens (see :mod:`analysis.speed.token_index`).
    """
    if start < 0:
        start = 0
    if end <= start:
        return []
    c = getattr(_local, "index", None)
    if c is None or c[0] is not text:
        if len(text) > INDEX_MAX:
            return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]
        c = _token_index(text)
    _, toks, starts, ends = c
    head, i, k, tail = region(TOKEN, text, starts, ends, start, end)
    out = [(m.start(), m.end(), m.group()) for m in head]
    if i is None:
        return out
    out += toks[i:k]
    out += [(m.start(), m.end(), m.group()) for m in tail]
    return out


def _is_pronoun(tok: str) -> bool:
    return tok.lower() in PRONOUNS and (not tok.isupper() or tok == "I")


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit()


def np_before(text: str, pos: int, floor: int = 0, skip_adverbs: bool = True) -> tuple[int, int]:
    """The noun phrase ending just before ``pos`` (a cue verb), or ``(-1, -1)``.

    >>> t = "Russia's foreign ministry also said"
    >>> s, e = np_before(t, t.index("said")); t[s:e]
    "Russia's foreign ministry"
    >>> t = "Sean Spicer, the press secretary, said"
    >>> s, e = np_before(t, t.index("said")); t[s:e]
    'Sean Spicer, the press secretary'
    """
    toks = _tokens(text, max(floor, pos - 400), pos)
    i = len(toks) - 1
    if skip_adverbs:
        # A title-case cue ("Trump Will Say") is a headline's: its "Will" is the verb.
        names = text[pos : pos + 1].islower()
        while i >= 0 and (
            (toks[i][2].lower() in _SKIP and not (names and _surname_at(toks, i)))
            or (toks[i][2].endswith("ly") and toks[i][2].islower() and len(toks[i][2]) > 4)
        ):
            i -= 1
    if i >= 0 and text[pos : pos + 1].isupper() and _ends_sentence(toks[i][2]):
        return -1, -1  # "… the genre. Speaking to the BBC, …": the cue opens its sentence
    if i >= 1 and toks[i][2] in _RELATIVE and (toks[i - 1][2] in ",-—–" or _is_cap(toks[i - 1][2])):
        # "Jane Roe, who said …": the relative pronoun is the mention (resolved later).
        return toks[i][0], toks[i][1]
    if i >= 0 and toks[i][2] == ")":
        # "Sen. Ted Cruz (R-Tex.) said": step over the parenthesis.
        j = i - 1
        while j >= 0 and i - j <= 8 and toks[j][2] != "(":
            j -= 1
        if j > 0 and toks[j][2] == "(":
            k = _walk_np(toks, j - 1)
            if k is not None:
                return toks[k][0], toks[i][1]
    if i >= 1 and toks[i][2] in _DASHES:
        # "Ann Lee — a nurse from Dayton — says": an appositive between dashes, as
        # between commas (below); the name before the first dash must be capitalised.
        j = i - 1
        while j >= 0 and i - j <= 16 and toks[j][2] not in _DASHES and toks[j][2] not in _STOPS:
            j -= 1
        if j >= 1 and toks[j][2] in _DASHES and j < i - 1:
            head = _walk_np(toks, j - 1)
            if head is not None and _is_cap(toks[head][2]):
                return toks[head][0], toks[i - 1][1]
        return -1, -1
    if i >= 0 and toks[i][2] == ",":
        # "X, the secretary, said" / "X, 69, told": look for the comma before it.
        j = _appositive_start(toks, i)
        if j >= 0 and toks[j][2] == "," and j < i - 1:
            head = _head_before_comma(toks, j)
            if head is not None and _is_cap(toks[head][2]):
                return toks[head][0], toks[i - 1][1]
            j2 = _appositive_start(toks, j)
            if j2 >= 0 and toks[j2][2] == "," and j2 < j - 1 and i - j2 <= 40:
                # "Mary Fox, a lawyer who once worked for Sen. Jo Doe, one of the
                # plan's authors, said": two appositives in a row; the name before both.
                # Not after a comma of its own: "In Ohio, Iowa, the mayor, a Democrat,
                # said" has a lead-in, not three appositives.
                head2 = _head_before_comma(toks, j2)
                if (
                    head2 is not None
                    and _is_cap(toks[head2][2])
                    and not toks[j2 + 1][2][:1].isupper()
                    and (head2 == 0 or toks[head2 - 1][2] != ",")
                ):
                    if not _lead_in(toks, head2, j2):
                        return toks[head2][0], toks[i - 1][1]
                    mid = toks[j2 + 1 : j]
                    if (
                        (head2 == 0 or not toks[head2 - 1][2][:1].islower())
                        and mid[0][2].lower() not in _LEAD_IN_WORDS
                        and any(_is_cap(w) for _, _, w in mid)
                    ):
                        # "Following the vote, lawyer Ann Lee, who …, said": after the
                        # lead-in, the name and its appositive.
                        return toks[j2 + 1][0], toks[i - 1][1]
            name = toks[j + 1 : i]
            if (
                len(name) <= 4
                and all(_is_cap(t[2]) and t[2][0].isalpha() for t in name)
                and not any(t[2].lower() in _DETERMINERS or _is_pronoun(t[2]) for t in name)
            ):
                # "Another delegate on the slate, Jim Olson, said": the description
                # before the comma is no name, but the appositive between the commas is.
                return name[0][0], name[-1][1]
        return -1, -1
    k = _walk_np(toks, i)
    if k is None:
        return -1, -1
    at_time = toks[i][2].lower().rstrip(".") in _TIME_WORDS and not _surname_at(toks, i)
    if (
        k > 0
        and toks[k - 1][2].lower() in {"at", "on", "in", "during", "over", "earlier", "later"}
        and at_time
    ):
        # "Trump at the time said", "Roe on Tuesday said": step over the time phrase.
        return np_before(text, toks[k - 1][0], floor, skip_adverbs)
    if i > k and toks[i - 1][2].lower() in {"last", "this", "next", "later", "earlier"} and at_time:
        # "Roe last week said", "Roe later Thursday said": a time phrase, not the subject
        # (kept when no noun phrase stands before it).
        if i - 1 > k:
            return toks[k][0], toks[i - 2][1]
        if k > 0:
            before = np_before(text, toks[k][0], floor, skip_adverbs)
            if before[0] >= 0:
                return before
    return toks[k][0], toks[i][1]


# Words that open an adverbial lead-in, not a subject ("Following the vote, …").
_LEAD_IN_WORDS = frozenset(
    """after following before during in on at since while when as with despite amid
    under for from by to unlike like once""".split()
)


def _lead_in(toks: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Is ``toks[start:end]`` no subject: a lead-in, an object, or across a sentence end?

    ``Following Mr Straw's announcement, lawyer Ann Lee, who …, said``: the name is
    in the second phrase; ``born in Leeds, in the north, before …, said`` and
    ``… in January. Others, however, who …, said`` are no names before appositives.
    """
    first = toks[start][2]
    if first.lower() in _LEAD_IN_WORDS or (first.endswith("ing") and first[:1].isupper()):
        return True
    if start > 0 and toks[start - 1][2][:1].islower():
        return True  # the object of a word before it
    return any(_ends_sentence(w) for _, _, w in toks[start:end])


def _head_before_comma(toks: list[tuple[int, int, str]], j: int) -> int | None:
    """First token of the noun phrase before the comma ``toks[j]`` (a party tag stepped over)."""
    h = j - 1
    if h >= 0 and toks[h][2] == ")":
        # "Rep. Jo Lin (R-Ohio), a member, said": step over the parenthesis.
        while h >= 0 and j - h <= 8 and toks[h][2] != "(":
            h -= 1
        h -= 1
    return _walk_np(toks, h)


_QUOTE_TOKENS = frozenset('"“”')


def _appositive_start(toks: list[tuple[int, int, str]], i: int) -> int:
    """Index of the token that opens the appositive closed by the comma ``toks[i]``.

    Read leftwards for at most 40 tokens, stopping at a comma or a sentence mark (or
    ``said``/``says``/``told``); a title in double quotation marks inside it is
    stepped over whole, commas and all (``Bob Stone, the author of "Lost Roads,"
    about the region, said``). Returns the stopping index (-1 at the start).
    """
    j = i - 1
    while j >= 0 and i - j <= 40:
        w = toks[j][2]
        if w in _QUOTE_TOKENS:
            # A closing mark: step back to the opening one, if it lies within reach.
            k = j - 1
            while k >= 0 and i - k <= 40 and toks[k][2] not in _QUOTE_TOKENS:
                k -= 1
            if k < 0 or i - k > 40 or toks[k][2] == "”" or k == j - 1:
                return j
            j = k - 1
            continue
        # Quotation marks were handled above, so _STOPS here means , . ; : ! ? ' ’ ‘.
        if w in _STOPS or w.lower() in {"said", "says", "told"} or _full_stop_at(toks, j):
            return j
        j -= 1
    return j


# Sentence-opening conjunctions and adverbs that may stand without a comma.
_CONJUNCTS = frozenset("but and yet still so then now instead meanwhile".split())


# Capitalised words that are no part of a person's name: determiners, conjunctions,
# prepositions, sentence adverbs and a question's auxiliary ("In May", "But Parry",
# "A spokeswoman", "Does Rubio").
_NOT_NAME = (
    _DETERMINERS
    | _CONJUNCTS
    | frozenset(
        """or nor neither either not in on at by for from to of with into about over after
        before during since until as if when while because although though that which who
        whom despite amid however also earlier later do does did is are was were
        has have had can could should would must""".split()
    )
)


# Modals and months that are also names (Theresa May, George Will, April Ryan).
_NAME_LIKE = frozenset("may will june april august".split())


def _surname_at(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Is ``toks[i]``, a capitalised modal or month (``May``, ``Will``), a surname?

    It is right after a first name or a title (``Theresa May``, ``Mrs May``); after
    a preposition or a sentence's full stop it is the month or the verb (``In May``).
    """
    w = toks[i][2]
    if i < 1 or w.lower() not in _NAME_LIKE or not w[:1].isupper() or w.isupper():
        return False
    prev = toks[i - 1][2]
    return (
        prev[:1].isupper()
        and prev[0].isalpha()
        and not _ends_sentence(prev)
        and prev.lower() not in _NOT_NAME
    )


def _walk_np(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """Index of the first token of the noun phrase ending at token ``i``."""
    if i < 0:
        return None
    w = toks[i][2]
    low = w.lower()
    if _is_pronoun(w):
        return i
    if not w[0].isalnum() or low in _DETERMINERS or low in CUE_FORMS or low in {"of", "for"}:
        return None  # "… a key reason for calls …": a phrase never ends in "of"/"for"
    if low in _NP_STOP and not _surname_at(toks, i):
        return None
    k = i
    j = i - 1
    n = 1
    while j >= 0 and n < 9:
        w = toks[j][2]
        low = w.lower()
        if _full_stop_at(toks, j):
            break  # "… in Cardiff. John Toshack said": the name opens its sentence
        if low in _DETERMINERS:
            k = j
            break
        if w[0].isupper() and low in _NOT_NAME:
            break  # "Earlier Foreign Secretary Jack Straw said": the sentence's opener
        if not w[0].isalnum():
            if w in "&" and j > 0:
                j -= 1
                continue
            break
        if low in {"of", "for"}:
            j -= 1
            continue
        if low == "and" and j > 0 and _is_cap(toks[j - 1][2]) and _is_cap(toks[j + 1][2]):
            j -= 1  # "Lavrov and Rubio", "the Foreign Ministry and Atomic Energy Organization"
            continue
        if w[0].isupper() and low in CUE_FORMS:
            k = j  # "Secretary of State", "Press Secretary" are names, not cues
            n += 1
            j -= 1
            continue
        if low in _NP_STOP or _is_pronoun(w) or low in CUE_FORMS:
            break
        if w[0].isdigit() and "-" not in w and not _is_cap(toks[k][2]):
            break
        k = j
        n += 1
        j -= 1
    while k < i and toks[k][2].lower() in {"of", "for", "&"}:
        k += 1
    return k


# Abbreviations whose full stop ends no sentence: suffixes, company forms, months
# ("Nov. 8") and the dotted titles ("Sen. Ted Cruz", "Gen. Mark Milley").
_ABBREV = frozenset(
    """jr. sr. inc. co. corp. ltd. bros. mr. mrs. ms. dr. st. messrs. pres. maj. cpl. pvt.
    ft. mt. jan. feb. mar. apr. aug. sep. sept. oct. nov. dec.""".split()
) | {t for t in TITLES if t.endswith(".")}


def _ends_sentence(token: str) -> bool:
    """Does the word token carry a sentence's full stop (``Pike.``, not ``Jr.``, ``U.S.``)?"""
    return (
        token.endswith(".")
        and "." not in token[:-1]
        and len(token) > 2
        and token.lower() not in _ABBREV
    )


def _full_stop_at(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Does a sentence end with ``toks[j]``: its full stop before a capitalised word?

    ``Pike. Roe`` ends one; ``Allentown, Pa., said`` and ``Pa. resident`` do not.
    """
    return _ends_sentence(toks[j][2]) and j + 1 < len(toks) and toks[j + 1][2][:1].isupper()


_INTRO = frozenset(
    """on in at after before when while asked speaking during later earlier but and still
    meanwhile yet however instead since although though if as in for with by from last this
    on friday despite amid maybe perhaps""".split()
)


_CONTRACTED = frozenset("that there what it let".split())
_SENTENCE_WORDS = frozenset(
    """those these that this there here so now then what why how who which it its
    one some many most all both each few several such another other""".split()
)


# Capitalised sentence openers that are no subject: prepositions, auxiliaries,
# modals, adverbs, numbers ("Once …", "Could …", "Across …", "Thirty percent …").
_NOT_SUBJECT = frozenset(
    """once is are were was has have had could would should will can may might must do does
    did of across beyond also
    over under unless because given just even ever first immediately thanks no yes to
    not never two three four five six seven eight nine ten twenty thirty forty fifty
    hundreds thousands millions dozens""".split()
)


_PAST = frozenset(
    """put made gave took sent went came got held kept left ran saw set shot spoke stood
    struck won lost paid told said wrote began brought led met sought thought drew hit""".split()
)


def _is_verbish(tok: str) -> bool:
    """A lowercase word that can end a subject going rightwards: a verb or an auxiliary."""
    low = tok.lower()
    return tok.islower() and (
        low.endswith("ed")
        or low in _PAST
        or low in _SKIP
        or low in CUE_FORMS
        or low in {"is", "was", "has", "had", "did", "does", "will", "would"}
    )


def subject_at(text: str, start: int, end: int, determiners: bool = False) -> tuple[int, int]:
    """The subject of the sentence starting at ``start``: a pronoun or a capitalised name.

    A leading phrase up to a comma (``On Tuesday,``, ``Hours later,``) is
    skipped. Returns ``(-1, -1)`` unless a lowercase word (the verb) follows
    the subject. With ``determiners`` a subject may also be a determiner
    phrase (``The town released``, ``His office put out``): at most six words
    up to the first verb-like word (``-ed``, a common irregular past, an
    auxiliary or a cue).

    >>> t = "On Friday, Sen. Jane Roe blasted the “cruel” plan."
    >>> s, e = subject_at(t, 0, len(t)); t[s:e]
    'Sen. Jane Roe'
    >>> t = "Hours later, the city council issued a statement saying “no”."
    >>> s, e = subject_at(t, 0, len(t), determiners=True); t[s:e]
    'the city council'
    """
    toks = _tokens(text, start, min(end, start + 300))
    i = 0
    d = _dateline_end(toks)
    if d:
        toks = toks[d:]
    if (
        len(toks) > 2
        and toks[0][2].lower() in _CONJUNCTS
        and (_is_pronoun(toks[1][2]) or toks[1][2][0].isupper())
    ):
        # "Yet she did not …", "But Roe said …": a conjunction without a comma.
        sub = _subject_from(toks, 1, determiners)
        if sub[0] >= 0:
            return sub
    if toks and toks[0][2].lower() in _INTRO:
        for j in range(min(len(toks), 16)):
            if toks[j][2] == ",":
                i = j + 1
                break
        else:
            return -1, -1
        sub = _subject_from(toks, i, determiners)
        if sub[0] < 0:
            # "At a rally in Dover, N.H., on Tuesday, Sen. Roe said": the lead-in
            # holds commas of its own; try after each later one.
            for j in range(i, min(len(toks), 20)):
                if toks[j][2] == ",":
                    sub = _subject_from(toks, j + 1, determiners)
                    if sub[0] >= 0:
                        break
        return sub
    if (
        len(toks) > 3
        and _is_cap(toks[0][2])
        and not _is_pronoun(toks[0][2])
        and any(t[2] == "," for t in toks[1:4])
    ):
        # "Hours later, Trump said" / "Back in 1999, Mr. Trump said": an adverbial
        # lead-in when a name or pronoun and a lowercase word follow its comma.
        j = next(j for j in range(1, 4) if toks[j][2] == ",")
        lead = [t[2] for t in toks[1:j]]
        if all(t.islower() or t[0].isdigit() for t in lead) and j + 2 < len(toks):
            nxt = toks[j + 1][2]
            if (
                (_is_cap(nxt) and nxt.lower() not in _DETERMINERS)
                or _is_pronoun(nxt)
                or (determiners and nxt.lower() in _DETERMINERS)
            ):
                i = j + 1
    return _subject_from(toks, i, determiners)


def _dateline_end(toks: list[tuple[int, int, str]]) -> int:
    """Tokens of a dateline opening the sentence (``WASHINGTON (AFP) –``), or 0.

    Capitalised words (a place, commas, a date), an optional agency in
    parentheses, then a dash.
    """
    for j in range(min(len(toks), 12)):
        t = toks[j][2]
        if t in {"—", "–", "-", "--"}:
            return j + 1 if j > 0 and toks[j - 1][2] == ")" else 0
        if not (_is_cap(t) or t in "(),."):
            return 0
    return 0


def _subject_from(toks: list[tuple[int, int, str]], i: int, determiners: bool) -> tuple[int, int]:
    """:func:`subject_at` once any lead-in is skipped: the subject opening ``toks[i:]``."""
    if i >= len(toks):
        return -1, -1
    w = toks[i][2]
    if determiners and w.lower() in _DETERMINERS - {"a", "an"} and not _is_pronoun(w):
        for j in range(i + 1, min(len(toks), i + 7)):
            t = toks[j][2]
            if j > i + 1 and _is_verbish(t):
                return toks[i][0], toks[j - 1][1]
            if not t[0].isalnum() or t.lower() in _BOUNDARY - {"of"}:
                break
        return -1, -1
    if (
        w.lower() in _DETERMINERS
        or w.lower() in _INTRO
        or w.lower() in _SENTENCE_WORDS
        or w.lower() in _NOT_SUBJECT
        # "That’s why …", "It's the …", "Let’s …": a contraction, no speaker.
        or w.lower().replace("’", "'").split("'")[0] in _CONTRACTED
        or (w.lower().endswith(("ed", "ing")) and not _is_pronoun(w))
    ):
        return -1, -1
    if _is_pronoun(w) and w.lower() not in {"it", "you", "them", "us", "him", "her"}:
        k = i
    else:
        k = i - 1
        j = i
        while j < len(toks) and j - i < 8:
            t = toks[j][2]
            if _is_cap(t) and t[0].isalnum():
                k = j
            elif t.lower() in {"of", "and", "&", "'s", "’s"} and k == j - 1:
                pass
            else:
                break
            j += 1
        if k < i:
            return -1, -1
    end = k
    if k + 1 < len(toks) and toks[k + 1][2] == "(" and not _is_pronoun(toks[k][2]):
        # "Rep. Jane Roe (D-N.Y.) reacted": a party or place tag after the name.
        for j in range(k + 2, min(len(toks), k + 10)):
            if toks[j][2] == ")":
                end = j
                break
    nxt = toks[end + 1][2] if end + 1 < len(toks) else ""
    if end > k:
        return (toks[i][0], toks[end][1]) if nxt[:1].islower() else (-1, -1)
    if nxt == "," and not _is_pronoun(toks[k][2]):
        # "Jane Roe, the party's chairwoman, wrote …": step over an appositive.
        for j in range(k + 2, min(len(toks) - 1, k + 14)):
            t = toks[j][2]
            if t == ",":
                if j > k + 2 and toks[j + 1][2][:1].islower() and toks[j + 1][2] not in _BOUNDARY:
                    return toks[i][0], toks[j - 1][1]
                break
            if not t[0].isalnum() and t not in "-'’()":
                break
        return -1, -1
    if not nxt[:1].islower():
        return -1, -1
    return toks[i][0], toks[k][1]


def np_after(text: str, pos: int, ceiling: int) -> tuple[int, int]:
    """The noun phrase starting just after ``pos`` (``said X``), or ``(-1, -1)``.

    >>> t = "said Mr. Smith, a lawyer."
    >>> s, e = np_after(t, 4, len(t)); t[s:e]
    'Mr. Smith'
    """
    toks = _tokens(text, pos, min(ceiling, pos + 200))
    if not toks:
        return -1, -1
    w0 = toks[0][2]
    if _is_pronoun(w0):
        return toks[0][0], toks[0][1]
    if not w0[0].isalnum() or (w0.lower() in _RIGHT_STOP) or w0.lower() in CUE_FORMS:
        return -1, -1
    last = -1
    for idx, (_, _, w) in enumerate(toks[:10]):
        low = w.lower()
        if not w[0].isalnum():
            break
        if idx > 0 and (low in _RIGHT_STOP - {"of", "for"} or low in CUE_FORMS):
            break
        if idx > 0 and low in {"of", "for"}:
            continue
        if idx > 0 and not _is_cap(w) and low not in _DETERMINERS and _is_cap(toks[last][2]):
            # "said Smith, ..." stops at the comma; "said Smith yesterday" at the lowercase.
            break
        last = idx
    if last < 0:
        return -1, -1
    end = toks[last][1]
    w = toks[last][2]
    if _ends_sentence(w):
        end -= 1  # "said Dana Pike." ends the sentence; "said Tom Hale Jr." does not
    return toks[0][0], end


# ---------------------------------------------------------------- resolution


def _clean(mention: str) -> str:
    return mention.strip(" ,.;:").replace("’", "'")


def _strip_det(mention: str) -> str:
    parts = mention.split()
    if parts and parts[0].lower() in {"the", "a", "an"}:
        parts = parts[1:]
    return " ".join(parts)


_APPOSITIVE = re.compile(r",|\s[-–—―]\s")


def _before_appositive(mention: str) -> str:
    """The mention up to its appositive, set off by a comma or a spaced dash.

    >>> _before_appositive("Ann Lee - a nurse from Dayton"), _before_appositive("Ann Lee, 42")
    ('Ann Lee', 'Ann Lee')
    """
    return _APPOSITIVE.split(mention, maxsplit=1)[0].strip()


@functools.lru_cache(maxsize=8192)
def mention_type(mention: str) -> str:
    """``person``, ``org``, ``group`` or ``pronoun:<word>`` for a speaker mention.

    >>> mention_type("the ministry"), mention_type("Donald Trump"), mention_type("aides")
    ('org', 'person', 'group')
    """
    m = _clean(mention)
    low = m.lower()
    if low in PRONOUNS:
        return "pronoun:" + low
    words = [w.strip(",.").lower() for w in m.replace("'s ", " ").split()]
    head = _before_appositive(m)
    hwords = [w.lower() for w in head.split()]
    if any(w in _ORG_WORDS or w.rstrip("s") in _ORG_WORDS for w in hwords):
        return "org"
    if hwords and (
        hwords[-1] in _GROUP_WORDS
        or (
            hwords[-1].endswith("s")
            and not _is_cap(head.split()[-1])
            and hwords[-1] not in {"says"}
        )
    ):
        return "group"
    if words and all(_is_cap(w) for w in head.split()) and len(head.split()) >= 1:
        # A country or city as a speaker is an organisation (the government).
        return "person" if len(head.split()) >= 2 or head not in _PLACES else "org"
    return "person"


_PLACES = frozenset(
    """Moscow Russia Washington Kyiv Kiev Ukraine Iran Israel China Beijing Tehran London
    Britain France Paris Germany Berlin Brussels Europe Japan Tokyo Syria Damascus Turkey
    Ankara India Pakistan Egypt Cairo Riyadh Saudi Qatar Jordan Iraq Baghdad Lebanon Mexico
    Canada Cuba Venezuela Brazil Pyongyang Seoul Taiwan America""".split()
)


@functools.lru_cache(maxsize=8192)
def canonical_name(mention: str) -> str:
    """A mention without its article and, for a person, without titles.

    >>> canonical_name("US President Donald Trump"), canonical_name("the ministry")
    ('Donald Trump', 'ministry')
    >>> canonical_name("Sean Spicer, the press secretary")
    'Sean Spicer'
    >>> canonical_name("Senator Jane Roe of Ohio")
    'Jane Roe'
    >>> canonical_name("Acme's head of marketing, Jo Lin"), canonical_name("The Minister, Jo Lin")
    ('Jo Lin', 'Jo Lin')
    """
    m = _clean(mention)
    head = _before_appositive(m)
    kind = mention_type(head)
    if kind == "person":
        last = head.split()[-1] if head else ""
        if not _is_cap(last) or last.lower() in TITLES:
            # "ITV's head of drama, Jo Lin", "The Education Minister, Kim Howells": a
            # description ending in a noun or a title, then the name as its appositive.
            parts = _APPOSITIVE.split(m, maxsplit=2)
            name = _person_words(parts[1].strip()) if len(parts) > 1 else []
            if len(name) >= 2 and all(_is_cap(w) for w in parts[1].split()):
                return " ".join(name)
        # "Senator Jane Roe of Ohio" is Jane Roe; "Secretary of State Marco Rubio" is Rubio.
        for part in _OF_PLACE.split(head):
            name = _person_words(part)
            if len(name) >= 2:
                return " ".join(name)
        name = _person_words(head)
        if name:
            return " ".join(name)
    return _strip_det(head)


_OF_PLACE = re.compile(r"\s+(?:of|from)\s+")


# Words that make the month or day after them a date ("last June", "on Friday").
_DATE_BEFORE = _NOT_NAME | frozenset("last this next early late mid".split())


def _person_words(head: str) -> list[str]:
    """The capitalised run that ends ``head``, titles and nationalities left out."""
    out: list[str] = []
    words = head.split()
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        low = w.lower()
        if _ends_sentence(w) or low in _NOT_NAME:
            break  # "Cardiff. John Toshack", "But Parry", "A spokeswoman": not the name
        if low in _CALENDAR and i > 0 and words[i - 1].lower() in _DATE_BEFORE:
            break  # "Last June Grewcock", "In May Smith": a date, not a first name
        if not _is_cap(w) or low in TITLES or w.endswith("'s") or w in _NATIONALITY:
            if out or low not in TITLES:
                break
            continue
        out.append(w)
    return out[::-1]


@functools.lru_cache(maxsize=4096)
def _surname_pattern(last: str) -> re.Pattern[str]:
    return re.compile(r"\b((?:[A-Z][\w'’.-]*\s+){1,3})" + re.escape(last) + r"\b(?!['’]s\b)")


def _is_word_char(ch: str) -> bool:
    """``\\w`` of ``re`` on str patterns."""
    return ch.isalnum() or ch == "_"


def _surname_matches(text: str, last: str) -> list[tuple[int, str]]:
    """``(start, group)`` of each match of ``_surname_pattern(last)`` in ``text``, in order.

    The same matches as the regex's ``finditer`` without compiling a pattern per
    name. A match is 1-3 words (an ASCII capital, then word characters or
    ``'’.-``; the first may start inside a run of those after a non-word
    character), each followed by white space, then ``last`` at a word boundary
    not followed by ``'s``. The search takes the leftmost start, the most words
    there, and goes on after the match; the chunks before each occurrence of
    ``last`` are read backwards, so the cost is linear in the text.
    """
    n = len(text)
    size = len(last)
    options: list[tuple[int, int, int]] = []  # (match start, words, position of last)
    q = text.find(last) if size else -1
    while q >= 0:
        r = q + size
        after = r < n and _is_word_char(text[r])
        if (
            q > 0
            and text[q - 1].isspace()
            and _is_word_char(text[r - 1]) != after
            and not (
                r + 1 < n
                and text[r] in "'’"
                and text[r + 1] == "s"
                and (r + 2 >= n or not _is_word_char(text[r + 2]))
            )
        ):
            p = q
            for words in (1, 2, 3):
                w = p
                while w > 0 and text[w - 1].isspace():
                    w -= 1
                if w == p or w == 0:
                    break
                s = _run_start(text, w)
                if text[s:w].isalnum():
                    # A plain word (most are): only its first letter follows a non-word
                    # character (white space, or the text's start).
                    c0 = s
                    if "A" <= text[s] <= "Z":
                        options.append((s, words, q))
                else:
                    c0 = w  # the tail of the run that is all word characters or '’.-
                    while c0 > s and (_is_word_char(text[c0 - 1]) or text[c0 - 1] in "'’.-"):
                        c0 -= 1
                    for x in range(c0, w):
                        if "A" <= text[x] <= "Z" and (x == 0 or not _is_word_char(text[x - 1])):
                            options.append((x, words, q))
                if c0 != s or not "A" <= text[s] <= "Z":
                    break
                p = s
        q = text.find(last, q + 1)
    options.sort()
    out: list[tuple[int, str]] = []
    pos = 0
    for i, (x, _, q) in enumerate(options):
        if x >= pos and (i + 1 == len(options) or options[i + 1][0] != x):
            out.append((x, text[x : q + size]))
            pos = q + size
    return out


def _run_start(text: str, end: int) -> int:
    """Start of the run of non-white-space characters ending at ``end``.

    ``str.split`` cuts at the same white space as ``str.isspace``; a run longer
    than the slice it reads is walked back character by character.
    """
    lo = max(0, end - 40)
    parts = text[lo:end].split()
    if parts and (lo == 0 or len(parts[-1]) < end - lo):
        return end - len(parts[-1])
    s = end
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    return s


_WORD_RUN = re.compile(r"\S+")


def _sentence_pieces(start: int, group: str) -> list[tuple[int, str]]:
    """``group`` (at ``start``) cut after each word that ends a sentence.

    A surname match is a run of capitalised words, and such a run crosses full
    stops (``Cardiff. John Toshack``, ``Dave Collins. Collins``): each piece is
    a candidate name of its own.

    >>> _sentence_pieces(10, "Dave Collins. Collins")
    [(10, 'Dave Collins.'), (24, 'Collins')]
    """
    out = []
    p = 0
    for m in _WORD_RUN.finditer(group):
        if m.start() > p and _ends_sentence(group[p : m.start()].split()[-1]):
            out.append((start + p, group[p : m.start()].rstrip()))
            p = m.start()
    out.append((start + p, group[p:]))
    return out


@functools.lru_cache(maxsize=1024)
def _head_pattern(head: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(head) + r"\b", re.IGNORECASE)


# Non-ASCII characters that re's IGNORECASE matches to ASCII letters (İ ı ſ K).
ASCII_FOLDS = "\u0130\u0131\u017f\u212a"


def _head_matches(text: str, head: str) -> list[tuple[int, int]]:
    """Spans of the matches of ``_head_pattern(head)`` in ``text``, in order.

    An ASCII head in a text without a non-ASCII character that folds to ASCII
    is found with ``str.find`` on the lowercased text (same length, same
    offsets) and word-boundary checks, without compiling a pattern; any other
    case runs the pattern.
    """
    size = len(head)
    low = text.lower()
    if not (size and head.isascii() and len(low) == len(text)) or any(
        c in text for c in ASCII_FOLDS
    ):
        return [m.span() for m in _head_pattern(head).finditer(text)]
    key = head.lower()
    first = _is_word_char(key[0])
    last = _is_word_char(key[-1])
    out = []
    n = len(text)
    p = low.find(key)
    while p >= 0:
        e = p + size
        if (first != (p > 0 and _is_word_char(text[p - 1]))) and (
            last != (e < n and _is_word_char(text[e]))
        ):
            out.append((p, e))
            p = low.find(key, e)
        else:
            p = low.find(key, p + 1)
    return out


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
    """Maps speaker mentions to names using the earlier mentions of the article."""

    def __init__(
        self,
        text: str,
        mentions: list[Mention],
        bounds: list[int] | None = None,
        more: MoreMentions | None = None,
    ) -> None:
        """``mentions``: the earlier mentions a pronoun may stand for.

        With ``more``, further mentions are found only when a pronoun needs
        them (most articles resolve few pronouns, each within a few mentions):
        see :class:`MoreMentions`; ``bounds`` cut the text into its ranges.
        """
        self.text = text
        ms = sorted({(m.start, m.end) for m in mentions})
        self.starts = [s for s, _ in ms]
        self.mentions = ms
        self.names = [None] * len(ms)
        self._full: dict[str, str | None] = {}
        self._bounds = bounds or []
        self._more = more
        self._ranges: dict[int, list[tuple[int, int]]] = {}

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

    def _resolve_named(self, pos: int, mention: str) -> str:
        name = canonical_name(mention)
        words = name.split()
        if len(words) == 1 and _is_cap(name):
            full = self._full_name(pos, words[0])
            if full:
                return full
        if name and name[:1].islower():
            desc = self._description(pos, name.split()[-1])
            if desc:
                return desc
        return name

    def _full_name(self, pos: int, last: str) -> str | None:
        """Nearest earlier ``First [Middle] Last`` in the text before ``pos``."""
        if last not in self._full:
            # One pass over the text per surname, then a binary search per mention.
            found = []
            for start, group in _surname_matches(self.text, last):
                for s, piece in _sentence_pieces(start, group):
                    cand = canonical_name(piece)
                    if len(cand.split()) >= 2 and piece.rstrip(".").endswith(last):
                        found.append((s, cand))
            self._full[last] = found  # type: ignore[assignment]
        found = self._full[last]
        k = bisect.bisect_left(found, (pos,)) - 1  # type: ignore[arg-type]
        return found[k][1] if k >= 0 else None  # type: ignore[index]

    def _description(self, pos: int, head: str) -> str | None:
        """Nearest earlier noun phrase ending in ``head`` with a capitalised modifier."""
        key = "\0" + head.lower()
        if key not in self._full:
            found = []
            for ms, me in _head_matches(self.text, head):
                s, e = np_before(self.text, me, max(0, ms - 120), skip_adverbs=False)
                if s < 0:
                    continue
                words = self.text[s:e].split()
                if len(words) >= 2 and any(_is_cap(w) and w.lower() != "the" for w in words):
                    found.append((ms, _strip_det(_clean(self.text[s:e]))))
            self._full[key] = found  # type: ignore[assignment]
        found = self._full[key]
        k = bisect.bisect_left(found, (pos,)) - 1  # type: ignore[arg-type]
        return found[k][1] if k >= 0 else None  # type: ignore[index]

    def resolve(self, start: int, end: int) -> str | None:
        mention = self.text[start:end]
        low = _clean(mention).lower()
        if low in _RELATIVE:
            # "Jane Roe, who said": the noun phrase the relative clause hangs on.
            k = len(self.text[max(0, start - 10) : start].rstrip(" ,-—–")) + max(0, start - 10)
            s, e = np_before(self.text, k, max(0, start - 200), skip_adverbs=False)
            if s >= 0 and self.text[s:e].lower() not in _RELATIVE:
                return self.resolve(s, e)
            return None
        if low in PRONOUNS:
            want = (
                {"person"}
                if low in _PERSON_PRONOUNS
                else ({"org"} if low == "it" else {"org", "group"})
            )
            for s, e in itertools.islice(self._before(start), 40):
                m = self.text[s:e]
                if mention_type(m) in want:
                    return self._resolve_named(s, m)
            return None  # a pronoun with nobody to point at names no one
        return self._resolve_named(start, mention)

"""Noun phrases around a cue: who the subject of a speech verb is.

A noun phrase is read leftwards from the cue over adverbs and auxiliaries
(``also``, ``has``, ``-ly``), then over capitalised words, lowercase nouns and
modifiers, ``of``/``for`` and possessives (a plural one too, ``Sanders’ campaign
manager``; its apostrophe is no stop), up to a determiner, a punctuation
mark, a clause word (``that``, ``and``, ``who``, prepositions), a capitalised
sentence opener (``But``, ``Earlier``) or a sentence's full stop (``… in
Cardiff. John Toshack said``); at most nine words. A capitalised modal or month
right after a first name or title is a surname (``Theresa May told``, ``George
Will wrote``), unless the cue is in title case (a headline: ``Trump Will Say``).
An appositive is skipped: ``Sean Spicer, the press secretary, said``
gives the whole ``Sean Spicer, the press secretary``, as do an appositive between
dashes (``Ann Lee — a nurse — says``), one holding a quoted title, commas and all
(``Bob Stone, the author of "Lost Roads," about Ohio, said``; the title may end it:
``Bob Stone, the author of ''Lost Roads,'' said``) and two in a row (``Mary Fox, a
lawyer, one of its authors, said``; not after a comma of the name's own: ``In
Ohio, Iowa, the mayor, a Democrat, said`` is a lead-in); when the phrase before
the first comma is a lowercase description and the appositive a name (``One
voter, Ada Stone, said``), the name. A relative pronoun right
before the cue is the mention itself (``Jane Roe, who said``: ``who``, as
annotators mark it), resolved to the noun phrase before its comma or dash. A
participle cue (``saying``, ``telling``) after a comma or after an object
(``issued a statement saying``, ``emailed supporters saying``) takes the
sentence subject, which may then be a determiner phrase (``The town``). Rightwards (``said X``,
``according to X``) it runs to the first comma, clause word or full stop, over
role words between capitalised ones (``said Wales assistant coach Scott Lee``).

A cue form used as a noun heads a phrase (``her tweet said``, ``the Post
reported``: after a determiner or possessive, see
:func:`~analysis.measures.quotations.cues.used_as_noun`).

Functions take the article as :class:`~analysis.units.ArticleText` (or a plain
string, for a one-off call) and return ``(start, end)`` offsets, ``(-1, -1)``
when there is no such phrase.
"""

from __future__ import annotations

from analysis.measures.quotations.cues import CUE_FORMS, used_as_noun
from analysis.units.article import ArticleText, Token, as_article

PRONOUNS = frozenset("he she they it we i you him her them us".split())


CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)


_TIME_WORDS = CALENDAR | frozenset(
    """time moment point day days week weekend month year night morning afternoon evening
    interview statement""".split()
)


RELATIVE = frozenset({"who", "which"})


# Dashes that set off an appositive, and the marks an appositive never crosses.
_DASHES = frozenset("— – ― -".split())


_STOPS = frozenset(".;:!?\"“”'’‘,")


DETERMINERS = frozenset("the a an his her their its our my this these those".split())


# Between a subject and its cue verb: auxiliaries and adverbs.
AUXILIARIES = frozenset(
    """also later then has had have was were is are will would could should may might
    did does do not once previously recently repeatedly again further simply just only still
    never often reportedly earlier first last subsequently even already ultimately has
    been be being quickly now yet meanwhile however though afterwards instead""".split()
)


# Words that end a noun phrase going leftwards.
PHRASE_BOUNDARY = frozenset(
    """that which who whom whose when where while as because since if after before and but
    or nor so than to in on at by with from into about over under during against without
    through between among is was are were be been being has had have will would can could
    should may might must do does did not also then there here what why how said says
    tell told how asked when ago yesterday today tonight meanwhile however yet""".split()
)


# A noun phrase read leftwards also ends at these prepositions ("despite not yet
# confirming"), which may follow a subject's appositive ("Jo Lee, R-Ohio, despite …").
_NP_STOP = PHRASE_BOUNDARY | frozenset({"despite", "amid"})


# Lowercase words that can head or modify a speaker noun phrase going rightwards.
_RIGHT_STOP = frozenset(
    """that who which in on at during after before while when as because since and but
    with to from by of for about according told said says in""".split()
)


#: Abbreviated titles and the office each stands for ("Sen." is a senator, "Del." a
#: delegate). With its full stop an abbreviation neither ends a sentence nor a mention.
ABBREVIATED_TITLES = {
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "pres": "president",
    "gen": "general",
    "sec": "secretary",
    "atty": "attorney",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "adm": "admiral",
    "cmdr": "commander",
    "supt": "superintendent",
    "insp": "inspector",
    "amb": "ambassador",
    "del": "delegate",
}

TITLES = frozenset(f"{short}." for short in ABBREVIATED_TITLES) | frozenset(
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


#: Lowercase role nouns between the capitalised words of a name-phrase (``Chelsea boss
#: Jose Mourinho``, ``Wales assistant coach Scott Johnson``).
ROLE_WORDS = TITLES | frozenset(
    """boss manager coach captain skipper striker midfielder defender winger forward
    goalkeeper keeper player star singer actor actress head founder editor analyst
    economist executive owner veteran champion producer writer author spokesperson
    chief""".split()
)


def is_pronoun(tok: str) -> bool:
    return tok.lower() in PRONOUNS and (not tok.isupper() or tok == "I")


def is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit()


def np_before(
    doc: ArticleText | str, pos: int, floor: int = 0, skip_adverbs: bool = True
) -> tuple[int, int]:
    """The noun phrase ending just before ``pos`` (a cue verb), or ``(-1, -1)``.

    >>> t = "Russia's foreign ministry also said"
    >>> s, e = np_before(t, t.index("said")); t[s:e]
    "Russia's foreign ministry"
    >>> t = "Sean Spicer, the press secretary, said"
    >>> s, e = np_before(t, t.index("said")); t[s:e]
    'Sean Spicer, the press secretary'
    """
    doc = as_article(doc)
    text = doc.text
    toks = doc.tokens_in(max(floor, pos - 400), pos)
    i = len(toks) - 1
    if skip_adverbs:
        # A title-case cue ("Trump Will Say") is a headline's: its "Will" is the verb.
        names = text[pos : pos + 1].islower()
        while i >= 0 and (
            (toks[i][2].lower() in AUXILIARIES and not (names and _surname_at(toks, i)))
            or toks[i][2].lower().endswith(("n't", "n’t"))
            or (toks[i][2].endswith("ly") and toks[i][2].islower() and len(toks[i][2]) > 4)
        ):
            i -= 1
    if i >= 0 and text[pos : pos + 1].isupper() and ends_sentence(toks[i][2]):
        return -1, -1  # "… the genre. Speaking to the BBC, …": the cue opens its sentence
    if i >= 1 and toks[i][2] in RELATIVE and (toks[i - 1][2] in ",-—–" or is_cap(toks[i - 1][2])):
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
    m = double_mark(toks, i) if i >= 2 else -1
    if m >= 1 and toks[m - 1][2] == ",":
        # "Bob Stone, the author of “Lost Roads,” said": the appositive's comma stands
        # inside the marks of a title; the name before the appositive's own comma.
        k = m - 2
        while k >= 1 and m - k <= 20 and double_mark(toks, k) < 0:
            k -= 1
        k = double_mark(toks, k) if k >= 1 else -1
        if k >= 1 and toks[k - 1][2][0].isalnum():
            j = _appositive_start(toks, k)
            if j >= 0 and toks[j][2] == "," and j < k - 1:
                head = _head_before_comma(toks, j)
                if head is not None and is_cap(toks[head][2]):
                    return toks[head][0], toks[i][1]
        return -1, -1
    if i >= 1 and toks[i][2] in _DASHES:
        # "Ann Lee — a nurse from Dayton — says": an appositive between dashes, as
        # between commas (below); the name before the first dash must be capitalised.
        j = i - 1
        while j >= 0 and i - j <= 16 and toks[j][2] not in _DASHES and toks[j][2] not in _STOPS:
            j -= 1
        if j >= 1 and toks[j][2] in _DASHES and j < i - 1:
            head = _walk_np(toks, j - 1)
            if head is not None and is_cap(toks[head][2]):
                return toks[head][0], toks[i - 1][1]
        return -1, -1
    if i >= 0 and toks[i][2] == ",":
        # "X, the secretary, said" / "X, 69, told": look for the comma before it.
        j = _appositive_start(toks, i)
        if j >= 0 and toks[j][2] == "," and j < i - 1:
            head = _head_before_comma(toks, j)
            if head is not None and is_cap(toks[head][2]):
                resident = _resident_before(toks, head)
                return toks[head if resident is None else resident][0], toks[i - 1][1]
            j2 = _appositive_start(toks, j)
            if j2 >= 0 and toks[j2][2] == "," and j2 < j - 1 and i - j2 <= 40:
                # "Mary Fox, a lawyer who once worked for Sen. Jo Doe, one of the
                # plan's authors, said": two appositives in a row; the name before both.
                # Not after a comma of its own: "In Ohio, Iowa, the mayor, a Democrat,
                # said" has a lead-in, not three appositives.
                head2 = _head_before_comma(toks, j2)
                if (
                    head2 is not None
                    and is_cap(toks[head2][2])
                    and not toks[j2 + 1][2][:1].isupper()
                    and (head2 == 0 or toks[head2 - 1][2] != ",")
                ):
                    if not _lead_in(toks, head2, j2):
                        return toks[head2][0], toks[i - 1][1]
                    mid = toks[j2 + 1 : j]
                    if (
                        (head2 == 0 or not toks[head2 - 1][2][:1].islower())
                        and mid[0][2].lower() not in _LEAD_IN_WORDS
                        and any(is_cap(w) for _, _, w in mid)
                    ):
                        # "Following the vote, lawyer Ann Lee, who …, said": after the
                        # lead-in, the name and its appositive.
                        return toks[j2 + 1][0], toks[i - 1][1]
            name = toks[j + 1 : i]
            if (
                len(name) <= 4
                and all(is_cap(t[2]) and t[2][0].isalpha() for t in name)
                and not any(t[2].lower() in DETERMINERS or is_pronoun(t[2]) for t in name)
            ):
                # "Another delegate on the slate, Jim Olson, said": the description
                # before the comma is no name, but the appositive between the commas is.
                return name[0][0], name[-1][1]
        return -1, -1
    k = _walk_np(toks, i)
    if k is None:
        return -1, -1
    person = _person_of(toks, k)
    if person is not None:
        return toks[person][0], toks[i][1]
    at_time = is_time_word(toks[i][2]) and not _surname_at(toks, i)
    if (
        k > 0
        and toks[k - 1][2].lower() in {"at", "on", "in", "during", "over", "earlier", "later"}
        and at_time
    ):
        # "Trump at the time said", "Roe on Tuesday said": step over the time phrase.
        return np_before(doc, toks[k - 1][0], floor, skip_adverbs)
    if i > k and toks[i - 1][2].lower() in {"last", "this", "next", "later", "earlier"} and at_time:
        # "Roe last week said", "Roe later Thursday said": a time phrase, not the subject
        # (kept when no noun phrase stands before it).
        if i - 1 > k:
            return toks[k][0], toks[i - 2][1]
        if k > 0:
            before = np_before(doc, toks[k][0], floor, skip_adverbs)
            if before[0] >= 0:
                return before
    return toks[k][0], toks[i][1]


def _is_year(word: str) -> bool:
    """A year of the last two centuries (``in 2010 said``: a time phrase, no subject)."""
    return len(word) == 4 and word.isdigit() and word[:2] in {"19", "20"}


def is_time_word(word: str) -> bool:
    """A day, month, year or time noun (``Monday``, ``2010``, ``week``): a time phrase's head."""
    low = word.lower().rstrip(".")
    return low in _TIME_WORDS or _is_year(low)


# Words that open an adverbial lead-in, not a subject ("Following the vote, …").
_LEAD_IN_WORDS = frozenset(
    """after following before during in on at since while when as with despite amid
    under for from by to unlike like once""".split()
)


def _lead_in(toks: list[Token], start: int, end: int) -> bool:
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
    return any(ends_sentence(w) for _, _, w in toks[start:end])


def _date_modifier(toks: list[Token]) -> bool:
    """Do the tokens open with a number, a slash and a number written together (``9/11``)?"""
    return (
        len(toks) > 3
        and toks[0][2].isdecimal()
        and toks[1][2] == "/"
        and toks[2][2].isdecimal()
        and toks[0][1] == toks[1][0]
        and toks[1][1] == toks[2][0]
    )


def _person_of(toks: list[Token], k: int) -> int | None:
    """Where the person starts whose organisation is the noun phrase at ``toks[k]``, or None.

    ``Jo Smith of the Brookings Institution said``: the phrase before the cue is the
    organisation, but the speaker is the person named before ``of the``: a name of
    two capitalised words or more, or one after an honorific (``Mr. Morgan of the
    Sierra Club``). ``Secretary of State John Kerry`` has no ``the`` and is not
    touched.
    """
    if k < 3 or toks[k][2] != "the" or toks[k - 1][2] != "of" or not is_cap(toks[k - 2][2]):
        return None
    start = _walk_np(toks, k - 2)
    if start is None:
        return None
    words = [w for _, _, w in toks[start : k - 1]]
    if not all(is_cap(w) for w in words):
        return None
    named = [w for w in words if w.lower() not in TITLES]
    return start if len(named) >= 2 or (named and len(words) >= 2) else None


def _resident_before(toks: list[Token], place: int) -> int | None:
    """The person a place at ``toks[place]`` says where they live, or None.

    News names a member of the public with their age and home town: ``Ann Lee,
    44, of Dayton, Ohio, said`` / ``Jo Roe, of Ashton, Md., who watched …``. The
    place (``Dayton``, or the state after it: ``Md.``) is no speaker; the name
    before ``, of`` (and the age) is.
    """
    if place >= 2 and toks[place - 1][2] == ",":  # "Ashton, Md.": back to the town
        town = _walk_np(toks, place - 2)
        if town is not None and is_cap(toks[town][2]):
            place = town
    if place < 2 or toks[place - 1][2].lower() != "of" or toks[place - 2][2] != ",":
        return None
    comma = place - 2
    if comma >= 2 and toks[comma - 1][2].isdecimal() and toks[comma - 2][2] == ",":
        comma -= 2  # ", 44,": the age
    person = _head_before_comma(toks, comma)
    return person if person is not None and is_cap(toks[person][2]) else None


def _head_before_comma(toks: list[Token], j: int) -> int | None:
    """First token of the noun phrase before the comma ``toks[j]`` (a party tag stepped over)."""
    h = j - 1
    if h >= 0 and toks[h][2] == ")":
        # "Rep. Jo Lin (R-Ohio), a member, said": step over the parenthesis.
        while h >= 0 and j - h <= 8 and toks[h][2] != "(":
            h -= 1
        h -= 1
    return _walk_np(toks, h)


_QUOTE_TOKENS = frozenset('"“”')


def double_mark(toks: list[Token], j: int) -> int:
    """Where the double quotation mark ending at token ``j`` starts, or -1.

    ``"``, ``“``, ``”``, or the doubled apostrophe ``''`` (two adjacent tokens).
    """
    w = toks[j][2]
    if w in _QUOTE_TOKENS:
        return j
    if w == "'" and j > 0 and toks[j - 1][2] == "'" and toks[j - 1][1] == toks[j][0]:
        return j - 1
    return -1


def _appositive_start(toks: list[Token], i: int) -> int:
    """Index of the token that opens the appositive closed by the comma ``toks[i]``.

    Read leftwards for at most 40 tokens, stopping at a comma or a sentence mark (or
    ``said``/``says``/``told``); a title in double quotation marks inside it is
    stepped over whole, commas and all (``Bob Stone, the author of "Lost Roads,"
    about the region, said``). Returns the stopping index (-1 at the start).
    """
    j = i - 1
    while j >= 0 and i - j <= 40:
        w = toks[j][2]
        m = double_mark(toks, j)
        if m >= 0:
            # A closing mark: step back to the opening one, if it lies within reach.
            k = m - 1
            while k >= 0 and i - k <= 40 and double_mark(toks, k) < 0:
                k -= 1
            if k < 0 or i - k > 40 or toks[k][2] == "”" or k == m - 1:
                return j
            j = double_mark(toks, k) - 1
            continue
        # Quotation marks were handled above, so _STOPS here means , . ; : ! ? ' ’ ‘
        # (a plural possessive's apostrophe is part of its word: "Sanders’ aide").
        if (
            (w in _STOPS and not plural_possessive(toks, j))
            or w.lower() in {"said", "says", "told"}
            or _full_stop_at(toks, j)
        ):
            return j
        j -= 1
    return j


# Sentence-opening conjunctions and adverbs that may stand without a comma.
CONJUNCTS = frozenset("but and yet still so then now instead meanwhile".split())


# Capitalised words that are no part of a person's name: determiners, conjunctions,
# prepositions, sentence adverbs and a question's auxiliary ("In May", "But Parry",
# "A spokeswoman", "Does Rubio").
# Sentence adverbs that may open a sentence before its subject ("Perhaps Mr. Comey's …").
SENTENCE_ADVERBS = frozenset("however also even perhaps maybe indeed already".split())

NOT_NAME = (
    DETERMINERS
    | CONJUNCTS
    | SENTENCE_ADVERBS
    | frozenset(
        """or nor neither either not other in on at by for from to of with into about over after
        before during since until as if when while because although though that which who
        whom despite amid earlier later do does did is are was were
        has have had can could should would must""".split()
    )
)


# Modals and months that are also names (Theresa May, George Will, April Ryan).
NAME_LIKE = frozenset("may will june april august".split())


def _surname_at(toks: list[Token], i: int) -> bool:
    """Is ``toks[i]``, a capitalised modal or month (``May``, ``Will``), a surname?

    It is right after a first name or a title (``Theresa May``, ``Mrs May``); after
    a preposition or a sentence's full stop it is the month or the verb (``In May``).
    """
    w = toks[i][2]
    if i < 1 or w.lower() not in NAME_LIKE or not w[:1].isupper() or w.isupper():
        return False
    prev = toks[i - 1][2]
    return (
        prev[:1].isupper()
        and prev[0].isalpha()
        and not ends_sentence(prev)
        and prev.lower() not in NOT_NAME
    )


def plural_possessive(toks: list[Token], j: int) -> bool:
    """Is ``toks[j]`` the apostrophe of a plural possessive (``Sanders’``, ``veterans'``)?

    An apostrophe token right after a word ending in ``s``, with no space between.
    """
    return (
        toks[j][2] in {"'", "’"}
        and j > 0
        and toks[j - 1][1] == toks[j][0]
        and toks[j - 1][2][-1:] in {"s", "S"}
    )


def _walk_np(toks: list[Token], i: int) -> int | None:
    """Index of the first token of the noun phrase ending at token ``i``."""
    if i < 0:
        return None
    w = toks[i][2]
    low = w.lower()
    if is_pronoun(w):
        return i
    if low in CUE_FORMS and used_as_noun(low, [t[2] for t in toks[max(0, i - 1) : i]]):
        pass  # "her tweet said", "the Post reported": the cue form heads the phrase
    elif not w[0].isalnum() or low in DETERMINERS or low in CUE_FORMS or low in {"of", "for"}:
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
        if low in DETERMINERS:
            k = j
            break
        if w[0].isupper() and low in NOT_NAME:
            break  # "Earlier Foreign Secretary Jack Straw said": the sentence's opener
        if not w[0].isalnum():
            if (w in "&" or plural_possessive(toks, j)) and j > 0:
                j -= 1  # "Lavrov & Co", "Sanders’ campaign manager"
                continue
            break
        if low in {"of", "for"}:
            j -= 1
            continue
        if low == "and" and j > 0 and is_cap(toks[j - 1][2]) and is_cap(toks[j + 1][2]):
            j -= 1  # "Lavrov and Rubio", "the Foreign Ministry and Atomic Energy Organization"
            continue
        if w[0].isupper() and low in CUE_FORMS:
            k = j  # "Secretary of State", "Press Secretary" are names, not cues
            n += 1
            j -= 1
            continue
        if low in _NP_STOP or is_pronoun(w) or low in CUE_FORMS:
            break
        if w[0].isdigit() and "-" not in w and not is_cap(toks[k][2]):
            break
        k = j
        n += 1
        j -= 1
    while k < i and toks[k][2].lower() in {"of", "for", "&"}:
        k += 1
    if k == i and w.islower() and i > 0 and toks[i - 1][2].lower() in _VERB_BEFORE:
        return None  # "they could not resist pointing out": a verb, no noun phrase
    return k


# Words before a lone lowercase word that make it a verb: negation, ``to``, modals.
_VERB_BEFORE = frozenset("not to could would should will can may might must did does do".split())


# Abbreviations whose full stop ends no sentence: suffixes, company forms, months
# ("Nov. 8") and the dotted titles ("Sen. Ted Cruz", "Gen. Mark Milley").
_ABBREV = frozenset(
    """jr. sr. inc. co. corp. ltd. bros. mr. mrs. ms. dr. st. messrs. pres. maj. cpl. pvt.
    ft. mt. jan. feb. mar. apr. aug. sep. sept. oct. nov. dec.""".split()
) | {t for t in TITLES if t.endswith(".")}


def ends_sentence(token: str) -> bool:
    """Does the word token carry a sentence's full stop (``Pike.``, not ``Jr.``, ``U.S.``)?"""
    return (
        token.endswith(".")
        and "." not in token[:-1]
        and len(token) > 2
        and token.lower() not in _ABBREV
    )


def _full_stop_at(toks: list[Token], j: int) -> bool:
    """Does a sentence end with ``toks[j]``: its full stop before a capitalised word?

    ``Pike. Roe`` ends one; ``Allentown, Pa., said`` and ``Pa. resident`` do not.
    """
    return ends_sentence(toks[j][2]) and j + 1 < len(toks) and toks[j + 1][2][:1].isupper()


def role_before_name(toks: list[Token], idx: int) -> bool:
    """Do role words from ``toks[idx]`` on lead to a capitalised word (``coach Scott``)?"""
    j = idx
    while j < len(toks) and j - idx < 3 and toks[j][2].lower() in ROLE_WORDS:
        j += 1
    return j < len(toks) and toks[j][2][:1].isupper() and toks[j][2][0].isalpha()


def np_after(doc: ArticleText | str, pos: int, ceiling: int) -> tuple[int, int]:
    """The noun phrase starting just after ``pos`` (``said X``), or ``(-1, -1)``.

    >>> t = "said Mr. Smith, a lawyer."
    >>> s, e = np_after(t, 4, len(t)); t[s:e]
    'Mr. Smith'
    """
    doc = as_article(doc)
    toks = doc.tokens_in(pos, min(ceiling, pos + 200))
    if not toks:
        return -1, -1
    if _date_modifier(toks):
        # "said 9/11 widow Terry Strada": a date written with a slash leads the phrase.
        s, e = np_after(doc, toks[2][1], ceiling)
        return (toks[0][0], e) if s >= 0 else (-1, -1)
    w0 = toks[0][2]
    if is_pronoun(w0):
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
        if idx > 0 and not is_cap(w) and low not in DETERMINERS and is_cap(toks[last][2]):
            if low in ROLE_WORDS and role_before_name(toks, idx):
                continue  # "said Wales assistant coach Scott Johnson"
            # "said Smith, ..." stops at the comma; "said Smith yesterday" at the lowercase.
            break
        last = idx
    if last < 0:
        return -1, -1
    end = toks[last][1]
    w = toks[last][2]
    if ends_sentence(w):
        end -= 1  # "said Dana Pike." ends the sentence; "said Tom Hale Jr." does not
    return toks[0][0], end

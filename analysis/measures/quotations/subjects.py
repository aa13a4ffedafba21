"""The subject of a sentence: who speaks when no cue verb names a speaker.

A pronoun or a capitalised name (maybe led by a lowercase title: ``former Gov.
Ann Lee``, with role words inside: ``Chelsea boss Jo Lee``, or a capitalised
modifier and its noun: ``Local police were``; with a party tag, an appositive or
both: ``Ann Lee (D-Ohio), in particular, has …``), after a dateline (``DENVER
(AP) —``), a conjunction (``Yet she …``) or an adverbial lead-in up to a comma
(``On Tuesday,``, ``Following the vote,``, ``Moreover,``, a participle:
``Weighing in on the debate,``; ``At a fair in Ames, Iowa, on Monday,``; its
quotation may close after the comma: ``After saying it was “so swollen,” she
…``); never a capitalised preposition, auxiliary, adverb or number (``Across``,
``Could``, ``Thirty``). With ``determiners``, also a determiner or quantifier
phrase up to the first verb-like word (``The town released``, ``Several groups
said``; over a time phrase, ``The campaign on Monday said``, or an aside, ``The
campaign, in a memo, said``).
"""

from __future__ import annotations

from analysis.measures.quotations.cues import CUE_FORMS
from analysis.measures.quotations.noun_phrases import (
    AUXILIARIES,
    CONJUNCTS,
    DETERMINERS,
    PHRASE_BOUNDARY,
    ROLE_WORDS,
    TITLES,
    is_cap,
    is_pronoun,
    is_time_word,
    role_before_name,
)
from analysis.units.article import ArticleText, Token, as_article

_INTRO = frozenset(
    """on in at after before when while asked speaking during later earlier but and still
    meanwhile yet however instead since although though if as in for with by from last this
    on friday despite amid maybe perhaps following""".split()
)


# Quantifiers that open a subject phrase like a determiner ("Several groups said").
_QUANTIFIERS = frozenset("several many some most both all few".split())


# Prepositions of a time phrase between a subject and its verb ("on Monday", "last week").
_TIME_PREPOSITIONS = frozenset("on in at during last this".split())


# Sentence adverbs that open a lead-in up to a comma ("Moreover, as part of the deal, …").
_SENTENCE_ADVERBS = frozenset(
    """moreover furthermore indeed also again instead ultimately finally separately
    similarly likewise besides thus hence overall nonetheless nevertheless still""".split()
)


_CONTRACTED = frozenset("that there what it let".split())


_CLOSING = frozenset({"”", '"', "’", "'"})


# Verbs that may follow a subject's appositive (``Roe, the mayor, has said``).
_AUXILIARY_VERBS = frozenset("is was are were has had have will would can could".split())


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
        or low in AUXILIARIES
        or low in CUE_FORMS
        or low in {"is", "was", "has", "had", "did", "does", "will", "would"}
    )


def subject_at(
    doc: ArticleText | str, start: int, end: int, determiners: bool = False
) -> tuple[int, int]:
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
    toks = as_article(doc).tokens_in(start, min(end, start + 300))
    i = 0
    d = _dateline_end(toks)
    if d:
        toks = toks[d:]
    if (
        len(toks) > 2
        and toks[0][2].lower() in CONJUNCTS
        and (is_pronoun(toks[1][2]) or toks[1][2][0].isupper())
    ):
        # "Yet she did not …", "But Roe said …": a conjunction without a comma.
        sub = _subject_from(toks, 1, determiners)
        if sub[0] >= 0:
            return sub
    if toks and _opens_lead_in(toks[0][2]):
        for j in range(min(len(toks), 30)):
            if toks[j][2] == ",":
                i = j + 1
                break
        else:
            return -1, -1
        sub = _subject_from(toks, i, determiners)
        if sub[0] < 0:
            # "At a rally in Dover, N.H., on Tuesday, Sen. Roe said": the lead-in
            # holds commas of its own; try after each later one.
            for j in range(i, min(len(toks), 34)):
                if toks[j][2] == ",":
                    sub = _subject_from(toks, j + 1, determiners)
                    if sub[0] >= 0:
                        break
        return sub
    if (
        len(toks) > 3
        and is_cap(toks[0][2])
        and not is_pronoun(toks[0][2])
        and any(t[2] == "," for t in toks[1:4])
    ):
        # "Hours later, Trump said" / "Back in 1999, Mr. Trump said": an adverbial
        # lead-in when a name or pronoun and a lowercase word follow its comma.
        j = next(j for j in range(1, 4) if toks[j][2] == ",")
        lead = [t[2] for t in toks[1:j]]
        if all(t.islower() or t[0].isdigit() for t in lead) and j + 2 < len(toks):
            nxt = toks[j + 1][2]
            if (
                (is_cap(nxt) and nxt.lower() not in DETERMINERS)
                or is_pronoun(nxt)
                or (determiners and nxt.lower() in DETERMINERS)
            ):
                i = j + 1
    return _subject_from(toks, i, determiners)


def _opens_lead_in(word: str) -> bool:
    """Does ``word``, opening a sentence, open an adverbial lead-in up to a comma?

    A preposition or adverb of :data:`_INTRO`, a sentence adverb (``Moreover``,
    ``Separately``) or a participle (``Weighing in on the debate,``).
    """
    low = word.lower()
    return (
        low in _INTRO
        or low in _SENTENCE_ADVERBS
        or (word[:1].isupper() and low.endswith(("ing", "ly")) and len(low) > 4)
    )


def _determiner_phrase(toks: list[Token], i: int) -> tuple[int, int]:
    """A determiner phrase opening ``toks[i:]`` up to its verb (see :func:`subject_at`).

    At most six words up to the first verb-like word; a time phrase (``The
    campaign on Monday also said``) or an aside between commas (``The campaign,
    in a statement, said``) may stand between the phrase and its verb.
    """
    end = -1
    j = i + 1
    while j < min(len(toks), i + 9):
        t = toks[j][2]
        if j > i + 1 and _is_verbish(t):
            return toks[i][0], toks[end if end >= 0 else j - 1][1]
        timed = j + 1 < len(toks) and is_time_word(toks[j + 1][2])
        if end < 0 and j > i + 1 and t.lower() in _TIME_PREPOSITIONS and timed:
            end = j - 1  # "The campaign on Monday also said"
            j += 2
            continue
        if end < 0 and j > i + 1 and t == ",":
            for k in range(j + 2, min(len(toks) - 1, j + 14)):
                if toks[k][2] == ",":
                    if _is_verbish(toks[k + 1][2]):
                        return toks[i][0], toks[j - 1][1]  # "The campaign, in a memo, said"
                    break
            break
        if not t[0].isalnum() or t.lower() in PHRASE_BOUNDARY - {"of"} or end >= 0:
            break
        j += 1
    return -1, -1


def _dateline_end(toks: list[Token]) -> int:
    """Tokens of a dateline opening the sentence (``WASHINGTON (AFP) –``), or 0.

    Capitalised words (a place, commas, a date), an optional agency in
    parentheses, then a dash.
    """
    for j in range(min(len(toks), 12)):
        t = toks[j][2]
        if t in {"—", "–", "-", "--"}:
            return j + 1 if j > 0 and toks[j - 1][2] == ")" else 0
        if not (is_cap(t) or t in "(),."):
            return 0
    return 0


def _subject_from(toks: list[Token], i: int, determiners: bool) -> tuple[int, int]:
    """:func:`subject_at` once any lead-in is skipped: the subject opening ``toks[i:]``."""
    while i < len(toks) and i > 0 and toks[i - 1][2] == "," and toks[i][2] in _CLOSING:
        i += 1  # "After saying it was “so swollen,” she was": the lead-in's quotation closes
    if i >= len(toks):
        return -1, -1
    w = toks[i][2]
    if determiners and (
        (w.lower() in DETERMINERS - {"a", "an"} and not is_pronoun(w)) or w.lower() in _QUANTIFIERS
    ):
        return _determiner_phrase(toks, i)
    if (
        w.lower() in DETERMINERS
        or w.lower() in _INTRO
        or w.lower() in _SENTENCE_WORDS
        or w.lower() in _NOT_SUBJECT
        # "That’s why …", "It's the …", "Let’s …": a contraction, no speaker.
        or w.lower().replace("’", "'").split("'")[0] in _CONTRACTED
        or (w.lower().endswith(("ed", "ing")) and not is_pronoun(w))
    ):
        return -1, -1
    if is_pronoun(w) and w.lower() not in {"it", "you", "them", "us", "him", "her"}:
        k = i
    else:
        k = i - 1
        j = i
        while j + 1 < len(toks) and toks[j][2] in TITLES and is_cap(toks[j + 1][2]):
            j += 1  # "former Gov. Ann Lee", "state Sen. Bo Roe": a lowercase title leads
        while j < len(toks) and j - i < 8:
            t = toks[j][2]
            if is_cap(t) and t[0].isalnum():
                k = j
            elif t.lower() in {"of", "and", "&", "'s", "’s"} and k == j - 1:
                pass
            elif t in ROLE_WORDS and k >= i and role_before_name(toks, j):
                pass  # "Chelsea boss Jose Mourinho"
            else:
                break
            j += 1
        if k < i:
            return -1, -1
    end = k
    if k + 1 < len(toks) and toks[k + 1][2] == "(" and not is_pronoun(toks[k][2]):
        # "Rep. Jane Roe (D-N.Y.) reacted": a party or place tag after the name.
        for j in range(k + 2, min(len(toks), k + 10)):
            if toks[j][2] == ")":
                end = j
                break
    nxt = toks[end + 1][2] if end + 1 < len(toks) else ""
    if (
        end == k
        and not is_pronoun(toks[k][2])
        and nxt.isalpha()
        and nxt.islower()
        and nxt not in PHRASE_BOUNDARY
        and not _is_verbish(nxt)
        and end + 2 < len(toks)
        and _is_verbish(toks[end + 2][2])
    ):
        # "Local police were …", "Labour leaders say …": a capitalised modifier and its noun.
        end += 1
        nxt = toks[end + 1][2]
    if nxt == "," and not is_pronoun(toks[k][2]):
        # "Jane Roe, the party's chairwoman, wrote …", "Ann Lee (D-Ohio), in
        # particular, has …": step over an appositive.
        for j in range(end + 2, min(len(toks) - 1, end + 14)):
            t = toks[j][2]
            if t == ",":
                verb = toks[j + 1][2]
                if (
                    j > end + 2
                    and verb[:1].islower()
                    and (verb not in PHRASE_BOUNDARY or verb in _AUXILIARY_VERBS)
                ):
                    return toks[i][0], toks[j - 1][1]
                break
            if not t[0].isalnum() and t not in "-'’()":
                break
        return -1, -1
    if not nxt[:1].islower():
        return -1, -1
    return toks[i][0], toks[end][1]

"""The kind of a quotation: ``full``, ``partial`` or ``scare``.

Kinds
    ``full``: the quoted words stand as a sentence or more: they open with a
    capital (or digit) where a sentence can start (paragraph start, after a
    colon, comma, dash or sentence end) or they end in ``.``, ``!`` or ``?``
    and hold at least four words.
    ``partial``: a fragment woven into the reporter's sentence (``restoring
    “mutually respectful interstate dialogue”``) with a speaker.
    ``scare``: quotation marks round words nobody is quoted as saying: no
    speaker found, at most four words and no speech verb before them in their
    sentence (``…, calling the mayor a “liar”`` reports the words even when the
    verb's subject is out of reach, and so does a possessor's speech noun,
    ``Trump’s claim that there were “thousands of shootings”``; a passive naming
    verb, ``what is called an “A” item``, does not), unless they close a
    title-case headline (``Lawmakers Rip Trump As A ‘Disgusting Fraud.’``: the
    headline reports them); a term opening a sentence that defines it
    (``“Top secret” is the highest level …``; not ``“…” was the message from …``);
    a title of a work (title case —
    small words such as ``with`` may stay lowercase, a number counts as
    capitalised; two or more short words all capitalised, ``New Day``, count
    too — at most eight words, after a possessive, a work noun such as
    ``book``, ``show`` or ``drama``, ``an episode of``, ``a co-editor of``, an
    article, ``on``, ``told`` or ``with`` (a programme: ``said on “Meet the
    Nation”``, ``told “Good Day”``), ``canceled``/``renewed``/``stream``, a
    performer's ``stars in``/``roles in``, ``the revival/heroine/founder of``, or
    before ``star``/``host``: ``the “Broad City” star``, or before an appositive naming
    the kind of work: ``“Equity,” a thriller about …``); words after ``so-called``,
    ``dubbed``, ``nicknamed`` or a modifier (``the “gun violence”
    narrative``; after an adjective or ``and``/``or`` too: ``a federal
    “supermax” prison``) unless a cue verb attributes them (``Roe said it was an
    “awful” job`` is reported speech); a paragraph that is only a
    single-quoted line, maybe between dashes (a subhead, ``‘All Bets Are Off.’``,
    ``– ‘We stay’ –``), or a double-quoted one in capitals (an agency's subhead,
    ``“DIVISIVE AND WRONG”``); words all inside brackets (``“(CROSSTALK.)”``,
    ``“[Source.]”``: a transcriber's note or a source tag); words cited with
    their year in parentheses right after the closing mark (a slogan, poster or
    work: ``“Yes to minaret ban” (2009)``, ``“…” (election poster 2003)``) or dated
    by a year between a determiner or month and the mark (``his 1994 “Contract
    with America”``, ``the January 2013 “fiscal cliff” deal``); a language's gloss
    (``Veritas - Latin for “truth”``); a title
    of any length followed by its author (``“This Kind of War,” by T.R.
    Fehrenbach``; not after a verb or ``as``: ``called “Fake News” by Jo Lee`` is
    the agent's). A name given after
    ``as a/an/the``, ``called the`` or ``referred to the`` (``portrayed him as a
    “con artist”``, ``known as the “Midnight Crew”``) is someone's word for it,
    so never scare, unless it modifies a noun after it (``as the “outsider”
    candidate``) or ``As`` opens the clause. Nor is a title given after
    ``titled`` or ``entitled`` (``a memo titled “The Facts on the Race”``): the
    words of the ad, memo or editorial it names, quoted as its authors'.
    A nickname inside a name between double marks (``Robert C. “Bobby” Scott``,
    ``C.L. "Butch" Otter``) is scare too, unless on a headline.
"""

from __future__ import annotations

import re

from analysis.measures.quotations.attribution import Attribution, Inside
from analysis.measures.quotations.cue_scan import cues_in
from analysis.measures.quotations.cues import NAMING, PAST_VERB, SPEECH_NOUN
from analysis.measures.quotations.headlines import WORDS, line_is_headline
from analysis.measures.quotations.marks import INVISIBLE, QuoteSpan
from analysis.units.article import ArticleText

_POSSESSED_SPEECH = re.compile(
    rf"(?:[^\W_]['’]s?|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+(?:[a-z-]+\s+)?"
    rf"(?:{SPEECH_NOUN}|claims?|assertion|call|offer|rejection|promise|pledge|vow)\b"
    r"(?=[^“”\"]*\Z)"
)


# Words all inside one pair of brackets or parentheses, maybe a full stop after.
_BRACKETED = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])[.,]?\s*\Z")


# A parenthesis ending in a year right after the closing mark: “Yes to minaret ban”
# (2009), “…” (election poster 2003).
# A work's author after its title: ``“Perfect Enough,” by George Anders``.
_BYLINE = re.compile(r"[,.]?[ \t\u00a0]+by[ \t\u00a0]+[A-Z][\w.'’-]*[ \t\u00a0]+[A-Z]")


_CITED_YEAR = re.compile(r"[ \t\u00a0]*\((?:[^()\n]{0,60}\s)?(?:1[89]|20)\d\d\)")


# A year between a determiner and the quotation dates a named thing ("the 2010 “…”").
_DATED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)[ \t\u00a0]+"
    r"(?:1[89]|20)\d\d[ \t\u00a0]*\Z"
)


# A sentence that goes on to define the quoted words: "“Non-paper” is a diplomatic term".
# Not a speech noun: "“Welcome” was the message from the pilot" reports words.
_DEFINED = re.compile(
    rf",?[ \t\u00a0]+(?:is|was)[ \t\u00a0]+(?:a|an|the)[ \t\u00a0]+"
    rf"(?!(?:[a-z-]+[ \t\u00a0]+)?(?:{SPEECH_NOUN})\b)"
)


# A language's gloss of a foreign word: "Spanish for “witches”".
_GLOSS = re.compile(
    r"\b(?:Latin|Greek|Spanish|French|German|Italian|Portuguese|Russian|Arabic|Hebrew|Yiddish"
    r"|Chinese|Mandarin|Cantonese|Japanese|Korean|Persian|Farsi|Turkish|Hindi|Urdu|Dutch"
    r"|Polish|Swedish|Ukrainian|Gaelic|Welsh|Swahili)[ \t\u00a0]+for[ \t\u00a0,]*\Z"
)


# Nothing but a full stop (or ! ?) and spaces between a closing mark and the line's end.
_LINE_END = re.compile(r"[.!?]?[ \t\u00a0]*(?:\n|\Z)")


_WORK_NOUNS = frozenset(
    """book show film movie program programme song album ad ads advertisement video titled
    entitled novel series documentary column op-ed article slogan headline magazine
    newspaper memoir play sitcom podcast hashtag campaign called dubbed named nicknamed
    drama thriller comedy musical concert opera autobiography biography poem anthem
    term phrase word words label moniker motto theme banner sign signs chant chants""".split()
)


# Lowercase words of four letters or more that a title keeps small ("Contract with America").
_TITLE_SMALL = frozenset("with from into over that this than upon about your their onto".split())


# Nouns whose "of" introduces a work's title.
_WORK_OF = frozenset(
    """broadcast episode episodes clip edition season host author co-author star stars cast
    premiere finale chapter issue airing taping screening set version production editor
    co-editor creator revival remake reboot sequel heroine hero hosts tune founder""".split()
)


# Words before a programme's title: "said on “Meet the Nation”", "told “Good Day”".
_TITLE_BEFORE = frozenset(
    "on told with canceled cancelled renewed stream streams streaming".split()
)


# Words before "in" that put a performer in a work: "stars in “Girls”", "roles in “Apollo 13”".
_PLAYS_IN = frozenset(
    "star stars starred starring acting acted role roles appeared appears".split()
)


# Nouns after a title that name its people ("the “Broad City” star").
_WORK_AFTER = frozenset("star stars host hosts actor actress creator co-star anchor".split())


_FUNCTION = frozenset(
    """on in of to and or that is was are were for at by with as from has have had will
    would could should can may might but if than then so because since while when where
    who which after before about into over under during said says according not also
    remains""".split()
)


# Adjective endings: "a federal “supermax” prison" modifies a noun.
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ful", "ary", "ern", "ish", "less", "ent", "ant")


_MODIFIER_BEFORE = frozenset("the a an this that his her their its our my your".split())


# Verbs that give a name: "called the …", "dubbed the …"; "as" and "referred to" too.
_NAMING_VERBS = frozenset("called dubbed nicknamed named labeled labelled branded".split())


_REFER = frozenset("refer refers referred referring".split())


def _names_with_article(before: list[str]) -> bool:
    """Do the words ``before`` a quotation end ``as a/an/the``, ``called the``, ``referred to the``?

    ``as`` counts inside a clause only (``As the “Never Trump” movement …`` opens one).
    """
    if len(before) < 3 or before[-1].lower() not in {"a", "an", "the"}:
        return False
    verb = before[-2].lower()
    if verb == "as":
        return not before[-3].endswith((".", "!", "?", ":", ";")) and before[-2] == "as"
    if verb == "to":
        return before[-3].lower() in _REFER
    return verb in _NAMING_VERBS


# After a title: ", a thriller about …", ", an HBO series that …" (an appositive
# naming the kind of work). Up to three modifiers before the work noun.
_WORK_APPOSITIVE = re.compile(r",?\s+(?:a|an)\s+((?:[\w-]+\s+){0,3}[\w-]+)")


def _work_appositive(text: str, q: QuoteSpan) -> bool:
    """Does an appositive naming a kind of work follow the quotation (``“Equity,” a thriller``)?"""
    pos = q.outer_end
    if text[q.end - 1 : q.end] != "," and text[pos : pos + 1] != ",":
        return False
    m = _WORK_APPOSITIVE.match(text, pos, pos + 60)
    if m is None:
        return False
    for w in m.group(1).split():
        if w in _WORK_NOUNS or (w.endswith("s") and w[:-1] in _WORK_NOUNS):
            return True
        if w in _FUNCTION:
            return False  # "a voter who …": the noun phrase ended without a work noun
    return False


def _title_case(body: str) -> bool:
    """Every long word (4+ letters, not a small title word) capitalised, or a digit;
    without long words, two or more capitalised short ones ("New Day").

    Read word by word: a quoted sentence answers at its first lowercase long word.
    """
    short: list[str] = []
    has_long = False
    for m in WORDS.finditer(body):
        w = m.group()
        if len(w) >= 4 and w not in _TITLE_SMALL:
            if not (w[0].isupper() or w[0].isdigit()):
                return False
            has_long = True
        elif not has_long:
            short.append(w)
    return has_long or (len(short) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in short))


# A given name or an initial right before the mark, a surname right after it.
_GIVEN_BEFORE = re.compile(r"(?:^|[\s(])(?:(?:[A-Z]\.)+|[A-Z][a-z]*\.?)[ \t\u00a0]$")
_SURNAME_AFTER = re.compile(r"[ \t\u00a0][A-Z][a-z]")
_NICKNAME_BODY = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")


def _nickname(text: str, q: QuoteSpan) -> bool:
    """Is ``q`` a nickname inside a name (``Robert C. “Bobby” Scott``, ``L. "Butch" Otter``)?"""
    # Not in a headline, whose Capitalised “Quoted” Words are speech, nor between single marks.
    return bool(
        q.double
        and _NICKNAME_BODY.fullmatch(text, q.start, q.end)
        and _SURNAME_AFTER.match(text, q.outer_end)
        and _GIVEN_BEFORE.search(text[max(0, q.outer_start - 30) : q.outer_start])
        and not line_is_headline(text, q.start)
    )


def _is_scare(
    text: str,
    q: QuoteSpan,
    words: int,
    kind: str,
    spoken: bool,
    nested: bool,
    cued: bool = False,
    reported: bool = False,
) -> bool:
    """Titles of works, nicknames, so-called terms (see the module docstring).

    ``spoken``: a speaker was found; ``cued``: through a cue (not the bare
    sentence subject). A cued quotation is reported speech even after a
    modifier (``Roe said it was an “awful” job``) or ``so-called``/``dubbed``.
    ``reported``: a speech verb stands before the quotation in its sentence
    (see :func:`_reported`).
    """
    body = text[q.start : q.end]
    before = text[max(0, q.outer_start - 40) : q.outer_start].split()
    prev = before[-1].lower().strip(",:;") if before else ""
    after = text[q.outer_end : q.outer_end + 30].split()
    nxt = after[0] if after else ""
    if prev in {"titled", "entitled"}:
        return False  # the named document's own words, quoted (see the module docstring)
    if prev in {"so-called", "dubbed", "nicknamed"} and not cued:
        return True
    if _names_with_article(before) and not (
        nxt[:1].islower() and nxt.strip(".,;:").lower() not in _FUNCTION
    ):
        # "portrayed him as a “con artist”", "known as the “Midnight Crew”": a name
        # someone gives, reported as theirs; unless it modifies a noun after it
        # ("as the “establishment” candidate").
        return False
    # Both patterns end the 20 characters before the quotation: "for" or a digit, then
    # only their trailing spaces (and commas), which str.rstrip tests first.
    lead = text[max(0, q.outer_start - 20) : q.outer_start]
    if lead.rstrip(" \t\u00a0,").endswith("for") and _GLOSS.search(
        text, max(0, q.outer_start - 20), q.outer_start
    ):
        return True  # "Latin for “if you wish peace …”": a translation, nobody's words
    dated = lead.rstrip(" \t\u00a0")[-1:].isdecimal() and _DATED.search(
        text, max(0, q.outer_start - 20), q.outer_start
    )
    if dated or _CITED_YEAR.match(text, q.outer_end):
        # A slogan, poster or work cited with its year is named, not spoken here:
        # "“Stronger Together” (2016)", "his 1994 “Contract with America”".
        return True
    title_case = _title_case(body)
    if title_case and _bylined(text, q, prev):
        return True  # “The Trumps: Three Generations …,” by Gwenda Blair: a work, any length
    title = title_case and words <= 8
    if prev == "of" and len(before) >= 2:
        # "an episode of “The Late Show”", "the author of “Night Falls”"
        prev_of = before[-2].lower().strip(",:;")
        if prev_of in _WORK_NOUNS or prev_of in _WORK_OF:
            prev = prev_of
    if (
        title
        and not _asks_or_exclaims(body)
        and not line_is_headline(text, q.start)
        and (
            prev.endswith(("'s", "’s"))
            or prev in _WORK_NOUNS
            or prev in _WORK_OF
            or prev in _MODIFIER_BEFORE
            or prev in _TITLE_BEFORE
            or (prev == "in" and len(before) >= 2 and before[-2].lower() in _PLAYS_IN)
            or nxt.startswith("(")
            or nxt.strip(",.").lower() in _WORK_AFTER
            or _work_appositive(text, q)
        )
    ):
        return True
    if (
        not cued
        and not reported
        and words <= 4
        and (
            prev in _MODIFIER_BEFORE
            or prev.endswith(("'s", "’s"))
            or prev in {"and", "or"}
            or (prev.isalpha() and prev.endswith(_ADJECTIVE_ENDINGS))
        )
        and nxt[:1].islower()
        and nxt.strip(".,;:").lower() not in _FUNCTION
        and not body.endswith((",", ".", "!", "?"))
    ):
        return True  # the “gun violence” narrative, the GOP’s “establishment” candidate
    if nested:
        return False
    if kind == "full" and words <= 4 and _DEFINED.match(text, q.outer_end):
        # "“Top secret” is the highest level …": a term opening a sentence that
        # defines it is named, not said.
        return True
    # A speech verb before the words reports them even when its speaker is not
    # found (``…, calling the mayor a “liar”``); a title stays a name.
    if spoken or (reported and not title) or words > 4 or kind == "full":
        return False
    # "Lawmakers Rip Trump As A ‘Disgusting Fraud.’": a headline that closes on a
    # quotation reports it as someone's words, however short (asked last: it reads
    # the line).
    return not _ends_headline(text, q)


def _ends_headline(text: str, q: QuoteSpan) -> bool:
    """Does the quotation close a title-case headline line (only a full stop after it)?"""
    return _LINE_END.match(text, q.outer_end) is not None and line_is_headline(text, q.start)


def _asks_or_exclaims(body: str) -> bool:
    """Do the quoted words end with ``!`` or ``?`` (a cry or a question is spoken)?"""
    return body.rstrip("”\"'’ ").endswith(("!", "?"))


def _bylined(text: str, q: QuoteSpan, prev: str) -> bool:
    """Does an author's name follow the quotation (``“This Kind of War,” by T.R. Fehrenbach``)?

    Not after a verb or ``as``: ``called “Fake News” by President Trump`` is a
    passive attribution, the agent's words.
    """
    if _asks_or_exclaims(text[q.start : q.end]):
        return False
    if prev == "as" or prev in NAMING or PAST_VERB.fullmatch(prev):
        return False
    return _BYLINE.match(text, q.outer_end) is not None


_BE = frozenset("is are was were be been being".split())


def _reported(doc: ArticleText, start: int, q: QuoteSpan, inside: Inside) -> bool:
    """Does a speech verb (outside quotations) stand between ``start`` and the quotation?

    A passive naming verb does not count: ``what is called an “A” item`` gives
    the usual name, nobody's words.
    """
    text = doc.text
    for cs, ce in cues_in(doc, start, q.outer_start):
        if inside(cs):
            continue
        if text[cs:ce].lower() in _NAMING_VERBS:
            prev = text[max(start, cs - 12) : cs].split()[-1:]
            if prev and prev[0].lower() in _BE:
                continue
        return True
    # "Trump’s claim that there have been “thousands of shootings”": a possessor's speech.
    return _POSSESSED_SPEECH.search(text, start, q.outer_start) is not None


def _is_full(text: str, q: QuoteSpan, para_start: int, words: int) -> bool:
    """Does the quotation stand as a sentence? ``words``: its ``WORDS`` count."""
    first = text[q.start]
    # Invisible direction marks before the quotation do not stand between it and a start.
    before = text[max(para_start, q.outer_start - 40) : q.outer_start].rstrip()
    before = before.rstrip(INVISIBLE).rstrip()
    at_start = not before or before[-1] in ".:,;!?—–-([\"“”'’"
    if (first.isupper() or first.isdigit()) and at_start and words >= 2:
        return True
    tail = text[q.start : q.end].rstrip(" \"'’”")
    return words >= 4 and tail.endswith((".", "!", "?")) and (first.isupper() or at_start)


def classify(
    doc: ArticleText,
    q: QuoteSpan,
    attribution: Attribution | None,
    sentence_start: int | None,
    inside: Inside,
) -> str:
    """The kind of quotation ``q``: ``full``, ``partial`` or ``scare`` (see the module docstring).

    ``attribution`` is what :func:`.attribution.attribute` found for it (None for
    a nested quotation), ``sentence_start`` where its sentence starts. A scare
    quotation is nobody's words: the caller drops its attribution.
    """
    text = doc.text
    p0, p1 = q.paragraphs
    ps0, pe0 = doc.paragraphs[p0]
    nested = q.parent >= 0
    words = len(WORDS.findall(text, q.start, q.end))
    kind = "full" if _is_full(text, q, ps0, words) else "partial"
    cued = attribution is not None and attribution.cue[0] >= 0
    reported = (
        not nested and not cued and words <= 4 and _reported(doc, sentence_start, q, inside)  # type: ignore[arg-type]
    )
    if (
        (not q.double or (q.closed and words >= 2 and text[q.start : q.end].isupper()))
        and p0 == p1
        and not text[ps0 : q.outer_start].strip(" \t\u00a0-–—")
        and not text[q.outer_end : pe0].strip(" .\t\u00a0-–—")
    ):
        # A paragraph that is only a ‘single-quoted’ line, or a “QUOTED LINE IN
        # CAPITALS” (an agency's subhead), is a subhead, not speech.
        return "scare"
    if _is_scare(text, q, words, kind, attribution is not None, nested, cued, reported):
        return "scare"
    if _nickname(text, q):
        return "scare"  # Marcia “Cia” Price: the name's own word, nobody's speech
    if _BRACKETED.match(text, q.start, q.end):
        # "(CROSSTALK.)", "[inaudible]": a transcriber's note or a source tag in
        # quotation marks; nobody says it.
        return "scare"
    return kind

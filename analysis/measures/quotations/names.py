"""Name forms: what of a speaker mention is a proper name, and of what kind.

A mention as written carries titles, roles, honorifics, appositives and
articles around the name ("US President Donald Trump", "Sean Spicer, the press
secretary", "the ministry"). This module reads one mention (a string) and
says:

- :func:`person_name` — the proper name without titles, honorifics, roles or
  nationalities (``US President Donald Trump`` -> ``Donald Trump``; ``Scott's
  niece, state Del. Marcia "Cia" Price`` -> ``Marcia "Cia" Price``); None when
  no capitalised name is left (``the minister``, ``a senior official``);
- :func:`roles` — the role words the mention gives its person (``President``,
  ``press secretary``), normalised (``Sen.`` -> ``senator``), which a later
  ``the senator`` can be matched against;
- :func:`honorific_gender` — ``Mr``/``Mrs``/``Ms``/``Sir``/``Lady``/``Dame``
  and gendered role words (``spokeswoman``, ``congressman``): text evidence of a
  person's gender;
- :func:`head_word` and :func:`kind_of_description` — for a mention with no
  name, its head noun and what it describes (a ``person``, an ``organisation``,
  a ``group`` of people or a ``document``);
- :func:`org_key` — one key for the spellings of an organisation's name
  (``Russia's foreign ministry`` = ``Russian foreign ministry``).

Nothing here looks at the article: :mod:`.entities` and :mod:`.resolution` do.
"""

from __future__ import annotations

import functools
import re

from analysis.measures.quotations.noun_phrases import (
    ABBREVIATED_TITLES,
    CALENDAR,
    DETERMINERS,
    NOT_NAME,
    PRONOUNS,
    TITLES,
    ends_sentence,
    is_cap,
)

#: Honorifics and the gender they give.
HONORIFICS = {
    "mr": "male",
    "sir": "male",
    "lord": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "lady": "female",
    "dame": "female",
    "madam": "female",
    "dr": "",
    "prof": "",
    "rev": "",
}
#: Role words that give a person's gender.
GENDERED_ROLES = {
    **dict.fromkeys(
        """spokeswoman chairwoman congresswoman businesswoman actress queen princess
        duchess countess wife mother daughter sister grandmother widow woman girl
        sportswoman councilwoman assemblywoman anchorwoman policewoman""".split(),
        "female",
    ),
    **dict.fromkeys(
        """spokesman congressman businessman king prince duke count husband father son
        brother grandfather widower man boy sportsman councilman assemblyman
        anchorman policeman""".split(),
        "male",
    ),
}
# Role words as the role they give: "Sen." is a senator, a spokeswoman a spokesman.
_ROLE_FORMS = {
    **ABBREVIATED_TITLES,
    "congressman": "representative",
    "congresswoman": "representative",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "chairwoman": "chairman",
    "chair": "chairman",
    "frontrunner": "candidate",
    "front-runner": "candidate",
    "hopeful": "candidate",
    "nominee": "candidate",
    "premier": "prime minister",
    "pm": "prime minister",
    "chief executive": "ceo",
    "boss": "ceo",
}
#: Words of a role before or around a name: titles, offices, party and place modifiers.
ROLE_WORDS = TITLES | frozenset(
    """del delegate congressman congresswoman chancellor mp mep mps minister ministers coach
    manager captain striker midfielder defender goalkeeper keeper skipper boss chair
    chairwoman executive ceo cfo founder owner president-elect lawyer attorney analyst
    economist spokesperson aide adviser advisor strategist pollster historian professor
    author writer columnist editor reporter correspondent anchor host actor actress singer
    star rapper comedian director producer businessman businesswoman billionaire
    governor-elect senator-elect leader chief head envoy official officer commissioner
    nominee candidate challenger incumbent veteran activist organizer organiser campaigner
    lord lady baroness baron sir dame duke duchess prince princess king queen pope
    bishop archbishop cardinal imam rabbi reverend pastor father judge justice mayor
    sheriff detective inspector superintendent constable sergeant colonel lieutenant
    general admiral commander tory labour lib dem liberal conservative republican
    democrat democratic gop independent socialist green ukip snp retired rival
    opponent widow mogul tycoon libertarian""".split()
)
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
# Words that connect the parts of an organisation's name ("Bank of England").
CONNECTORS = frozenset("of for on and & de du van von der den bin al la le da del di the".split())
NATIONALITIES = frozenset(
    """American Russian Ukrainian Iranian Israeli Chinese British French German Japanese
    Syrian Iraqi Saudi Turkish Mexican Canadian Palestinian Egyptian Sudanese Qatari Indian
    Pakistani Afghan Korean European Lebanese Jordanian Italian Spanish Cuban Venezuelan
    Brazilian Australian Emirati Yemeni Libyan Greek Polish Dutch Swiss Swedish Irish
    Scottish Welsh English Nigerian Kenyan""".split()
)
# A country named as the possessor of an institution: "Russia's foreign ministry" is
# the Russian foreign ministry.
DEMONYMS = {
    "russia": "russian",
    "ukraine": "ukrainian",
    "iran": "iranian",
    "israel": "israeli",
    "china": "chinese",
    "britain": "british",
    "uk": "british",
    "u.k.": "british",
    "france": "french",
    "germany": "german",
    "japan": "japanese",
    "syria": "syrian",
    "iraq": "iraqi",
    "turkey": "turkish",
    "mexico": "mexican",
    "canada": "canadian",
    "egypt": "egyptian",
    "india": "indian",
    "pakistan": "pakistani",
    "korea": "korean",
    "italy": "italian",
    "spain": "spanish",
    "qatar": "qatari",
    "lebanon": "lebanese",
    "jordan": "jordanian",
    "america": "american",
    "us": "american",
    "u.s.": "american",
    "greece": "greek",
    "poland": "polish",
    "ireland": "irish",
    "scotland": "scottish",
    "wales": "welsh",
    "england": "english",
}
#: Head nouns of organisations.
ORG_HEADS = frozenset(
    """ministry department office agency committee campaign party council organization
    organisation court administration institute university college school commission
    bureau service police government senate congress parliament assembly kremlin pentagon
    embassy association foundation center centre group network company firm corporation
    board fund bank union league coalition caucus team club federation alliance authority
    cabinet newspaper paper magazine channel station broadcaster website site outlet
    publication regulator watchdog charity trust society institution council hospital
    airline carrier manufacturer maker retailer insurer lender bank business
    ngo army navy military force forces regime state-run""".split()
)
#: Words that make a capitalised name an organisation's ("Department", "Times").
ORG_NAME_WORDS = ORG_HEADS | frozenset(
    """times post news journal herald tribune gazette guardian telegraph independent
    observer mirror express daily weekly review monthly press media broadcasting radio tv
    television inc inc. corp corp. co co. ltd ltd. llc plc group holdings partners
    capital energy motors airlines airways systems technologies labs bank house hill
    beast politico reuters bloomberg ap afp cnn bbc abc nbc cbs fox msnbc npr pbs itv
    fbi cia nsa nato un eu imf opec who kremlin pentagon senate congress parliament
    council commission institute university foundation association federation union
    league committee agency bureau ministry department office court party campaign fc afc rfc
    united rovers wanderers athletic albion hotspur""".split()
)
#: Head nouns of groups of people (not one organisation).
GROUP_HEADS = frozenset(
    """officials aides people critics supporters experts analysts democrats republicans
    voters members leaders lawmakers legislators sources advisers advisors observers
    residents activists officers diplomats authorities investigators prosecutors
    economists scientists researchers protesters protestors demonstrators organizers
    organisers parents students teachers workers employees staffers insiders surrogates
    operatives attorneys lawyers doctors nurses police fans players families family
    republicans conservatives liberals progressives citizens americans groups opponents
    backers allies rivals colleagues friends neighbours neighbors witnesses victims
    survivors campaigners ministers mps senators delegates others many some both all
    authors children women men""".split()
)
#: Head nouns of documents that "say" something.
DOCUMENT_HEADS = frozenset(
    """report reports statement statements letter letters email emails memo memos note
    notes message messages ad ads advertisement video videos clip clips survey poll
    polls study studies lawsuit suit complaint filing brief ruling decision opinion
    order document documents article articles piece story book books editorial column
    op-ed post posts tweet tweets release website page bylaws standards guidelines
    rules law bill plan policy transcript finding findings analysis review audit
    petition motion indictment affidavit motto slogan sign banner poster leaflet
    manifesto textbook chart map data""".split()
)
#: Head nouns of a single person described, not named ("a senior official").
PERSON_HEADS = frozenset(
    """official aide spokesman spokeswoman spokesperson source adviser advisor expert
    analyst critic supporter voter member leader lawmaker resident activist officer
    diplomat investigator prosecutor economist scientist researcher protester organizer
    organiser parent student teacher worker employee staffer insider friend neighbour
    neighbor witness victim survivor woman man person questioner announcer moderator
    host anchor reporter journalist writer author columnist editor lawyer attorney
    doctor nurse driver owner manager coach player fan customer user caller listener
    viewer reader mother father wife husband daughter son sister brother president
    governor senator minister secretary chairman chairwoman chancellor mayor judge
    candidate nominee boss chief executive director founder historian professor
    pollster strategist""".split()
)
# "a", "one", "two senior officials": an indefinite description names no one.
_INDEFINITE = frozenset("a an one some two three several many another any each every".split())
_POSSESSIVE = re.compile(r"['’]s?$")
_NAME_WORD = re.compile(r"[\w.'’\"“”-]+")
_APPOSITIVE = re.compile(r",|\s[-–—―]\s")
_PARENS = re.compile(r"\s*\([^()]*\)")
_OF_PLACE = re.compile(r"\s+(?:of|from|for)\s+")
# Words that make the month or day after them a date ("last June", "on Friday").
_DATE_BEFORE = NOT_NAME | frozenset("last this next early late mid".split())


def clean(mention: str) -> str:
    """The mention trimmed of edge punctuation, curly apostrophes made straight."""
    return mention.strip(" ,.;:").replace("’", "'")


def _low(word: str) -> str:
    return word.lower().rstrip(".").strip("\"“”'’")


def is_role_word(word: str) -> bool:
    """Is ``word`` part of a role or title (``Sen.``, ``press``, ``Tory``, ``leader``)?"""
    low = word.lower()
    return low in ROLE_WORDS or low.rstrip(".") in ROLE_WORDS or low.rstrip(".") in _ROLE_FORMS


def is_title(word: str) -> bool:
    """Is ``word`` a title or office that marks a person's name (``Mr.``, ``Sen.``, ``Mayor``)?

    Stricter than :func:`is_role_word`, which also takes the modifiers of a
    role (``White``, ``House``, ``national``).
    """
    low = word.lower().rstrip(".")
    return low in HONORIFICS or low in ROLE_NOUNS or low in _ROLE_FORMS or low in _TITLE_EXTRA


_TITLE_EXTRA = frozenset(
    """spokesman spokeswoman spokesperson chairman chairwoman congressman congresswoman mp
    mep lawyer attorney analyst economist adviser advisor aide strategist pollster
    historian professor author writer columnist editor reporter correspondent anchor host
    actor actress singer rapper comedian producer businessman businesswoman billionaire
    officer official commissioner activist widow lord lady baroness baron duke duchess
    bishop archbishop cardinal imam rabbi reverend pastor sheriff detective inspector
    constable sergeant colonel lieutenant admiral commander""".split()
)


def strip_appositive(mention: str) -> tuple[str, str]:
    """The mention before its appositive (a comma or a spaced dash) and the appositive.

    >>> strip_appositive("Ann Lee - a nurse from Dayton"), strip_appositive("Ann Lee, 42")
    (('Ann Lee', 'a nurse from Dayton'), ('Ann Lee', '42'))
    """
    parts = _APPOSITIVE.split(mention, maxsplit=1)
    return parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")


def _name_words(phrase: str) -> list[str]:
    """The capitalised run that ends ``phrase``, titles, roles and nationalities left out.

    Initials, suffixes (``Jr.``) and a nickname in quotation marks stay.
    """
    out: list[str] = []
    words = phrase.split()
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        low = w.lower()
        bare = low.strip("\"“”'’")
        if out and (ends_sentence(w) and bare not in _SUFFIXES):
            break  # "Cardiff. John Toshack": the name opens its sentence
        if out and low in PARTICLES and i > 0 and is_cap(words[i - 1]):
            out.append(w)  # "Bill de Blasio", "Ludwig van Beethoven"
            continue
        if low in NOT_NAME or bare in DETERMINERS:
            break  # "But Parry", "A spokeswoman": not the name
        if low in CALENDAR and i > 0 and words[i - 1].lower() in _DATE_BEFORE:
            break  # "Last June Grewcock", "In May Smith": a date, not a first name
        if w[:1] in '"“' and w[-1:] in '"”' and len(w) > 2 and out:
            out.append(w)  # a nickname: Marcia "Cia" Price
            continue
        if bare in _SUFFIXES and not out:
            out.append(w)
            continue
        after_honorific = i > 0 and words[i - 1].lower().rstrip(".") in HONORIFICS
        # "Larry King", "Rep. Steve King": a role word after a first name is a surname.
        surname = (
            not out
            and i > 0
            and is_cap(words[i - 1])
            and not is_role_word(words[i - 1])
            and words[i - 1].lower() not in NOT_NAME
            and not ends_sentence(words[i - 1])
        )
        if (
            not is_cap(w)
            or w[0].isdigit()
            or (is_role_word(w) and not after_honorific and not surname)
            or w.endswith(("'s", "’s"))
            or w in NATIONALITIES
            or low.rstrip(".") in HONORIFICS
        ):
            if out:
                break
            if is_role_word(w) or low.rstrip(".") in HONORIFICS:
                continue  # "Jane Roe, Sen." — a trailing title
            break
        out.append(w)
    while out and out[-1].lower() in _SUFFIXES:  # a suffix alone is no name
        out.pop()
    return out[::-1]


@functools.lru_cache(maxsize=8192)
def person_name(mention: str) -> str | None:
    """The proper name in a mention, without titles, roles, honorifics or article.

    >>> person_name("US President Donald Trump"), person_name("Mr. Obama")
    ('Donald Trump', 'Obama')
    >>> person_name("Sean Spicer, the press secretary"), person_name("Senator Jane Roe of Ohio")
    ('Sean Spicer', 'Jane Roe')
    >>> person_name("Acme's head of marketing, Jo Lin"), person_name("Sen. Ann Lee (D-Ore.)")
    ('Jo Lin', 'Ann Lee')
    >>> person_name("the minister"), person_name("a senior official"), person_name("PENCE")
    (None, None, 'Pence')
    >>> person_name("Mr. King, 82"), person_name("Mrs May")
    ('King', 'May')
    """
    m = _PARENS.sub("", clean(mention))
    head, appositive = strip_appositive(m)
    head = head[:-2] if head.endswith(("'s", "’s")) else head  # "Bornstein's"
    words = _name_words(head)
    if appositive and head.split() and is_role_word(head.split()[-1]):
        # "The Higher Education Minister, Kim Howe": a title, then the name.
        named = _name_words(strip_appositive(appositive)[0])
        if len(named) >= 2:
            words = named
    if not words and appositive:
        # "ITV's head of drama, Jo Lin": a description, then the name as its appositive.
        words = _name_words(strip_appositive(appositive)[0])
    if _OF_PLACE.search(head):
        # "Senator Jane Roe of Ohio" is Jane Roe; "Secretary of State Marco Rubio" is Rubio.
        for part in _OF_PLACE.split(head):
            found = _name_words(part)
            # "Mr. Morgan of the Sierra Club" is Morgan: an honorific makes one word a name.
            if len(found) >= 2 or (found and part.split()[0].lower().rstrip(".") in HONORIFICS):
                words = found
                break
    if not words or (len(words) == 1 and words[0].lower() in PRONOUNS):
        return None
    if len(words) == 1 and words[0].lower() in CALENDAR and honorific_gender(head) is None:
        return None  # "Wednesday", not "Mrs May"
    plain = [w for w in words if len(w.rstrip(".")) > 1 and w[:1] not in '"“']
    if len(plain) >= 4:
        # "Elizabeth Warren Hammers Wells Fargo": a headline's words after a name.
        words = words[:2]
    if any(c.isdigit() for c in "".join(words)):
        return None  # "F4", "2017": no person's name holds a digit
    name = " ".join(words)
    if name[:1].islower():
        name = name[0].upper() + name[1:]  # "Mr de Vabres" is De Vabres at a name's start
    if name.isupper() and len(name) > 3 and " " not in name:
        name = name.title()  # a transcript's label: PENCE is Pence
    return name


def roles(mention: str) -> set[str]:
    """The roles a mention gives its person, normalised: each role noun, and with its modifier.

    >>> sorted(roles("White House press secretary Josh Earnest"))
    ['press secretary', 'secretary']
    >>> sorted(roles("Indiana Gov. Mike Pence")), sorted(roles("Ted Cruz, the Texas senator"))
    (['governor'], ['senator'])
    """
    m = _PARENS.sub("", clean(mention))
    found: set[str] = set()
    for phrase in strip_appositive(m):
        prev = ""
        for w in phrase.split():
            low = _low(w)
            low = _ROLE_FORMS.get(low, low)
            if low in ROLE_NOUNS:
                found.add(low)
                if prev in ROLE_MODIFIERS:
                    found.add(f"{prev} {low}")
            prev = low
    return found


#: Nouns of an office or role that a later "the <noun>" refers back to.
ROLE_NOUNS = frozenset(
    """president senator governor secretary minister chancellor mayor representative
    delegate spokesman chairman ceo director leader chief candidate judge justice general
    attorney ambassador commissioner coach manager captain premier king queen prince pope
    chairman executive founder owner governor-elect president-elect businessman
    businesswoman billionaire mogul tycoon""".split()
)
ROLE_MODIFIERS = frozenset("prime press foreign home vice attorney chief deputy".split())


def honorific_gender(mention: str) -> str | None:
    """``female``/``male`` from an honorific or a gendered role word in the mention, else None.

    >>> honorific_gender("Mrs May"), honorific_gender("the spokeswoman")
    ('female', 'female')
    >>> honorific_gender("Dr. Lee") is None
    True

    Only the words that are the speaker's: not past a preposition or a relative
    (``Chris Murphy of Connecticut, who campaigned alongside Mrs. Clinton``), nor
    a possessor's (``Mrs. Clinton's aide``).

    >>> honorific_gender("a friend of Mrs. Clinton"), honorific_gender("Mrs. Clinton's aide")
    (None, None)
    >>> honorific_gender("Mr Begg's father, Azmat")
    'male'
    """
    gender = None
    for w in clean(mention).split():
        w = w.rstrip(",;:")
        low = _low(w)
        if low in _NOT_THE_SPEAKERS:
            break
        if gender is None:
            gender = HONORIFICS.get(low) or GENDERED_ROLES.get(low)
        if w.endswith(("'s", "’s")):
            gender = None  # the possessor's honorific, not the speaker's
    return gender


#: Lower-case particles inside a person's name.
PARTICLES = frozenset("de da di du del della van von der den le la bin ibn al".split())
_SURNAME_ROLES = frozenset("king bishop judge major marshal dean chancellor sheriff".split())
_HEAD_ENDS = frozenset("of at for from in on who which that with".split())
# Words after which a mention speaks of someone else: where its head ends, and more.
_NOT_THE_SPEAKERS = _HEAD_ENDS | frozenset("alongside by to about against whom whose".split())


def head_word(mention: str) -> str:
    """The head noun of a description: its last word before a clause or appositive.

    >>> head_word("the agency"), head_word("Officials at the agency, a unit"), head_word("it")
    ('agency', 'officials', 'it')
    """
    head, _ = strip_appositive(_PARENS.sub("", clean(mention)))
    words = head.split()
    for i, w in enumerate(words):
        if i and w.lower() in {
            "of",
            "at",
            "for",
            "from",
            "in",
            "on",
            "who",
            "which",
            "that",
            "with",
        }:
            words = words[:i]
            break
    return _low(words[-1]) if words else ""


def is_indefinite(mention: str) -> bool:
    """Does the mention describe without pointing (``a senior official``, ``two aides``)?"""
    first = clean(mention).split()[:1]
    return bool(first) and (first[0].lower() in _INDEFINITE or first[0][:1].isdigit())


def kind_of_description(mention: str) -> str:
    """What a description describes: ``person``, ``organisation``, ``group`` or ``document``.

    >>> [kind_of_description(m) for m in ("the report", "aides", "the ministry", "a friend")]
    ['document', 'group', 'organisation', 'person']
    """
    head = head_word(mention)
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    if head in DOCUMENT_HEADS or singular in DOCUMENT_HEADS:
        return "document"
    if head in ORG_HEADS:
        return "organisation"
    if head in GROUP_HEADS or (head.endswith("s") and singular in PERSON_HEADS):
        return "group"
    if singular in ORG_HEADS:
        return "organisation"
    return "person"


@functools.lru_cache(maxsize=8192)
def looks_like_org_name(name: str) -> bool:
    """Does a capitalised name name an organisation (``the State Department``, ``Reuters``)?

    A nickname in quotation marks is no word of it (``Marcia "Cia" Price``).
    """
    words = [_low(w) for w in name.split() if w[:1] not in _OPENING_MARKS]
    if any(w in ORG_NAME_WORDS for w in words):
        return True
    if names_a_group(name):
        return True
    bare = name.replace(".", "")
    return bare.isupper() and 2 <= len(bare) <= 6 and " " not in bare  # FBI, NATO, CNN


_OPENING_MARKS = frozenset('"“')
# The word after a plural of people that makes the run an organisation's name.
_GROUP_NAME_LINKS = frozenset("for of without against united".split())


def names_a_group(name: str) -> bool:
    """Is a capitalised name an association of people named for them and their cause?

    People in the plural, then ``for``/``of``/``without``/``against``/``united``, then
    more: the name of an organisation, never a person's.

    >>> names_a_group("Americans for Prosperity"), names_a_group("Friends of Ann Lee")
    (True, True)
    >>> names_a_group("Secretary of State Marco Rubio"), names_a_group("Doctors")
    (False, False)
    """
    words = [_low(w) for w in name.split()]
    return len(words) >= 3 and words[1] in _GROUP_NAME_LINKS and _people_plural(words[0])


def _people_plural(word: str) -> bool:
    """``citizens``, ``doctors``, ``americans``: people in the plural."""
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else ""
    return word in GROUP_HEADS or singular in PERSON_HEADS


@functools.lru_cache(maxsize=1 << 14)
def org_key(name: str) -> str:
    """One key for the spellings of an organisation's name.

    >>> org_key("Russia's foreign ministry") == org_key("the Russian Foreign Ministry")
    True
    """
    words = clean(name).lower().replace("’", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    out = []
    for w in words:
        if w.endswith("'s") and w[:-2] in DEMONYMS:
            w = DEMONYMS[w[:-2]]
        out.append(w.strip("'\"“”"))
    return " ".join(out)


def acronym(name: str) -> str:
    """The initials of an organisation's name (``International Monetary Fund`` -> ``IMF``)."""
    words = [w for w in clean(name).split() if w.lower() not in CONNECTORS]
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words if w[:1].isupper()).upper()


def name_key(name: str) -> str:
    """The key that makes one speaker of the spellings of one name, for ``speaker_id``.

    Case, punctuation, a possessive ``'s`` and a leading ``the`` are ignored.

    >>> name_key("The Washington Post") == name_key("Washington Post's")
    True
    """
    words = clean(name).lower().replace("’", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    words = [_POSSESSIVE.sub("", w) if w.endswith(("'s", "'")) else w for w in words]
    return " ".join("".join(c for c in w if c.isalnum()) for w in words).strip()

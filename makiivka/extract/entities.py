"""Group an article's speaker mentions into entities: who each name, title or pronoun stands for.

A mention is the speaker of an attribution cue (:mod:`makiivka.extract.attribution`) or a
person the article introduces with a role ("Oleh Marchenko, head of the regional military
administration", "the LPR's acting head, Leonid Pasechnik", "Kharkiv Mayor Igor Terekhov").
Mentions are grouped per article, in this order:

1. a registered alias names its claimant wherever it appears;
2. a person's name, full or surname only ("Marchenko"), is the person the article
   introduced with that surname (spelling variants such as Zelensky / Zelenskiy / Zelenskyy
   share a key), who keeps the role and side of their introduction;
3. a title without a name ("the governor", "the region's acting head") is the person the
   article gives that title, and "the ministry", "the agency" the last speaker whose name
   has that head noun;
4. a pronoun is the nearest speaker before it that it can stand for: "he"/"she" a person,
   "it" an institution, "they" anyone.

No parser or tagger: news prose introduces people in a handful of patterns, and a
general-purpose named-entity model (none ships offline in the lock) would still need these
rules to tie a title to a side. Every look-up is a dictionary or a bisect over positions.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from makiivka.extract.speakers import Register
from makiivka.story.parties import is_country

#: Words that may stand before a name as a title: they are the role, not the name.
TITLES = (
    r"President|Prime\s+Minister|Minister|Mayor|Governor|Gen\.?|General|Lt\.?|Lieutenant|Col\.?"
    r"|Colonel|Maj\.?|Major|Capt\.?|Captain|Adm\.?|Admiral|Rear|Vice|Navy|Army|Brig\.?|Brigadier"
    r"|Sgt\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Sen\.?|Senator|Rep\.?|Gov\.?|Chief|Commander"
    r"|Spokesman|Spokeswoman|Ombudsman|Speaker|Deputy|Acting|Interior|Defence|Defense|Foreign"
    r"|Health|Police|National|Regional|Secretary|Ambassador|Envoy|Sheikh|Judge|Pope|King|Queen"
    r"|Prince|Patriarch|Bishop|Father|Sister|Brother|Chairman|Head|Director|Dean"
    r"|Secretary-General|Director-General|Attorney-General|Prosecutor-General"
)
#: Capitalised words that are never part of a person's name in news prose.
_NOT_NAME = re.compile(
    rf"(?:{TITLES}|The|A|An|In|On|At|Of|For|And|But|As|By|From|With|After|Before|When|While"
    r"|According|Ministry|Service|Office|Council|Agency|Administration|Directorate|Committee"
    r"|Forces?|Force|Armed|Military|Staff|Police|Government|Republic|People's|Republic's"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Telegram|Facebook|Twitter"
    r"|Instagram|Sources?|Source|Quote|Update|Details|Background|Photo|Image|Video|Reuters"
    r"|Times|Post|News|Press|Journal|Herald|Tribune|Daily|Gazette|Television|Radio|TV|Channel"
    r"|Network|Hospital|University|Centre|Center|Group|Company|Camp|Street|Square|Airport"
    r"|Station|Market|Sea|River|Region|Oblast|City|Province|District|Village|Township|Party"
    r"|It|He|She|They|We|This|That|These|Those|There|Here|His|Her|Its|Their|Our|Rights"
    r"|Observatory|Watch|Network|Fund|Organi[sz]ation|Federation|Societ(?:y|ies)|Crescent"
    r"|Cross|Helmets|Nations|Union|Authority|Mission|Programme|Program|Institute|Foundation"
    r"|Commission|Movement|Front|Brigade|Emergency|Management|Disaster|Coordination|Affairs"
    r"|Humanitarian|Relief|Support|Medicine|Health|Defence|Defense|Protection|Security"
    r"|Intelligence|Survey|Update|Updated|Highlights|Claim|Verdict|Repost|Headquarters|Hall"
    r"|Court|Bureau|Department|Secretariat|Embassy|Consulate|Prefecture|Municipality|Guard"
    r"|Campaign|Coalition|Alliance|Initiative|Association|Trust"
    # a Title Case headline's verbs and plural subjects: "Officials Fear 150,000 Dead" (21)
    r"|Says|Tells|Fears?|Warns|Confirms|Admits|Reveals|Estimates|Announces|Officials|Families"
    r"|Relatives|Residents|Survivors|Witnesses)\Z"
)
#: Letters of Latin names with their diacritics ("Yıldız", "Doğru", "Çelik", "Müller").
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LOW = "a-zß-öø-ÿĀ-ſ"
_TOKEN = (
    rf"(?:(?:al-|el-|Al-|El-)?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:[-'’][{_UP}]?[{_LOW}]+)*"
    r"|bin|ibn|de|van|von|U|Daw)"
)
#: Initials that open a name: "J.K. Dutt", "R. R. Patil" (blind set 24); not "U.S." or "U.N.".
_INITIALS = rf"(?!U\.[SNK]\.)[{_UP}]\.(?:[ \t]?[{_UP}]\.){{0,2}}"
_NAME = re.compile(
    rf"(?<![\w'’.-])(?:{_INITIALS}[ \t]+{_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}}"
    rf"|{_TOKEN}(?:[ \t]+{_TOKEN}){{1,3}})(?![\w-])"
)
#: A run of five or more capitalised words: "Dorian Province Governor Ilse Marrow".
_LONG_RUN = re.compile(rf"(?<![\w'’-]){_TOKEN}(?:[ \t]+{_TOKEN}){{4,}}(?![\w-])")
_WORD = re.compile(r"\S+")
#: "Ministry of Emergency Situations", "the Kyiv Independent": capitalised words of a body.
_INSTITUTION_BEFORE = re.compile(r"(?:\bof|\bthe|\bThe|\bfor)\s+\Z")
#: "the Saigon daily Chinh Luan", "the daily Ming Pao" (blind set 27): an outlet, no person.
_OUTLET_BEFORE = re.compile(r"(?<![\w-])(?:daily|weekly|(?:news)?paper|magazine|website)\s+\Z")
_SURNAME_KEY = re.compile(r"(?:iy|yy|yi|ii|y|i)\Z")
#: A particle before a surname, not part of its key: "al-Ghaithi" is "Ghaithi".
_PARTICLE = re.compile(r"\A(?:al|el|ad|ash|as|ar|az|ul)-")
#: Words of a title that make a person (not an institution) the speaker.
PERSON_HEADS = re.compile(
    r"(?<![\w-])(?:he|she|him|her|his|mayor|governor|spokes(?:man|woman|person)|minister|head"
    r"|chief|commander|official|president|premier|leader|envoy|ombudsman|commissioner|director"
    r"|secretary-general|director-general|attorney-general|prosecutor-general|secretary|deputy"
    r"|general|colonel|captain|officer|prosecutor|relative|witness|resident"
    r"|doctor|man|woman|father|mother|brother|sister|son|daughter|representative|chairman"
    r"|member|activist|journalist|correspondent|blogger|MP|lawmaker|senator|ambassador|coordinator"
    r"|rapporteur|negotiator|source|survivor|councill?or|teacher|administrator|nurse|medic"
    r"|paramedic|volunteer|villager|worker|farmer|student|soldier|engineer|priest|imam|pastor"
    r"|bishop|rabbi|cleric|monk|nun|legislator|politician|MLA|registrar|rector|principal"
    r"|coroner|pathologist|lawyer|diplomat|seismologist|scientist|professor)(?![\w-])",
    re.IGNORECASE,
)
_ROLE_WORD = re.compile(r"[A-Za-z]+")
#: A title that speaks for the body it names ("the ministry's spokesman speaks for it").
_SPEAKS_FOR = re.compile(
    r"(?i)\b(?:spokes(?:man|woman|person)|press\s+officer|chief\s+executive)\b"
)
#: Words of a title that say nothing about which role: "the", "city's".
_NOT_ROLE_WORDS = frozenset(["the", "a", "an", "of", "for", "in", "at", "s", "its", "his", "her",
                             "their", "city", "town", "region", "regional", "country", "local",
                             "new", "former", "acting"])  # fmt: skip
#: Titles written abbreviated before a name ("Gov. Ana Lund" is "the governor" later).
_ABBREVIATED = {"gov": "governor", "sen": "senator", "gen": "general", "lt": "lieutenant",
                "col": "colonel", "capt": "captain", "adm": "admiral", "sgt": "sergeant",
                "maj": "major", "rep": "representative", "brig": "brigadier"}  # fmt: skip
_ABBREVIATION = re.compile(rf"(?<![\w.])({'|'.join(_ABBREVIATED)})\.(?=\s|\Z)", re.IGNORECASE)
#: A title owned by a pronoun: "its spokesman", "their commander".
_OWNED_TITLE = re.compile(r"(?i)\s*(?:its|their|his|her)\s")
#: Pronouns and the kind of speaker each may stand for.
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
            "it": "body", "its": "body", "they": "any", "them": "any", "their": "any"}  # fmt: skip
_APPOSITION = re.compile(
    r",\s+((?:who\s+(?:heads|leads|is|was|runs|chairs)\s+|(?:an?|the)\s+"
    r"|[a-z]+\s+(?:[a-z]+\s+)?(?:of|for|at)\s+"  # "emergencies director at Human Rights Watch"
    r"|head\s|chief\s|[A-Z])[^,.;:()“”\"\d]{2,110})[,.]"
)
_VERBISH = re.compile(r"(?i)\b(?:said|says|told|wrote|added|reported|was|were|had|has|have)\b")
#: (A full stop after a single capital is an initial's, "U.S.", not a clause's end.)
_CLAUSE_START = re.compile(
    r"(?<!(?<!\w)[A-Z])\.\s*|[;:!?“”\"(—]\s*|^|\b(?:said|says|told|that|and|but|while|by)\s+"
    r"|\baccording\s+to\s+",  # "a report released today by Secretary-General …"
    re.M,
)


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans that may hold a name: runs of two to four capitalised words, and in
    a longer run each stretch between its title and body words ("Dorian Province Governor
    Ilse Marrow": "Ilse Marrow", which four-word windows would cut after "Ilse")."""
    spans = []
    runs = list(_LONG_RUN.finditer(text))
    for run in runs:
        words = list(_WORD.finditer(run[0]))
        stretch: list[re.Match[str]] = []
        for word in [*words, None]:
            if word is not None and not _NOT_NAME.fullmatch(_bare(word[0])):
                stretch.append(word)
                continue
            if len(stretch) > 4:  # no title or body word to split at: four-word windows
                inner = run[0][stretch[0].start() : stretch[-1].end()]
                base = run.start() + stretch[0].start()
                spans += [(base + m.start(), base + m.end()) for m in _NAME.finditer(inner)]
            elif len(stretch) > 1:
                spans.append((run.start() + stretch[0].start(), run.start() + stretch[-1].end()))
            stretch = []
    long = [run.span() for run in runs]
    for m in _NAME.finditer(text):
        inside = bisect.bisect_right(long, (m.start(), len(text))) - 1
        if inside < 0 or not long[inside][0] <= m.start() < long[inside][1]:
            spans.append((m.start(), m.end()))
    return sorted(spans)


def _bare(word: str) -> str:
    """Return a word without its possessive and trailing punctuation."""
    return re.sub(r"(?:['’]s?)?[.,;:]?\Z", "", word)


def surname_key(name: str) -> str:
    """Return the key a person's surname is grouped by: lower case, no possessive, no y/i ending.

    >>> surname_key("Zelenskiy"), surname_key("Zelenskyy"), surname_key("Zelensky's")
    ('zelensk', 'zelensk', 'zelensk')
    """
    word = re.sub(r"['’]s?\Z", "", name.split()[-1]).lower() if name.split() else ""
    word = _PARTICLE.sub("", word)
    return _SURNAME_KEY.sub("", word) or word


@dataclass
class Person:
    """A person the article names: their fullest name, their role as written, and a side."""

    name: str
    role: str = ""
    side: str = "unknown"
    claimant: str = ""
    first: int = 0  # where the article first names them


@dataclass
class Entities:
    """The people an article introduces, found once per article (see the module docstring)."""

    text: str
    register: Register
    persons: dict[str, Person] = field(default_factory=dict)
    #: (position, surname key) of each role-bearing introduction, in text order.
    roles: list[tuple[int, str]] = field(default_factory=list)
    #: (position, surname key) of each name written in full, in text order.
    mentions: list[tuple[int, str]] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, register: Register) -> Entities:
        """Find every person the text names, with the role written beside the name."""
        found = cls(text, register)
        for start, end in _name_spans(text):
            outlet = _OUTLET_BEFORE.search(text, max(0, start - 14), start)
            if not outlet and not _INSTITUTION_BEFORE.search(text, max(0, start - 5), start):
                found._add(start, end)
        for m in _DELEGATE.finditer(text):
            found._add_delegate(m)
        found.roles.sort()
        found.mentions.sort()
        return found

    def _add(self, start: int, end: int) -> None:
        words = self.text[start:end].split()
        # The name is the last run of name words: "Russian President Vladimir Putin" → the
        # last two; place and party words before it ("Kharkiv Mayor …") are the role.
        cut = max((i + 1 for i, w in enumerate(words) if _NOT_NAME.fullmatch(_bare(w))), default=0)
        words = words[cut:]
        sides = self.register.sides
        # "Ruritanian Jan Novak", "Kessa Jan Novak": the nationality or place, not the name;
        # but a cue that is a first name ("Hassan") stays when two words would not remain.
        while words and (
            sides.places.fullmatch(_bare(words[0]))
            or (len(words) > 2 and sides.cues.fullmatch(words[0]))
        ):
            words = words[1:]
        name = " ".join(words)
        if len(words) < 2 or sides.places.search(name) or sides.role_cue(name) or is_country(name):
            return  # a place, a country, or an outlet or body the roles name, is no person
        start = self.text.index(words[0], start)
        end = start + len(name)
        role = self._role(start, end)
        claimant, _, side = self.register.name(self.text, start, end)
        if not claimant and role:  # "Coast Guard spokesman …": the body's side; its claimant
            body, _, body_side = self.register.name(role, 0, len(role))
            side = body_side if side == "unknown" else side
            claimant = body if _SPEAKS_FOR.search(role) else ""
        key = surname_key(name)
        person = self.persons.get(key)
        if person is None:
            self.persons[key] = Person(name, role, side, claimant, start)
        else:
            if len(name) > len(person.name):
                person.name = name
            if not person.role and role:
                person.role = role
            if person.side == "unknown":
                person.side = side
            person.claimant = person.claimant or claimant
        if role:
            self.roles.append((start, key))
        self.mentions.append((start, key))

    def _add_delegate(self, m: re.Match[str]) -> None:
        """Add a delegate named in capitals with the state in brackets after the name (blind
        set 11: the UN's Security Council coverage); the state is their role and side."""
        side = self.register.side_of(m[2])
        key = surname_key(m[1])
        if key not in self.persons:
            self.persons[key] = Person(m[1], m[2], side, "", m.start())
        self.roles.append((m.start(), key))
        self.mentions.append((m.start(), key))

    def _role(self, start: int, end: int) -> str:
        """Return the role written beside a name: an apposition after it or a title before it."""
        after = _APPOSITION.match(self.text, end)
        if after and PERSON_HEADS.search(after[1]) and not _VERBISH.search(after[1]):
            return after[1].strip()
        line = self.text.rfind("\n", 0, start) + 1
        head = self.text[max(line, start - 90) : start]
        # "Gov. Ana Lund": the title in full, and its full stop is no clause's end.
        head = _ABBREVIATION.sub(lambda m: _ABBREVIATED[m[1].lower()], head)
        clause = max((m.end() for m in _CLAUSE_START.finditer(head)), default=0)
        before = head[clause:].strip(" ,")
        return (
            before if PERSON_HEADS.search(before) or self.register.sides.names_side(before) else ""
        )

    def person(self, name: str) -> Person | None:
        """Return the person a name or surname stands for in this article, if it names one."""
        words = name.split()
        if not words or not _PARTICLE.sub("", words[-1])[:1].isupper():
            return None
        found = self.persons.get(surname_key(name))
        if found is None and len(words) == 1:
            # "Its chief commissioner, Daniel Bekele, … Daniel said": where the given name
            # is the one used (Ethiopian, Eritrean, Icelandic names; blind set 10), a single
            # word that opens exactly one person's full name is that person.
            given = [p for p in self.persons.values() if p.name.split()[0] == words[0]]
            found = given[0] if len(given) == 1 and " " in given[0].name else None
        return found

    def named_before(self, position: int, since: int) -> Person | None:
        """Return the person with a title or side last named in full in [since, position).

        "Pedro Aihara, a 26-year-old lieutenant, was at his desk … By the end of the first
        night, he told me, …": "he" is the person named last, though they had not spoken yet
        (blind set 9: a long read).
        """
        for start, key in reversed(self.mentions):
            person = self.persons[key]
            if start < since:
                return None
            if start < position and (person.role or person.side != "unknown"):
                return person  # a name with no title or side may be a place ("Sunrise Valley")
        return None

    def titled(self, title: str, position: int) -> Person | None:
        """Return the person the article gives a title to ("the governor"), nearest first.

        The title's head word must be in the person's role; an introduction before the
        position wins over one after it.
        """
        head = PERSON_HEADS.findall(title)
        if not head:
            return None
        word = head[-1].lower()
        # "the health minister" is not the defence minister: the title's other role words
        # must be in the role too ("Syria's health minister" fits "Health Minister Dr.").
        before = title[: [m.start() for m in PERSON_HEADS.finditer(title)][-1]]
        words = {w.lower() for w in _ROLE_WORD.findall(before)} - _NOT_ROLE_WORDS
        for cue in self.register.sides.cues.findall(before):
            words -= {w.lower() for w in _ROLE_WORD.findall(cue)}
        keys = [k for _, k in self.roles]
        i = bisect.bisect_right([p for p, _ in self.roles], position)
        order = [*reversed(keys[:i]), *keys[i:]]
        for key in order:
            person = self.persons[key]
            role = {w.lower() for w in _ROLE_WORD.findall(person.role)}
            if word in role and words <= role | {word}:
                return person
        if _OWNED_TITLE.match(title) or re.match(r"(?i)an?\s", title):
            # "its spokesman": the body's, named before; "A humanitarian official told
            # Reuters": someone unnamed (new user 19), not a name after it
            return None
        return self._introduced_after(position)

    def _introduced_after(self, position: int) -> Person | None:
        """Return the person without a role whom the next sentence opens with, if any.

        "The mayor of the city has said that … . Ivo Brandt told a channel …": a role named
        without a name, then a sentence that opens on a name the article gives no role, is
        that person (a habit of news prose).
        """
        end = self.text.find(".", position)
        if end < 0:
            return None
        for person in self.persons.values():
            if person.role or not 0 < person.first - end <= 4:
                continue
            return person
        return None


def pronoun_kind(word: str) -> str:
    """Return what a pronoun may stand for: person, body or any ("" for a non-pronoun)."""
    return PRONOUNS.get(word.lower(), "")


_HEAD_ENDS = re.compile(
    r"(?i)\s(?:of|in|for|at|from|with|who|whose|taken|brought|rescued|pulled|based|living)\s|,"
)


def is_person(name: str, entities: Entities) -> bool:
    """Tell whether a speaker's name (as written) is a person rather than an institution."""
    if entities.person(name) is not None:
        return True
    # The head noun decides: "the ministry's spokesman" is a person, "the office of the
    # president" a body.
    # "A survivor taken to hospital in Hurghada" (blind set 28): the noun before the participle.
    head = re.split(_HEAD_ENDS, name)[0].split()
    return bool(head) and bool(PERSON_HEADS.fullmatch(re.sub(r"['’]s?\Z", "", head[-1])))


#: A delegate as the UN's meeting coverage names them: "NOUHAD MAHMOUD (Lebanon) said".
_DELEGATE = re.compile(
    r"(?<![\w-])([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,3})[ \t]*\(([A-Z][^()\n]{1,40})\)"
)

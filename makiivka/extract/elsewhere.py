"""Set a figure in another event when its sentence moves to another time, place or attack.

Articles end with background: "Only four days earlier, a strike on a shopping mall killed at
least 19", "A storm in 2020 killed four", "On Monday, air strikes on <another town> killed
nine", "the same flood killed 17 people in another country", "another deadly bombing in
<the capital>, in which 14 people were killed", "Russia's mass missile attack on Ukraine
killed 25" (a whole wave), "19 people died there" after a sentence about another city. Such a
figure has scope ``other``; the event's own places keep a sentence in the event. What is
"another place" comes from the story's descriptor: the places its parties hold that are not
the event's (:class:`makiivka.extract.terms.StoryTerms`), and, for places the descriptor does
not know, a capitalised name after an attack word or a fronted "In <Name>,".
"""

from __future__ import annotations

import re
from datetime import date

from makiivka.extract.datelines import FILED_DAY, WIRE_HEAD
from makiivka.extract.periods import ATTACK as _ATTACK
from makiivka.extract.periods import shifted
from makiivka.extract.terms import StoryTerms

#: "another deadly bombing", "a separate attack", "an earlier strike", "in another country".
ANOTHER = re.compile(
    rf"""(?<![\w-])(?:(?:another|a\s+separate|an?\s+(?:earlier|previous|similar)
    |the\s+(?:earlier|previous))\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK}
    |in\s+(?:another|a\s+(?:different|neighbou?ring))\s+(?:country|city|town|region|province
    |state|village|district|area|part\s+of\s+\w+)|(?<!from\s)elsewhere\s+in\b
    |(?-i:Elsewhere)\s*,)(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
#: A toll that recurs: "kills hundreds of people every year", "each monsoon", "annually" (round
#: 20's new user): every season's, not this event's.
RECURRING = re.compile(
    r"(?i)(?<![\w-])(?:(?:every|each)\s+(?:year|monsoon|season|summer|winter|spring|autumn)"
    r"|annually|a\s+year\s+on\s+average|on\s+average\s+each\s+year)(?![\w-])"
)
#: "killed in the unrest that followed the shooting": the event's aftermath, another event
#: (blind set 17).
AFTERMATH = re.compile(
    r"(?i)(?<![\w-])(?:unrest|violence|riots?|rioting|clashes|looting|protests)\s+(?:that|which)"
    r"\s+(?:followed|ensued)(?![\w-])"
)
#: Words of care for the event's wounded: a hospital in another town still counts this event.
_CARE = re.compile(
    r"(?<![\w-])(?:hospitals?|clinics?|morgues?|treated|treatment|(?:doctors|medics|nurses)"
    r"(?!\s+(?:said|say|says|told|reported))|evacuated|taken\s+to|transferred"
    r"|(?:taken|took|sought|found)\s+refuge)(?![\w-])",  # where the displaced went (user 24b)
    re.IGNORECASE,
)
#: A capitalised word after a name that makes it a facility: "Ayder Hospital", "Abbey Gate".
_FACILITY = re.compile(
    r"\s+(?:Hospital|Clinic|Airport|Market|Hotel|Gate|Camp|Street|Avenue|Road|Square|School"
    r"|Station|Mall|Centre|Center|Stadium|Mosque|Church|Prison|Base|Bridge|Building)\b"
)
#: "That evening the Russians also hit the centre": another attack later the same day.
LATER = re.compile(
    r"(?<![\w-])(?:(?:that|the\s+same)\s+(?:evening|night|afternoon|morning)|later\s+(?:that"
    r"|the\s+same)\s+day|hours\s+later)(?![\w-])",
    re.IGNORECASE,
)
_AGAIN = re.compile(
    r"(?<![\w-])(?:also|again)\s+(?:hit|struck|attacked|shelled|bombed|targeted)(?![\w-])", re.I
)
_SAME = re.compile(r"(?<![\w-])(?:same\s+(?:site|spot|place|building|area|location)|later)\b", re.I)
#: A mass attack on a whole side ("mass missile attack on Ukraine") or across a country.
WAVE = re.compile(
    r"""(?<![\w-])(?:mass(?:ive)?\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|barrages?
    |bombardments?|waves?)|combined\s+(?:[\w-]+\s+){0,3}?attacks?)(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
#: Across a whole country: a wave in a story about one attack; a flood's or a quake's own
#: region in a story about a natural hazard.
COUNTRYWIDE = re.compile(
    r"(?<![\w-])(?:(?:across|throughout|all\s+over)\s+the\s+country|nationwide|countrywide)"
    r"(?![\w-])",
    re.IGNORECASE,
)
#: "thousands of foreign nationals … seeking to leave the country": a population in flight,
#: not a count of the event (the corpus conventions: displacement counts).
LEAVING = re.compile(
    r"(?<![\w-])(?:seeking|trying|hoping|waiting|desperate|scrambling|rushing)\s+to\s+(?:leave"
    r"|flee|escape|get\s+out)(?![\w-])",
    re.IGNORECASE,
)
#: "ordered some 1 million people in the north to move south", "told 40,000 residents to
#: evacuate": a population ordered to move (the war's, not one strike's).
ORDERED_TO_MOVE = re.compile(
    r"""(?<![\w-])(?:ordered|told|urged|instructed|forced|asked)\s+(?:(?!(?:that|and|said|who
    |which|after|as|but)\b)[\w.,'’-]+\s+){1,8}?to\s+(?:move|leave|evacuate|flee|relocate
    |head)(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
_ATTACK_ON = re.compile(rf"(?<![\w-]){_ATTACK}\s+(?:on|against|across|in)\s+\Z", re.IGNORECASE)
#: An attack set in a named place: "air strikes on <Town>", "a bombing in <City>", "striking
#: the port city of <City>". The name is checked against the descriptor's places.
PLACED_ATTACK = re.compile(
    rf"""(?<![\w-])(?:{_ATTACK}|struck|hit|striking|hitting|bombed|shelled|targeted
    |attacked)\s+(?:[\w'’-]+\s+){{0,5}}?(?:on|in|at|against|near|of)\s+(?:the\s+)?
    (?:(?:[\w-]+\s+){{0,2}}?(?:city|town|village|capital|region|province)\s+of\s+)?
    (?:[\w'’]+-(?:held|controlled|occupied|run)\s+)?
    (?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)""",
    re.VERBOSE,
)
#: "In <Name>, …", "In neighboring <Name>, …" or "In <Name> a …" opening a sentence: the
#: sentence is set there.
FRONTED = re.compile(
    r"(?:In|At|Near)\s+(?:(?:neighbou?ring|nearby|adjacent)\s+)?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,?\s"
)
#: "<Name>, where the storm's rains caused floods …, has reported 56 dead" opening a sentence:
#: the sentence is about that place (blind set 17).
PLACE_WHERE = re.compile(r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+where\s")
#: "in the city of <Name>", "the port city of <Name>": a place anywhere in the sentence.
CITY_OF = re.compile(
    r"(?:city|town|village|capital|region|province)\s+of\s+(?P<place>[A-Z][\w'’-]+)"
)
#: Capitalised words that are not places: months, weekdays, demonyms, titles, initialisms.
_NOT_A_PLACE = re.compile(
    r"""(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b
    |[A-Z]{2,}\b|\w+['’]s?\b|\w*(?:ian|ean|ese|ish|i)\b|(?:The|A|An|This|That|Its|Their|His|Her
    |Our|Some|Many|Most|All|Both|Each|Other|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b""",
    re.VERBOSE,
)
#: After a place name, a lower-case noun makes it a name of a thing ("Epicentr hypermarket").
#: A verb ("<Town> killed 12") or a function word after it keeps the name a place.
_THING_AFTER = re.compile(
    r"\s+(?!(?:and|or|in|on|at|of|near|as|was|were|is|are|has|have|had|that|which|where|when"
    r"|this|last|overnight|late|early|after|before|from|to|with|by|for|but|while|the|an?)\b)"
    r"(?![a-z]+(?:ed|ing)\b)[a-z]"
)
#: A body whose name opens on a place: "with the support of the Nepal Red Cross Society"
#: (round 20's new user), "the Vell Times": an organisation, not a place the sentence is set in.
_BODY_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]+\s+){0,3}?(?:Society|Office|Ministry|Army|Police|Council|Committee"
    r"|Authority|Agency|Commission|Cross|Crescent|Government|Department|Services?|Forces|Corps"
    r"|Institute|University|Foundation|Federation|Association|Union|Bank|Times|Post|News|Radio"
    r"|Television|TV)\b"
)
#: "in <Place>", "of rebel-held <Place>": the place a sentence is set in.
_LOCATIVE = re.compile(
    r"(?:in|on|at|near|over|of|into|targeting|against)\s+(?:the\s+)?"
    r"(?:[\w'’]+-(?:held|controlled|occupied|run)\s+)?\Z",
    re.IGNORECASE,
)
#: A bearing from a place: "south of", "off the coast of" (round 22's new user: a shipwreck
#: "south of Crete", an island a party holds, is no other place's).
_BEARING = re.compile(
    r"(?i)(?<![\w-])(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|off(?:\s+the"
    r"\s+(?:coast|shores?|island)\s+of)?)\s+(?:the\s+)?\Z"
)
#: Where a statement was made, not where its figure is: "said in Geneva", "told reporters in".
_SAID_IN = re.compile(
    r"(?i)(?<![\w-])(?:said|says|told\s+(?:reporters|journalists)|speaking|spoke|briefing"
    r"|(?:news|press)\s+conference)\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?\Z"
)
_HELD_PART = re.compile(
    r"[-\s](?:held|controlled|occupied|run)\s+(?:part|parts|area|areas|territory|territories"
    r"|side|zone|districts?|towns?|villages?)\b",
    re.IGNORECASE,
)
#: "died there", "people there were hurt", "strikes there": the place of the sentence before.
#: "…, and there were five dead" or "There is" is the existential there, not a place.
THERE = re.compile(
    r"(?<=[a-z] )(?<!\band )(?<!\bbut )(?<!\bthat )(?<!\bas )(?<!\bif )(?<!\bwhen )(?<!\bso )"
    r"(?<!\bwhile )(?<!\bsaid )(?<!\bsays )(?<!\bhow )(?<!\bwhere )(?<!\bthough )there(?![\w-])"
)


#: A one-word name ending in "i" standing alone before a comma or stop: a place ("in Haiti,",
#: "Malawi, where …"), not a demonym, which stands before its noun ("Israeli strikes").
_I_NAME = re.compile(r"[A-Z][a-z]+i")
_ALONE = re.compile(r"\s*(?:[,.;:)]|\Z)")


def _is_place(
    name: str, terms: StoryTerms, own: re.Pattern[str] | None, near: frozenset[str],
    alone: bool = False,
) -> bool:  # fmt: skip
    """Tell whether a capitalised name is a place other than the event's and its area."""
    bare_i = alone and _I_NAME.fullmatch(name) is not None
    if (_NOT_A_PLACE.fullmatch(name.split()[0]) and not bare_i) or (own and own.search(name)):
        return False
    if {_key(name), _key(name.split()[0])} & (near | terms.area):
        return False
    return not (terms.sides and terms.sides.fullmatch(name))


def _key(name: str) -> str:
    return re.sub(r"['’]s?\Z", "", name.lower())


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")


def near_event(text: str, spans: list[tuple[int, int]], own: re.Pattern[str] | None) -> frozenset:
    """Return the capitalised words of every sentence that names one of the event's places.

    A name the article puts beside the event's place ("Togoga, in Tigray", "Uman, Cherkasy
    Oblast") is the event's area, not another place, even when a party is said to hold it.
    """
    if own is None:
        return frozenset()
    words = set()
    for a, b in spans:
        if own.search(text, a, b):
            words |= {_key(m[0]) for m in _CAPITALISED.finditer(text, a, b)}
    return frozenset(words)


def _opening_place(
    text: str, a: int, b: int, terms: StoryTerms, own: re.Pattern[str] | None,
    near: frozenset[str],
) -> re.Match[str] | None:  # fmt: skip
    """Return the match of another place a sentence opens on ("In neighboring <Name>, …",
    "<Name>, where …"), else None."""
    m = FRONTED.match(text, a, b) or PLACE_WHERE.match(text, a, b)
    alone = m is not None and bool(_ALONE.match(text, m.end("place")))
    return m if m and _is_place(m["place"], terms, own, near, alone) else None


def _named_elsewhere(
    text: str, a: int, b: int, terms: StoryTerms, own: re.Pattern[str] | None,
    near: frozenset[str],
) -> bool:  # fmt: skip
    """Tell whether text[a:b] sets an attack in a place other than the event's.

    A place named where the event's wounded are cared for ("taken to hospital in <city>")
    does not move the sentence, nor does a facility's name ("At <Name> Hospital").
    """
    if _CARE.search(text, a, b):
        return False
    if terms.others:
        for m in terms.others.finditer(text, a, b):
            if _HELD_PART.match(text, m.end()):
                return True  # "in the <other side>-held part of the region"
    if terms.elsewhere:
        for m in terms.elsewhere.finditer(text, a, b):
            if _key(m[0]) in near or not _LOCATIVE.search(text, max(a, m.start() - 40), m.start()):
                continue
            if _BEARING.search(text, max(a, m.start() - 40), m.start()):
                continue  # "sank south of Crete": the event lies off the place, not in it
            if _SAID_IN.search(text, max(a, m.start() - 40), m.start()):
                continue  # "…, the spokeswoman said in Geneva": where it was said (user 25)
            after = (_THING_AFTER, _FACILITY, _BODY_AFTER)
            if not any(p.match(text, m.end()) for p in after):
                return True
    fronted = _opening_place(text, a, b, terms, own, near)
    if fronted:
        end = fronted.end("place")
        return not (_THING_AFTER.match(text, end) or _FACILITY.match(text, end))
    for pattern in (PLACED_ATTACK, CITY_OF):
        for m in pattern.finditer(text, a, b):
            end = m.end("place")
            if _THING_AFTER.match(text, end) or _FACILITY.match(text, end):
                continue
            if _is_place(m["place"], terms, own, near, bool(_ALONE.match(text, end))):
                return True
    return False


#: A speaker no more than a government's or a country's common noun: "the government said".
_GENERIC_SPEAKER = re.compile(
    r"(?i)(?:the\s+)?(?:government|authorities|police|officials|ministry|army|military)"
)


def foreign_speaker(
    text: str, a: int, b: int, name: str, terms: StoryTerms, own: re.Pattern[str] | None,
    near: frozenset[str],
) -> str | None:  # fmt: skip
    """Return the other place a sentence opens on when its speaker is that place or only a
    government's common noun ("In neighboring Zimbabwe, the government said 98 …", "Malawi,
    where …, has reported 56 dead": another country's, blind set 17), else None."""
    m = _opening_place(text, a, b, terms, own, near)
    if m is None or not (name == m["place"] or _GENERIC_SPEAKER.fullmatch(name)):
        return None
    end = m.end("place")
    return None if _THING_AFTER.match(text, end) or _FACILITY.match(text, end) else m["place"]


#: A storm named before its figure: "Hurricane Pauline, which hit … in 1997, killed more than
#: 200", "storms Ingrid and Manuel, which killed 157" (blind set 14).
_NAMED_STORM = re.compile(
    r"(?<![\w-])(?:[Hh]urricanes?|[Tt]yphoons?|[Cc]yclones?|(?:[Tt]ropical\s+)?[Ss]torms?)\s+"
    r"(?P<name>[A-Z][a-z]+)(?:\s+and\s+(?P<other>[A-Z][a-z]+))?(?![\w'’-])"
)


def other_storm(text: str, a: int, b: int, terms: StoryTerms) -> bool:
    """Tell whether text[a:b] names a storm the story's event name and title do not name
    ("Hurricane Pauline" in a story of Hurricane Otis); a story with no name names none."""
    if not terms.named:
        return False
    for m in _NAMED_STORM.finditer(text, a, b):
        if {m["name"], m["other"]} - {None} - terms.named:
            return True
    return False


#: A wire dateline with its day: "ESMERALDAS, Ecuador (AP) — Monday, March 16, 2026 — " (round
#: 21's new user: the day it was filed had put "the toll … climbed to 23" on another day).
_DATED_DATELINE = re.compile(f"{WIRE_HEAD}(?:{FILED_DAY})?")  # its city, its day: where filed


def sentence_elsewhere(
    text: str, a: int, b: int, terms: StoryTerms, own: re.Pattern[str] | None,
    dates: list[tuple[int, int, object]], published: date | None = None,
    near: frozenset[str] = frozenset(),
) -> bool:  # fmt: skip
    """Tell whether a whole sentence (text[a:b]) is set in another time or place.

    Another time (a shift such as "four days earlier", another year, an attack dated to
    another day) or a storm of another name decides first; then a sentence naming one of the
    event's places (*own*) stays in the event. *dates* are the text's date phrases as (start,
    end, resolved or None).
    """
    opening = _DATED_DATELINE.match(text, a, b)
    a = opening.end() if opening else a  # the wire's own date is when it was filed
    if shifted(text, a, b, terms, dates, published) or other_storm(text, a, b, terms):
        return True
    if RECURRING.search(text, a, b):
        return True  # "Nepal's monsoon … kills hundreds of people every year": every season's
    if own and own.search(text, a, b):
        return False
    another = ANOTHER.search(text, a, b) or AFTERMATH.search(text, a, b)
    if another and not _SAME.search(text, a, b):
        return True
    if LATER.search(text, a, b) and _AGAIN.search(text, a, b):
        return True
    return _named_elsewhere(text, a, b, terms, own, near)


def wave_article(text: str) -> bool:
    """Tell whether an article sets the event inside a wider wave of attacks."""
    return WAVE.search(text) is not None or COUNTRYWIDE.search(text) is not None


def wave_in_sentence(text: str, a: int, b: int, terms: StoryTerms) -> int | None:
    """Return where a sentence (not naming the event's place) turns to a wider wave: 0 when a
    wave word ("mass attack", "nationwide") stands anywhere in it, 100 characters before a
    population in flight ("seeking to leave the country"), else the end of an attack
    on a whole side ("mass missile attack on <side> killed 25"), else None. Figures after
    that point count the wave.
    """
    if WAVE.search(text, a, b) or (not terms.hazard and COUNTRYWIDE.search(text, a, b)):
        return 0
    ordered = None if terms.hazard else ORDERED_TO_MOVE.search(text, a, b)
    if ordered:  # a flood's evacuations are the flood's own
        return ordered.start()
    leaving = LEAVING.search(text, a, b)
    if leaving:  # the people counted just before it ("for tens of thousands of Afghans …")
        return max(a, leaving.start() - 100)
    if terms.sides:
        for m in terms.sides.finditer(text, a, b):
            if _THING_AFTER.match(text, m.end()) or _NOT_A_PLACE.fullmatch(m[0]):
                continue  # "on Ukrainian town", "on Ukraine's east": not the whole side
            if _ATTACK_ON.search(text, max(a, m.start() - 40), m.start()):
                return m.end()
    return None


def clause_of(text: str, a: int, b: int, position: int) -> tuple[int, int]:
    """Return the clause of text[a:b] that holds position: cut at semicolons and at a
    comparison with another event ("rose to 93 on Saturday, surpassing the 2018 Camp Fire,
    which killed 85": the 93 is not set in 2018)."""
    start = text.rfind(";", a, position)
    end = text.find(";", position, b)
    start, end = (a if start < 0 else start + 1), (b if end < 0 else end)
    said = _SAID_AFTER.search(text, position, end)  # "X, whose ship saved 23, said … before
    end = said.start() if said else end  # the boat capsized": the statement's time (new user 27)
    for m in _COMPARED.finditer(text, start, end):
        if m.start() >= position:
            return start, m.start()
        start = m.start()
    return start, end


_SAID_AFTER = re.compile(r",\s+(?:said|says|told|added)\s")
#: A comparison with another event, or the running toll, after a comma: its own clause.
_COMPARED = re.compile(
    r",\s+(?:surpassing|overtaking|eclipsing|exceeding|making\s+it\s+the|the\s+(?:deadliest|worst)"
    r"|compared\s+with|(?:the\s+)?(?:highest|largest|biggest)\s+since"
    # ", raising the country's toll from this week's earthquake to 26" (round 23's second user)
    r"|(?:raising|bringing|taking|pushing)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}toll)\b",
    re.IGNORECASE,
)


def carried_there(text: str, a: int, b: int) -> bool:
    """Tell whether a sentence points back at the place of the one before ("died there")."""
    return THERE.search(text, a, b) is not None

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
from datetime import date, timedelta

from makiivka.extract.terms import StoryTerms

_SPEECH = (
    r"(?:said|says|told|reported|announced|added|stated|wrote|posted|confirmed|acknowledged"
    r"|admitted|apologi[sz]ed|claimed|denied|tweeted|noted|called|declared|blamed|accused)"
)
#: A move in time away from the event: "four days earlier", "two weeks ago", "last month".
SHIFT = re.compile(
    r"""(?<![\w-])(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve
    |several|a\s+few|few|some|[0-9]+)\s+(?:hours?|days?|weeks?|months?|years?|decades?)
    \s+(?:earlier|before|ago|prior|previously)
    |earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|this\s+(?:week|month)
    |(?:last|the\s+previous|the\s+preceding)\s+(?:week|month|year|weekend)
    |the\s+(?:day|night|week)\s+before|(?:in|during)\s+the\s+same\s+(?:week|month)
    |hours\s+(?:earlier|before))(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
#: What may not stand before a shift for it to move the event: "up from 24 two days earlier"
#: (a revision) and "said the day before" (when a statement was made).
_NOT_SHIFT_BEFORE = re.compile(rf"(?:from\s+\S+|{_SPEECH}|[0-9])\s+\Z", re.IGNORECASE)
#: A year set beside an attack or at the head of a clause: "a storm in 2020", "In 2017, …",
#: "the 2019 bombing". "occupied since 2014" or "annexed in 2022" do not move a figure.
YEAR = re.compile(
    r"(?:\A\s*|[;:]\s*)(?:In|in|During|during)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"(?P<year>(?:19|20)[0-9]{2})\s*,"
)
_ATTACK = (
    r"(?:attacks?|strikes?|air\s*strikes?|airstrikes?|bombings?|bombs?|raids?|shelling|blasts?"
    r"|explosions?|storms?|floods?|flooding|earthquakes?|quakes?|fires?|incidents?|assaults?"
    r"|massacres?|crash(?:es)?|shootings?|barrages?)"
)
#: "another deadly bombing", "a separate attack", "an earlier strike", "in another country".
ANOTHER = re.compile(
    rf"""(?<![\w-])(?:(?:another|a\s+separate|an?\s+(?:earlier|previous|similar)
    |the\s+(?:earlier|previous))\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK}
    |in\s+(?:another|a\s+(?:different|neighbou?ring))\s+(?:country|city|town|region|province
    |state|village|district|area|part\s+of\s+\w+)|(?<!from\s)elsewhere\s+in\b)(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
_ATTACK_YEAR = re.compile(
    rf"(?:{_ATTACK}\s+(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    rf"(?P<year>(?:19|20)[0-9]{{2}})|(?:the|a|an)\s+(?P<year2>(?:19|20)[0-9]{{2}})\s+"
    rf"(?:[\w-]+\s+)?{_ATTACK})(?![\w-])",
    re.IGNORECASE,
)
#: Words of care for the event's wounded: a hospital in another town still counts this event.
_CARE = re.compile(
    r"(?<![\w-])(?:hospitals?|clinics?|morgues?|treated|treatment|doctors|medics|nurses"
    r"|evacuated|taken\s+to|transferred)(?![\w-])",
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
    |bombardments?|waves?)|combined\s+(?:[\w-]+\s+){0,3}?attacks?|(?:across|throughout
    |all\s+over)\s+the\s+country|nationwide|countrywide)(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
#: "thousands of foreign nationals … seeking to leave the country": a population in flight,
#: not a count of the event (the corpus conventions: displacement counts).
LEAVING = re.compile(
    r"(?<![\w-])(?:seeking|trying|hoping|waiting|desperate|scrambling|rushing)\s+to\s+(?:leave"
    r"|flee|escape|get\s+out)(?![\w-])",
    re.IGNORECASE,
)
_ATTACK_ON = re.compile(rf"(?<![\w-]){_ATTACK}\s+(?:on|against|across|in)\s+\Z", re.IGNORECASE)
#: An attack set in a named place: "air strikes on <Town>", "a bombing in <City>", "striking
#: the port city of <City>". The name is checked against the descriptor's places.
PLACED_ATTACK = re.compile(
    rf"""(?<![\w-])(?:{_ATTACK}|struck|hit|striking|hitting|bombed|shelled|targeted
    |attacked)\s+(?:[\w'’-]+\s+){{0,5}}?(?:on|in|at|against|near|of)\s+(?:the\s+)?
    (?:(?:[\w-]+\s+){{0,2}}?(?:city|town|village|capital|region|province)\s+of\s+)?
    (?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)""",
    re.VERBOSE,
)
#: "In <Name>, …" or "In <Name> a …" opening a sentence: the sentence is set there.
FRONTED = re.compile(r"(?:In|At|Near)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,?\s")
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
_THING_AFTER = re.compile(r"\s+(?!and\b|or\b|in\b|on\b|at\b|of\b|near\b|as\b)[a-z]")
_LOCATIVE = re.compile(
    r"(?:in|on|at|near|over|of|into|targeting|against)\s+(?:the\s+)?\Z", re.IGNORECASE
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
#: A date phrase dating an attack: "strikes there on May 23", "the March 2 strike".
_EVENT_BEFORE_DATE = re.compile(
    rf"{_ATTACK}\s+(?:[\w'’-]+\s+){{0,2}}?(?:(?:on|of)\s+)?\Z|\A\s*(?:On|on)\s+\Z", re.IGNORECASE
)
_EVENT_AFTER_DATE = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK}", re.IGNORECASE)
_AS_OF = re.compile(r"(?:as\s+of|by|until|through|since)\s*\Z", re.IGNORECASE)
_ATTACK_WORD = re.compile(
    rf"(?<![\w-])(?:{_ATTACK}|struck|hit|attacked|bombed|shelled|targeted)(?![\w-])", re.I
)
_SPEECH_IN = re.compile(rf"(?<![\w-]){_SPEECH}(?![\w-])", re.IGNORECASE)


def _is_place(
    name: str, terms: StoryTerms, own: re.Pattern[str] | None, near: frozenset[str]
) -> bool:
    """Tell whether a capitalised name is a place other than the event's and its area."""
    if _NOT_A_PLACE.fullmatch(name.split()[0]) or (own and own.search(name)):
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
            if _key(m[0]) in near or not _LOCATIVE.search(text, max(a, m.start() - 14), m.start()):
                continue
            if not _THING_AFTER.match(text, m.end()) and not _FACILITY.match(text, m.end()):
                return True
    fronted = FRONTED.match(text, a, b)
    if fronted and _is_place(fronted["place"], terms, own, near):
        end = fronted.end("place")
        return not (_THING_AFTER.match(text, end) or _FACILITY.match(text, end))
    for pattern in (PLACED_ATTACK, CITY_OF):
        for m in pattern.finditer(text, a, b):
            end = m.end("place")
            if _THING_AFTER.match(text, end) or _FACILITY.match(text, end):
                continue
            if _is_place(m["place"], terms, own, near):
                return True
    return False


def sentence_elsewhere(
    text: str, a: int, b: int, terms: StoryTerms, own: re.Pattern[str] | None,
    dates: list[tuple[int, int, object]], published: date | None = None,
    near: frozenset[str] = frozenset(),
) -> bool:  # fmt: skip
    """Tell whether a whole sentence (text[a:b]) is set in another time or place.

    Another time (a shift such as "four days earlier", another year, an attack dated to
    another day) decides first; then a sentence naming one of the event's places (*own*)
    stays in the event. *dates* are the text's date phrases as (start, end, resolved or None).
    """
    for m in SHIFT.finditer(text, a, b):
        if _NOT_SHIFT_BEFORE.search(text, max(a, m.start() - 16), m.start()):
            continue
        if not _holds_event_day(m, terms, dates, published):
            return True
    if _other_year(text, a, b, terms) or _other_day(text, a, b, terms, dates):
        return True
    if own and own.search(text, a, b):
        return False
    another = ANOTHER.search(text, a, b)
    if another and not _SAME.search(text, a, b):
        return True
    if LATER.search(text, a, b) and _AGAIN.search(text, a, b):
        return True
    return _named_elsewhere(text, a, b, terms, own, near)


_NARRATIVE = re.compile(r"(?:earlier|before|prior|previously)\Z", re.IGNORECASE)
_COARSE = re.compile(r"(?P<which>last|this|that)\s+(?P<unit>week|month|year)", re.IGNORECASE)


def _coarse(phrase: str, published: date | None) -> tuple[date, date] | None:
    """Return the days "last month", "earlier this year" or "last week" cover, from the
    publication date; None when it is unknown or the phrase is not one of these."""
    m = _COARSE.search(phrase)
    if m is None or published is None or m["which"].lower() == "that":
        return None
    unit, back = m["unit"].lower(), m["which"].lower() == "last"
    if unit == "year":
        year = published.year - back
        return date(year, 1, 1), date(year, 12, 31)
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 - back, 12)
        first = date(year, month + 1, 1)
        following = date(year + (month == 11), (month + 1) % 12 + 1, 1)
        return first, following - timedelta(days=1)
    monday = published - timedelta(days=published.weekday() + 7 * back)
    return monday, monday + timedelta(days=6)


def _holds_event_day(
    m: re.Match[str], terms: StoryTerms, dates: list[tuple[int, int, object]],
    published: date | None,
) -> bool:  # fmt: skip
    """Tell whether a shift counted from the publication ("last week", "two weeks ago",
    "earlier this month") holds the event's day; "four days earlier" is counted from the
    story's own time, so it always moves away."""
    if terms.day is None or _NARRATIVE.search(m[0]):
        return False
    for a, b, resolved in dates:
        if a < m.end() and m.start() < b and resolved is not None:
            first, last = resolved.start.date(), resolved.end.date()
            return (first - terms.day).days <= 1 and (terms.day - last).days <= 1
    covered = _coarse(m[0], published)
    return covered is not None and covered[0] <= terms.day <= covered[1]


def _other_year(text: str, a: int, b: int, terms: StoryTerms) -> bool:
    """Tell whether a clause sets an attack in a year other than the event's ("a storm in
    2020 killed four", "In 2017, …", "the 2019 bombing")."""
    if terms.day is None:
        return False
    years = [int(m["year"]) for m in YEAR.finditer(text, a, b)]
    years += [int(m["year"] or m["year2"]) for m in _ATTACK_YEAR.finditer(text, a, b)]
    return any(year != terms.day.year for year in years)


def _other_day(
    text: str, a: int, b: int, terms: StoryTerms, dates: list[tuple[int, int, object]]
) -> bool:
    """Tell whether an attack in the sentence is dated to a day other than the event's."""
    if terms.day is None:
        return False
    for start, end, resolved in dates:
        if start < a or end > b or resolved is None:
            continue
        if getattr(resolved, "precision", "") not in ("day", "part_of_day", "hour", "minute"):
            continue
        day = resolved.start.date()
        # A day off may be the night or the clock the article counts in, unless dated by month.
        named = re.search(r"[0-9]", text[start:end]) is not None
        if abs((day - terms.day).days) < (1 if named else 2):
            continue
        before = text[max(a, start - 40) : start]
        if _AS_OF.search(before):
            continue  # "As of May 28, 20 people … were still in hospital": when it was counted
        opening = not text[a:start].strip() or re.fullmatch(r"\s*(?:On|on)\s*", text[a:start])
        if (opening or _ATTACK_WORD.search(text, a, b)) and not _SPEECH_IN.search(text, a, b):
            return True  # "A drone struck a block in the city on March 2 and killed 12"
        if _EVENT_BEFORE_DATE.search(before) or _EVENT_AFTER_DATE.match(text, end, b):
            return True
    return False


def wave_article(text: str) -> bool:
    """Tell whether an article sets the event inside a wider wave of attacks."""
    return WAVE.search(text) is not None


def wave_in_sentence(text: str, a: int, b: int, terms: StoryTerms) -> int | None:
    """Return where a sentence (not naming the event's place) turns to a wider wave: 0 when a
    wave word ("mass attack", "nationwide") stands anywhere in it, 100 characters before a
    population in flight ("seeking to leave the country"), else the end of an attack
    on a whole side ("mass missile attack on <side> killed 25"), else None. Figures after
    that point count the wave.
    """
    if WAVE.search(text, a, b):
        return 0
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
    """Return the clause of text[a:b] (cut at semicolons) that holds position."""
    start = text.rfind(";", a, position)
    end = text.find(";", position, b)
    return (a if start < 0 else start + 1), (b if end < 0 else end)


def carried_there(text: str, a: int, b: int) -> bool:
    """Tell whether a sentence points back at the place of the one before ("died there")."""
    return THERE.search(text, a, b) is not None

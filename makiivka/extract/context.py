"""Drop the numbers that are context, not figures: durations, ages, labels, measures, "one of".

Dates and clock times are dropped by their overlap with makiivka.text.dates' phrases, page
furniture and photo credits by the sentence voices; the rules here look at the words right
around a number.
"""

from __future__ import annotations

import re

from makiivka.extract.labels import LABEL_PEOPLE, label_before, under_people
from makiivka.text.quantities import Quantity

#: After the number: durations and ages ("10 months", "45 years old"), measures, percentages,
#: also after "of" ("thousands of times", "hundreds of metres").
UNIT_AFTER = re.compile(
    r"""\s*-?\s*(?:of\s+)?(?:(?:more|further|additional|extra)\s+)?  # "two more days"
    (?:(?:square|sq\.?|cubic|nautical)\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?
    |decades?|centuries|o['’]clock|%|percent|per\s*cent|percentage\s+points?|km|kilomet(?:er|re)s?
    |miles?|met(?:er|re)s?|feet|ft|kg|kilograms?|tons?|tonnes?|mm|cm|degrees?|°[CF]?|inch(?:es)?
    |mph|km/h|knots|storeys?|stories|floors?|pages?|times|-fold|fold)(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
#: Counted things that are not people or munitions.
_THINGS = (
    r"(?:buildings?|houses?|homes?|apartments?|flats?|vehicles?|cars?|trucks?|lorries|tanks?"
    r"|villages?|towns?|cities|regions?|hospitals?|schools?|bridges?|streets?|roads?|dams?"
    r"|cent(?:re|er)s|blocks|shops|stores|markets|entrances|sides|countries|nations"
    r"|inhabitants|floors|storeys|oblasts|provinces|districts|neighbou?rhoods|settlements"
    r"|locations|tents|camps|beds|generators|parcels|ambulances|planes|aircraft|helicopters"
    r"|ships|boats|vessels|convoys|flights|sites|facilities|shelters|wars|aftershocks|quakes"
    r"|earthquakes|tremors|kits|bags|wells|trees|crossings|mosques|churches|airports"
    r"|ports|warehouses|factories|stations|shipments|packages|containers|meals|rations|doses"
    r"|blankets|livestock|cattle|sheep|goats|animals|posts|videos|messages|tweets|articles"
    r"|reports|statements|documents|pages|photos|images|websites|accounts|media\s+accounts"
    r"|requests|enquiries|inquiries|applications|appeals"  # "73 requests" (new user 26)
    r"|channels|profiles|domains|estimates|figures|tolls|tallies|versions)"  # (new user 25)
)
#: After the number: things that are not people ("one of the 3 buildings", "5 tanks"), with
#: at most one describing word between ("two community buildings"); a preposition there
#: starts another phrase ("kill 21 in town near the port" counts people in a town). Also
#: "thousands of buildings". Families are people: "300 families had not been received" (the
#: blind sets label every such count).
#: A line's label of things damaged: "Homes destroyed:", "Damaged bridges:" (not "Hospital:",
#: a source's line).
_DAMAGED = r"(?:destroyed|damaged|flooded|collapsed|burn(?:ed|t)|razed|submerged|washed\s+away)"
_THING_LABEL = re.compile(
    rf"(?i){_DAMAGED}\s+(?:{_THINGS})\b|(?:[A-Za-z-]+\s+)?(?:{_THINGS})\s+{_DAMAGED}\b"
)
_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")
THING_AFTER = re.compile(
    rf"[^\S\n]+(?:(?!(?:in|at|on|near|of|from|to|into|across|outside|inside|around|by|and|or)\s)"
    rf"[A-Za-z-]+\s+)?(?:{_THINGS})\b"
    rf"|\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z-]+\s+)?{_THINGS}\b",
    re.IGNORECASE,
)
#: "a magnitude 7.8 earthquake", "magnitude-6.1", "a quake of magnitude 6.8": a magnitude.
MAGNITUDE_BEFORE = re.compile(r"(?<![\w-])magnitude(?:\s+of)?\s*-?\s*\Z", re.IGNORECASE)
MAGNITUDE_AFTER = re.compile(
    r"\s*-?\s*(?:magnitude|on\s+the\s+Richter)|(?<=[0-9]\.[0-9])\s*-?\s*(?:quake|earthquake"
    r"|tremor|aftershock|temblor|shock)s?\b",
    re.IGNORECASE,
)
#: "interviewed 40 survivors", "spoke to more than 20 residents", "interviews with 25
#: witnesses" (and the next count of such a list): whom a report's authors spoke to, not a
#: count of the event (the corpus conventions: counts of sources).
SOURCES_BEFORE = re.compile(
    r"""(?<![\w-])(?:interview(?:ed|s|ing)?(?:\s+with)?|(?:spoke|speaking|talked|talking)\s+
    (?:to|with)|accounts?\s+(?:of|from)|testimon(?:y|ies)\s+(?:of|from)|surveyed|polled)\s+
    (?:the\s+)?(?:(?:some|about|more\s+than|over|at\s+least|nearly)\s+)?(?:[0-9,]+\s+
    (?:[\w-]+\s+){0,2}?(?:and|or)\s+)?\Z""",
    re.IGNORECASE | re.VERBOSE,
)
#: "shelled the region 43 times": a count of attacks.
ATTACKED_BEFORE = re.compile(
    r"(?:shelled|struck|attacked|hit|bombed|targeted|fired\s+on|fired\s+at)\s+[^.;:]*\Z", re.I
)
#: "between 11 and 11:20 a.m.": the first time of a span of clock times.
CLOCK_AFTER = re.compile(r"\s*(?:and|to|-|–)\s*[0-9]{1,2}[:.][0-9]{2}|\s*(?:a\.m\.|p\.m\.)")
#: A year after an article, naming an event: "the 1980 Irpinia earthquake", "a 2004 tsunami".
_YEAR = re.compile(r"(?:19|20)\d\d")
_ARTICLE = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+\Z")
_COUNTED_AFTER = re.compile(
    r"(?i)\s+(?:people|persons|dead|deaths|killed|victims|civilians|soldiers|troops|men|women"
    r"|children|residents|bodies|injured|wounded|missing)\b"
)
#: A clock time written with a stop, after "at", "UPDATE" or "ore": "at 3.32", "UPDATE 23.40".
_DOTTED_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_CLOCK_BEFORE = re.compile(r"(?i)(?:\bat|\bupdate|\bore|\bby)\s+\Z")
#: "four of the 115 beds", "two of its bridges": a part of a count of things.
PARTITIVE_THING = re.compile(
    rf"\s+of\s+(?:the|its|their|these|those)\s+(?:[0-9,]+\s+)?(?:[\w-]+\s+)?(?:{_THINGS}"
    rf"|rooms)\b",
    re.IGNORECASE,
)
#: "Two doctors and a nurse said", "three officials, speaking on condition of anonymity, told
#: AP": a count of sources, not a figure (the corpus conventions).
SOURCES_AFTER = re.compile(
    # (a word ending a sentence, "drowned. Officials said", is no part of it: new user 27)
    r"\s+(?:(?![\w-]{3,}\.\s)[\w.-]+\s+){0,2}?(?:officials?|sources|witnesses|doctors|nurses|residents|diplomats"
    r"|medics|officers|analysts|experts|people\s+familiar\s+with\s+[\w\s]{1,30}?|activists"
    r"|journalists|reporters|survivors|relatives|people)(?:\s+(?:and|or)\s+an?\s+[\w-]+)?"
    r"(?:\s+(?:in|at|from)\s+[A-Z][\w'’-]+)?"
    r"(?:\s*,[^,.;]{1,80},)?\s+(?:(?:have|had|also)\s+)?(?:said|say|says|told|confirmed"
    r"|described|recounted|spoke)\b"
    # "9 people confirmed dead": a state of the people counted, no one speaking
    r"(?!\s+(?:dead|killed|missing|injured|wounded|hurt|alive|deceased)\b)",
    re.IGNORECASE,
)
#: "a town of 50,000 people", "is home to 370,000", "a population of 2 million": population,
#: and a capacity ("licensed to carry 150 passengers")
#: ("a neighbourhood, home to tens of thousands of people displaced" counts the displaced).
POPULATION_BEFORE = re.compile(
    r"(?:(?:city|town|village|country|region|province|district|nation|area|community)\s+of"
    r"|population\s+of|populated\s+by|inhabited\s+by|(?:is|are|was|were)\s+home\s+to"
    # a capacity: "licensed to carry 150 passengers", "built to hold 2,000" (round 16)
    r"|(?:licensed|designed|built|certified|rated|permitted|allowed)\s+to\s+(?:carry|hold|seat"
    r"|take|accommodate)|capacity\s+of)"
    r"\s+(?:some\s+|about\s+|around"
    r"\s+|nearly\s+|more\s+than\s+|over\s+)?\Z",
    re.IGNORECASE,
)
#: Before the number: labels (street, unit and version numbers) and ages; not the verb ("the
#: missing now number 24", blind set 15).
LABEL_BEFORE = re.compile(
    r"""(?:(?<![\w-])(?:No\.?|Nos\.?|Number|(?<!now\s)(?<!still\s)(?<!to\s)number|\#|aged|age|Age|ages|version|v\.?|Chrome|Firefox
    |Safari|Edge|Windows|iOS|Android|IE|Explorer|Route|Highway|Street|St\.|Avenue|Building
    |Unit|unit|Room|Apartment|Flat|Block|Page|page|Article|article|Section|Chapter|Platform|Gate
    |Regiment|Brigade|Battalion|Division|Corps|Flight|School|Lyceum|Gymnasium|Hospital|Ward
    |Channel|Order|Resolution|Decree|Law|Paragraph|paragraph|para|Item|Part|Case|Episode|Season|Vol\.?
    |Volume|Issue)\s*|\#)\Z""",
    re.VERBOSE,
)
#: "John Smith, 45, said", "Benyamin, 3; Armin, 4": a number after a capitalized name and a
#: comma, closed by a comma, semicolon or full stop; "both 2", "as young as 2", "aged 4".
AGE = re.compile(r"[A-Z][a-z]+,\s\Z|(?<![\w-])(?:both|who\s+(?:was|is))\s+\Z")
AGE_AFTER = re.compile(r"[,;.]|\s+(?:and|or)\s+[0-9]")
#: "as young as 2 and 3", "children aged 4, 3 and 2": ages however the sentence goes on.
AGE_LIST = re.compile(
    r"(?<![\w-])(?:as\s+(?:young|old)\s+as|aged|ages)(?:\s+[0-9]+(?:,|,?\s+and))*\s+\Z",
    re.IGNORECASE,
)
#: "children younger than 10", "teenagers under 16": an age limit after a group of people.
_YOUNG = r"(?:children|kids|teenagers|teens|boys|girls|babies|infants|minors|people|men|women)"
AGE_LIMIT_BEFORE = re.compile(
    rf"{_YOUNG}\s+(?:younger|older|under|over|aged|below|above)(?:\s+than)?\s+\Z", re.I
)
#: The same with the limit word read as the number's qualifier ("teenagers under 16").
AGE_LIMIT_QUALIFIED = re.compile(rf"{_YOUNG}\s+\Z", re.IGNORECASE)
_LIMIT_WORD = re.compile(r"(?:under|over|below|above|younger\s+than|older\s+than)\s", re.I)
#: A numbered list item at the start of a line ("1. Radio …", "2) …").
LIST_ITEM = re.compile(r"(?:\A|\n)[ \t]*\Z")
LIST_ITEM_AFTER = re.compile(r"[.)]\s")
#: Only an age word counts before a qualified figure: "number at least 42" is a count.
AGE_WORD_BEFORE = re.compile(r"(?<![\w-])(?:aged|age|ages)\s*\Z", re.IGNORECASE)
#: A footnote marker ("[3]"), a number in quotes inside a name ("Camp '1'"), a clock time
#: written with a leading zero ("0230").
MARKER = re.compile(r"\[\s*\Z")
MARKER_AFTER = re.compile(r"\s*\]")
QUOTED_NAME = re.compile(r"['‘]\Z")
#: ... unless a casualty word follows the closing quote: "'Hundreds' dead" is a figure in
#: scare quotes (a headline's), "'Seven' was the code name" is a name.
QUOTED_NAME_AFTER = re.compile(
    r"['’](?!\s+(?:dead|killed|injured|wounded|hurt|missing|feared|died|people)\b)", re.I
)
LEADING_ZERO = re.compile(r"(?<![0-9.,])0[0-9]")
#: The last group of a telephone number: "call the Casualty Bureau on 0800 0961 233".
PHONE_BEFORE = re.compile(r"(?<![\w.,])(?:0[0-9]{2,4}|\+[0-9]{1,3})(?:[ -][0-9]{2,5})*[ -]\Z")
#: "according to Eleven Media": a capitalized number word inside a sentence, before a name.
NAMED_WORD = re.compile(r"[a-z,]\s\Z")
NAMED_WORD_AFTER = re.compile(
    # but a title-case headline's toll: "Mayor Fears Thousands Dead" (blind set 25)
    r"\s(?!(?:Dead|Die|Died|Killed|Injured|Wounded|Missing|Feared|Displaced|Homeless)\b)[A-Z][a-z]"
)
#: "one" is a count only before a counted noun or a casualty verb ("one soldier", "one died").
ONE_NOT_A_COUNT = re.compile(
    r"\s+(?:of|that|who|which|another|after|by|day|time|thing|way|point|reason|side)\b"
    r"|[\s,]*[.;:!?—–-]|\s*\Z",
    re.IGNORECASE,
)
#: A breakdown's item before a last "one": "… 15 in the State of Mexico, six in Guerrero and".
_LAST_ITEM = re.compile(r"\w+\s+in\s+(?:the\s+)?[A-Z][^.;:]*?(?:,|\band)\s+\Z")
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
ONE_COUNT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:soldiers?|servicem[ae]n|service\s+members?|troops?|persons?"
    r"|people|civilians?|recruits?|conscripts?|reservists?|officers?|rockets?|missiles?"
    r"|man|woman|child|fighters?|victims?|body|bodies|bombs?|shells?|drones?|munitions?"
    r"|explosions?|blasts?)\b"
    # "one member of its special forces was killed": a person, where a toll verb follows
    r"|\s+(?:[\w-]+\s+){0,2}?(?:member|resident|worker|employee|policeman|policewoman|medic"
    r"|doctor|nurse|journalist|passenger|pilgrim|hostage|captive|guard|volunteer|rescuer)\b"
    r"(?=(?:(?!\b(?:said|says|say|told|tells|added|reported)\b)[^.;:!?]){0,60}?"
    r"\b(?:killed|died|dead|wounded|injured|hurt|missing)\b)"
    r"|\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:killed|wounded|injured|missing|shot\s+down"
    r"|intercepted|hit|dead)|\s+(?:died|dies|perished|drowned|killed|wounded|dead)\b",
    re.IGNORECASE,
)
#: "Photo 3 of 12": a place in a gallery or list, not a count; "21 of 23 missiles" is a count.
GALLERY = re.compile(r"\s+of\s+[0-9]+(?![0-9]|[,.][0-9]|\s+[a-z])")
GALLERY_BEFORE = re.compile(r"(?<![\w-])[0-9]+\s+of\s+\Z")
GALLERY_AFTER = re.compile(r"(?![0-9]|[,.][0-9]|\s+[a-z])")


def is_context(text: str, q: Quantity) -> bool:
    """Tell whether a found quantity is context (a duration, label, age…) rather than a figure.

    >>> from makiivka.text.quantities import find_quantities
    >>> def kept(s):
    ...     return [q.text for q in find_quantities(s) if not is_context(s, q)]
    >>> kept("school No. 19 housed 600 men; one of those killed; it's one that they can absorb")
    ['600']
    >>> kept("two of which were shot down; one soldier died; the war began 10 months ago")
    ['two', 'one']
    >>> kept("Ivan Petrov, 45, said 30 people died in one location")
    ['30']
    """
    start, end = q.start, q.end
    label = LABEL_BEFORE if q.text[:1].isdigit() or q.qualifier == "exact" else AGE_WORD_BEFORE
    unit = UNIT_AFTER.match(text, end)
    if unit and not (
        unit[0].strip() == "times" and ATTACKED_BEFORE.search(text, max(0, start - 60), start)
    ):
        return True  # "several hundred meters"; but "shelled the region 43 times" counts attacks
    if q.qualifier != "vague" and label.search(text, max(0, start - 12), start):
        return True
    if CLOCK_AFTER.match(text, end) or PARTITIVE_THING.match(text, end):
        return True
    article = _ARTICLE.search(text, max(0, start - 4), start)
    if article and _YEAR.fullmatch(q.text) and not _COUNTED_AFTER.match(text, end):
        return True  # "The 1980 Irpinia earthquake killed 2,914": a year (blind set 25)
    if _DOTTED_CLOCK.fullmatch(q.text) and _CLOCK_BEFORE.search(text, max(0, start - 8), start):
        return True  # "struck at 3.32 this morning", "UPDATE 23.40 -" (blind set 25: ANSA)
    if LIST_ITEM.search(text, max(0, start - 4), start) and LIST_ITEM_AFTER.match(text, end):
        return True
    if SOURCES_AFTER.match(text, end) or POPULATION_BEFORE.search(text, max(0, start - 40), start):
        return True
    if SOURCES_BEFORE.search(text, max(0, start - 60), start):
        return True
    if MAGNITUDE_BEFORE.search(text, max(0, start - 16), start) or MAGNITUDE_AFTER.match(text, end):
        return True
    if AGE_LIST.search(text, max(0, start - 40), start):
        return True
    if _LIMIT_WORD.match(q.text) and AGE_LIMIT_QUALIFIED.search(text, max(0, start - 14), start):
        return True
    if GALLERY.match(text, end) or (
        GALLERY_BEFORE.search(text, max(0, start - 8), start) and GALLERY_AFTER.match(text, end)
    ):
        return True
    if MARKER.search(text, max(0, start - 2), start) and MARKER_AFTER.match(text, end):
        return True
    if QUOTED_NAME.search(text, max(0, start - 1), start) and QUOTED_NAME_AFTER.match(text, end):
        return True
    if LEADING_ZERO.search(re.sub(r"[^\w\s.,]|_", "", q.text)):
        return True
    if q.text[:1].isdigit() and (
        PHONE_BEFORE.search(text, max(0, start - 24), start) or text[start - 1 : start] == "+"
    ):
        return True  # "+44 20 7946 0958": a country code and the groups after it
    if AGE_LIMIT_BEFORE.search(text, max(0, start - 30), start):
        return True
    if (
        q.text[:1].isupper()
        and q.text[1:2].islower()
        and NAMED_WORD.search(text, max(0, start - 2), start)
        and NAMED_WORD_AFTER.match(text, end)
    ):
        return True
    if q.unit in (None, "people") and THING_AFTER.match(text, end):
        return True
    # "Homes destroyed: 412": a line's label names things ("Russian missile: 7 dead" says
    # dead; "  – Other hospitals: 330" under "• Deaths:" counts the dead)
    label = label_before(text, start) if q.unit in (None, "people") else None
    thing = label and _THING_LABEL.match(text, *label) and _LINE_END.match(text, end)
    if thing and not under_people(text, start):
        return not LABEL_PEOPLE.search(text, *label)
    if (
        q.value is not None
        and q.value < 120
        and AGE.search(text, max(0, start - 20), start)
        and AGE_AFTER.match(text, end)
    ):
        return True
    if q.text.lower() == "one":
        if _LAST_ITEM.search(text, max(0, start - 80), start) and _IN_PLACE.match(text, end):
            return False  # "…, six in Guerrero and one in Oaxaca" (blind set 26): a list's item
        if ONE_NOT_A_COUNT.match(text, end):
            return True
        return not ONE_COUNT.match(text, end)
    return False

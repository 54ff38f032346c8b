"""Tell whether a figure's sentence moves to another time than the event's, or counts since one.

Articles set background in other times: "Only four days earlier, a strike … killed 19", "In 1999, a
quake killed some 18,000", "the worst since 1939, when a quake … killed 33,000", "killed 33,000
people in eastern <province> in 1939", "after the troops withdrew from <town>, the bodies of 410
civilians were found", "In February, 2,439 fighters laid down their arms". Such a figure is about
another event (scope ``other``). A running total since a day well before the event ("killed since
Oct. 7", "have died since 2014") is the war's (scope ``war``). The event's day and year come from
the descriptor (:class:`makiivka.extract.terms.StoryTerms`); dates are the text's date phrases
(:func:`makiivka.text.dates.find_dates`) as (start, end, resolved or None).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from makiivka.extract.terms import StoryTerms

SPEECH = (
    r"(?:said|says|told|reported|announced|added|stated|wrote|posted|confirmed|acknowledged"
    r"|admitted|apologi[sz]ed|claimed|denied|tweeted|noted|called|declared|blamed|accused"
    r"|saying|revised|raised|lowered|updated|put(?=\s+(?:the|its|their)\s)|gave|estimated)"
)
ATTACK = (
    r"(?:attacks?|strikes?|air\s*strikes?|airstrikes?|bombings?|bombs?|raids?|shelling|blasts?"
    r"|explosions?|storms?|floods?|flooding|earthquakes?|quakes?|tremors?|aftershocks?|fires?"
    r"|incidents?|assaults?|massacres?|crash(?:es)?|shootings?|barrages?|cyclones?|hurricanes?"
    r"|typhoons?|tsunamis?|landslides?|mudslides?|disasters?|sieges?|hostage[-\s]takings?|stampedes?"
    r"|crush(?:es)?|sinkings?|shipwrecks?|collapses?|derailments?|(?:out)?bursts?|eruptions?"
    r"|avalanches?|breach(?:es)?|mudflows?|debris\s+flows?|accidents?|collisions?|epidemics?"
    r"|(?<=mass\s)suicides?|outbreaks?|riots?|pogroms?|genocides?)"  # (the last, blind set 26)
)
#: A move in time away from the event: "four days earlier", "two weeks ago", "last month",
#: "It comes four years after 39 people … died" (what follows is an earlier event, blind set 17).
SHIFT = re.compile(
    r"""(?<![\w-])(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve
    |several|a\s+few|few|some|[0-9]+)\s+(?:hours?|days?|weeks?|months?|years?|decades?)
    \s+(?:earlier|before|ago|prior|previously)
    |earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|this\s+(?:week|month)|(?:last|the\s+previous|the\s+preceding)\s+(?:week|month|year|weekend)
    |the\s+(?:day|night|week)\s+before|(?:in|during)\s+the\s+same\s+(?:week|month)
    |hours\s+(?:earlier|before)|(?:[0-9]+|a|one|two|three|four|five|six|several|a\s+few)\s+
    (?:weeks?|months?|years?|decades?)\s+after(?=\s+(?:the|an?|its)\s(?!(?:war|invasion|conflict|start|beginning|outbreak)\b))
    |(?:comes|came|coming)\s+(?:just\s+|only\s+|nearly\s+|almost\s+|(?:more|less)\s+than\s+|some\s+)?
    (?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|[0-9]+)
    \s+(?:days?|weeks?|months?|years?|decades?)\s+after)(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
#: What may not stand before a shift for it to move the event: "up from 24 two days earlier"
#: (a revision) and "said the day before" (when a statement was made).
#: "its own report published this month" (blind set 18): when it was published, not the event.
_NOT_SHIFT_BEFORE = re.compile(
    rf"(?:from\s+\S+|{SPEECH}|published|released|issued|presented|[0-9])\s+\Z", re.IGNORECASE
)
#: A superlative's "since" clause before a shift, with no figure in it: what it dates is when
#: a span began ("the deadliest attack since jihadists began … six years ago"), not the event.
_SINCE_CLAUSE = re.compile(
    r"(?i)(?<![\w-])(?:deadliest|worst|bloodiest|largest|biggest|highest|most\s+\w+)\s"
    r"[^,.;]{0,60}?\bsince\s[^,.;\d]{0,80}\Z"
)
_YEAR = r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?P<year>(?:1[5-9]|20)[0-9]{2})"
#: A year at the head of a clause: "In 2017, …", "Back in 2010, …", "During 1999, …".
_YEAR_OPENING = re.compile(
    rf"(?:(?:Back|back|As\s+far\s+back\s+as)\s+)?(?:In|in|During|during)\s+{_YEAR}"
    rf"(?:\s*,|\s+(?=(?:a|an|the)\s))"
)
#: A year set beside an attack: "a storm in 2020", "the 2019 bombing", "a landslide in the same
#: district in 2019" (up to four words between), "disaster, at Chasnala in 1975," (user 16).
_ATTACK_YEAR = re.compile(
    rf"(?:{ATTACK},?\s+(?:(?:in|at|near|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){{1,4}}?)?(?:in|of)\s+"
    rf"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    rf"(?P<year>(?:1[5-9]|20)[0-9]{{2}})|(?:the|a|an)\s+(?P<year2>(?:1[5-9]|20)[0-9]{{2}})\s+"
    rf"(?:[\w-]+\s+){{0,2}}{ATTACK})(?![\w-])",
    re.IGNORECASE,
)
#: "since 1939, when an earthquake …", "in 1998, when 2,000 died": that year's event follows.
_YEAR_WHEN = re.compile(  # "the Halconazo of 10 June 1971, when …" (blind set 21)
    rf"(?<![\w-])(?:in|In|since|of|until|on)\s+(?:\d{{1,2}}\s+(?=[A-Z]))?{_YEAR}\s*,?\s+when\b"
)
_IN_YEAR = re.compile(rf"(?<![\w-])(?:in|of)\s+{_YEAR}(?![\w-])", re.IGNORECASE)
#: "the 2004 school siege", "the 1995 Kobe earthquake": an event named by its year.
_YEAR_EVENT = re.compile(
    rf"(?<![\w-])(?:the|a|an)\s+(?P<year>(?:1[5-9]|20)[0-9]{{2}})\s+(?:[\w'’-]+\s+){{0,3}}?{ATTACK}"
    rf"(?![\w-])",
    re.IGNORECASE,
)
#: What joins such an event to a figure of its own: ", in which more than", ", which killed".
_ITS_CLAUSE = re.compile(
    # "the 1998 bombing of the US embassy, which killed 213", "the 1812 earthquake that
    # destroyed Caracas, which killed about 20,000", "the 1985 mudflow from the Nevado del Ruiz
    # killed about 23,000" (blind set 20): what the event struck, then its own clause
    r"(?:\s+(?:of|on|in|at|near|off|from)\s+[^,;:()—–.\n]{1,40}?)?"
    r"(?:\s*,\s+[^,;:()—–.\n]{1,40}?(?=,))?"  # "…, also in Sindhupalchowk, which killed 156"
    r"(?:\s*,?\s+(?:in\s+which|when|which|that)\s+(?:[^,;:()—–.\n]{0,40}?\s)?"
    r"(?:[^,;:()—–.\n]{1,40},\s+(?:which|and)\s+(?:[^,;:()—–.\n]{0,30}?\s)?)?"
    r"|\s*,\s+(?:killing|leaving)\s+"  # "capsized off Zeebrugge in 1987, killing 193" (set 18)
    r"|\s+(?:killed|claimed)\s+(?:the\s+lives\s+of\s+)?"
    # "the Titanic, which sank in 1912 with the loss of about 1,500 lives" (blind set 20)
    r"|\s+with\s+the\s+loss\s+of\s+)",
    re.IGNORECASE,
)
#: After a figure in its own clause: "killed 33,000 people in eastern <province> in 1939".
#: A relative clause ("which was founded in 1920") is not the figure's.
_YEAR_AFTER = re.compile(
    rf"(?:(?!\b(?:who|which|that|since|built|founded|established|born|opened|until)\b)"
    rf"[^,;:()—–.\n]){{0,60}}?(?<![\w-])(?:in|during|between|from)\s+{_YEAR}(?![\w-])"
)  # "between 2018 and 2020", "from 2018 to 2020" (round 24's second new user): a span then
#: An earlier period: after troops withdrew from a place, during an occupation.
EARLIER_PERIOD = re.compile(
    r"""(?<![\w-])(?<!hours\s)(?<!days\s)(?:(?:after|when|once|following)\s+(?:the\s+)?
    (?:[\w'’-]+\s+){0,3}?(?:troops|forces|soldiers|army|fighters|occupiers|militants)\s+
    (?:had\s+)?(?:withdr[ae]wn?|retreated|pulled\s+(?:out|back)|were\s+(?:driven|pushed)\s+out)
    |(?:after|since|following)\s+(?:the\s+)?(?:liberation|recapture)\s+of)(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
#: "during the occupation", "after months of occupation": a whole clause set in that time.
OCCUPATION = re.compile(
    r"(?<![\w-])(?:during|after)\s+(?:the\s+|its\s+|their\s+)?(?:(?:months?|weeks?|years?)"
    r"\s+of\s+)?(?:[\w-]+\s+)?occupation(?![\w-])",
    re.IGNORECASE,
)
#: An attack right before its month: "A U.S. strike in November", "a raid … in August".
_ATTACK_IN = re.compile(
    rf"(?<![\w-])(?:{ATTACK})(?:\s+[^,.;:]{{0,40}}?)?(?:\s+(?:in|during))?\s*\Z", re.IGNORECASE
)
_ATTACK_WORD = re.compile(
    rf"(?<![\w-])(?:{ATTACK}|struck|hit|attacked|bombed|shelled|targeted|crashed|exploded"
    rf"|collapsed|capsized|sank|derailed)(?![\w-])",
    re.I,
)
_SPEECH_IN = re.compile(rf"(?<![\w-]){SPEECH}(?![\w-])", re.IGNORECASE)
#: A toll that grows on a later day: what was counted then, not an attack then (round 21).
_TOLL_ROSE = re.compile(r"(?i)\btoll\b[^.;]{0,60}?\b(?:climbed|rose|risen|reached|jumped|grew)\b")
#: A statement dated by its month ("said in November that …"): before the event, not of it.
_SPOKEN_IN = re.compile(rf"(?<![\w-]){SPEECH}\s+(?:(?:in|on)\s+)?\Z", re.IGNORECASE)
#: A date phrase dating an attack: "strikes there on May 23", "the March 2 strike".
_EVENT_BEFORE_DATE = re.compile(
    rf"{ATTACK}\s+(?:(?!\d)[\w'’-]+\s+){{0,2}}?(?:(?:on|of)\s+)?\Z|\A\s*(?:On|on)\s+\Z",
    re.IGNORECASE,
)
_EVENT_AFTER_DATE = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{ATTACK}", re.IGNORECASE)
_AS_OF = re.compile(r"(?:as\s+of|by|until|through|since)\s*\Z", re.IGNORECASE)
_SINCE = re.compile(r"(?<![\w-])since\s+(?:the\s+)?\Z", re.IGNORECASE)
_SINCE_YEAR = re.compile(rf"(?<![\w-])since\s+{_YEAR}(?![\w-])", re.IGNORECASE)
#: "since April" with no day (the date phrases read "in April", not a bare month after "since").
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SINCE_MONTH = re.compile(
    r"(?<![\w-])since\s+(?:early\s+|late\s+|mid-?)?(?P<month>January|February|March|April|May"
    r"|June|July|August|September|October|November|December)(?!\s*\d)(?![\w-])"
)
#: Narration of an earlier happening: "A shell had landed in the same compound in May".
_PLUPERFECT = re.compile(r"(?<![\w-])had\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)(?![\w-])")
#: A running total's verb: "have died", "has killed", "have been killed".
_PERFECT = re.compile(
    r"(?<![\w-])(?:have|has|had)\s+(?:now\s+)?(?:been\s+)?(?:killed|died|lost|wounded|injured"
    r"|displaced|perished|recorded|counted|registered|documented|confirmed|linked)(?![\w-])",
    re.IGNORECASE,
)
_NARRATIVE = re.compile(r"(?:earlier|before|prior|previously|after)\Z", re.IGNORECASE)
_COARSE = re.compile(r"(?P<which>last|this|that)\s+(?P<unit>week|month|year)", re.IGNORECASE)


def shifted(text: str, a: int, b: int, terms: StoryTerms, dates: list,
            published: date | None) -> bool:  # fmt: skip
    """Tell whether text[a:b] moves away from the event's time (a shift, another year, an
    attack dated to another day or month, an occupation)."""
    if OCCUPATION.search(text, a, b):
        return True
    for m in SHIFT.finditer(text, a, b):
        if _NOT_SHIFT_BEFORE.search(text, max(a, m.start() - 16), m.start()):
            continue
        if _SINCE_CLAUSE.search(text, max(a, m.start() - 160), m.start()):
            continue  # "the deadliest attack since jihadists began … six years ago": a span
        if not _holds_event_day(m, terms, dates, published):
            return True
    return _other_year(text, a, b, terms) or _other_day(text, a, b, terms, dates)


def earlier_clause(text: str, a: int, b: int, span: tuple[int, int], terms: StoryTerms) -> bool:
    """Tell whether the figure at *span* follows "in <year>, when" or an earlier period ("after
    the troops withdrew from <town>, the bodies of 410 …"), or is set in another year after it
    in its own clause ("killed 33,000 people in eastern <province> in 1939")."""
    if EARLIER_PERIOD.search(text, a, span[0]):
        return True
    if terms.day is None:
        return False
    for m in _YEAR_WHEN.finditer(text, a, span[0]):
        if int(m["year"]) != terms.day.year:
            return True
    for m in _IN_YEAR.finditer(text, a, span[0]):
        # "an explosion at a mine in 1992 that killed 263 miners": a year before the event's
        if int(m["year"]) < terms.day.year and _ITS_CLAUSE.fullmatch(text, m.end(), span[0]):
            return True
    for m in _YEAR_EVENT.finditer(text, a, span[0]):
        # "since the 2002 theatre siege, in which 130 hostages died": the clause is that event's
        if int(m["year"]) != terms.day.year and _ITS_CLAUSE.fullmatch(text, m.end(), span[0]):
            return True
    after = _YEAR_AFTER.match(text, span[1], b)
    return bool(after) and int(after["year"]) != terms.day.year


def since_earlier(text: str, a: int, b: int, terms: StoryTerms, dates: list) -> bool:
    """Tell whether text[a:b] counts since a day well before the event ("since Oct. 7",
    "since January 1") or since an earlier year with a running total's verb ("have died
    since 2014"); "the worst since 2015" compares, it does not count."""
    if terms.day is None:
        return False
    for start, _, resolved in dates:
        if resolved is None or not _SINCE.search(text, max(a, start - 10), start):
            continue
        if (terms.day - resolved.start.date()).days > 2:
            return True
    for m in _SINCE_MONTH.finditer(text, a, b):
        # "has killed nearly 1,000 people since April": the month's first day, in the
        # event's year unless the month is later than the event's (then the year before).
        month = _MONTHS.index(m["month"][:3].title()) + 1
        if month == terms.day.month:
            continue  # "since March" of a flood on 10 March: its own days
        first = date(terms.day.year - (month > terms.day.month), month, 1)
        if (terms.day - first).days > 2:
            return True
    return any(
        int(m["year"]) < terms.day.year and _PERFECT.search(text, a, b)
        for m in _SINCE_YEAR.finditer(text, a, b)
    )


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


#: A count that lasts, said on a later day: "still has 11", "our list has 42 names" (set 20).
_LASTING = re.compile(
    r"(?i)(?<![\w-])(?:still|(?:list|count|tally|register|toll)\s+(?:now\s+)?(?:has|holds|lists"
    r"|stands|is))\s"
)
#: A later year's finding about the dead of before: "In 1999, a task force … concluded that
#: 4,341 people had died" (blind set 20): the year of the statement, not of another event.
_LATER_FINDING = re.compile(
    r"(?<![\w-])(?:concluded|found|established|determined|estimated|said|reported|ruled"
    r"|counted|confirmed)\s+(?:that\s+)?[^.;]{0,80}?\bhad\s+(?:been\s+)?(?:died|killed"
    r"|perished|lost\s+their\s+lives)\b"
)


def _other_year(text: str, a: int, b: int, terms: StoryTerms) -> bool:
    """Tell whether a clause sets an attack in a year other than the event's ("a storm in
    2020 killed four", "In 2017, …", "the 2019 bombing")."""
    if terms.day is None:
        return False
    years = []
    for m in _YEAR_OPENING.finditer(text, a, b):
        before = text[a : m.start()].rstrip()
        later = int(m["year"]) > terms.day.year and _LATER_FINDING.search(text, m.end(), b)
        if (not before or before.endswith((";", ":"))) and not later:
            years.append(int(m["year"]))
    years += [
        int(m["year"] or m["year2"]) for m in _ATTACK_YEAR.finditer(text, a, b)
        if not _SINCE.search(text, max(a, m.start() - 7), m.start())
    ]  # fmt: skip  # "the deadliest since the 1999 storm" compares with that year's event
    return any(year != terms.day.year for year in years)


#: The first day of a range right before a date: "4 to 5 June", "4-5 June", "4 and 5 June".
_RANGE_FIRST = re.compile(r"(?<![\d,.])(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|-|–|and|/)\s*\Z")


def _covers_event_day(before: str, last: date, event: date) -> bool:
    """Tell whether a date (*last*) closes a day range that opens just *before* it and
    holds the event's day ("the night of 4 to 5 June" of an attack on 4 June)."""
    m = _RANGE_FIRST.search(before)
    if m is None or not 1 <= int(m[1]) < last.day:
        return False
    return last.replace(day=int(m[1])) <= event <= last


def _other_day(
    text: str, a: int, b: int, terms: StoryTerms, dates: list[tuple[int, int, object]]
) -> bool:
    """Tell whether an attack in the sentence is dated to a day (or a month) other than the
    event's: "A drone struck a block on March 2 and killed 12", "In February, …"."""
    if terms.day is None:
        return False
    for start, end, resolved in dates:
        if start < a or end > b or resolved is None:
            continue
        precision = getattr(resolved, "precision", "")
        opening = not text[a:start].strip() or re.fullmatch(r"\s*(?:On|on)\s*", text[a:start])
        if precision == "month":
            first, last = resolved.start.date(), resolved.end.date() - timedelta(days=1)
            if first <= terms.day <= last:
                continue
            within = re.match(r"(?i)(?:in|during)\s", text[start:end]) or re.search(
                r"(?i)\s(?:in|during)\s*\Z", text[max(a, start - 8) : start]
            )
            if within and _ATTACK_IN.search(text, max(a, start - 60), start):
                return True  # "killed in a raid by Somali and US forces in August" (set 18)
            if last < terms.day and (opening or _SPOKEN_IN.search(text, max(a, start - 12), start)):
                return True  # "In September, the ministry said 5,937 …": said before the event
            if opening and not _SPEECH_IN.search(text, a, b):
                return True  # "In February, 2,439 fighters laid down their arms"
            if last < terms.day and _narrated_before(text, a, start):
                return True  # "A shell had landed in the same compound in May, wounding two"
            continue
        if precision not in ("day", "part_of_day", "hour", "minute"):
            continue
        if _CLOCK.fullmatch(text[start:end].strip()):
            continue  # "7:40 pm | 180 still missing": a live blog's stamp, the day it was said
        day = resolved.start.date()
        if _covers_event_day(text[max(a, start - 12) : start], day, terms.day):
            continue  # "in the night of 4 to 5 June 2021": the range holds the event's day
        # A day off may be the night or the clock the article counts in, unless dated by month.
        named = re.search(r"[0-9]", text[start:end]) is not None
        if abs((day - terms.day).days) < (1 if named else 2):
            continue
        before = text[max(a, start - 40) : start]
        if _AS_OF.search(before):
            continue  # "As of May 28, 20 people … were still in hospital": when it was counted
        if day > terms.day and _LASTING.search(text, start, b):
            continue  # "Today our tracing desk still has 11 people …" (set 20): a count that lasts
        rising = day > terms.day and _TOLL_ROSE.search(text, a, b)  # "as the toll … climbed to 23"
        spoken = _SPEECH_IN.search(text, a, b) or rising
        if (opening or _ATTACK_WORD.search(text, a, b)) and not spoken:
            return True  # "A drone struck a block in the city on March 2 and killed 12"
        dated = _EVENT_BEFORE_DATE.search(before)  # not "On Friday the government put …"
        dated = dated and not (dated[0].strip() in ("On", "on") and spoken and day > terms.day)
        said_then = _SPOKEN_IN.search(before) and re.match(r"\s+that\s", text[end : end + 6])
        if dated or (_EVENT_AFTER_DATE.match(text, end, b) and not said_then):
            return True  # but "said Wednesday that the hurricane had killed hundreds" (set 25)
        if day < terms.day and _narrated_before(text, a, start):
            return True
    return False


#: A clock time alone, with no day: "7:40 pm", "16:45", "10:30 BST".
_CLOCK = re.compile(
    r"(?i)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?|\d{1,2}\s*[ap]\.?\s?m\.?"
)


def _narrated_before(text: str, a: int, start: int) -> bool:
    """Tell whether the words before a date narrate a happening in the past perfect ("had
    landed"), not a statement ("had said")."""
    m = _PLUPERFECT.search(text, a, start)
    return m is not None and not _SPEECH_IN.search(m[0])


#: Between a figure and the day its own noun phrase is dated to: "116 hostages abducted on ",
#: "the 1,200 people killed on ".
_DATED_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:on|of)\s+\Z")
_ON = re.compile(r"(?:on|of)\s", re.IGNORECASE)


def dated_before(span: tuple[int, int], text: str, dates: list, terms: StoryTerms) -> bool:
    """Tell whether the figure at *span* is dated, in its own noun phrase, to a day well
    before the event ("Some 116 hostages abducted on October 7 remain"): another event's."""
    if terms.day is None:
        return False
    for start, _, resolved in dates:
        if start <= span[1] or start > span[1] + 50 or resolved is None:
            continue
        if getattr(resolved, "precision", "") not in ("day", "part_of_day", "hour", "minute"):
            continue
        early = (terms.day - resolved.start.date()).days >= 2
        on = _ON.match(text, start)  # the date phrase may hold its "on"
        dated = _DATED_AFTER.fullmatch(text, span[1], on.end() if on else start) is not None
        return early and dated
    return False

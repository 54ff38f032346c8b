"""The objects of speech verbs that are no one's figure: data no one is named as publishing,
and the people a directive or an admission is given to; a figure right after a verb, and an
event named as a verb's subject ("The disaster recalled …"), which speaks for no one; and the
figures a noun credits ("a claim by X that …", "the figure of 108 broadcast by X").

Split from :mod:`makiivka.extract.speech` (which holds the verbs and the speakers' forms) to
keep both under 400 lines; :mod:`makiivka.extract.attribution` and
:mod:`makiivka.extract.subjects` read them.
"""

from __future__ import annotations

import re

from makiivka.extract.cue import Cue

#: Data no one is named as publishing: "preliminary data", "the latest information".
BARE_DATA = re.compile(
    r"(?i)(?:the\s+)?(?:(?:latest|preliminary|updated|initial|early|first|new|official|current"
    r"|revised|provisional|final|most\s+recent|available)\s+){0,2}(?:data|information|figures?"
    r"|estimates?|numbers?|counts?|tally|tallies|statistics|findings|toll)"
    # "according to the accounts of survivors" (round 22's new user): what people no one names
    # told the speaker is its evidence
    r"|(?:the\s+)?(?:accounts?|testimon(?:y|ies)|statements)\s+(?:of|from|by)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:survivors|witnesses|relatives|families|residents|passengers|rescuers)"
)

#: Data called official: "according to official figures" (blind set 28).
_OFFICIAL = re.compile(
    r"(?i)(?:the\s+)?(?:[a-z]+\s+)?official\s+(?:data|figures?|statistics|counts?)"
)


def data_cue(start: int, end: int, phrase: str, side_of) -> Cue:
    """Return the cue of "according to <data>" that no one is named as publishing ("According to
    preliminary data, 14 died"): the governing speaker's (the one before, an anaphor with name
    ""), else the outlet's own; unless the data are called official and the story's words
    give "officials" a side (the party holding the event's place): then the officials'."""
    side = side_of("officials") if _OFFICIAL.fullmatch(phrase) else "unknown"
    if side == "unknown":
        return Cue(start, end, "", "", "unknown", True, source=True, form="according")
    return Cue(start, end, "", phrase, side, False, source=True, form="according", described=True)


#: "a claim by senior officials in mid-April that some 500 …" (blind set 16): the claim's owner.
CLAIM_BY = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Tt]heir|[Ee]arlier|[Ii]nitial)\s+(?:[\w-]+\s+)?(?:claims?"
    r"|assertions?|allegations?|estimates?)\s+(?:by|of(?=\s+(?:the\s+)?(?:[A-Z]|head\s|chief\s)))"
    r"\s+([^,.;:]{1,80}?)"
    # "The claim of the head of the Mission, William Walker, that 45 …" (blind set 28)
    r"(?:,\s+[A-Z][^,.;:]{2,40},)?"
    r"(?:\s+(?:in|on|at|last|earlier)\s+[\w-]+(?:\s+[\w-]+)?)?\s+that\s"
)
#: "the figure of 108 victims broadcast by the Al Jazeera channel" (set 16): its publisher.
FIGURE_BY = re.compile(
    r"(?<![\w-])(?:(?:figures?|toll|counts?|tally|estimates?)\s+of\s+(?:[\w.-]+\s+)?(?:[\"“]?[\d,.]*\d[\"”]?"
    r"|[\"“](?:dozens|hundreds|thousands)[\"”])"  # 'figures of "thousands" of dead put about by'
    r"(?:\s+(?!the\b|one\b|that\b|which\b|as\b|[a-z]+ing\b)[a-z][\w-]*){0,3}\s+(?:broadcast"
    r"|published|reported|given|released|issued|cited|circulated|announced|put\s+about|spread|used)"
    # "the official list, published by the Government, has 64 names" (blind set 20)
    r"|(?:list|count|figures?|toll|tally|register),\s+(?:published|compiled|released|issued"
    r"|kept|prepared|given)(?=\s+(?:by|at)\s+[^,.;:]{1,60},\s+(?:has|had|holds|shows|lists"
    r"|gives|puts|counts|names|is|was)\s))\s+(?:by|at(?=\s+the\s+(?!(?:weekend|time|end|start"
    r"|outset|beginning|briefing|funeral|scene)\b)))\s+"  # "given at the tribunal, was" (28)
    r"([^,.;:]{1,60}?)(?=\s+(?:as|was|were|is|are|and|but|had|has|have|on|in|includes?|included"
    r"|counts?|covers?)\b|[,.;:]|\Z)"
)

#: A post or video as a verb's subject, with what is said of its spread before the verb: "A
#: post shared more than 40,000 times on Facebook and X since Sunday claims …" (new user 27).
POST_SUBJECT = re.compile(
    r"(?:\A|[.;:!?]\s+|\n)((?:A|An|One)\s+(?:viral\s+)?(?:post|video|message|tweet|image))\s+"
    r"(?:shared|circulating|published|posted|seen|viewed|widely|that|which)\b[^.;:\n]*\Z"
)


#: The people a directive is given to: "ordered some 1 million people … to move".
ORDERED_PEOPLE = re.compile(
    r"\s+(?:(?:some|about|around|nearly|more\s+than|up\s+to|at\s+least|all)\s+)?"
    r"(?:\d|thousands|hundreds|dozens|tens)[^.,;]{0,60}?\bto\s+[a-z]"
    # "the hospital had admitted 214 cholera patients" (round 22's second new user)
    r"|\s+(?:(?:some|about|nearly|more\s+than|at\s+least)\s+)?[\d,]+\s+(?:[\w-]+\s+)?patients\b"
    # "ordered the killing of at least 184 people": a deed ordered, no figure stated
    r"|\s+(?:(?:the|an?|their|his|her|its)\s+(?:[\w-]+\s+)?)?(?:\w+ings?|\w+ions?|attacks?|strikes?"
    r"|raids?|massacres?|assaults?|offensives?|bombardments?)\b"
)

#: A figure right after the verb: "reported 220", "said that at least 40".
FIGURE_NEXT = re.compile(
    r"\s+(?:that\s+)?(?:(?:about|around|nearly|some|at\s+least|more\s+than|over|up\s+to)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)",
    re.IGNORECASE,
)
#: An event named as a verb's subject: it recalls or shows, it does not speak.
EVENT_SUBJECT = re.compile(
    r"(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+)?(?:[a-z][\w-]*\s+)?(?:disaster|tragedy|catastrophe|fire|blaze"
    r"|earthquake|quake|explosion|blast|crash|collapse|stampede|crush|shipwreck|sinking"
    # "The deaths recalled the 1978 Jonestown mass suicide" (blind set 26)
    r"|deaths|killings?|massacre|attacks?|bombings?|floods?|storm|cyclone|hurricane|landslide"
    r"|mudslide|epidemic|outbreak|violence|riots?|shooting|shelling|eruption|tsunami)"
)

#: A figure whose giver a relative clause names: "the estimate of more than 2,000 that the
#: National Disaster Centre gave the United Nations" (blind set 26); group 1 is the giver.
FIGURE_THAT = re.compile(
    r"(?<![\w-])(?:estimates?|figures?|toll|counts?|tally)\s+of\s+(?:[\w-]+\s+){0,2}?[\d,.]*\d"
    r"(?:\s+[a-z][\w-]*){0,2}\s+that\s+((?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,6}[A-Z][\w'’-]*)\s+"
    r"(?:had\s+)?(?:gave|given|issued|released|published|announced|reported|cited|put\s+out)\b"
)

#: A party named only as what a figure is compared with: "many more than the coast guard is
#: saying" (round 25's new user) names no speaker.
COMPARED = re.compile(r"(?i)(?<![\w-])than\s+(?:the\s+|what\s+(?:the\s+)?)?\Z")

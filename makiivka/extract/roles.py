"""Hold the generic words of the two roles every story has (the media and third parties)
and of local speakers (officials of a place, its residents and medics).

A story's descriptor adds its own outlets and bodies; these words name a role in any story
(the corpus conventions: outlets are media, watchdogs, NGOs and rights bodies third parties;
local officials and people speak for the party holding their place, :mod:`.sides`).
"""

import re

#: Generic words for an outlet, the media role in every story (outlet names are story data).
MEDIA_WORDS = (
    "newspaper", "news agency", "state news agency", "news outlet", "outlet", "broadcaster",
    "state media", "state television", "state TV", "news site", "tabloid", "wire service",
    "reporter", "reporters", "journalist", "journalists", "correspondent", "correspondents",
    "photographer", "photographers",
)  # fmt: skip
#: Generic words for a body outside the parties that watches, helps or campaigns (a third
#: party in every story, beside the descriptor's own vocabulary).
THIRD_PARTY_WORDS = (
    "watchdog", "hotline", "NGO", "non-governmental organisation",
    # Scholars who count on their own ("the historian Rogelio Altez", blind set 20)
    "historian", "demographer", "epidemiologist", "sociologist", "statistician",
    # ... and scientists ("Jacques Durieux, you are a volcanologist", blind set 23)
    "volcanologist", "seismologist", "geologist", "hydrologist", "meteorologist", "scientist",
    # "…: monitor", "a Britain-based monitor said": a war monitor (blind set 14's headline)
    "monitor",
    # a country's opposition in exile counts on its own, not for the government its demonym
    # names ("Iranian opposition groups said 72 …", blind set 25)
    "opposition groups", "opposition group", "exiled opposition",
    "non-governmental organization", "campaign group", "advocacy group",
    # A rights commission or body is a third party even when the state appoints it (blind 6:
    # "Ethiopia's state-appointed human rights commission"; rule 2). Cues match as written.
    "rights commission", "rights body", "rights group", "rights groups", "rights monitor",
    "Rights Commission", "Commission for Human Rights", "Commission on Human Rights",
    # A situation report's sources outside the parties (blind set 8: OCHA's flash updates).
    "humanitarian partners", "protection partners", "health partners", "aid partners",
    "humanitarian agencies", "humanitarian groups", "relief agencies",
    # A rights group's own name (blind set 9: "the Assistance Association for Political
    # Prisoners", "the Cambodian League for the Promotion and Defense of Human Rights").
    "Human Rights", "Political Prisoners", "Human Rights Office", "UN Human Rights Office",
    # A professional body or diaspora charity: "the Syrian American Medical Society" (blind
    # set 10) speaks for no government its country's word names.
    "Medical Society", "Medical Association",
    # The UN's own titles (blind set 10: a noon briefing's "the Humanitarian Coordinator").
    "Humanitarian Coordinator", "Resident Coordinator", "Spokesperson for the Secretary-General",
    "Spokesman for the Secretary-General",
)  # fmt: skip
#: A state's mission abroad or other countries' officials: a third party wherever they are
#: ("the consulate told us", "officials in those countries said", blind set 23).
ABROAD = re.compile(
    r"(?i)(?<![\w-])(?:consulates?|consuls?(?:[\s-]general)?|embass(?:y|ies))(?![\w-])"
    r"|(?<![\w-])(?:in|of|from)\s+(?:those|these|other|neighbou?ring|both|several)\s+countries\b"
)
#: A news outlet's head noun, in any case: "National News Agency", "state broadcaster".
MEDIA_HEAD = re.compile(
    r"(?i)(?<![\w-])(?:news\s+agency|newspaper|broadcaster|wire\s+service|news\s+channel"
    r"|television|radio|newsroom)\Z"  # "CNN NEWSROOM": a show (blind set 14)
)
#: A newspaper's masthead: "Tamil Guardian", "the Kathmandu Post" (blind set 26); the outlet,
#: whatever party a word of it names.
MASTHEAD = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Guardian|Times|Herald|Tribune|Gazette|Telegraph"
    r"|Chronicle|Courier|Journal|Mail|Mirror|Post|Observer)"
)
#: A speaker who governs a place: a local role without side words speaks for the party
#: that holds the place it names, or else the event's place.
LOCAL_ROLE = re.compile(
    r"(?<![\w-])(?:mayor|governor|regional|region['’]s|city['’]s|town['’]s|country['’]s"
    r"|city\s+council|city\s+hall|municipal\w*|oblast|province|provincial"
    r"|(?:city|town|regional|military|state)\s+administration|head\s+of\s+the\s+(?:city|region)"
    r"|emergency\s+services?|rescuers|police|interior\s+minist\w+|health\s+minist\w+"
    r"|health\s+(?:department|authorit\w+|officials?|directorate|bureau)|civil\s+defen[cs]e"
    r"|rescue\s+services?|fire\s+(?:service|department)|prosecutor\w*|national\s+police"
    r"|coast\s*guards?|state\s+emergency\s+service|emergenc(?:y|ies)\s+(?:situations"
    r"|ministry)|ministry\s+of\s+(?:emergenc\w+|health|interior|internal\s+affairs)|officials"
    r"|authorities|(?:town|city|village|county|district|local)\s+official)(?![\w-])",
    re.IGNORECASE,
)
#: A party label that names no government: a residents' committee, a union, a rights group
#: (its "officials" are not a local role's speakers; round 20's new user).
NOT_STATE = re.compile(
    r"(?i)(?<![\w-])(?:committee|association|union|families|residents|survivors|victims"
    r"|relatives|network|forum|movement|alliance|coalition|struggle|campaign|rights|church"
    r"|diocese)(?![\w-])"
)
_GOVERNMENT_WORD = re.compile(
    r"(?i)(?<![\w-])(?:government|authorit(?:y|ies)|ministry|state)(?![\w-])"
)


def governs(label: str) -> bool:
    """Tell whether a party's label names a body that governs a place: a government's, or
    none of :data:`NOT_STATE`'s words outside its notes in parentheses.

    >>> governs("Royal Government of Cambodia (ministries, the investigation committee)")
    True
    >>> governs("Kalid Struggle Committee"), governs("Kalid District Administration")
    (False, True)
    """
    bare = re.sub(r"\([^)]*\)", " ", label)
    return bool(_GOVERNMENT_WORD.search(bare)) or not NOT_STATE.search(bare)


#: People of the place who are not officials: witnesses, residents, relatives, local medics.
#: The corpus conventions group them with the party that governs the event's place.
LOCAL_PEOPLE = re.compile(
    r"(?<![\w-])(?:relatives?|family|families|family\s+members?|brother|sister|son|daughter"
    r"|mother|father|husband|wife|widow|witness(?:es)?|eyewitness(?:es)?|residents?|locals?"
    r"|villagers?|neighbou?rs?|survivors?|people\s+who\s+saw|onlookers|doctors?|medics?|nurses?"
    r"|health\s+workers?|hospital|paramedics|rescue\s+workers?|rescuers|first\s+responders"
    r"|inmates?|shopkeepers?|traders?|cleaner|worker|employees?|staff(?:\s+members?)?|fishermen"
    r"|local\s+people|(?:one|an?|another)\s+(?:wo)?man)(?![\w-])",  # "One man said he saw"
    re.IGNORECASE,
)
#: An outlet that saw a document is not its author: "a French government security assessment
#: seen by CNN" (blind set 7) is the assessment's.
SEEN_BY = re.compile(r"(?i)\s+(?:seen|obtained|reviewed|viewed)\s+by\s.*\Z")
#: A hyphened ending that makes the word before it a body's owner: "Houthi-run", "state-owned"
#: (not "-linked" or "-aligned": an outlet close to a party still speaks for itself).
OWNED_BY = re.compile(r"-(?:run|controlled|owned|operated)(?![\w-])", re.I)
#: A body whose own name says it is international or campaigns: "International Labour
#: Organization", "World Vision", "Clean Clothes Campaign", "Airwars Foundation". The corpus
#: conventions make UN bodies and NGOs third parties; a party's cue word in the name wins first.
NGO_NAME = re.compile(
    r"(?<![\w-])(?:(?:International|World|Global)\s+[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|for|and"
    r"|the))*?\s+(?:Organi[sz]ation|Committee|Federation|Group|Alliance|Bank|Programme|Fund)"
    r"|World\s+Vision|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:Campaign|Watch|International"
    r"|Foundation|Coalition|Alliance|Initiative|Institute)(?:\s+(?:for|of)\s+[A-Z][\w'’-]+)?"
    # A university and its schools: "George Washington University", "University of Oxford"
    # (researchers are third parties; a place in the name does not make them its party's).
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+University|University\s+of\s+[A-Z][\w'’-]+"
    r"|School\s+of\s+Public\s+Health|Secretary-General)(?![\w-])"  # no party's word before it
)

#: Unnamed sources in a place speak for no one the place gives: "sources in <place>" (blind set 26).
SOURCES_IN = re.compile(r"(?i)(?<![\w-])sources\s+(?:in|at|from|inside)\s+(?:the\s+)?\Z")

#: Outlets no one names ("Norlandic media", "local press"): unknown, as unnamed reports.
UNNAMED_MEDIA = re.compile(
    r"(?i)(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:media|press|news\s+(?:outlets|agencies)|outlets|newspapers"
    r"|(?:telegram\s+)?channels|bloggers|media\s+reports)"
)

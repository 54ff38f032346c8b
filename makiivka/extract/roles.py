"""Hold the generic words of the two roles every story has: the media and third parties.

A story's descriptor adds its own outlets and bodies; these words name a role in any story
(the corpus conventions: outlets are media, watchdogs, NGOs and rights bodies third parties).
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
    "non-governmental organization", "campaign group", "advocacy group",
    # A rights commission or body is a third party even when the state appoints it (blind 6:
    # "Ethiopia's state-appointed human rights commission"; rule 2). Cues match as written.
    "rights commission", "rights body", "rights group", "rights groups", "rights monitor",
    "Rights Commission", "Commission for Human Rights", "Commission on Human Rights",
    # A situation report's sources outside the parties (blind set 8: OCHA's flash updates).
    "humanitarian partners", "protection partners", "health partners", "aid partners",
    "humanitarian agencies", "humanitarian groups", "relief agencies",
)  # fmt: skip
#: A news outlet's head noun, in any case: "National News Agency", "state broadcaster".
MEDIA_HEAD = re.compile(
    r"(?i)(?<![\w-])(?:news\s+agency|newspaper|broadcaster|wire\s+service|news\s+channel"
    r"|television|radio)\Z"
)

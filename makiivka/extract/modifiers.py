"""What stands between a speaker and its verb without being the speaker: modifiers to blank.

"Residents who spoke to the Daily Post say", "Sam Rainsy, speaking to RFA from France, said",
"An international commission investigating last June's violence in southern Kyrgyzstan has
concluded", "Social media posts shared thousands of times claim": the subject is the noun
before the modifier. :mod:`makiivka.extract.subjects` blanks these (spaces of the same
length, so offsets hold) before it reads the subject. Split from that module.
"""

from __future__ import annotations

import re

#: A transcript's speaker label before the sentence's subject (blind set 18).
_TURN_LABEL = re.compile(
    r"\A\s*[A-Z][A-Z'’.-]{3,}(?:[ \t]+[A-Z][A-Z'’.-]+)*(?:[ \t]*\([^)\n]{1,40}\))?:[ \t]+"
)

#: A day right before the verb, after an apposition's comma: ", on Sunday" (put …).
_WHEN_BEFORE = re.compile(
    r",\s*(?:(?:late|early|earlier)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|yesterday|today)\s*\Z"
)

#: A relative clause after a subject naming whom it spoke to, right before the verb.
_SPOKE_TO = re.compile(
    r"\s+(?:who|that)\s+(?:have\s+|had\s+)?(?:spoke|spoken|talked|speaking)\s+(?:to|with)"
    r"\s+[^,;:]{1,60}?\s*\Z"
)

#: A participle between a speaker and the verb: ", speaking to RFA from France,".
_SPEAKING_TO = re.compile(
    r"(?<=[A-Za-z]),\s+(?:(?:speaking|talking|writing|posting)\s+(?:to|with|on|from|in)\s"
    r"|(?:arriving|visiting|standing|reacting|responding)\s"  # ", arriving at the scene," (19)
    # "the Chernobyl Forum, led by the UN's nuclear and health agencies, said" (blind set 20)
    r"|(?:led|headed|chaired|run|backed|funded|based|made\s+up|composed)\s+(?:by|in|of)\s)"
    r"[^,;:“”\"\d]{1,60},\s*\Z"
)

#: A relative clause with no commas between a speaker and the verb: "Fishermen who were the
#: first to reach the wreck said". No figure inside it (that one is the clause's own), no
#: quotation or clause break, at most 60 characters.
_WHO_CLAUSE = re.compile(
    r"(?<=[A-Za-z])(?<![Pp]eople)(?<![Tt]hose)\s+(?:who|that)\s+(?:were|was|had|have|has|are|is"
    r"|live[sd]?|work|[a-z]{2,}ed"
    # "who fled the camp", "A rescue worker who flew over Armero by helicopter said" (set 22)
    r"|fled|flew|saw|lost|went|came|left|knew|know|ran|drove|spent)\s[^,;:“”\"\d—]{1,60}?\s*\Z"
)

#: A participle that says what a body looks into: "An international commission investigating
#: last June's ethnic violence in southern Kyrgyzstan has concluded", "A government committee
#: set up to help families said" (blind set 18).
_INVESTIGATING = re.compile(
    r"(?<=[a-z])\s+(?:investigating|probing|examining|reviewing|looking\s+into"
    r"|(?:set\s+up|formed|created|established|tasked)\s+(?:to|under))\s"
    r"[^,;:“”\"\d]{1,80}?(?=\s+(?:has|have|had)?\s*\Z)"
)

#: A verb the speech verb completes: "The Union home ministry … has continued to cite 20,023"
#: (blind set 20), "went on to say", "is expected to announce": the subject is before it.
_CATENATIVE = re.compile(
    r"(?<=[A-Za-z])\s+(?:(?:has|have|had)\s+)?(?:(?:also|still|since)\s+)?(?:continued|continues"
    r"|continue|went\s+on|goes\s+on|began|begins|started|starts|refused|declined|appears?"
    r"|appeared|seems?|seemed|used|tried|(?:is|was|are|were)\s+(?:expected|due|set|able|likely"
    r"|quick|the\s+first|the\s+last))\s+to\s*\Z"
)
#: The subject's first verb and its object before "and" and the speech verb: "a task force …
#: reviewed the claims of families and concluded that 4,341 people had died" (blind set 20).
_FIRST_VERB = re.compile(
    r"(?<=[a-z])\s+(?:[a-z]{3,}ed|met|took|heard|read|saw|went|held|made)\s+(?:the|its|their|his"
    r"|her|a|an)\s[^,;:“”\"\d]{1,60}?\s+and\s*\Z"
)
_SHARED = re.compile(
    r"(?<=[A-Za-z])\s+(?:shared|viewed|seen|watched|liked|reposted|retweeted|forwarded)\s+"
    r"(?:(?:more\s+than\s+|over\s+|about\s+)?[\w,.]+\s+(?:of\s+)?times|widely)"
    r"(?:\s+on\s+[A-Z]\w+(?:\s+and\s+[A-Z]\w+)?)?"
    # "A post shared widely on Facebook since the HBO series "Chernobyl" ended says" (set 20)
    r"(?:\s+since\s+(?:[\w\s]{1,20}?|[^,;:.]{1,60}?\s(?:ended|aired|began|started)))?\s*\Z"
)


def blank_label(head: str) -> str:
    """Blank a transcript's speaker label before the subject: "PRESENTER: " (blind set 18)."""
    return _TURN_LABEL.sub(lambda m: " " * len(m[0]), head)


def blank_modifiers(head: str) -> str:
    """Blank the modifiers between a subject and its verb (the module docstring's)."""
    # "Residents who spoke to the Daily Post say": whom they spoke to is not the subject.
    head = _SPOKE_TO.sub(lambda m: " " * len(m[0]), head)
    # "Sam Rainsy, speaking to RFA from France, said": how, not who
    head = _SPEAKING_TO.sub(lambda m: " " * len(m[0]), head)
    head = _WHO_CLAUSE.sub(lambda m: " " * len(m[0]), head)
    head = _FIRST_VERB.sub(lambda m: " " * len(m[0]), head)
    head = _INVESTIGATING.sub(lambda m: " " * len(m[0]), head)
    head = _CATENATIVE.sub(lambda m: " " * len(m[0]), head)
    # "X, the governor, on Sunday put the toll at 35": when, not who (blind set 15)
    head = _WHEN_BEFORE.sub(lambda m: " " * len(m[0]), head)
    # "Social media posts shared thousands of times claim": how far it spread is no subject.
    return _SHARED.sub(lambda m: " " * len(m[0]), head)

"""Tell which of two speakers joined by "and" a figure is credited to: the first named.

"officials of an ethnic Kachin rebel group and aid workers said" credits the group, as the
corpus conventions credit the speaker named first (blind set 15, judgement call 8); "Norland
and Southland accused each other" credits neither.
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.cue import Cue, named
from makiivka.extract.speakers import Register


def first_named(text: str, at: int, clause: str, cue: Cue | None, register: Register) -> Cue | None:
    """Return the cue of the first of two speakers joined by "and" where it has a side of
    its own: "officials of an ethnic Kachin rebel group and aid workers said" credits the
    group, as the corpus conventions credit the one named first (blind set 15, call 8)."""
    joint = _JOINED.search(clause)
    if cue is None or cue.anaphor or cue.claimant or joint is None:
        return cue
    if cue.start < at + joint.end() or _EACH_OTHER.match(text, cue.end):
        return cue  # "Norland and Southland accused each other": neither is named first
    lead = len(clause) - len(clause.lstrip())
    between = text[at + joint.end() : cue.start]
    words = clause[lead : joint.start()]
    if between.strip(" ,") not in ("", "the", "The") or not _CONJUNCT.fullmatch(words):
        return cue  # "… in eastern Norland that Southland said": no two subjects
    first = named(text, cue.start, cue.end, at + lead, at + joint.start(), register)
    if not first.claimant and first.side in ("unknown", cue.side):
        return cue
    return replace(cue, claimant=first.claimant, name=first.name, side=first.side,
                   described=first.described)  # fmt: skip


#: A first subject of a few words, no figure, bracket or verb in it.
_CONJUNCT = re.compile(
    r"(?:(?!(?:is|are|was|were|has|have|had|that|who|which)\b)[A-Za-z'’.-]+\s*){1,8}"
)
_EACH_OTHER = re.compile(r"\s+(?:each\s+other|one\s+another)\b")
#: "X and Y" as a clause's subject (one "and", no comma or clause word after it).
_JOINED = re.compile(r"\s+and\s+(?=[^,;]*\Z)")

"""Name a speaker from the apposition after its role: "The regional governor, Pavlo K., said".

A role before a comma and a name after it ("The Donetsk regional governor, Pavlo Kyrylenko,
reported") is the named speaker when the register knows the name. A party's own cue word in
the apposition tells the side of a role that has none of its own ("A spokesman for the U.N.
peacekeeping mission, UNAMIR, said", blind set 21) or only a place's ("A monk in Bogale, U
Zawtika, said", blind set 22: Bogale is the government's, the monk the villagers'). A phrase
after the comma that is no name ("The Red Cross, in partnership with the State of Hawaii,
reports") tells nothing. Used by :mod:`makiivka.extract.subjects`. A verb inside the
apposition's relative clause ("X, a rights group that has compiled lists …, said") speaks
for no figure (:func:`relative_only`, used by :mod:`makiivka.extract.attribution`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.cue import Cue
from makiivka.extract.speakers import Register
from makiivka.extract.speech_objects import FIGURE_NEXT

_NAME_START = re.compile(r"\s*[A-Z]")


def named_in_apposition(text: str, a: int, b: int, cue: Cue, register: Register) -> Cue:
    """Return *cue* with the claimant, name or side that the apposition text[a:b] gives it."""
    claimant, name, side = register.name(text, a, b)
    if claimant:
        return replace(cue, claimant=claimant, name=name, side=side, described=False)
    party = side not in ("unknown", "third_party", "media", cue.side)
    if not party or not _NAME_START.match(text, a, b):
        return cue
    if cue.side in ("unknown", "third_party"):
        return replace(cue, side=side)
    if register.sides.side_basis(cue.name)[1] in ("place", "local"):
        return replace(cue, name=name, side=side, described=False)
    return cue


def relative_only(text: str, cue: Cue, cues: list[Cue]) -> bool:
    """Tell whether a cue's verb only describes its speaker in a relative clause, another verb
    speaking later: "X, a rights group that has compiled lists from relatives, said" (user 23)."""
    name = text.find(cue.name, cue.start, cue.end) if cue.name else -1
    inner = name >= 0 and _RELATIVE_VERB.match(text, name + len(cue.name), cue.end)
    inner = inner and not FIGURE_NEXT.match(text, cue.end)
    return bool(inner) and any(c.end > cue.end for c in cues)


_RELATIVE_VERB = re.compile(r"\s+(?:that|which|who)\s+(?:has|have|had)\s+[a-z]+")
